"""Fragment caching of the condition pages, invalidated when an editor saves.

Content changes rarely, so each app server keeps the rendered page body in its own memory
("fragments" cache), keyed by a content version that lives in the shared cache (the
database). Saving or deleting any content object sets a new version, so every server
renders the page anew on its next request. The version is a random token, not a counter:
if the shared cache ever loses it, the new one cannot match an old fragment.
"""

import uuid

from django.core.cache import cache

VERSION_KEY = "conditions:content-version"


def content_version() -> str:
    version = cache.get(VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        cache.set(VERSION_KEY, version, timeout=None)
    return version


def bump_content_version(**kwargs) -> None:
    cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None)
