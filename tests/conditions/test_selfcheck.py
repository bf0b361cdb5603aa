import dataclasses
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conditions.selfcheck import (
    Answers,
    Course,
    Kind,
    Legs,
    Location,
    Onset,
    Urgency,
    Walking,
    WarningSign,
    YesNo,
    evaluate,
    warning_signs,
)

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
)
SIT_BONE = {
    "legs": Legs.ONE,
    "location": Location.SIT_BONE,
    "sitting_pain": YES,
}


def answers(**changes) -> Answers:
    return dataclasses.replace(SORE, **changes)


@pytest.mark.parametrize(
    ("changes", "kind", "grade"),
    [
        ({}, Kind.SORENESS, None),
        ({"course": Course.UNDER_3_DAYS}, Kind.SORENESS, None),
        # Heavy soreness in both legs can make walking painful; rest tells the difference.
        ({"walking": Walking.PAINFUL_WEAK}, Kind.SORENESS, None),
        ({"onset": Onset.SUDDEN, "legs": Legs.ONE}, Kind.STRAIN, 1),
        ({"onset": Onset.SUDDEN, "walking": Walking.PAINFUL_WEAK}, Kind.STRAIN, 2),
        ({"pop": YES}, Kind.STRAIN, 1),
        ({"swelling": YES}, Kind.STRAIN, 1),
        ({"legs": Legs.ONE}, Kind.STRAIN, 1),
        ({"course": Course.NOT_IMPROVING}, Kind.STRAIN, 1),
        ({"course": Course.NOT_IMPROVING, "walking": Walking.PAINFUL_WEAK}, Kind.STRAIN, 2),
        # A pop with swelling, but no weakness: a strain, not a tendon torn from the bone.
        ({"onset": Onset.SUDDEN, "pop": YES, "swelling": YES}, Kind.STRAIN, 1),
        (SIT_BONE, Kind.TENDINOPATHY, None),
        ({**SIT_BONE, "course": Course.NOT_IMPROVING}, Kind.TENDINOPATHY, None),
        ({**SIT_BONE, "walking": Walking.PAINFUL_WEAK}, Kind.TENDINOPATHY, None),
        # Tendon complaints creep in and last: weeks without improvement are expected.
        ({**SIT_BONE, "course": Course.NOT_IMPROVING_2_WEEKS}, Kind.TENDINOPATHY, None),
        # Both legs and better with rest: soreness comes first, even at the sit bone.
        ({**SIT_BONE, "legs": Legs.BOTH}, Kind.SORENESS, None),
        ({**SIT_BONE, "sitting_pain": NO}, Kind.STRAIN, 1),
        ({**SIT_BONE, "onset": Onset.SUDDEN}, Kind.STRAIN, 1),
    ],
    ids=[
        "soreness-better-with-rest",
        "soreness-under-3-days",
        "soreness-painful-walking",
        "strain-1-sudden",
        "strain-2-sudden-weak",
        "strain-1-pop",
        "strain-1-swelling",
        "strain-1-one-leg",
        "strain-1-not-better-after-3-days",
        "strain-2-not-better-and-weak",
        "strain-1-pop-swelling-no-weakness",
        "tendinopathy",
        "tendinopathy-not-better-yet",
        "tendinopathy-painful-walking",
        "tendinopathy-for-weeks",
        "soreness-at-sit-bone-both-legs",
        "sit-bone-without-sitting-pain",
        "sit-bone-sudden",
    ],
)
def test_outcomes_without_warning_signs(changes, kind, grade):
    outcome = evaluate(answers(**changes))
    assert outcome.kind is kind
    assert outcome.grade == grade
    assert outcome.urgency is None
    assert outcome.warning_signs == ()


