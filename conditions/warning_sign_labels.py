"""The warning signs and their urgencies in words, for the models, the admin and the pages.

The catalogue itself (conditions/warning_signs.py) is pure Python; only here do its codes
get Dutch labels. Each label is looked up for every member, so a new sign or urgency
without words fails on import instead of showing an empty choice.
"""

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from .warning_signs import Sign, Urgency

URGENCY_LABELS: dict[Urgency, Promise] = {
    Urgency.EMERGENCY: _("Nu meteen"),
    Urgency.SAME_DAY: _("Vandaag nog"),
    Urgency.WITHIN_DAYS: _("Binnen een paar dagen"),
    Urgency.NEXT_APPOINTMENT: _("Bij je volgende afspraak"),
}

SIGN_LABELS: dict[Sign, Promise] = {
    Sign.SADDLE_NUMBNESS: _("doof gevoel rond anus of kruis, of plas of ontlasting niet ophouden"),
    Sign.POP: _("een knap"),
    Sign.CANNOT_WALK: _("(bijna) niet kunnen lopen"),
    Sign.SWELLING_OR_BRUISING: _("zwelling of blauwe plek"),
    Sign.SUDDEN_SIT_BONE_PAIN: _("plotselinge pijn bij het zitbot"),
    Sign.GROWTH_PLATE: _("jonger dan 18 en plotselinge pijn bij het zitbot"),
    Sign.NUMBNESS_AFTER_INJURY: _("doof gevoel na een plotselinge blessure"),
    Sign.WARM_CALF: _("dikke, warme, pijnlijke kuit"),
    Sign.FEVER_OR_ILL: _("koorts of je ziek voelen"),
    Sign.WEAK_FOOT: _("zwakke voet"),
    Sign.FALL_OR_BLOW: _("na een val of harde klap"),
    Sign.NIGHT_PAIN: _("pijn 's nachts of in rust"),
    Sign.WEIGHT_LOSS_OR_CANCER: _("afvallen zonder reden, of kanker"),
    Sign.BELOW_KNEE_OR_BACK: _("pijn onder de knie of in de rug, of uitstralend"),
    Sign.NUMBNESS: _("doof gevoel of tintelingen"),
    Sign.NOT_BETTER_AFTER_DAYS: _("na een blessure na 3 dagen niet beter"),
    Sign.NO_IMPROVEMENT: _("na 2 weken niet beter"),
    Sign.TRAINING_PAIN_ABOVE_LIMIT: _("bij oefenen pijn boven de 4"),
    Sign.CANNOT_EXERCISE: _("oefenen lukt niet door pijn"),
    Sign.DAILY_LIFE_PAIN: _("pijn in het dagelijks leven, zoals bij zitten"),
    Sign.STIFFNESS_OR_RECURRENCE: _("stijf blijven, of steeds terugkomen"),
}

# In the catalogue's order, as model fields take them.
URGENCY_CHOICES = [(urgency.value, URGENCY_LABELS[urgency]) for urgency in Urgency]
SIGN_CHOICES = [(sign.value, SIGN_LABELS[sign]) for sign in Sign]


def css_modifier(urgency: Urgency) -> str:
    """The care card's modifier: `care-card--same-day`."""
    return urgency.name.lower().replace("_", "-")
