import dataclasses
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conditions.models import WarningSign
from conditions.selfcheck import (
    SOURCES,
    Age,
    Answers,
    Course,
    Kind,
    Legs,
    Location,
    Onset,
    Reason,
    ReasonCode,
    RedFlag,
    Training,
    Walking,
    YesNo,
    evaluate,
    sign_reasons,
    warning_signs,
)
from conditions.warning_signs import URGENCY, Sign, Urgency

YES, NO = YesNo.YES, YesNo.NO

# Ordinary muscle soreness: every test below changes only what it is about.
SORE = Answers(
    onset=Onset.GRADUAL,
    pop=NO,
    legs=Legs.BOTH,
    walking=Walking.NORMAL,
    swelling=NO,
    numbness=NO,
    course=Course.IMPROVING,
    location=Location.THIGH,
    sitting_pain=NO,
    red_flags=frozenset(),
    training=Training.NO,
    age=Age.ADULT,
)
SIT_BONE = {
    "legs": Legs.ONE,
    "location": Location.SIT_BONE,
    "sitting_pain": YES,
}
SUDDEN = {"onset": Onset.SUDDEN, "legs": Legs.ONE}


def answers(**changes) -> Answers:
    return dataclasses.replace(SORE, **changes)


def flags(*flags: RedFlag) -> frozenset:
    return frozenset(flags)


def because_of(sign: Sign) -> Reason:
    return Reason(ReasonCode.WARNING_SIGN, sign=sign)


def at_least(outcome, urgency: Urgency) -> bool:
    return outcome.urgency is not None and outcome.urgency.at_least(urgency)


# For every sign in the catalogue, answers that raise it.
RAISES = {
    Sign.SADDLE_NUMBNESS: {"red_flags": flags(RedFlag.SADDLE)},
    Sign.POP: {**SUDDEN, "pop": YES},
    Sign.CANNOT_WALK: {**SUDDEN, "walking": Walking.HARDLY},
    Sign.SWELLING_OR_BRUISING: {**SUDDEN, "swelling": YES},
    Sign.SUDDEN_SIT_BONE_PAIN: {**SUDDEN, "location": Location.SIT_BONE},
    Sign.GROWTH_PLATE: {**SUDDEN, "location": Location.SIT_BONE, "age": Age.UNDER_18},
    Sign.NUMBNESS_AFTER_INJURY: {**SUDDEN, "numbness": YES},
    Sign.WARM_CALF: {"red_flags": flags(RedFlag.CALF)},
    Sign.FEVER_OR_ILL: {"red_flags": flags(RedFlag.FEVER)},
    Sign.WEAK_FOOT: {"red_flags": flags(RedFlag.WEAK_FOOT)},
    Sign.FALL_OR_BLOW: {"red_flags": flags(RedFlag.FALL)},
    Sign.NIGHT_PAIN: {"red_flags": flags(RedFlag.NIGHT_PAIN)},
    Sign.WEIGHT_LOSS_OR_CANCER: {"red_flags": flags(RedFlag.WEIGHT_LOSS)},
    Sign.BELOW_KNEE_OR_BACK: {"red_flags": flags(RedFlag.BELOW_KNEE_OR_BACK)},
    Sign.NUMBNESS: {"numbness": YES},
    Sign.NOT_BETTER_AFTER_DAYS: {**SUDDEN, "course": Course.NOT_IMPROVING},
    Sign.NO_IMPROVEMENT: {"course": Course.NOT_IMPROVING_2_WEEKS},
    Sign.TRAINING_PAIN_ABOVE_LIMIT: {"training": Training.PAIN_ABOVE_LIMIT},
    Sign.CANNOT_EXERCISE: {"training": Training.CANNOT},
    Sign.DAILY_LIFE_PAIN: SIT_BONE,
    Sign.STIFFNESS_OR_RECURRENCE: {"training": Training.STIFF_OR_RECURRING},
}


def test_every_sign_in_the_catalogue_has_an_urgency_reasons_and_answers_that_raise_it():
    assert set(URGENCY) == set(Sign)
    assert all(sign_reasons(sign) for sign in Sign)
    assert set(RAISES) == set(Sign)


