import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehab.rules import (
    Decision,
    ProgressionCriteria,
    Reason,
    ReasonCode,
    SessionResult,
    evaluate_progression,
)

TODAY = datetime.date(2026, 11, 22)
STARTED = TODAY - datetime.timedelta(days=10)
DEFAULT = ProgressionCriteria()


def day(offset: int) -> datetime.date:
    """A date `offset` days before TODAY."""
    return TODAY - datetime.timedelta(days=offset)


def good(offset: int, during: int = 2, morning: int | None = 2) -> SessionResult:
    return SessionResult(
        date=day(offset), all_sets_completed=True, pain_during=during, pain_next_morning=morning
    )


def evaluate(sessions, *, started=STARTED, criteria=DEFAULT) -> Decision:
    return evaluate_progression(
        sessions=sessions, phase_started=started, today=TODAY, criteria=criteria
    )


def test_three_qualifying_sessions_after_seven_days_may_advance():
    decision = evaluate([good(6), good(4), good(2)])
    assert decision.may_advance
    assert decision.qualifying_streak == 3
    assert decision.reasons[-1] == Reason(ReasonCode.MAY_ADVANCE, count=3, limit=4)


@pytest.mark.parametrize(
    ("during", "morning", "qualifies"),
    [(4, 4, True), (5, 4, False), (4, 5, False), (0, 0, True), (10, 0, False), (0, 10, False)],
)
def test_pain_four_qualifies_and_five_does_not(during, morning, qualifies):
    decision = evaluate([good(6), good(4), good(2, during=during, morning=morning)])
    assert decision.qualifying_streak == (3 if qualifies else 0)
    assert decision.may_advance is qualifies


def test_the_reason_names_the_date_and_the_score_that_broke_the_streak():
    decision = evaluate([good(6), good(4), good(2, during=6)])
    assert decision.reasons[0] == Reason(
        ReasonCode.PAIN_DURING_ABOVE_LIMIT, date=day(2), score=6, limit=4
    )


def test_next_morning_pain_above_the_limit_is_explained():
    decision = evaluate([good(6), good(4), good(2, morning=7)])
    assert decision.reasons[0] == Reason(
        ReasonCode.MORNING_ABOVE_LIMIT, date=day(2), score=7, limit=4
    )


@pytest.mark.parametrize(
    ("offset", "pending"),
    [(0, True), (1, True), (2, False), (5, False)],
    ids=["today", "yesterday", "two-days-ago", "earlier"],
)
def test_missing_next_morning_pain_is_pending_only_today_and_yesterday(offset, pending):
    older = [good(9), good(8), good(7)]
    decision = evaluate([*older, good(offset, morning=None)])
    if pending:
        # The pending session neither counts nor breaks the streak of the three before it.
        assert decision.qualifying_streak == 3
        assert decision.may_advance
        due = ReasonCode.MORNING_DUE_TOMORROW if offset == 0 else ReasonCode.MORNING_DUE_TODAY
        assert decision.reasons[0] == Reason(due, date=day(offset))
    else:
        assert decision.qualifying_streak == 0
        assert not decision.may_advance
        assert decision.reasons[0] == Reason(ReasonCode.MORNING_MISSING, date=day(offset))


def test_a_pending_session_with_pain_above_the_limit_is_not_pending():
    decision = evaluate([good(9), good(8), good(7), good(0, during=5, morning=None)])
    assert decision.qualifying_streak == 0


def test_an_incomplete_session_breaks_the_streak():
    incomplete = SessionResult(
        date=day(2), all_sets_completed=False, pain_during=1, pain_next_morning=1
    )
    decision = evaluate([good(6), good(4), incomplete])
    assert decision.qualifying_streak == 0
    assert decision.reasons[0] == Reason(ReasonCode.SETS_NOT_COMPLETED, date=day(2))


def test_a_pending_incomplete_session_is_not_pending():
    incomplete = SessionResult(
        date=day(0), all_sets_completed=False, pain_during=1, pain_next_morning=None
    )
    assert evaluate([good(6), good(4), good(2), incomplete]).qualifying_streak == 0


def test_the_streak_is_rebuilt_after_a_break():
    sessions = [good(9, during=7), good(6), good(4)]
    decision = evaluate(sessions)
    assert decision.qualifying_streak == 2
    assert not decision.may_advance
    assert Reason(ReasonCode.SESSIONS_MISSING, count=1, limit=4) in decision.reasons
    rebuilt = evaluate([*sessions, good(2)])
    assert rebuilt.qualifying_streak == 3
    assert rebuilt.may_advance


def test_sessions_are_counted_by_date_not_by_order_given():
    sessions = [good(2), good(9, during=7), good(4), good(6)]
    assert evaluate(sessions).qualifying_streak == 3


