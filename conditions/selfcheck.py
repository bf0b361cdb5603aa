"""The self-check: ordinary muscle soreness, a hamstring strain, tendon complaints at the
sit bone, something that fits no one picture, or see a doctor (and how soon)?

A pure function: answers in, an outcome with its reasons out. No database, no request, no
clock. It never diagnoses; it says what the answers fit and why.

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
from enum import Enum

from django.utils.text import get_text_list
from django.utils.translation import gettext as _

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


# The references the outcomes can cite, by key: each a conditions.Reference row.
SOURCES = ("subbu-2015", "gidwani-2004", "dubois-2020")
# Signs that can mean a tendon torn from the bone: early repair does better (Subbu 2015).
AVULSION_SIGNS = frozenset({Sign.POP, Sign.SUDDEN_SIT_BONE_PAIN, Sign.GROWTH_PLATE})


@dataclass(frozen=True)
class Outcome:
    kind: Kind
    reasons: tuple[str, ...]  # plain Dutch phrases that fit after "omdat"
    grade: int | None = None  # 1..3 when the answers look like an injury
    urgency: Urgency | None = None  # None: take care of it yourself
    warning_signs: tuple[Sign, ...] = ()  # the most urgent first
    first_aid: bool = False  # first aid for the first days after a muscle injury

    @property
    def because(self) -> str:
        """The reasons as one clause: "omdat je een knap voelde en de pijn plotseling begon"."""
        return _("omdat %(reasons)s") % {"reasons": get_text_list(list(self.reasons), _("en"))}

    @property
    def explanations(self) -> tuple[str, ...]:
        """Why each warning sign matters, once per sentence."""
        return tuple(dict.fromkeys(_explanation(sign) for sign in self.warning_signs))

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
        return tuple(keys)


def evaluate(answers: Answers) -> Outcome:
    signs = warning_signs(answers)
    sign_reasons = tuple(reason for sign in signs for reason in _warning_reasons(sign, answers))
    injured = _looks_injured(answers)
    # A tendon torn from the bone has no grade: how bad it is, only a doctor can tell.
    grade = _grade(answers) if injured and AVULSION_SIGNS.isdisjoint(signs) else None
    # For the first days after an injury, unless the emergency comes first.
    first_aid = (
        injured
        and answers.course is not Course.NOT_IMPROVING_2_WEEKS
        and Sign.SADDLE_NUMBNESS not in signs
    )
    if signs and signs[0].urgency.at_least(Urgency.WITHIN_DAYS):
        return Outcome(
            kind=Kind.SEE_DOCTOR,
            reasons=_unique(sign_reasons),
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
                    _("de pijn geleidelijk begon"),
                    _("de pijn rond je zitbot zit"),
                    _("zitten pijn doet"),
                    *sign_reasons,
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
            reasons=_unique(_strain_reasons(answers) + sign_reasons),
            grade=grade,
            urgency=urgency,
            warning_signs=signs,
            first_aid=first_aid,
        )
    worse = answers.course is Course.NOT_IMPROVING or answers.walking is not Walking.NORMAL
    return Outcome(
        kind=Kind.UNCLEAR,
        reasons=_unique(_unclear_reasons(answers) + sign_reasons),
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


def _unique(reasons) -> tuple[str, ...]:
    return tuple(dict.fromkeys(reasons))


def _warning_reasons(sign: Sign, answers: Answers) -> tuple[str, ...]:
    match sign:
        case Sign.SADDLE_NUMBNESS:
            return (
                _(
                    "je een doof gevoel rond je anus, billen of kruis hebt, of je plas of "
                    "ontlasting niet goed kunt ophouden"
                ),
            )
        case Sign.POP:
            return (_("je een knap voelde"),)
        case Sign.CANNOT_WALK:
            return (_("je bijna niet kunt lopen"),)
        case Sign.SWELLING_OR_BRUISING:
            return (_("je een zwelling of blauwe plek hebt"),)
        case Sign.GROWTH_PLATE:
            return (_("je jonger bent dan 18"), _("de pijn bij je zitbot plotseling begon"))
        case Sign.SUDDEN_SIT_BONE_PAIN:
            return (_("de pijn bij je zitbot plotseling begon"),)
        case Sign.NUMBNESS_AFTER_INJURY:
            return (
                _("je een doof gevoel of tintelingen in je been hebt na een plotselinge blessure"),
            )
        case Sign.NUMBNESS:
            return (_("je een doof gevoel of tintelingen in je been hebt"),)
        case Sign.WARM_CALF:
            return (_("je kuit dik, warm en pijnlijk is"),)
        case Sign.FEVER_OR_ILL:
            return (_("je koorts hebt of je ziek voelt"),)
        case Sign.WEAK_FOOT:
            return (_("je voet zwak is"),)
        case Sign.FALL_OR_BLOW:
            return (_("de pijn begon na een val of een harde klap"),)
        case Sign.NIGHT_PAIN:
            return (_("je ook ’s nachts of in rust pijn hebt"),)
        case Sign.WEIGHT_LOSS_OR_CANCER:
            return (_("je afvalt zonder reden, of kanker hebt of had"),)
        case Sign.BELOW_KNEE_OR_BACK:
            return (_("je ook pijn onder je knie of in je rug hebt"),)
        case Sign.NOT_BETTER_AFTER_DAYS:
            return (_("de pijn na 3 dagen niet beter wordt met rust"),)
        case Sign.NO_IMPROVEMENT:
            return (_("de pijn na 2 weken nog niet beter is"),)
        case Sign.TRAINING_PAIN_ABOVE_LIMIT:
            return (_("de pijn bij het oefenen boven de 4 komt"),)
        case Sign.CANNOT_EXERCISE:
            return (_("oefenen niet lukt door de pijn"),)
        case Sign.DAILY_LIFE_PAIN:
            return (_("zitten pijn doet"),)
        case Sign.STIFFNESS_OR_RECURRENCE:
            return (_("je stijf blijft of de klacht steeds terugkomt"),)


def _explanation(sign: Sign) -> str:
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


def _soreness_reasons(answers: Answers) -> tuple[str, ...]:
    reasons = [_("de pijn geleidelijk begon"), _("je het in allebei je benen voelt")]
    if answers.course is Course.IMPROVING:
        reasons.append(_("het beter wordt met rust"))
    else:
        reasons.append(_("de pijn minder dan 3 dagen geleden begon"))
    return tuple(reasons)


def _strain_reasons(answers: Answers) -> tuple[str, ...]:
    reasons = [_("de pijn plotseling begon")]
    if answers.walking is Walking.NORMAL:
        reasons.append(_("je nog redelijk kunt lopen"))
    else:
        reasons += [_("lopen duidelijk pijn doet"), _("je been zwak voelt")]
    return tuple(reasons)


def _unclear_reasons(answers: Answers) -> tuple[str, ...]:
    reasons = [_("de pijn geleidelijk begon")]
    if answers.legs is Legs.ONE:
        reasons.append(_("je de pijn vooral in één been voelt"))
    if answers.course is Course.NOT_IMPROVING:
        reasons.append(_("de pijn na 3 dagen niet beter wordt met rust"))
    if answers.walking is not Walking.NORMAL:
        reasons.append(_("lopen duidelijk pijn doet"))
    return tuple(reasons)
