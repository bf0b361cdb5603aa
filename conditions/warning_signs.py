"""The one home of the warning signs: each sign a code with its urgency.

The self-check raises these signs from the answers (conditions/selfcheck.py), and every
warning-sign card on a condition page names one of them by its code
(`conditions.WarningSign.code`). A card takes its urgency from here, so an editor changes
the wording of a card, never how urgent it is, and the self-check can never give weaker
advice than the card for the same sign.

Where an urgency comes from (a physiotherapist reviews these judgements):
- Numbness around the anus, buttocks or genitals, or loss of bladder or bowel control, can
  mean the nerves at the bottom of the spine are pressed (cauda equina syndrome): an
  emergency, as NHS trusts and the British spine surgeons tell patients.
- A swollen, warm, painful calf can be a thrombosis (Thuisarts "trombosebeen"): the same day.
- A pop, swelling or bruising, walking hardly possible, or sudden pain at the sit bone can
  mean a torn muscle or a tendon torn from the bone; early repair gives better results
  (Subbu et al. 2015): the same day. Under 18 the growth plate at the sit bone can tear off
  instead, an easily missed diagnosis (Gidwani et al. 2004).
- Fever or feeling ill, weight loss or a history of cancer, and pain at night or at rest
  call for an urgent appointment in the NHS advice on back pain; a fall or a hard blow can
  break a bone, and a weak foot can mean a pressed nerve: the same day (when in doubt, the
  more careful advice).
- Pain below the knee or back pain, and numbness that crept in, point to the back or a
  nerve; pain that is not better after days or weeks, or above 4/10 twice while training:
  within a few days.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Urgency(models.IntegerChoices):
    # The number orders the cards: the most urgent first. A lower number is more urgent.
    EMERGENCY = 0, _("Nu meteen")
    SAME_DAY = 1, _("Vandaag nog")
    WITHIN_DAYS = 2, _("Binnen een paar dagen")
    NEXT_APPOINTMENT = 3, _("Bij je volgende afspraak")

    @property
    def css_modifier(self) -> str:
        return self.name.lower().replace("_", "-")

    def at_least(self, other: "Urgency") -> bool:
        """As urgent as `other`, or more."""
        return self <= other


class Sign(models.TextChoices):
    SADDLE_NUMBNESS = (
        "saddle-numbness",
        _("doof gevoel rond anus of kruis, of plas of ontlasting niet ophouden"),
    )
    POP = "pop", _("een knap")
    CANNOT_WALK = "cannot-walk", _("(bijna) niet kunnen lopen")
    SWELLING_OR_BRUISING = "swelling-or-bruising", _("zwelling of blauwe plek")
    SUDDEN_SIT_BONE_PAIN = "sudden-sit-bone-pain", _("plotselinge pijn bij het zitbot")
    GROWTH_PLATE = "growth-plate", _("jonger dan 18 en plotselinge pijn bij het zitbot")
    NUMBNESS_AFTER_INJURY = "numbness-after-injury", _("doof gevoel na een plotselinge blessure")
    WARM_CALF = "warm-calf", _("dikke, warme, pijnlijke kuit")
    FEVER_OR_ILL = "fever-or-ill", _("koorts of je ziek voelen")
    WEAK_FOOT = "weak-foot", _("zwakke voet")
    FALL_OR_BLOW = "fall-or-blow", _("na een val of harde klap")
    NIGHT_PAIN = "night-pain", _("pijn 's nachts of in rust")
    WEIGHT_LOSS_OR_CANCER = "weight-loss-or-cancer", _("afvallen zonder reden, of kanker")
    BELOW_KNEE_OR_BACK = "below-knee-or-back", _("pijn onder de knie of in de rug, of uitstralend")
    NUMBNESS = "numbness", _("doof gevoel of tintelingen")
    NOT_BETTER_AFTER_DAYS = "not-better-after-days", _("na een blessure na 3 dagen niet beter")
    NO_IMPROVEMENT = "no-improvement", _("na 2 weken niet beter")
    TRAINING_PAIN_ABOVE_LIMIT = "training-pain-above-limit", _("bij oefenen pijn boven de 4")
    CANNOT_EXERCISE = "cannot-exercise", _("oefenen lukt niet door pijn")
    DAILY_LIFE_PAIN = "daily-life-pain", _("pijn in het dagelijks leven, zoals bij zitten")
    STIFFNESS_OR_RECURRENCE = "stiffness-or-recurrence", _("stijf blijven, of steeds terugkomen")

    @property
    def urgency(self) -> Urgency:
        return URGENCY[self]


URGENCY: dict[Sign, Urgency] = {
    Sign.SADDLE_NUMBNESS: Urgency.EMERGENCY,
    Sign.POP: Urgency.SAME_DAY,
    Sign.CANNOT_WALK: Urgency.SAME_DAY,
    Sign.SWELLING_OR_BRUISING: Urgency.SAME_DAY,
    Sign.SUDDEN_SIT_BONE_PAIN: Urgency.SAME_DAY,
    Sign.GROWTH_PLATE: Urgency.SAME_DAY,
    Sign.NUMBNESS_AFTER_INJURY: Urgency.SAME_DAY,
    Sign.WARM_CALF: Urgency.SAME_DAY,
    Sign.FEVER_OR_ILL: Urgency.SAME_DAY,
    Sign.WEAK_FOOT: Urgency.SAME_DAY,
    Sign.FALL_OR_BLOW: Urgency.SAME_DAY,
    Sign.NIGHT_PAIN: Urgency.SAME_DAY,
    Sign.WEIGHT_LOSS_OR_CANCER: Urgency.SAME_DAY,
    Sign.BELOW_KNEE_OR_BACK: Urgency.WITHIN_DAYS,
    Sign.NUMBNESS: Urgency.WITHIN_DAYS,
    Sign.NOT_BETTER_AFTER_DAYS: Urgency.WITHIN_DAYS,
    Sign.NO_IMPROVEMENT: Urgency.WITHIN_DAYS,
    Sign.TRAINING_PAIN_ABOVE_LIMIT: Urgency.WITHIN_DAYS,
    Sign.CANNOT_EXERCISE: Urgency.NEXT_APPOINTMENT,
    Sign.DAILY_LIFE_PAIN: Urgency.NEXT_APPOINTMENT,
    Sign.STIFFNESS_OR_RECURRENCE: Urgency.NEXT_APPOINTMENT,
}
