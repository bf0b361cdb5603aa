"""The self-check: ordinary muscle soreness, a hamstring strain, tendon complaints at the
sit bone, something that fits no one picture, or see a doctor (and how soon)?

A pure function: answers in, an outcome with its reasons out. No Django at all: no database,
no request, no clock, no active language. It never diagnoses; it says what the answers fit
and why. The reasons are codes; conditions/selfcheck_text.py writes them as Dutch words.

Sources: shared/seeds/002 (soreness against injury, warning signs, grades 1–3) and
shared/seeds/000 (complaints at the sit bone creep in, hurt around the sit bone and while
sitting). The warning signs and their urgency live in conditions/warning_signs.py, the one
home that also drives the warning-sign cards on the condition pages.

Precedence, most important first:
1. A warning sign that needs care within days or sooner: see a doctor, as soon as the most
   urgent sign says (the emergency of numbness around the anus first). Every sign present
   is a reason.
2. Ordinary muscle soreness: a gradual start, in both legs, without any warning sign, and
   either less than three days old or getting better with rest.
3. Tendon complaints at the sit bone: a gradual start, pain around the sit bone and pain
   while sitting. See a physiotherapist or doctor.
4. A sudden start: it looks like a strain, of a grade that follows from walking. A grade 2
   is seen by a physiotherapist or doctor within a few days.
5. Anything else (say, pain that crept into one leg): it fits no one picture, and a
   physiotherapist or doctor should look. The site defines a strain as sudden, so gradual
   pain is never called one.
"""

from dataclasses import dataclass, fields
from enum import Enum, StrEnum

from .warning_signs import Sign, Urgency


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


class RedFlag(Enum):
    SADDLE = "saddle"  # numbness around anus or genitals, or loss of bladder or bowel control
    CALF = "calf"
    FEVER = "fever"
    WEAK_FOOT = "weak-foot"
    FALL = "fall"
    NIGHT_PAIN = "night-pain"
    WEIGHT_LOSS = "weight-loss"  # or a history of cancer
    BELOW_KNEE_OR_BACK = "below-knee-or-back"
    NONE = "none"  # "none of these": an answer of its own, never stored in Answers


class Training(Enum):
    NO = "no"
    GOING_WELL = "going-well"
    PAIN_ABOVE_LIMIT = "pain-above-limit"
    CANNOT = "cannot"
    STIFF_OR_RECURRING = "stiff-or-recurring"


class Age(Enum):
    UNDER_18 = "under-18"
    ADULT = "18-or-older"


RED_FLAG_SIGNS: dict[RedFlag, Sign] = {
    RedFlag.SADDLE: Sign.SADDLE_NUMBNESS,
    RedFlag.CALF: Sign.WARM_CALF,
    RedFlag.FEVER: Sign.FEVER_OR_ILL,
    RedFlag.WEAK_FOOT: Sign.WEAK_FOOT,
    RedFlag.FALL: Sign.FALL_OR_BLOW,
    RedFlag.NIGHT_PAIN: Sign.NIGHT_PAIN,
    RedFlag.WEIGHT_LOSS: Sign.WEIGHT_LOSS_OR_CANCER,
    RedFlag.BELOW_KNEE_OR_BACK: Sign.BELOW_KNEE_OR_BACK,
}
TRAINING_SIGNS: dict[Training, Sign] = {
    Training.PAIN_ABOVE_LIMIT: Sign.TRAINING_PAIN_ABOVE_LIMIT,
    Training.CANNOT: Sign.CANNOT_EXERCISE,
    Training.STIFF_OR_RECURRING: Sign.STIFFNESS_OR_RECURRENCE,
}


class ReasonCode(StrEnum):
    GRADUAL_ONSET = "gradual-onset"
    SUDDEN_ONSET = "sudden-onset"
    BOTH_LEGS = "both-legs"
    ONE_LEG = "one-leg"
    BETTER_WITH_REST = "better-with-rest"
    UNDER_3_DAYS = "under-3-days"
    NOT_BETTER_AFTER_3_DAYS = "not-better-after-3-days"
    WALKS_REASONABLY = "walks-reasonably"
    WALKING_HURTS = "walking-hurts"
    LEG_WEAK = "leg-weak"
    PAIN_AT_SIT_BONE = "pain-at-sit-bone"
    SITTING_HURTS = "sitting-hurts"
    UNDER_18 = "under-18"
    WARNING_SIGN = "warning-sign"  # sign


@dataclass(frozen=True)
class Reason:
    """Why the outcome fits: a code, and for a warning sign the sign. Each reads as a clause
    after "omdat" (conditions/selfcheck_text.py)."""

    code: ReasonCode
    sign: Sign | None = None


