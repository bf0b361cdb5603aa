from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from .middleware import LANGUAGE_CHOICE_PARAMETER

# (label, url name, url kwargs).
SITE_NAV = [
    (_("Start"), "home", {}),
    (_("Pijn bij het zitbot"), "condition", {"slug": "peesklachten-zitbot"}),
    (_("Hamstringblessure"), "condition", {"slug": "hamstringblessure"}),
    (_("Oefenprogramma"), "patient:programme", {}),
    (_("Zelftest"), "selfcheck", {}),
]
PATIENT_NAV = [(_("Mijn schema"), "patient:my_plan", {}), (_("Mijn account"), "account", {})]
PHYSIOTHERAPIST_NAV = [
    (_("Mijn patiënten"), "clinic:patients", {}),
    (_("Mijn account"), "account", {}),
]


@dataclass(frozen=True)
class NavItem:
    label: str
    url: str
    current: bool


def _items(request: HttpRequest, entries) -> list[NavItem]:
    items = []
    for label, name, kwargs in entries:
        url = reverse(name, kwargs=kwargs)
        # A section is current on its own pages too (e.g. /zelftest/vragen/).
        current = request.path == url or (name != "home" and request.path.startswith(url))
        items.append(NavItem(label=str(label), url=url, current=current))
    return items


def navigation(request: HttpRequest) -> dict:
    user = getattr(request, "user", None)
    account_entries = []
    if user is not None and user.is_authenticated:
        account_entries = PHYSIOTHERAPIST_NAV if user.is_physiotherapist else PATIENT_NAV
    return {
        "site_nav": _items(request, SITE_NAV),
        "account_nav": _items(request, account_entries),
    }


@dataclass(frozen=True)
class Alternate:
    code: str
    name: str
    url: str  # absolute, as search engines ask for hreflang links
    switch_url: str  # the switcher's link: for a signed-in user it stores the choice


def languages(request: HttpRequest) -> dict:
    """The page in every language: `<link rel="alternate" hreflang>` and the switcher."""
    query = request.GET.copy()
    query.pop(LANGUAGE_CHOICE_PARAMETER, None)
    path = request.path + (f"?{query.urlencode()}" if query else "")
    signed_in = getattr(request, "user", None) is not None and request.user.is_authenticated
    alternates = []
    for code, name in settings.LANGUAGES:
        url = translate_url(path, code)
        switch = url
        if signed_in:
            separator = "&" if "?" in url else "?"
            switch = f"{url}{separator}{LANGUAGE_CHOICE_PARAMETER}={code}"
        alternates.append(Alternate(code, name, request.build_absolute_uri(url), switch))
    current = translation.get_language()
    return {
        "language_alternates": alternates,
        "language_default": next(a for a in alternates if a.code == settings.LANGUAGE_CODE),
        "language_others": [a for a in alternates if a.code != current],
    }
