"""The progression rule's reasons as the patient's sentences, in the active language.

The rule (rehab/rules.py) returns codes with their values; only here do they become words,
so the rule stays pure and every caller speaks the language of the request it serves.
"""

from collections.abc import Iterable

from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .rules import Reason, ReasonCode


def sentence(reason: Reason) -> str:
    values = {"count": reason.count, "limit": reason.limit, "pain": reason.score}
    if reason.date is not None:
        values["day"] = date_format(reason.date, "j F")
    match reason.code:
        case ReasonCode.NO_SESSIONS:
            text = _("Je hebt in deze fase nog geen oefensessie bijgehouden.")
        case ReasonCode.SESSIONS_MISSING:
            text = ngettext(
                "Nog %(count)d sessie zonder pijn boven de %(limit)d nodig.",
                "Nog %(count)d sessies zonder pijn boven de %(limit)d nodig.",
                reason.count,
            )
        case ReasonCode.DAYS_MISSING:
            text = ngettext(
                "Je zit nog maar kort in deze fase: nog %(count)d dag wachten.",
                "Je zit nog maar kort in deze fase: nog %(count)d dagen wachten.",
                reason.count,
            )
        case ReasonCode.MAY_ADVANCE:
            values["streak"] = reason.count
            text = _(
                "Je hebt %(streak)d sessies op rij gedaan zonder pijn boven de %(limit)d, "
                "ook niet de ochtend erna. Je mag door naar de volgende fase."
            )
        case ReasonCode.PAIN_DURING_ABOVE_LIMIT:
            text = _(
                "Je pijn tijdens het oefenen was op %(day)s %(pain)d/10, hoger dan %(limit)d: "
                "begin opnieuw te tellen."
            )
        case ReasonCode.SETS_NOT_COMPLETED:
            text = _("Op %(day)s heb je niet alle sets afgemaakt: begin opnieuw te tellen.")
        case ReasonCode.MORNING_MISSING:
            text = _(
                "Van %(day)s ontbreekt je pijn de ochtend erna. Die sessie telt niet mee: "
                "begin opnieuw te tellen."
            )
        case ReasonCode.MORNING_ABOVE_LIMIT:
            text = _(
                "Je pijn de ochtend na %(day)s was %(pain)d/10, hoger dan %(limit)d: "
                "begin opnieuw te tellen."
            )
        case ReasonCode.MORNING_DUE_TOMORROW:
            text = _("Vul morgenochtend in hoeveel pijn je hebt na de sessie van vandaag.")
        case ReasonCode.MORNING_DUE_TODAY:
            text = _("Vul in hoeveel pijn je vanochtend had na de sessie van %(day)s.")
    return text % values


def sentences(reasons: Iterable[Reason]) -> list[str]:
    return [sentence(reason) for reason in reasons]