def sign_reasons(sign: Sign) -> tuple[Reason, ...]:
    """The reasons a warning sign gives, in the order they read."""
    match sign:
        case Sign.GROWTH_PLATE:
            return (
                Reason(ReasonCode.UNDER_18),
                Reason(ReasonCode.WARNING_SIGN, sign=Sign.SUDDEN_SIT_BONE_PAIN),
            )
        # These say what other answers say too, so the outcome names them once.
        case Sign.DAILY_LIFE_PAIN:
            return (Reason(ReasonCode.SITTING_HURTS),)
        case Sign.NOT_BETTER_AFTER_DAYS:
            return (Reason(ReasonCode.NOT_BETTER_AFTER_3_DAYS),)
        case _:
            return (Reason(ReasonCode.WARNING_SIGN, sign=sign),)


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
    red_flags: frozenset  # of RedFlag, without NONE: empty when none of them
    training: Training  # already exercising for it, and how that goes
    age: Age

    def __post_init__(self):
        for field in fields(self):
            value = getattr(self, field.name)
            if not isinstance(value, field.type):
                raise ValueError(f"{field.name} must be a {field.type.__name__}, got {value!r}.")
        if not all(isinstance(flag, RedFlag) for flag in self.red_flags):
            raise ValueError(f"red_flags must hold RedFlag members, got {self.red_flags!r}.")
        if RedFlag.NONE in self.red_flags:
            raise ValueError("red_flags never holds NONE: no red flag is an empty set.")


class Kind(Enum):
    SORENESS = "soreness"
    STRAIN = "strain"
    TENDINOPATHY = "tendinopathy"
    UNCLEAR = "unclear"
    SEE_DOCTOR = "see-doctor"


# The references behind the advice for some red flags, by key (conditions.Reference rows).
SIGN_SOURCES = {
    Sign.SADDLE_NUMBNESS: "royal-free-cauda-equina",
    Sign.WARM_CALF: "thuisarts-trombosebeen",
    Sign.FEVER_OR_ILL: "chcp-back-pain",
    Sign.NIGHT_PAIN: "chcp-back-pain",
    Sign.WEIGHT_LOSS_OR_CANCER: "nice-ng12-general-symptoms",
}
# Every reference an outcome can cite.
SOURCES = ("subbu-2015", "gidwani-2004", "dubois-2020", *dict.fromkeys(SIGN_SOURCES.values()))
# Signs that can mean a tendon torn from the bone: early repair does better (Subbu 2015).
AVULSION_SIGNS = frozenset({Sign.POP, Sign.SUDDEN_SIT_BONE_PAIN, Sign.GROWTH_PLATE})


@dataclass(frozen=True)
class Outcome:
    kind: Kind
    reasons: tuple[Reason, ...]  # each once, in the order they read
    grade: int | None = None  # 1..3 when the answers look like an injury
    urgency: Urgency | None = None  # None: take care of it yourself
    warning_signs: tuple[Sign, ...] = ()  # the most urgent first
    first_aid: bool = False  # first aid for the first days after a muscle injury

    @property
    def possible_avulsion(self) -> bool:
        return not AVULSION_SIGNS.isdisjoint(self.warning_signs)

    @property
    def sources(self) -> tuple[str, ...]:
        """The keys of the references (conditions.Reference) behind this advice."""
        keys = []
        if self.possible_avulsion:
            keys.append("subbu-2015")
        if Sign.GROWTH_PLATE in self.warning_signs:
            keys.append("gidwani-2004")
        if self.first_aid:
            keys.append("dubois-2020")
        keys.extend(SIGN_SOURCES[sign] for sign in self.warning_signs if sign in SIGN_SOURCES)
        return tuple(dict.fromkeys(keys))


def evaluate(answers: Answers) -> Outcome:
    signs = warning_signs(answers)
    from_signs = tuple(reason for sign in signs for reason in sign_reasons(sign))
    injured = _looks_injured(answers)
    # A tendon torn from the bone has no grade: how bad it is, only a doctor can tell.
    grade = _grade(answers) if injured and AVULSION_SIGNS.isdisjoint(signs) else None
    # For the first days after an injury, unless the emergency comes first.
    # Not when a doctor should look at it today: until then the care card's advice is to
    # spare the leg, and "build up again after the first days" would contradict it.
    first_aid = (
        injured
        and answers.course is not Course.NOT_IMPROVING_2_WEEKS
        and not (signs and signs[0].urgency.at_least(Urgency.SAME_DAY))
    )
    if signs and signs[0].urgency.at_least(Urgency.WITHIN_DAYS):
        return Outcome(
            kind=Kind.SEE_DOCTOR,
            reasons=_unique(from_signs),
            # A grade only where the answers point to a muscle injury; numbness that crept
            # in is more likely a nerve than a torn muscle.
            grade=grade,
            urgency=signs[0].urgency,
            warning_signs=signs,
            first_aid=first_aid,
        )
    # From here on any sign is one for the next appointment.
    if not signs and _fits_soreness(answers):
        return Outcome(kind=Kind.SORENESS, reasons=_soreness_reasons(answers))
    if _fits_tendinopathy(answers):
        return Outcome(
            kind=Kind.TENDINOPATHY,
            reasons=_unique(
                (
                    Reason(ReasonCode.GRADUAL_ONSET),
                    Reason(ReasonCode.PAIN_AT_SIT_BONE),
                    Reason(ReasonCode.SITTING_HURTS),
                    *from_signs,
                )
            ),
            urgency=Urgency.NEXT_APPOINTMENT,
            warning_signs=signs,
        )
    if grade is not None:
        # Seed 002: from grade 2 on, a professional should assess the injury.
        urgency = Urgency.WITHIN_DAYS if grade >= 2 else _most_urgent(signs)
        return Outcome(
            kind=Kind.STRAIN,
            reasons=_unique(_strain_reasons(answers) + from_signs),
            grade=grade,
            urgency=urgency,
            warning_signs=signs,
            first_aid=first_aid,
        )
    worse = answers.course is Course.NOT_IMPROVING or answers.walking is not Walking.NORMAL
    return Outcome(
        kind=Kind.UNCLEAR,
        reasons=_unique(_unclear_reasons(answers) + from_signs),
        urgency=Urgency.WITHIN_DAYS if worse else Urgency.NEXT_APPOINTMENT,
        warning_signs=signs,
    )