@pytest.mark.parametrize(
    ("changes", "sign", "urgency", "grade"),
    [
        (
            {"onset": Onset.SUDDEN, "pop": YES, "swelling": YES, "walking": Walking.PAINFUL_WEAK},
            WarningSign.POSSIBLE_TENDON_TEAR,
            Urgency.SAME_DAY,
            2,
        ),
        (
            {"onset": Onset.SUDDEN, "walking": Walking.HARDLY},
            WarningSign.CANNOT_WALK,
            Urgency.SAME_DAY,
            3,
        ),
        ({"walking": Walking.HARDLY}, WarningSign.CANNOT_WALK, Urgency.SAME_DAY, None),
        (
            {"onset": Onset.SUDDEN, "numbness": YES},
            WarningSign.NUMBNESS_AFTER_INJURY,
            Urgency.SAME_DAY,
            1,
        ),
        ({"numbness": YES}, WarningSign.NUMBNESS, Urgency.WITHIN_DAYS, None),
        ({**SIT_BONE, "numbness": YES}, WarningSign.NUMBNESS, Urgency.WITHIN_DAYS, None),
        (
            {"onset": Onset.SUDDEN, "course": Course.NOT_IMPROVING_2_WEEKS},
            WarningSign.NO_IMPROVEMENT,
            Urgency.WITHIN_DAYS,
            1,
        ),
        (
            {"course": Course.NOT_IMPROVING_2_WEEKS},
            WarningSign.NO_IMPROVEMENT,
            Urgency.WITHIN_DAYS,
            None,
        ),
    ],
    ids=[
        "pop-bruising-weakness",
        "cannot-walk-after-injury",
        "cannot-walk-gradual",
        "numbness-after-injury",
        "numbness-gradual",
        "numbness-at-sit-bone",
        "no-improvement-after-injury",
        "no-improvement-gradual",
    ],
)
def test_each_warning_sign_means_see_a_doctor(changes, sign, urgency, grade):
    outcome = evaluate(answers(**changes))
    assert outcome.kind is Kind.SEE_DOCTOR
    assert outcome.warning_signs == (sign,)
    assert outcome.urgency is urgency
    assert outcome.grade == grade


def test_the_most_urgent_warning_sign_wins_and_every_sign_is_a_reason():
    outcome = evaluate(
        answers(
            onset=Onset.SUDDEN,
            walking=Walking.HARDLY,
            numbness=YES,
            course=Course.NOT_IMPROVING_2_WEEKS,
        )
    )
    assert outcome.urgency is Urgency.SAME_DAY
    assert outcome.warning_signs == (
        WarningSign.CANNOT_WALK,
        WarningSign.NUMBNESS_AFTER_INJURY,
        WarningSign.NO_IMPROVEMENT,
    )
    assert outcome.because == (
        "omdat je bijna niet kunt lopen, je een doof gevoel of tintelingen in je been hebt "
        "na een plotselinge blessure en de pijn na 2 weken nog niet beter is"
    )


def test_within_days_signs_sort_after_same_day_signs():
    signs = warning_signs(
        answers(numbness=YES, course=Course.NOT_IMPROVING_2_WEEKS, walking=Walking.HARDLY)
    )
    assert signs == (WarningSign.CANNOT_WALK, WarningSign.NUMBNESS, WarningSign.NO_IMPROVEMENT)


@pytest.mark.parametrize(
    ("changes", "because"),
    [
        (
            {"onset": Onset.SUDDEN, "pop": YES, "legs": Legs.ONE},
            "omdat je een knap voelde, de pijn plotseling begon en je nog redelijk kunt lopen",
        ),
        (
            {"legs": Legs.ONE, "course": Course.NOT_IMPROVING, "walking": Walking.PAINFUL_WEAK},
            "omdat je de pijn maar in één been voelt, de pijn na 3 dagen niet beter wordt met "
            "rust, lopen duidelijk pijn doet en je been zwak voelt",
        ),
        (
            {},
            "omdat de pijn geleidelijk begon, je het in allebei je benen voelt en het beter "
            "wordt met rust",
        ),
        (
            {"course": Course.UNDER_3_DAYS},
            "omdat de pijn geleidelijk begon, je het in allebei je benen voelt en de pijn "
            "minder dan 3 dagen geleden begon",
        ),
        (
            SIT_BONE,
            "omdat de pijn geleidelijk begon, de pijn rond je zitbot zit en zitten pijn doet",
        ),
        (
            {"onset": Onset.SUDDEN, "pop": YES, "swelling": YES, "walking": Walking.PAINFUL_WEAK},
            "omdat je een knap voelde, je een zwelling of blauwe plek hebt en je been zwak voelt",
        ),
        (
            {"onset": Onset.SUDDEN, "pop": YES, "walking": Walking.PAINFUL_WEAK},
            "omdat je een knap voelde, de pijn plotseling begon, lopen duidelijk pijn doet en je "
            "been zwak voelt",
        ),
    ],
    ids=[
        "strain-1",
        "strain-without-injury-moment",
        "soreness",
        "soreness-early",
        "tendon",
        "tear",
        "strain-2",
    ],
)
def test_the_reasons_read_as_one_dutch_clause(changes, because):
    assert evaluate(answers(**changes)).because == because


