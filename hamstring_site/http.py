from django.http import HttpRequest
from django_htmx.middleware import HtmxDetails


class HtmxHttpRequest(HttpRequest):
    """The request type of every view: django-htmx adds `request.htmx`."""

    htmx: HtmxDetails


def template_for(request: HtmxHttpRequest, page: str, partial: str, *, target: str = "") -> str:
    """The one way to pick an htmx partial: the page's inline partial for an htmx request
    (aimed at `target`, when given), the whole page otherwise."""
    if request.htmx and (not target or request.htmx.target == target):
        return f"{page}#{partial}"
    return page
