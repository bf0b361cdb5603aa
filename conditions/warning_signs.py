"""The one home of the warning signs: each sign a code with its urgency.

Pure Python, so the self-check that imports it stays pure: no Django, no active language.
The words for signs and urgencies live in conditions/warning_sign_labels.py.

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

from enum import IntEnum, StrEnum


class Urgency(IntEnum):
    # The number orders the cards: the most urgent first. A lower number is more urgent.
    EMERGENCY = 0
    SAME_DAY = 1
    WITHIN_DAYS = 2
    NEXT_APPOINTMENT = 3

    def at_least(self, other: "Urgency") -> bool:
        """As urgent as `other`, or more."""
        return self <= other


class Sign(StrEnum):
    SADDLE_NUMBNESS = "saddle-numbness"
    POP = "pop"
    CANNOT_WALK = "cannot-walk"
    SWELLING_OR_BRUISING = "swelling-or-bruising"
    SUDDEN_SIT_BONE_PAIN = "sudden-sit-bone-pain"
    GROWTH_PLATE = "growth-plate"
    NUMBNESS_AFTER_INJURY = "numbness-after-injury"
    WARM_CALF = "warm-calf"
    FEVER_OR_ILL = "fever-or-ill"
    WEAK_FOOT = "weak-foot"
    FALL_OR_BLOW = "fall-or-blow"
    NIGHT_PAIN = "night-pain"
    WEIGHT_LOSS_OR_CANCER = "weight-loss-or-cancer"
    BELOW_KNEE_OR_BACK = "below-knee-or-back"
    NUMBNESS = "numbness"
    NOT_BETTER_AFTER_DAYS = "not-better-after-days"
    NO_IMPROVEMENT = "no-improvement"
    TRAINING_PAIN_ABOVE_LIMIT = "training-pain-above-limit"
    CANNOT_EXERCISE = "cannot-exercise"
    DAILY_LIFE_PAIN = "daily-life-pain"
    STIFFNESS_OR_RECURRENCE = "stiffness-or-recurrence"

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
