"""The self-check: ordinary muscle soreness, a hamstring strain, tendon complaints at the
sit bone, or see a doctor?

A pure function: answers in, an outcome with its reasons out. No ORM, no request, no
clock. It never diagnoses; it says what the answers fit and why.

Sources: shared/seeds/002 (soreness against injury, warning signs, grades 1–3 with their
recovery times, when imaging is needed) and shared/seeds/000 (complaints at the sit bone
creep in, hurt around the sit bone and while sitting, especially on a hard surface).
Numbness or tingling in the leg is added as a warning sign: a nerve may be involved.

Precedence, most important first:
1. Any warning sign: see a doctor. The most urgent warning sign sets the urgency, and
   every warning sign present is given as a reason.
2. Ordinary muscle soreness: a gradual start, in both legs, without a pop or swelling, and
   either less than three days old or getting better with rest.
3. Tendon complaints at the sit bone: a gradual start without a pop or swelling, pain
   around the sit bone and pain while sitting.
4. Everything else: probably a strain, graded by how well the visitor can walk. Grade 3
   (walking hardly possible) is a warning sign, so it only comes with see a doctor.
"""

from dataclasses import dataclass, fields
from enum import Enum

from django.utils.text import get_text_list
from django.utils.translation import gettext as _


class Onset(Enum):
    GRADUAL = "gradual"
    SUDDEN = "sudden"


class YesNo(Enum):
    YES = "yes"
    NO = "no"


class Legs(Enum):
    BOTH = "both"
    ONE = "one"


class Walking(Enum):
    NORMAL = "normal"
    PAINFUL_WEAK = "painful-weak"
    HARDLY = "hardly"


class Course(Enum):
    UNDER_3_DAYS = "under-3-days"
    IMPROVING = "improving"  # 3 days or longer, and better with rest
    NOT_IMPROVING = "not-improving"  # 3 days to 2 weeks, not better or worse
    NOT_IMPROVING_2_WEEKS = "not-improving-2-weeks"  # longer than 2 weeks, not better


class Location(Enum):
    SIT_BONE = "sit-bone"
    THIGH = "thigh"


@dataclass(frozen=True)
class Answers:
    onset: Onset
    pop: YesNo  # a pop or snapping feeling when it started
    legs: Legs  # where the pain is felt: both legs or one
    walking: Walking  # walking and bearing weight
    swelling: YesNo  # swelling or bruising
    numbness: YesNo  # numbness or tingling in the leg
    course: Course  # how long ago it started, and whether rest helps
    location: Location
    sitting_pain: YesNo

    def __post_init__(self):
        for field in fields(self):
            value = getattr(self, field.name)
            if not isinstance(value, field.type):
                raise ValueError(f"{field.name} must be a {field.type.__name__}, got {value!r}.")


class Kind(Enum):
    SORENESS = "soreness"
    STRAIN = "strain"
    TENDINOPATHY = "tendinopathy"
    SEE_DOCTOR = "see-doctor"


class Urgency(Enum):
    # The values double as the care card's CSS modifier.
    SAME_DAY = "same-day"
    WITHIN_DAYS = "within-days"


class WarningSign(Enum):
    POSSIBLE_TENDON_TEAR = "possible-tendon-tear"
    CANNOT_WALK = "cannot-walk"
    NUMBNESS_AFTER_INJURY = "numbness-after-injury"
    NUMBNESS = "numbness"
    NO_IMPROVEMENT = "no-improvement"

    @property
    def urgency(self) -> Urgency:
        if self in {WarningSign.NUMBNESS, WarningSign.NO_IMPROVEMENT}:
            return Urgency.WITHIN_DAYS
        return Urgency.SAME_DAY


@dataclass(frozen=True)
class Outcome:
    kind: Kind
    reasons: tuple[str, ...]  # plain Dutch phrases that fit after "omdat"
    grade: int | None = None  # 1..3 when the answers fit a strain
    urgency: Urgency | None = None  # only when kind is SEE_DOCTOR
    warning_signs: tuple[WarningSign, ...] = ()

    @property
    def because(self) -> str:
        """The reasons as one clause: "omdat je een knap voelde en de pijn plotseling begon"."""
        return _("omdat %(reasons)s") % {"reasons": get_text_list(list(self.reasons), _("en"))}


def evaluate(answers: Answers) -> Outcome:
    signs = warning_signs(answers)
    if signs:
        urgency = (
            Urgency.SAME_DAY
            if any(sign.urgency is Urgency.SAME_DAY for sign in signs)
            else Urgency.WITHIN_DAYS
        )
        return Outcome(
            kind=Kind.SEE_DOCTOR,
            reasons=tuple(reason for sign in signs for reason in _warning_reasons(sign)),
            # A grade only where the answers point to an injury; numbness that crept in
            # is more likely a nerve than a torn muscle.
            grade=_grade(answers) if _looks_injured(answers) else None,
            urgency=urgency,
            warning_signs=signs,
        )
    if _fits_soreness(answers):
        return Outcome(kind=Kind.SORENESS, reasons=_soreness_reasons(answers))
    if _fits_tendinopathy(answers):
        return Outcome(
            kind=Kind.TENDINOPATHY,
            reasons=(
                _("de pijn geleidelijk begon"),
                _("de pijn rond je zitbot zit"),
                _("zitten pijn doet"),
            ),
        )
    return Outcome(kind=Kind.STRAIN, reasons=_strain_reasons(answers), grade=_grade(answers))


