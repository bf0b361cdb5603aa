from dataclasses import dataclass

from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

# (label, url name, url kwargs). Entries whose URL does not exist (yet) are left out,
# so an app can be switched off without breaking every page.
SITE_NAV = [
    (_("Start"), "home", {}),
    (_("Pijn bij het zitbot"), "condition", {"slug": "peesklachten-zitbot"}),
    (_("Hamstringblessure"), "condition", {"slug": "hamstringblessure"}),
    (_("Oefenprogramma"), "programme", {}),
    (_("Zelftest"), "selfcheck", {}),
]
PATIENT_NAV = [(_("Mijn schema"), "my_plan", {}), (_("Mijn account"), "account", {})]
PHYSIOTHERAPIST_NAV = [
    (_("Mijn patiënten"), "physio_patients", {}),
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
        try:
            url = reverse(name, kwargs=kwargs)
        except NoReverseMatch:
            continue
        # A section is current on its own pages too (e.g. /zelftest/vragen/).
        current = request.path == url or (url != "/" and request.path.startswith(url))
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
