"""`{{ reason|sentence }}`: a progression reason as the patient's sentence (rehab/reasons.py)."""

from django import template

from rehab import reasons
from rehab.rules import Reason

register = template.Library()


@register.filter
def sentence(reason: Reason) -> str:
    return reasons.sentence(reason)
