"""Each grade's pathway can end within the grade's recovery time, and only within the pain rule.

Day by day through the real rule with the plan's own criteria per phase. Each morning the
patient records the pain after yesterday's session, goes on when the rule allows it, and
trains: every day in phase 1 (light isometric holds and walking), every other day from phase
2 (strength and running need a day to recover). The recovery times come from
conditions.StrainGrade, the one home of those figures.
"""

import datetime

import pytest

from conditions.models import StrainGrade
from rehab.rules import SessionResult, evaluate_progression
from tests.factories import make_plan

pytestmark = pytest.mark.django_db

START = datetime.date(2026, 3, 2)
LAST_PHASE = 4
GIVE_UP_AFTER_DAYS = 200  # beyond the longest recovery time (grade 3: 26 weeks)


def recommended(phase: int, day_in_phase: int) -> bool:
    return phase == 1 or day_in_phase % 2 == 0


def every_day(phase: int, day_in_phase: int) -> bool:
    return True


def days_to_finish(plan, *, trains, pain_during=2, pain_next_morning=2) -> int | None:
    """Days from the start until the rule lets phase 4 end; None if it never does."""
    today, phase_started, sessions = START, START, []
    while (today - START).days <= GIVE_UP_AFTER_DAYS:
        sessions = [
            SessionResult(s.date, True, s.pain_during, pain_next_morning)
            if s.date == today - datetime.timedelta(days=1)
            else s
            for s in sessions
        ]
        decision = evaluate_progression(
            sessions=sessions, phase_started=phase_started, today=today, criteria=plan.criteria
        )
        if decision.may_advance:
            if plan.current_phase == LAST_PHASE:
                return (today - START).days
            plan.current_phase += 1
            phase_started, sessions = today, []
        if trains(plan.current_phase, (today - phase_started).days):
            sessions.append(SessionResult(today, True, pain_during, None))
        today += datetime.timedelta(days=1)
    return None


@pytest.mark.parametrize("grade", [1, 2, 3])
def test_good_sessions_end_the_pathway_within_the_grade_recovery_time(grade):
    recovery = StrainGrade.objects.get(grade=grade)
    plan = make_plan(template=f"hamstringblessure-graad-{grade}", start_date=START)

    days = days_to_finish(plan, trains=recommended)

    assert recovery.recovery_min_weeks * 7 <= days <= recovery.recovery_max_weeks * 7


@pytest.mark.parametrize("grade", [1, 2, 3])
def test_training_every_day_is_not_faster_than_the_grade_allows(grade):
    recovery = StrainGrade.objects.get(grade=grade)
    plan = make_plan(template=f"hamstringblessure-graad-{grade}", start_date=START)

    days = days_to_finish(plan, trains=every_day)

    assert days >= recovery.recovery_min_weeks * 7
    assert days == sum(phase.min_days for phase in plan.phases.all())


def test_the_day_counts_per_grade():
    """The numbers the migration's docstring and the report give."""
    counts = {
        grade: days_to_finish(
            make_plan(template=f"hamstringblessure-graad-{grade}", start_date=START),
            trains=recommended,
        )
        for grade in (1, 2, 3)
    }
    assert counts == {1: 18, 2: 35, 3: 119}


@pytest.mark.parametrize("grade", [1, 2, 3])
@pytest.mark.parametrize(("during", "morning"), [(5, 2), (2, 5), (4, 5), (7, 7)])
def test_pain_above_4_during_or_the_next_morning_never_advances(grade, during, morning):
    plan = make_plan(template=f"hamstringblessure-graad-{grade}", start_date=START)

    days = days_to_finish(plan, trains=every_day, pain_during=during, pain_next_morning=morning)

    assert days is None
    assert plan.current_phase == 1


def test_pain_of_4_is_still_within_the_rule():
    plan = make_plan(template="hamstringblessure-graad-1", start_date=START)

    assert days_to_finish(plan, trains=recommended, pain_during=4, pain_next_morning=4) == 18


def test_the_tendinopathy_template_keeps_seven_days_and_three_sessions_per_phase():
    plan = make_plan(template="tendinopathie", start_date=START)

    assert {(p.min_days, p.qualifying_sessions) for p in plan.phases.all()} == {(7, 3)}
    assert days_to_finish(plan, trains=every_day) == 28