@pytest.mark.parametrize("sign", list(Sign), ids=[sign.value for sign in Sign])
def test_each_sign_leads_to_at_least_its_urgency(sign):
    outcome = evaluate(answers(**RAISES[sign]))
    assert sign in outcome.warning_signs
    assert at_least(outcome, sign.urgency)


@pytest.mark.django_db
def test_every_card_on_the_condition_pages_is_a_catalogue_sign_the_self_check_honours():
    cards = list(WarningSign.objects.select_related("condition"))
    assert len(cards) >= 12
    for card in cards:
        sign = Sign(card.code)
        assert card.urgency == sign.urgency, card.sign
        outcome = evaluate(answers(**RAISES[sign]))
        assert at_least(outcome, Urgency(card.urgency)), card.sign


@pytest.mark.parametrize(
    ("changes", "kind", "grade", "urgency"),
    [
        ({}, Kind.SORENESS, None, None),
        ({"course": Course.UNDER_3_DAYS}, Kind.SORENESS, None, None),
        # Heavy soreness in both legs can make walking painful; rest tells the difference.
        ({"walking": Walking.PAINFUL_WEAK}, Kind.SORENESS, None, None),
        (SUDDEN, Kind.STRAIN, 1, None),
        ({**SUDDEN, "course": Course.IMPROVING}, Kind.STRAIN, 1, None),
        # From grade 2 on a physiotherapist or doctor assesses it, within a few days.
        ({**SUDDEN, "walking": Walking.PAINFUL_WEAK}, Kind.STRAIN, 2, Urgency.WITHIN_DAYS),
        # The site defines a strain as sudden: pain that crept in is no strain.
        ({"legs": Legs.ONE}, Kind.UNCLEAR, None, Urgency.NEXT_APPOINTMENT),
        ({"course": Course.NOT_IMPROVING}, Kind.UNCLEAR, None, Urgency.WITHIN_DAYS),
        (
            {"legs": Legs.ONE, "walking": Walking.PAINFUL_WEAK},
            Kind.UNCLEAR,
            None,
            Urgency.WITHIN_DAYS,
        ),
        ({**SIT_BONE, "sitting_pain": NO}, Kind.UNCLEAR, None, Urgency.NEXT_APPOINTMENT),
        (SIT_BONE, Kind.TENDINOPATHY, None, Urgency.NEXT_APPOINTMENT),
        ({**SIT_BONE, "course": Course.NOT_IMPROVING}, Kind.TENDINOPATHY, None, None),
        ({**SIT_BONE, "walking": Walking.PAINFUL_WEAK}, Kind.TENDINOPATHY, None, None),
        # Tendon complaints creep in and last: weeks without improvement are expected.
        ({**SIT_BONE, "course": Course.NOT_IMPROVING_2_WEEKS}, Kind.TENDINOPATHY, None, None),
        ({**SIT_BONE, "legs": Legs.BOTH}, Kind.TENDINOPATHY, None, None),
    ],
    ids=[
        "soreness-better-with-rest",
        "soreness-under-3-days",
        "soreness-painful-walking",
        "strain-1-sudden",
        "strain-1-sudden-better-with-rest",
        "strain-2-sudden-weak",
        "unclear-gradual-one-leg",
        "unclear-gradual-not-better",
        "unclear-gradual-one-leg-weak",
        "unclear-sit-bone-without-sitting-pain",
        "tendinopathy",
        "tendinopathy-not-better-yet",
        "tendinopathy-painful-walking",
        "tendinopathy-for-weeks",
        "tendinopathy-both-legs",
    ],
)
def test_outcomes_without_an_urgent_sign(changes, kind, grade, urgency):
    outcome = evaluate(answers(**changes))
    assert outcome.kind is kind
    assert outcome.grade == grade
    if urgency is not None or kind is not Kind.TENDINOPATHY:
        assert outcome.urgency is urgency
    assert not any(sign.urgency.at_least(Urgency.WITHIN_DAYS) for sign in outcome.warning_signs)