def warning_signs(answers: Answers) -> tuple[WarningSign, ...]:
    """Every warning sign in the answers, the most urgent first."""
    yes = YesNo.YES
    signs = []
    if answers.pop is yes and answers.swelling is yes and answers.walking is not Walking.NORMAL:
        signs.append(WarningSign.POSSIBLE_TENDON_TEAR)
    if answers.walking is Walking.HARDLY:
        signs.append(WarningSign.CANNOT_WALK)
    if answers.numbness is yes:
        # Numbness straight after an injury can mean bleeding presses on a nerve.
        if answers.onset is Onset.SUDDEN:
            signs.append(WarningSign.NUMBNESS_AFTER_INJURY)
        else:
            signs.append(WarningSign.NUMBNESS)
    # The 2–3 week rule of seed 002 is about injuries. Tendon complaints at the sit bone
    # creep in and take months; that outcome sends the visitor to a professional anyway.
    if answers.course is Course.NOT_IMPROVING_2_WEEKS and not _fits_tendinopathy(answers):
        signs.append(WarningSign.NO_IMPROVEMENT)
    return tuple(sorted(signs, key=lambda sign: sign.urgency is not Urgency.SAME_DAY))


def _warning_reasons(sign: WarningSign) -> tuple[str, ...]:
    match sign:
        case WarningSign.POSSIBLE_TENDON_TEAR:
            return (
                _("je een knap voelde"),
                _("je een zwelling of blauwe plek hebt"),
                _("je been zwak voelt"),
            )
        case WarningSign.CANNOT_WALK:
            return (_("je bijna niet kunt lopen"),)
        case WarningSign.NUMBNESS_AFTER_INJURY:
            return (
                _("je een doof gevoel of tintelingen in je been hebt na een plotselinge blessure"),
            )
        case WarningSign.NUMBNESS:
            return (_("je een doof gevoel of tintelingen in je been hebt"),)
        case WarningSign.NO_IMPROVEMENT:
            return (_("de pijn na 2 weken nog niet beter is"),)


def _looks_injured(answers: Answers) -> bool:
    return (
        answers.onset is Onset.SUDDEN or answers.pop is YesNo.YES or answers.swelling is YesNo.YES
    )


def _fits_soreness(answers: Answers) -> bool:
    return (
        not _looks_injured(answers)
        and answers.legs is Legs.BOTH
        and answers.course in {Course.UNDER_3_DAYS, Course.IMPROVING}
    )


def _fits_tendinopathy(answers: Answers) -> bool:
    return (
        not _looks_injured(answers)
        and answers.location is Location.SIT_BONE
        and answers.sitting_pain is YesNo.YES
    )


def _grade(answers: Answers) -> int:
    # Seed 002: grade 1 still functions reasonably, grade 2 has clear pain when walking and
    # weakness, grade 3 can hardly walk.
    return {Walking.NORMAL: 1, Walking.PAINFUL_WEAK: 2, Walking.HARDLY: 3}[answers.walking]


def _soreness_reasons(answers: Answers) -> tuple[str, ...]:
    reasons = [_("de pijn geleidelijk begon"), _("je het in allebei je benen voelt")]
    if answers.course is Course.IMPROVING:
        reasons.append(_("het beter wordt met rust"))
    else:
        reasons.append(_("de pijn minder dan 3 dagen geleden begon"))
    return tuple(reasons)


def _strain_reasons(answers: Answers) -> tuple[str, ...]:
    reasons = []
    if answers.pop is YesNo.YES:
        reasons.append(_("je een knap voelde"))
    if answers.onset is Onset.SUDDEN:
        reasons.append(_("de pijn plotseling begon"))
    if answers.swelling is YesNo.YES:
        reasons.append(_("je een zwelling of blauwe plek hebt"))
    # One leg only matters when nothing above already points to an injury.
    if not reasons and answers.legs is Legs.ONE:
        reasons.append(_("je de pijn maar in één been voelt"))
    if answers.course is Course.NOT_IMPROVING:
        reasons.append(_("de pijn na 3 dagen niet beter wordt met rust"))
    if answers.walking is Walking.NORMAL:
        reasons.append(_("je nog redelijk kunt lopen"))
    else:
        reasons += [_("lopen duidelijk pijn doet"), _("je been zwak voelt")]
    return tuple(reasons)
