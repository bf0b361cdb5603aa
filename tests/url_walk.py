"""Every named URL of the site, walked from the URL configuration itself, so that a new URL
cannot escape the tests that go over all of them (the access matrix, the hostile input)."""

from collections.abc import Iterator

from django.urls import URLPattern, URLResolver, get_resolver

SKIPPED = ("beheer/", "static/", "media/")  # Django's admin, and files


def named_urls(
    resolver: URLResolver | None = None, prefix: str = "", namespace: str = ""
) -> Iterator[tuple[str, str, URLPattern]]:
    """(name as `reverse` takes it, route, pattern) of every named URL, includes too."""
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        route = prefix + str(pattern.pattern)
        if route.startswith(SKIPPED):
            continue
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from named_urls(pattern, route, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield namespace + pattern.name, route, pattern