@pytest.mark.parametrize(
    "changes",
    [{**SUDDEN, "pop": YES}, {"onset": Onset.GRADUAL, "pop": YES, "legs": Legs.ONE}],
    ids=["sudden", "gradual"],
)
def test_a_pop_without_bruising_or_swelling_means_the_same_day(changes):
    outcome = evaluate(answers(**changes, swelling=NO, walking=Walking.NORMAL))
    assert outcome.kind is Kind.SEE_DOCTOR
    assert outcome.urgency is Urgency.SAME_DAY
    assert outcome.possible_avulsion
    assert outcome.grade is None  # a torn tendon has no grade: a doctor tells how bad
    assert Sign.POP in outcome.warning_signs
    assert outcome.sources[0] == "subbu-2015"


@pytest.mark.parametrize("walking", list(Walking))
def test_swelling_or_bruising_on_its_own_means_the_same_day(walking):
    outcome = evaluate(answers(**SUDDEN, swelling=YES, walking=walking))
    assert outcome.urgency is Urgency.SAME_DAY
    assert Sign.SWELLING_OR_BRUISING in outcome.warning_signs


def test_sudden_pain_at_the_sit_bone_without_a_pop_means_the_same_day():
    outcome = evaluate(answers(**SUDDEN, location=Location.SIT_BONE, sitting_pain=YES))
    assert outcome.kind is Kind.SEE_DOCTOR
    assert outcome.urgency is Urgency.SAME_DAY
    assert outcome.warning_signs[0] is Sign.SUDDEN_SIT_BONE_PAIN


def test_under_18_sudden_sit_bone_pain_is_a_possible_growth_plate_avulsion_the_same_day():
    outcome = evaluate(answers(**SUDDEN, location=Location.SIT_BONE, age=Age.UNDER_18))
    assert outcome.urgency is Urgency.SAME_DAY
    assert outcome.warning_signs[0] is Sign.GROWTH_PLATE
    assert outcome.reasons == (Reason(ReasonCode.UNDER_18), because_of(Sign.SUDDEN_SIT_BONE_PAIN))


@pytest.mark.parametrize("others", [flags(), flags(RedFlag.CALF, RedFlag.FEVER)])
def test_saddle_numbness_or_bladder_bowel_loss_is_an_emergency(others):
    outcome = evaluate(answers(**SUDDEN, pop=YES, red_flags=others | {RedFlag.SADDLE}))
    assert outcome.kind is Kind.SEE_DOCTOR
    assert outcome.urgency is Urgency.EMERGENCY
    assert outcome.warning_signs[0] is Sign.SADDLE_NUMBNESS
    assert not outcome.first_aid  # the emergency comes first


@pytest.mark.parametrize(
    ("flag", "source"),
    [
        (RedFlag.SADDLE, "royal-free-cauda-equina"),
        (RedFlag.CALF, "thuisarts-trombosebeen"),
        (RedFlag.FEVER, "chcp-back-pain"),
        (RedFlag.NIGHT_PAIN, "chcp-back-pain"),
        (RedFlag.WEIGHT_LOSS, "nice-ng12-general-symptoms"),
    ],
)
def test_a_red_flag_cites_the_source_of_its_advice(flag, source):
    outcome = evaluate(answers(red_flags=flags(flag)))
    assert source in outcome.sources
    assert source in SOURCES


@pytest.mark.parametrize(
    "changed",
    [dict(pop=YES), dict(walking=Walking.HARDLY), dict(red_flags=flags(RedFlag.CALF))],
)
def test_an_outcome_for_today_gives_no_first_aid_that_could_contradict_its_card(changed):
    # The same-day card says to spare the leg until a doctor has seen it; the first aid's
    # "build up again after the first days" is for injuries a doctor need not see today.
    outcome = evaluate(answers(**{**SUDDEN, **changed}))
    assert outcome.urgency is Urgency.SAME_DAY
    assert not outcome.first_aid
    assert evaluate(answers(**SUDDEN)).first_aid  # a grade-1 strain does get it


def test_a_swollen_warm_calf_means_the_same_day():
    outcome = evaluate(answers(red_flags=flags(RedFlag.CALF)))
    assert outcome.kind is Kind.SEE_DOCTOR
    assert outcome.urgency is Urgency.SAME_DAY
    assert outcome.reasons == (because_of(Sign.WARM_CALF),)
    assert outcome.warning_signs == (Sign.WARM_CALF,)


