"""The parts other apps add to a person's data export (AVG right of access).

accounts knows nothing of the other apps: each registers, when it starts, a function that
returns its part of the export under one key (rehab adds "schemas"). The export calls them
all, in the order they registered.
"""

from collections.abc import Callable

from .models import User

Part = Callable[[User], object]
_parts: dict[str, Part] = {}


def register(key: str, part: Part) -> None:
    _parts[key] = part


def parts_of(user: User) -> dict[str, object]:
    return {key: part(user) for key, part in _parts.items()}
