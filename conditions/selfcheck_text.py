"""The self-check's outcome in words, in the active language.

The self-check (conditions/selfcheck.py) returns codes: the kind, the reasons, the warning
signs. Only here do they become Dutch, so the rules stay pure and every page speaks the
language of the request it serves.
"""

from django.utils.functional import Promise
from django.utils.text import get_text_list
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .selfcheck import Kind, Outcome, Reason, ReasonCode
from .warning_signs import Sign, Urgency

# A warning sign as a clause after "omdat". Growth plate, daily-life pain and not better
# after days give clauses of their own (conditions/selfcheck.py, sign_reasons), not these.
SIGN_CLAUSES: dict[Sign, Promise] = {
    Sign.SADDLE_NUMBNESS: gettext_lazy(
        "je een doof gevoel rond je anus, billen of kruis hebt, of je plas of "
        "ontlasting niet goed kunt ophouden"
    ),
    Sign.POP: gettext_lazy("je een knap voelde"),
    Sign.CANNOT_WALK: gettext_lazy("je bijna niet kunt lopen"),
    Sign.SWELLING_OR_BRUISING: gettext_lazy("je een zwelling of blauwe plek hebt"),
    Sign.SUDDEN_SIT_BONE_PAIN: gettext_lazy("de pijn bij je zitbot plotseling begon"),
    Sign.NUMBNESS_AFTER_INJURY: gettext_lazy(
        "je een doof gevoel of tintelingen in je been hebt na een plotselinge blessure"
    ),
    Sign.NUMBNESS: gettext_lazy("je een doof gevoel of tintelingen in je been hebt"),
    Sign.WARM_CALF: gettext_lazy("je kuit dik, warm en pijnlijk is"),
    Sign.FEVER_OR_ILL: gettext_lazy("je koorts hebt of je ziek voelt"),
    Sign.WEAK_FOOT: gettext_lazy("je voet zwak is"),
    Sign.FALL_OR_BLOW: gettext_lazy("de pijn begon na een val of een harde klap"),
    Sign.NIGHT_PAIN: gettext_lazy("je ook ’s nachts of in rust pijn hebt"),
    Sign.WEIGHT_LOSS_OR_CANCER: gettext_lazy("je afvalt zonder reden, of kanker hebt of had"),
    Sign.BELOW_KNEE_OR_BACK: gettext_lazy("je ook pijn onder je knie of in je rug hebt"),
    Sign.NO_IMPROVEMENT: gettext_lazy("de pijn na 2 weken nog niet beter is"),
    Sign.TRAINING_PAIN_ABOVE_LIMIT: gettext_lazy("de pijn bij het oefenen boven de 4 komt"),
    Sign.CANNOT_EXERCISE: gettext_lazy("oefenen niet lukt door de pijn"),
    Sign.STIFFNESS_OR_RECURRENCE: gettext_lazy("je stijf blijft of de klacht steeds terugkomt"),
}


def clause(reason: Reason) -> str:
    """A reason as a clause that reads after "omdat"."""
    match reason.code:
        case ReasonCode.GRADUAL_ONSET:
            return _("de pijn geleidelijk begon")
        case ReasonCode.SUDDEN_ONSET:
            return _("de pijn plotseling begon")
        case ReasonCode.BOTH_LEGS:
            return _("je het in allebei je benen voelt")
        case ReasonCode.ONE_LEG:
            return _("je de pijn vooral in één been voelt")
        case ReasonCode.BETTER_WITH_REST:
            return _("het beter wordt met rust")
        case ReasonCode.UNDER_3_DAYS:
            return _("de pijn minder dan 3 dagen geleden begon")
        case ReasonCode.NOT_BETTER_AFTER_3_DAYS:
            return _("de pijn na 3 dagen niet beter wordt met rust")
        case ReasonCode.WALKS_REASONABLY:
            return _("je nog redelijk kunt lopen")
        case ReasonCode.WALKING_HURTS:
            return _("lopen duidelijk pijn doet")
        case ReasonCode.LEG_WEAK:
            return _("je been zwak voelt")
        case ReasonCode.PAIN_AT_SIT_BONE:
            return _("de pijn rond je zitbot zit")
        case ReasonCode.SITTING_HURTS:
            return _("zitten pijn doet")
        case ReasonCode.UNDER_18:
            return _("je jonger bent dan 18")
        case ReasonCode.WARNING_SIGN:
            return str(SIGN_CLAUSES[reason.sign])


def because(outcome: Outcome) -> str:
    """The reasons as one clause: "omdat je een knap voelde en de pijn plotseling begon"."""
    clauses = [clause(reason) for reason in outcome.reasons]
    return _("omdat %(reasons)s") % {"reasons": get_text_list(clauses, _("en"))}