def test_the_most_urgent_sign_wins_and_every_sign_is_a_reason():
    outcome = evaluate(
        answers(
            onset=Onset.SUDDEN,
            walking=Walking.HARDLY,
            numbness=YES,
            course=Course.NOT_IMPROVING_2_WEEKS,
            red_flags=flags(RedFlag.BELOW_KNEE_OR_BACK),
        )
    )
    assert outcome.urgency is Urgency.SAME_DAY
    assert outcome.grade == 3
    assert outcome.warning_signs == (
        Sign.CANNOT_WALK,
        Sign.NUMBNESS_AFTER_INJURY,
        Sign.BELOW_KNEE_OR_BACK,
        Sign.NO_IMPROVEMENT,
    )
    assert outcome.reasons == (
        because_of(Sign.CANNOT_WALK),
        because_of(Sign.NUMBNESS_AFTER_INJURY),
        because_of(Sign.BELOW_KNEE_OR_BACK),
        because_of(Sign.NO_IMPROVEMENT),
    )


@pytest.mark.parametrize(
    ("changes", "reasons"),
    [
        (SUDDEN, (Reason(ReasonCode.SUDDEN_ONSET), Reason(ReasonCode.WALKS_REASONABLY))),
        (
            {**SUDDEN, "walking": Walking.PAINFUL_WEAK},
            (
                Reason(ReasonCode.SUDDEN_ONSET),
                Reason(ReasonCode.WALKING_HURTS),
                Reason(ReasonCode.LEG_WEAK),
            ),
        ),
        (
            {},
            (
                Reason(ReasonCode.GRADUAL_ONSET),
                Reason(ReasonCode.BOTH_LEGS),
                Reason(ReasonCode.BETTER_WITH_REST),
            ),
        ),
        (
            {"course": Course.UNDER_3_DAYS},
            (
                Reason(ReasonCode.GRADUAL_ONSET),
                Reason(ReasonCode.BOTH_LEGS),
                Reason(ReasonCode.UNDER_3_DAYS),
            ),
        ),
        # Sitting pain is both a reason of the outcome and a sign: it is named once.
        (
            SIT_BONE,
            (
                Reason(ReasonCode.GRADUAL_ONSET),
                Reason(ReasonCode.PAIN_AT_SIT_BONE),
                Reason(ReasonCode.SITTING_HURTS),
            ),
        ),
        (
            {"legs": Legs.ONE, "course": Course.NOT_IMPROVING},
            (
                Reason(ReasonCode.GRADUAL_ONSET),
                Reason(ReasonCode.ONE_LEG),
                Reason(ReasonCode.NOT_BETTER_AFTER_3_DAYS),
            ),
        ),
        (
            {**SUDDEN, "pop": YES, "swelling": YES},
            (because_of(Sign.POP), because_of(Sign.SWELLING_OR_BRUISING)),
        ),
    ],
    ids=[
        "strain-1",
        "strain-2",
        "soreness",
        "soreness-early",
        "tendon",
        "unclear",
        "tear",
    ],
)
def test_the_reasons_are_codes_each_once_in_reading_order(changes, reasons):
    assert evaluate(answers(**changes)).reasons == reasons


def test_answers_must_be_enum_members():
    with pytest.raises(ValueError, match="walking must be a Walking"):
        answers(walking="normal")
    with pytest.raises(ValueError, match="red_flags must hold RedFlag"):
        answers(red_flags=frozenset({"saddle"}))
    with pytest.raises(ValueError, match="never holds NONE"):
        answers(red_flags=flags(RedFlag.NONE))


RED_FLAGS = [flag for flag in RedFlag if flag is not RedFlag.NONE]
answer_strategy = st.builds(
    Answers,
    onset=st.sampled_from(Onset),
    pop=st.sampled_from(YesNo),
    legs=st.sampled_from(Legs),
    walking=st.sampled_from(Walking),
    swelling=st.sampled_from(YesNo),
    numbness=st.sampled_from(YesNo),
    course=st.sampled_from(Course),
    location=st.sampled_from(Location),
    sitting_pain=st.sampled_from(YesNo),
    red_flags=st.frozensets(st.sampled_from(RED_FLAGS)),
    training=st.sampled_from(Training),
    age=st.sampled_from(Age),
)


