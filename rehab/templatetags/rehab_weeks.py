"""Read the patient list's packed weekly sessions (`queries.patients.WEEK_FACTOR`)."""

from django import template

from ..queries.patients import WEEK_FACTOR

register = template.Library()


@register.filter
def this_week(packed: int | None) -> int:
    return (packed or 0) % WEEK_FACTOR


@register.filter
def last_week(packed: int | None) -> int:
    return (packed or 0) // WEEK_FACTOR
