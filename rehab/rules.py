"""The progression rule: may a patient go to the next phase?

A pure function: no ORM, no clock, no request. The caller passes the sessions of the
current phase, the day the phase started, today and the plan's criteria.

Sources: exercise may hurt, but not above 4 on a 0–10 scale, during the exercises and the
next morning (Hickey et al., J Orthop Sports Phys Ther 2020; Silbernagel et al., Am J
Sports Med 2007).
"""

import datetime
from collections.abc import Sequence
from dataclasses import dataclass

from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

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


@dataclass(frozen=True)
class Decision:
    may_advance: bool
    qualifying_streak: int
    reasons: tuple[str, ...]  # plain Dutch sentences a patient understands


def evaluate_progression(
    *,
    sessions: Sequence[SessionResult],
    phase_started: datetime.date,
    today: datetime.date,
    criteria: ProgressionCriteria,
) -> Decision:
    _validate(sessions=sessions, phase_started=phase_started, today=today, criteria=criteria)
    limit = criteria.max_pain
    reasons: list[str] = []
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
        reasons.append(_("Je hebt in deze fase nog geen oefensessie bijgehouden."))
    if not enough_sessions:
        missing = criteria.qualifying_sessions - streak
        reasons.append(
            ngettext(
                "Nog %(count)d sessie zonder pijn boven de %(limit)d nodig.",
                "Nog %(count)d sessies zonder pijn boven de %(limit)d nodig.",
                missing,
            )
            % {"count": missing, "limit": limit}
        )
    if not enough_days:
        remaining = criteria.min_days_in_phase - days_in_phase
        reasons.append(
            ngettext(
                "Je zit nog maar kort in deze fase: nog %(count)d dag wachten.",
                "Je zit nog maar kort in deze fase: nog %(count)d dagen wachten.",
                remaining,
            )
            % {"count": remaining}
        )
    may_advance = enough_sessions and enough_days
    if may_advance:
        reasons.append(
            _(
                "Je hebt %(streak)d sessies op rij gedaan zonder pijn boven de %(limit)d, "
                "ook niet de ochtend erna. Je mag door naar de volgende fase."
            )
            % {"streak": streak, "limit": limit}
        )
    return Decision(may_advance=may_advance, qualifying_streak=streak, reasons=tuple(reasons))


def _is_pending(session: SessionResult, *, today: datetime.date, limit: int) -> bool:
    return (
        session.pain_next_morning is None
        and (today - session.date).days <= 1
        and session.all_sets_completed
        and session.pain_during <= limit
    )


def _why_not_qualifying(session: SessionResult, *, limit: int) -> str | None:
    day = _day(session.date)
    if session.pain_during > limit:
        return _(
            "Je pijn tijdens het oefenen was op %(day)s %(pain)d/10, hoger dan %(limit)d: "
            "begin opnieuw te tellen."
        ) % {"day": day, "pain": session.pain_during, "limit": limit}
    if not session.all_sets_completed:
        return _("Op %(day)s heb je niet alle sets afgemaakt: begin opnieuw te tellen.") % {
            "day": day
        }
    if session.pain_next_morning is None:
        return _(
            "Van %(day)s ontbreekt je pijn de ochtend erna. Die sessie telt niet mee: "
            "begin opnieuw te tellen."
        ) % {"day": day}
    if session.pain_next_morning > limit:
        return _(
            "Je pijn de ochtend na %(day)s was %(pain)d/10, hoger dan %(limit)d: "
            "begin opnieuw te tellen."
        ) % {"day": day, "pain": session.pain_next_morning, "limit": limit}
    return None


def _pending_reason(session: SessionResult, *, today: datetime.date) -> str:
    if session.date == today:
        return _("Vul morgenochtend in hoeveel pijn je hebt na de sessie van vandaag.")
    return _("Vul in hoeveel pijn je vanochtend had na de sessie van %(day)s.") % {
        "day": _day(session.date)
    }


def _day(date: datetime.date) -> str:
    return date_format(date, "j F")


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
