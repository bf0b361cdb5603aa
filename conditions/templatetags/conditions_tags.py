from django import template
from django.utils.safestring import SafeString

from conditions.markdown import render_markdown
from conditions.models import ContentReview

register = template.Library()


@register.filter(name="markdown")
def markdown_filter(text: str) -> SafeString:
    return render_markdown(text or "")


@register.inclusion_tag("includes/content_review.html")
def content_review(dated=None) -> dict:
    """When the page's text was checked, when it is checked next, and who answers for it.

    `dated` is an object with its own dates (a condition); other pages take the site's.
    """
    review = ContentReview.current()
    source = dated if dated is not None else review
    return {
        "last_checked": getattr(source, "last_checked", None),
        "next_review": getattr(source, "next_review", None),
        "responsible": review.responsible if review else "",
    }
