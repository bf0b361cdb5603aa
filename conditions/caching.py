"""Fragment caching of the condition pages, invalidated when an editor saves.

Content changes rarely, so each app server keeps the rendered page body in its own memory
("fragments" cache), keyed by a content version that lives in the shared cache (the
database). Saving or deleting any content object sets a new version, so every server
renders the page anew: this one at once, the others within VERSION_MEMORY_SECONDS. The
version is a random token, not a counter: if the shared cache ever loses it, the new one
cannot match an old fragment.
"""

import functools
import time
import uuid
from collections.abc import Callable

from django.core.cache import cache, caches
from django.http import HttpRequest, HttpResponse

VERSION_KEY = "conditions:content-version"


# Each process remembers the version for a moment, so that a cached page costs no
# database query; another server sees an editor's save within this many seconds.
VERSION_MEMORY_SECONDS = 2.0
_remembered: tuple[str, float] | None = None


def content_version() -> str:
    global _remembered
    now = time.monotonic()
    if _remembered is not None and now - _remembered[1] < VERSION_MEMORY_SECONDS:
        return _remembered[0]
    version = cache.get(VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        cache.set(VERSION_KEY, version, timeout=None)
    _remembered = (version, now)
    return version


def bump_content_version(**kwargs) -> None:
    global _remembered
    version = uuid.uuid4().hex
    cache.set(VERSION_KEY, version, timeout=None)
    _remembered = (version, time.monotonic())


def cache_for_visitors(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Serve a public page from memory to visitors without any cookie.

    Such a visitor has no session, so the page cannot hold anything personal; the
    middleware (security headers, CSP) still runs on every response. A page that sets a
    cookie or uses a CSRF token is never stored.
    """

    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if request.COOKIES or getattr(request, "htmx", False):
            return view(request, *args, **kwargs)
        key = f"page:{request.path}:{content_version()}"
        fragments = caches["fragments"]
        stored = fragments.get(key)
        if stored is not None:
            content, content_type = stored
            return HttpResponse(content, content_type=content_type)
        response = view(request, *args, **kwargs)
        personal = response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        if response.status_code == 200 and not personal and not response.streaming:
            fragments.set(key, (response.content, response["Content-Type"]), timeout=None)
        return response

    return wrapper
