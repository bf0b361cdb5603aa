"""Fragment caching of the condition pages, invalidated when an editor saves.

Content changes rarely, so each app server keeps the rendered page body in its own memory
("fragments" cache), keyed by a content version. The version is a random token in one
database row (`ContentVersion`): saving or deleting any content object writes a new one in
the same transaction, so every server renders the page anew.

- Without a shared cache, each process remembers the version for VERSION_MEMORY_SECONDS,
  so that a page from memory costs no query: another worker or server sees an editor's
  save within that time.
- With a shared cache (`CACHE_URL`), every request reads the version from it (a fraction
  of a millisecond), so a save shows on the very next request to any server. The shared
  copy is written after the commit and kept for SHARED_VERSION_SECONDS, so a copy that a
  cache outage left behind heals by itself. When the cache does not answer, the version
  comes from the database.

A token, not a counter: a version that was lost can never be confused with an old one.
"""

import functools
import time
import uuid
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache, caches
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.utils import translation

from .models import ContentVersion

VERSION_KEY = "conditions:content-version"
VERSION_MEMORY_SECONDS = 2.0
SHARED_VERSION_SECONDS = 60
_remembered: tuple[str, float] | None = None


def content_version() -> str:
    global _remembered
    if settings.SHARED_CACHE:
        version = cache.get(VERSION_KEY)
        if version is None:
            version = _stored_version()
            # add, not set: a newer version written after a save meanwhile wins.
            cache.add(VERSION_KEY, version, SHARED_VERSION_SECONDS)
        return version
    now = time.monotonic()
    if _remembered is not None and now - _remembered[1] < VERSION_MEMORY_SECONDS:
        return _remembered[0]
    version = _stored_version()
    _remembered = (version, now)
    return version


def _stored_version() -> str:
    # The migration makes the row; "0" only if someone deleted it by hand.
    token = ContentVersion.objects.filter(pk=1).values_list("token", flat=True).first()
    return token or "0"


def bump_content_version(**kwargs) -> None:
    global _remembered
    token = uuid.uuid4().hex
    ContentVersion.objects.update_or_create(pk=1, defaults={"token": token})
    # This process reads the new row next time; other processes within their memory time.
    _remembered = None
    if settings.SHARED_CACHE:
        # After the commit: before it, another server would store the old content under
        # the new version.
        transaction.on_commit(lambda: cache.set(VERSION_KEY, token, SHARED_VERSION_SECONDS))


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
        # The path holds the language prefix already; the language itself makes it certain.
        key = f"page:{translation.get_language()}:{request.path}:{content_version()}"
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