def warning_signs(answers: Answers) -> tuple[Sign, ...]:
    """Every warning sign in the answers, the most urgent first."""
    yes = YesNo.YES
    sudden = answers.onset is Onset.SUDDEN
    at_sit_bone = answers.location is Location.SIT_BONE
    signs = [RED_FLAG_SIGNS[flag] for flag in RedFlag if flag in answers.red_flags]
    if answers.pop is yes:
        signs.append(Sign.POP)
    if answers.walking is Walking.HARDLY:
        signs.append(Sign.CANNOT_WALK)
    if answers.swelling is yes:
        signs.append(Sign.SWELLING_OR_BRUISING)
    if sudden and at_sit_bone:
        if answers.age is Age.UNDER_18:
            signs.append(Sign.GROWTH_PLATE)
        signs.append(Sign.SUDDEN_SIT_BONE_PAIN)
    if answers.numbness is yes:
        # Numbness straight after an injury can mean bleeding presses on a nerve.
        signs.append(Sign.NUMBNESS_AFTER_INJURY if sudden else Sign.NUMBNESS)
    if sudden and answers.course is Course.NOT_IMPROVING:
        signs.append(Sign.NOT_BETTER_AFTER_DAYS)
    # The 2–3 week rule of seed 002 is about injuries. Tendon complaints at the sit bone
    # creep in and take months; that outcome sends the visitor to a professional anyway.
    if answers.course is Course.NOT_IMPROVING_2_WEEKS and not _fits_tendinopathy(answers):
        signs.append(Sign.NO_IMPROVEMENT)
    if answers.training in TRAINING_SIGNS:
        signs.append(TRAINING_SIGNS[answers.training])
    if at_sit_bone and answers.sitting_pain is yes:
        signs.append(Sign.DAILY_LIFE_PAIN)
    # sorted() is stable: signs of the same urgency keep the order above.
    return tuple(sorted(signs, key=lambda sign: sign.urgency))


def _most_urgent(signs: tuple[Sign, ...]) -> Urgency | None:
    return signs[0].urgency if signs else None


def _unique(reasons) -> tuple[Reason, ...]:
    return tuple(dict.fromkeys(reasons))


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
    # weakness, grade 3 can hardly walk. Walking alone is a rough guide: the outcome says
    # "looks like", and from grade 2 on a professional assesses it.
    return {Walking.NORMAL: 1, Walking.PAINFUL_WEAK: 2, Walking.HARDLY: 3}[answers.walking]


def _soreness_reasons(answers: Answers) -> tuple[Reason, ...]:
    reasons = [Reason(ReasonCode.GRADUAL_ONSET), Reason(ReasonCode.BOTH_LEGS)]
    if answers.course is Course.IMPROVING:
        reasons.append(Reason(ReasonCode.BETTER_WITH_REST))
    else:
        reasons.append(Reason(ReasonCode.UNDER_3_DAYS))
    return tuple(reasons)


def _strain_reasons(answers: Answers) -> tuple[Reason, ...]:
    reasons = [Reason(ReasonCode.SUDDEN_ONSET)]
    if answers.walking is Walking.NORMAL:
        reasons.append(Reason(ReasonCode.WALKS_REASONABLY))
    else:
        reasons += [Reason(ReasonCode.WALKING_HURTS), Reason(ReasonCode.LEG_WEAK)]
    return tuple(reasons)


def _unclear_reasons(answers: Answers) -> tuple[Reason, ...]:
    reasons = [Reason(ReasonCode.GRADUAL_ONSET)]
    if answers.legs is Legs.ONE:
        reasons.append(Reason(ReasonCode.ONE_LEG))
    if answers.course is Course.NOT_IMPROVING:
        reasons.append(Reason(ReasonCode.NOT_BETTER_AFTER_3_DAYS))
    if answers.walking is not Walking.NORMAL:
        reasons.append(Reason(ReasonCode.WALKING_HURTS))
    return tuple(reasons)