@pytest.mark.parametrize(("days", "may_advance"), [(6, False), (7, True), (30, True)])
def test_minimum_days_in_phase(days, may_advance):
    decision = evaluate([good(3), good(2), good(1)], started=day(days))
    assert decision.qualifying_streak == 3
    assert decision.may_advance is may_advance
    if not may_advance:
        assert Reason(ReasonCode.DAYS_MISSING, count=1) in decision.reasons


def test_no_sessions_says_what_is_missing():
    decision = evaluate([])
    assert not decision.may_advance
    assert decision.qualifying_streak == 0
    assert decision.reasons == (
        Reason(ReasonCode.NO_SESSIONS),
        Reason(ReasonCode.SESSIONS_MISSING, count=3, limit=4),
    )


@pytest.mark.parametrize("max_pain", [0, 1, 2, 3, 4])
def test_a_lower_limit_set_by_the_physiotherapist_is_respected(max_pain):
    criteria = ProgressionCriteria(max_pain=max_pain)
    at_limit = evaluate(
        [good(6, max_pain, max_pain)] * 1 + [good(4, 0, 0), good(2, 0, 0)], criteria=criteria
    )
    assert at_limit.may_advance
    if max_pain < 4:
        above = evaluate([good(6), good(4), good(2, max_pain + 1, 0)], criteria=criteria)
        assert above.qualifying_streak == 0


def test_more_qualifying_sessions_can_be_required():
    criteria = ProgressionCriteria(qualifying_sessions=5)
    decision = evaluate([good(9), good(6), good(4), good(2)], criteria=criteria)
    assert not decision.may_advance
    assert Reason(ReasonCode.SESSIONS_MISSING, count=1, limit=4) in decision.reasons


@pytest.mark.parametrize(
    "criteria",
    [
        ProgressionCriteria(max_pain=5),
        ProgressionCriteria(max_pain=-1),
        ProgressionCriteria(qualifying_sessions=0),
        ProgressionCriteria(qualifying_sessions=21),
        ProgressionCriteria(min_days_in_phase=-1),
        ProgressionCriteria(min_days_in_phase=91),
        ProgressionCriteria(max_pain=True),
        ProgressionCriteria(max_pain="4"),
    ],
)
def test_criteria_outside_their_ranges_are_refused(criteria):
    with pytest.raises(ValueError):
        evaluate([good(2)], criteria=criteria)


@pytest.mark.parametrize(
    "session",
    [
        SessionResult(date=day(2), all_sets_completed=True, pain_during=11, pain_next_morning=0),
        SessionResult(date=day(2), all_sets_completed=True, pain_during=-1, pain_next_morning=0),
        SessionResult(date=day(2), all_sets_completed=True, pain_during=0, pain_next_morning=11),
        SessionResult(date=day(2), all_sets_completed=True, pain_during=2.5, pain_next_morning=0),
        SessionResult(date=day(-1), all_sets_completed=True, pain_during=0, pain_next_morning=0),
    ],
    ids=["during-11", "during-negative", "morning-11", "fraction", "tomorrow"],
)
def test_invalid_sessions_are_refused_with_a_clear_message(session):
    with pytest.raises(ValueError, match=r"between|after today|whole number"):
        evaluate([session])


def test_a_phase_starting_after_today_is_refused():
    with pytest.raises(ValueError, match="after today"):
        evaluate([], started=day(-2))


sessions_strategy = st.lists(
    st.builds(
        SessionResult,
        date=st.integers(min_value=0, max_value=60).map(day),
        all_sets_completed=st.booleans(),
        pain_during=st.integers(0, 10),
        pain_next_morning=st.one_of(st.none(), st.integers(0, 10)),
    ),
    max_size=12,
    unique_by=lambda s: s.date,
)
criteria_strategy = st.builds(
    ProgressionCriteria,
    max_pain=st.integers(0, 4),
    qualifying_sessions=st.integers(1, 6),
    min_days_in_phase=st.integers(0, 14),
)


def _is_pending(session: SessionResult, limit: int) -> bool:
    return (
        session.pain_next_morning is None
        and (TODAY - session.date).days <= 1
        and session.all_sets_completed
        and session.pain_during <= limit
    )


@given(sessions=sessions_strategy, criteria=criteria_strategy)
def test_never_advance_when_a_recent_session_was_above_the_limit(sessions, criteria):
    decision = evaluate(sessions, started=day(60), criteria=criteria)
    limit = criteria.max_pain
    recent = [
        s for s in sorted(sessions, key=lambda s: s.date, reverse=True) if not _is_pending(s, limit)
    ][: criteria.qualifying_sessions]
    if any(
        s.pain_during > limit or (s.pain_next_morning is not None and s.pain_next_morning > limit)
        for s in recent
    ):
        assert not decision.may_advance
    assert decision.may_advance == (decision.qualifying_streak >= criteria.qualifying_sessions)
    assert decision.reasons, "the decision always explains itself"
