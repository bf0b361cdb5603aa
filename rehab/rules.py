"""The progression rule: may a patient go to the next phase?

A pure function: no ORM, no clock, no request, no Django at all. The caller passes the
sessions of the current phase, the day the phase started, today and the plan's criteria.
The decision's reasons are data (a code and its values); rehab/reasons.py writes them as
sentences in the active language.

Sources: exercise may hurt, but not above 4 on a 0–10 scale, during the exercises and the
next morning (Hickey et al., J Orthop Sports Phys Ther 2020; Silbernagel et al., Am J
Sports Med 2007).
"""

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

PAIN_MIN, PAIN_MAX = 0, 10
MAX_PAIN_LIMIT = 4
QUALIFYING_SESSIONS_RANGE = (1, 20)
MIN_DAYS_RANGE = (0, 90)


@dataclass(frozen=True)
class SessionResult:
    date: datetime.date
    all_sets_completed: bool
    pain_during: int  # 0..10, the highest pain felt while exercising
    pain_next_morning: int | None  # 0..10; None while not yet recorded


@dataclass(frozen=True)
class ProgressionCriteria:
    max_pain: int = 4  # 0..4; a physiotherapist may set it lower, never higher
    qualifying_sessions: int = 3  # consecutive qualifying sessions needed
    min_days_in_phase: int = 7


class ReasonCode(StrEnum):
    NO_SESSIONS = "no-sessions"
    SESSIONS_MISSING = "sessions-missing"  # count, limit
    DAYS_MISSING = "days-missing"  # count
    MAY_ADVANCE = "may-advance"  # count (the streak), limit
    PAIN_DURING_ABOVE_LIMIT = "pain-during-above-limit"  # date, score, limit
    SETS_NOT_COMPLETED = "sets-not-completed"  # date
    MORNING_MISSING = "morning-missing"  # date
    MORNING_ABOVE_LIMIT = "morning-above-limit"  # date, score, limit
    MORNING_DUE_TOMORROW = "morning-due-tomorrow"  # today's session
    MORNING_DUE_TODAY = "morning-due-today"  # date (yesterday's session)


@dataclass(frozen=True)
class Reason:
    """Why: a code plus the values its sentence needs (only those that apply are set)."""

    code: ReasonCode
    date: datetime.date | None = None
    score: int | None = None
    count: int | None = None
    limit: int | None = None


@dataclass(frozen=True)
class Decision:
    may_advance: bool
    qualifying_streak: int
    reasons: tuple[Reason, ...]


def evaluate_progression(
    *,
    sessions: Sequence[SessionResult],
    phase_started: datetime.date,
    today: datetime.date,
    criteria: ProgressionCriteria,
) -> Decision:
    _validate(sessions=sessions, phase_started=phase_started, today=today, criteria=criteria)
    limit = criteria.max_pain
    reasons: list[Reason] = []
    streak = 0
    for session in sorted(sessions, key=lambda s: s.date, reverse=True):
        if _is_pending(session, today=today, limit=limit):
            reasons.append(_pending_reason(session, today=today))
            continue
        broken_because = _why_not_qualifying(session, limit=limit)
        if broken_because is None:
            streak += 1
            continue
        reasons.append(broken_because)
        break

    days_in_phase = (today - phase_started).days
    enough_sessions = streak >= criteria.qualifying_sessions
    enough_days = days_in_phase >= criteria.min_days_in_phase

    if not sessions:
        reasons.append(Reason(ReasonCode.NO_SESSIONS))
    if not enough_sessions:
        missing = criteria.qualifying_sessions - streak
        reasons.append(Reason(ReasonCode.SESSIONS_MISSING, count=missing, limit=limit))
    if not enough_days:
        remaining = criteria.min_days_in_phase - days_in_phase
        reasons.append(Reason(ReasonCode.DAYS_MISSING, count=remaining))
    may_advance = enough_sessions and enough_days
    if may_advance:
        reasons.append(Reason(ReasonCode.MAY_ADVANCE, count=streak, limit=limit))
    return Decision(may_advance=may_advance, qualifying_streak=streak, reasons=tuple(reasons))


def _is_pending(session: SessionResult, *, today: datetime.date, limit: int) -> bool:
    return (
        session.pain_next_morning is None
        and (today - session.date).days <= 1
        and session.all_sets_completed
        and session.pain_during <= limit
    )


def _why_not_qualifying(session: SessionResult, *, limit: int) -> Reason | None:
    day = session.date
    if session.pain_during > limit:
        return Reason(
            ReasonCode.PAIN_DURING_ABOVE_LIMIT, date=day, score=session.pain_during, limit=limit
        )
    if not session.all_sets_completed:
        return Reason(ReasonCode.SETS_NOT_COMPLETED, date=day)
    if session.pain_next_morning is None:
        return Reason(ReasonCode.MORNING_MISSING, date=day)
    if session.pain_next_morning > limit:
        return Reason(
            ReasonCode.MORNING_ABOVE_LIMIT, date=day, score=session.pain_next_morning, limit=limit
        )
    return None


def _pending_reason(session: SessionResult, *, today: datetime.date) -> Reason:
    if session.date == today:
        return Reason(ReasonCode.MORNING_DUE_TOMORROW, date=session.date)
    return Reason(ReasonCode.MORNING_DUE_TODAY, date=session.date)


def _validate(
    *,
    sessions: Sequence[SessionResult],
    phase_started: datetime.date,
    today: datetime.date,
    criteria: ProgressionCriteria,
) -> None:
    _check_int_range("max_pain", criteria.max_pain, 0, MAX_PAIN_LIMIT)
    _check_int_range(
        "qualifying_sessions", criteria.qualifying_sessions, *QUALIFYING_SESSIONS_RANGE
    )
    _check_int_range("min_days_in_phase", criteria.min_days_in_phase, *MIN_DAYS_RANGE)
    if phase_started > today:
        raise ValueError(f"phase_started ({phase_started}) lies after today ({today}).")
    for session in sessions:
        if session.date > today:
            raise ValueError(f"A session is dated {session.date}, after today ({today}).")
        _check_int_range("pain_during", session.pain_during, PAIN_MIN, PAIN_MAX)
        if session.pain_next_morning is not None:
            _check_int_range("pain_next_morning", session.pain_next_morning, PAIN_MIN, PAIN_MAX)
        if not isinstance(session.all_sets_completed, bool):
            raise ValueError("all_sets_completed must be True or False.")


def _check_int_range(name: str, value: object, low: int, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{name} must be a whole number, got {value!r}.")
    if not low <= value <= high:
        raise ValueError(f"{name} must be between {low} and {high}, got {value}.")


def needs_load_advice(*, sessions: Sequence[SessionResult], max_pain: int) -> bool:
    """True when the two most recent sessions both went above the pain limit.

    Then the patient is advised to lower the load and contact their physiotherapist, and
    the physiotherapist's list flags the patient.
    """
    recent = sorted(sessions, key=lambda s: s.date, reverse=True)[:2]
    return len(recent) == 2 and all(_above_limit(s, max_pain) for s in recent)


def _above_limit(session: SessionResult, max_pain: int) -> bool:
    return session.pain_during > max_pain or (
        session.pain_next_morning is not None and session.pain_next_morning > max_pain
    )
