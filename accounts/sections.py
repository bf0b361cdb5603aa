"""Parts other apps add to the account page (/account/).

accounts knows nothing of the other apps: each registers, when it starts, a function that
gets the request and returns its section as HTML, or None when it has nothing for this
person (rehab adds the reminders and the training calendar). The page shows them in the
order they registered.
"""

from collections.abc import Callable

from django.http import HttpRequest
from django.utils.safestring import SafeString

Section = Callable[[HttpRequest], SafeString | None]
_sections: dict[str, Section] = {}


def register(key: str, section: Section) -> None:
    _sections[key] = section


def sections_for(request: HttpRequest) -> list[SafeString]:
    return [html for section in _sections.values() if (html := section(request)) is not None]