def test_answers_must_be_enum_members():
    with pytest.raises(ValueError, match="walking must be a Walking"):
        answers(walking="normal")


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
)


def has_warning_sign(a: Answers) -> bool:
    """The warning signs, written out again from the issue, independently of the code."""
    tendon_shaped = (
        a.onset is Onset.GRADUAL
        and a.pop is NO
        and a.swelling is NO
        and a.location is Location.SIT_BONE
        and a.sitting_pain is YES
    )
    return (
        (a.pop is YES and a.swelling is YES and a.walking is not Walking.NORMAL)
        or a.walking is Walking.HARDLY
        or a.numbness is YES
        or (a.course is Course.NOT_IMPROVING_2_WEEKS and not tendon_shaped)
    )


def needs_a_doctor_today(a: Answers) -> bool:
    return (
        (a.pop is YES and a.swelling is YES and a.walking is not Walking.NORMAL)
        or a.walking is Walking.HARDLY
        or (a.numbness is YES and a.onset is Onset.SUDDEN)
    )


def check_exactly_one_consistent_outcome(a: Answers) -> None:
    outcome = evaluate(a)
    assert outcome == evaluate(a)
    assert [kind for kind in Kind if kind is outcome.kind] == [outcome.kind]
    assert outcome.reasons
    assert all(isinstance(reason, str) and reason for reason in outcome.reasons)
    assert outcome.because.startswith("omdat ")
    if outcome.kind is Kind.SEE_DOCTOR:
        assert outcome.warning_signs
        assert outcome.urgency in set(Urgency)
        assert outcome.grade in {None, 1, 2, 3}
    else:
        assert outcome.warning_signs == ()
        assert outcome.urgency is None
    if outcome.kind is Kind.STRAIN:
        assert outcome.grade in {1, 2}
    if outcome.kind in {Kind.SORENESS, Kind.TENDINOPATHY}:
        assert outcome.grade is None


@given(answer_strategy)
def test_any_answers_give_exactly_one_consistent_outcome(a):
    check_exactly_one_consistent_outcome(a)


@given(answer_strategy)
def test_every_warning_sign_leads_to_see_a_doctor_and_only_they_do(a):
    outcome = evaluate(a)
    assert (outcome.kind is Kind.SEE_DOCTOR) == has_warning_sign(a)
    if outcome.kind is Kind.SEE_DOCTOR:
        expected = Urgency.SAME_DAY if needs_a_doctor_today(a) else Urgency.WITHIN_DAYS
        assert outcome.urgency is expected


def test_every_combination_of_answers_at_once():
    """There are only 1,536 combinations: check them all, not just a sample."""
    every = itertools.product(Onset, YesNo, Legs, Walking, YesNo, YesNo, Course, Location, YesNo)
    seen = set()
    for values in every:
        a = Answers(*values)
        check_exactly_one_consistent_outcome(a)
        assert (evaluate(a).kind is Kind.SEE_DOCTOR) == has_warning_sign(a)
        seen.add(evaluate(a).kind)
    assert seen == set(Kind)
