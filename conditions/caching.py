"""Fragment caching of the condition pages, invalidated when an editor saves.

Content changes rarely, so each app server keeps the rendered page body in its own memory
("fragments" cache), keyed by a content version that lives in the shared cache (the
database). Saving or deleting any content object sets a new version, so every server
renders the page anew on its next request. The version is a random token, not a counter:
if the shared cache ever loses it, the new one cannot match an old fragment.
"""

import functools
import uuid
from collections.abc import Callable

from django.core.cache import cache, caches
from django.http import HttpRequest, HttpResponse

VERSION_KEY = "conditions:content-version"


def content_version() -> str:
    version = cache.get(VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        cache.set(VERSION_KEY, version, timeout=None)
    return version


def bump_content_version(**kwargs) -> None:
    cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None)


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
