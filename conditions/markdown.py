"""Markdown from the admin, rendered and then sanitised: editors never reach the page's HTML."""

from functools import lru_cache

import markdown as markdown_lib
import nh3
from django.utils.safestring import SafeString, mark_safe

# No h1/h2: the page owns those (one h1, one h2 per section). nh3 keeps the text of a
# removed tag, so a stray "# Kop" still shows, as plain text.
ALLOWED_TAGS = {
    "p", "br", "h3", "h4", "ul", "ol", "li", "strong", "em", "a", "blockquote", "code",
    "abbr",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "ol": {"start"}}
URL_SCHEMES = {"http", "https", "mailto"}


@lru_cache(maxsize=512)
def render_markdown(text: str) -> SafeString:
    html = markdown_lib.markdown(text, extensions=["sane_lists"], output_format="html")
    cleaned = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
    )
    return mark_safe(cleaned)  # safe: nh3 sanitised it just above