def expected_urgency(a: Answers) -> Urgency | None:
    """The most urgent advice, written out again from the issue, independently of the code."""
    sudden = a.onset is Onset.SUDDEN
    sit_bone = a.location is Location.SIT_BONE
    if RedFlag.SADDLE in a.red_flags:
        return Urgency.EMERGENCY
    if (
        a.pop is YES
        or a.swelling is YES
        or a.walking is Walking.HARDLY
        or (sudden and sit_bone)
        or (sudden and a.numbness is YES)
        or a.red_flags - {RedFlag.BELOW_KNEE_OR_BACK}
    ):
        return Urgency.SAME_DAY
    tendon_shaped = not sudden and sit_bone and a.sitting_pain is YES
    if (
        a.numbness is YES
        or RedFlag.BELOW_KNEE_OR_BACK in a.red_flags
        or (sudden and a.course is Course.NOT_IMPROVING)
        or (a.course is Course.NOT_IMPROVING_2_WEEKS and not tendon_shaped)
        or a.training is Training.PAIN_ABOVE_LIMIT
        or (sudden and a.walking is Walking.PAINFUL_WEAK)  # grade 2
    ):
        return Urgency.WITHIN_DAYS
    return None


def check_one_consistent_outcome(a: Answers) -> None:
    outcome = evaluate(a)
    assert outcome == evaluate(a)
    assert outcome.reasons
    assert all(isinstance(reason, Reason) for reason in outcome.reasons)
    # A sign exactly where the reason is a warning sign.
    for reason in outcome.reasons:
        assert (reason.code is ReasonCode.WARNING_SIGN) == isinstance(reason.sign, Sign)
    assert len(set(outcome.reasons)) == len(outcome.reasons)
    # Never weaker than any sign it raised: the cards' promise.
    for sign in outcome.warning_signs:
        assert at_least(outcome, sign.urgency), (a, sign)
    expected = expected_urgency(a)
    if expected is not None:
        assert outcome.urgency is expected, a
    else:
        assert outcome.urgency in {None, Urgency.NEXT_APPOINTMENT, Urgency.WITHIN_DAYS}, a
    assert (outcome.kind is Kind.SEE_DOCTOR) == bool(
        outcome.warning_signs and outcome.warning_signs[0].urgency.at_least(Urgency.WITHIN_DAYS)
    )
    if outcome.kind is Kind.STRAIN:
        assert a.onset is Onset.SUDDEN  # gradual pain is never called a strain
        assert outcome.grade in {1, 2}
    if outcome.kind in {Kind.SORENESS, Kind.TENDINOPATHY, Kind.UNCLEAR}:
        assert outcome.grade is None
    if outcome.kind is Kind.SORENESS:
        assert outcome.warning_signs == () and outcome.urgency is None


@given(answer_strategy)
def test_any_answers_give_one_consistent_outcome(a):
    check_one_consistent_outcome(a)


def test_every_combination_of_the_other_answers_at_once():
    """Every combination without red flags, and with the emergency one: 30,720 in all."""
    every = itertools.product(
        Onset,
        YesNo,
        Legs,
        Walking,
        YesNo,
        YesNo,
        Course,
        Location,
        YesNo,
        [flags(), flags(RedFlag.SADDLE)],
        Training,
        Age,
    )
    seen = set()
    for values in every:
        a = Answers(*values)
        check_one_consistent_outcome(a)
        seen.add(evaluate(a).kind)
        if a.onset is Onset.GRADUAL:
            assert evaluate(a).kind is not Kind.STRAIN
    assert seen == set(Kind)


def test_warning_signs_come_most_urgent_first():
    signs = warning_signs(
        answers(
            numbness=YES,
            course=Course.NOT_IMPROVING_2_WEEKS,
            walking=Walking.HARDLY,
            red_flags=flags(RedFlag.SADDLE),
            training=Training.CANNOT,
        )
    )
    assert signs == (
        Sign.SADDLE_NUMBNESS,
        Sign.CANNOT_WALK,
        Sign.NUMBNESS,
        Sign.NO_IMPROVEMENT,
        Sign.CANNOT_EXERCISE,
    )
