"""The parts other apps add to a person's data export (AVG right of access).

accounts knows nothing of the other apps: each registers, when it starts, a function that
returns its part of the export under one key (rehab adds "schemas"). The export calls them
all, in the order they registered.

Apps may also register a whole extra download in another format (rehab adds the FHIR
record): the account page lists the ones `offered` to the user, and each download writes
an audit line like the JSON export.
"""

from collections.abc import Callable
from dataclasses import dataclass

from .models import User

Part = Callable[[User], object]
_parts: dict[str, Part] = {}


@dataclass(frozen=True)
class Download:
    key: str  # in the address: /account/mijn-gegevens/<key>/
    label: str  # the button's text
    description: str  # one sentence on the account page
    filename: str  # without the date and extension
    extension: str
    content_type: str
    offered: Callable[[User], bool]
    build: Callable[[User], str]


_downloads: dict[str, Download] = {}


def register(key: str, part: Part) -> None:
    _parts[key] = part


def parts_of(user: User) -> dict[str, object]:
    return {key: part(user) for key, part in _parts.items()}


def register_download(download: Download) -> None:
    _downloads[download.key] = download


def downloads_for(user: User) -> list[Download]:
    return [download for download in _downloads.values() if download.offered(user)]


def download(key: str, user: User) -> Download | None:
    found = _downloads.get(key)
    return found if found is not None and found.offered(user) else None
