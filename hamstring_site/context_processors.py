from dataclasses import dataclass

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

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