def explanation(sign: Sign) -> str:
    """Why a warning sign matters."""
    match sign:
        case Sign.SADDLE_NUMBNESS:
            return _(
                "Een doof gevoel rond je anus of kruis, of je plas of ontlasting niet kunnen "
                "ophouden, kan betekenen dat de zenuwen onder in je rug bekneld zijn. Snelle "
                "behandeling kan blijvende schade voorkomen."
            )
        case Sign.POP | Sign.SUDDEN_SIT_BONE_PAIN:
            return _(
                "Een knap of plotselinge pijn bij je zitbot kan betekenen dat de pees van het "
                "bot is gescheurd. Een operatie werkt dan het best als die vroeg gebeurt, "
                "binnen een paar weken. Daarom moet een arts er snel naar kijken."
            )
        case Sign.GROWTH_PLATE:
            return _(
                "Bij jongeren groeit het bot nog. De pees kan dan een stukje bot van het "
                "zitbot lostrekken. Dat wordt makkelijk gemist; soms is een röntgenfoto nodig."
            )
        case Sign.CANNOT_WALK:
            return _(
                "Als je bijna niet kunt lopen, kan het om een ernstige blessure gaan. Vaak is "
                "dan een echo of MRI nodig."
            )
        case Sign.SWELLING_OR_BRUISING:
            return _(
                "Een zwelling of blauwe plek wijst op een bloeding in de spier. Die kan ook pas "
                "uren of dagen na het begin komen."
            )
        case Sign.NUMBNESS_AFTER_INJURY | Sign.NUMBNESS | Sign.WEAK_FOOT:
            return _(
                "Een doof gevoel, tintelingen of een zwakke voet kunnen betekenen dat er druk "
                "op een zenuw staat."
            )
        case Sign.WARM_CALF:
            return _("Een dikke, warme en pijnlijke kuit kan een bloedstolsel zijn: trombose.")
        case Sign.FEVER_OR_ILL:
            return _("Koorts of je ziek voelen kan betekenen dat er een infectie is.")
        case Sign.FALL_OR_BLOW:
            return _(
                "Na een val of harde klap kan er ook een bot gebroken zijn, of een grote "
                "bloeding in de spier zitten."
            )
        case Sign.NIGHT_PAIN | Sign.WEIGHT_LOSS_OR_CANCER:
            return _(
                "Pijn die ook in rust blijft, afvallen zonder reden, of kanker nu of vroeger: "
                "dan moet een arts kijken of de pijn een andere oorzaak heeft."
            )
        case Sign.BELOW_KNEE_OR_BACK:
            return _("Pijn onder je knie of in je rug kan uit je rug of van een zenuw komen.")
        case Sign.NOT_BETTER_AFTER_DAYS | Sign.NO_IMPROVEMENT:
            return _(
                "Een blessure die niet beter wordt, moet je laten nakijken. Soms is een echo of "
                "MRI nodig."
            )
        case Sign.TRAINING_PAIN_ABOVE_LIMIT | Sign.CANNOT_EXERCISE:
            return _(
                "Oefenen mag een beetje pijn doen, maar niet meer dan een 4 op 10. Je "
                "oefeningen moeten dan worden aangepast."
            )
        case Sign.DAILY_LIFE_PAIN:
            return _("Pijn bij zitten hoort vaak bij peesklachten bij het zitbot.")
        case Sign.STIFFNESS_OR_RECURRENCE:
            return _(
                "Blijf je stijf, of komt de klacht steeds terug? Dan is de oorzaak nog niet "
                "opgelost."
            )


def explanations(outcome: Outcome) -> tuple[str, ...]:
    """Why each warning sign matters, once per sentence."""
    return tuple(dict.fromkeys(explanation(sign) for sign in outcome.warning_signs))


def heading(outcome: Outcome) -> str:
    match outcome.kind:
        case Kind.SORENESS:
            return _("Waarschijnlijk gewone spierpijn")
        case Kind.STRAIN if outcome.grade == 1:
            return _("Dit lijkt op een lichte hamstringblessure (graad 1)")
        case Kind.STRAIN:
            return _("Dit lijkt op een matige hamstringblessure (graad 2)")
        case Kind.TENDINOPATHY:
            return _("Je klachten passen bij peesklachten bij het zitbot")
        case Kind.UNCLEAR:
            return _("Je klachten passen niet duidelijk bij één beeld")
        case Kind.SEE_DOCTOR if outcome.urgency is Urgency.EMERGENCY:
            return _("Bel nu 112 of de huisartsenpost")
        case Kind.SEE_DOCTOR if outcome.urgency is Urgency.SAME_DAY:
            return _("Laat je been vandaag nog nakijken")
        case _:
            return _("Laat je been binnen een paar dagen nakijken")
