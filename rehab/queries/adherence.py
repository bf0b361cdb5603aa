"""Adherence: sessions per week against the programme's 3–4 a week.

Weeks run Monday to Sunday, as the Dutch calendar does. "Low adherence" is fewer than
`LOW_SESSIONS` sessions in each of the last two whole weeks; the patient list asks the
same in SQL (`queries.patients`, `flag_low_adherence`).
"""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from ..models import PatientPlan

TARGET = (3, 4)  # sessions a week, from the programme (000_e3b635faeaffd0f0.txt)
LOW_SESSIONS = 2
WEEKS_SHOWN = 5  # this week and the 4 before


def week_start(day: datetime.date) -> datetime.date:
    return day - datetime.timedelta(days=day.weekday())


def low_adherence_weeks(today: datetime.date) -> tuple[datetime.date, datetime.date]:
    """The Mondays of the last two whole weeks: the one before last, then last week."""
    this_week = week_start(today)
    return this_week - datetime.timedelta(weeks=2), this_week - datetime.timedelta(weeks=1)


@dataclass(frozen=True)
class Week:
    start: datetime.date
    sessions: int
    current: bool  # this week, still going on

    @property
    def end(self) -> datetime.date:
        return self.start + datetime.timedelta(days=6)

    @property
    def on_target(self) -> bool:
        return self.sessions >= TARGET[0]


def weeks_of(plan: PatientPlan, *, today: datetime.date) -> tuple[Week, ...]:
    """This week and up to 4 before, newest first, in one query. A week that ended before
    the plan began is left out: it would read as a missed week."""
    this_week = week_start(today)
    first = this_week - datetime.timedelta(weeks=WEEKS_SHOWN - 1)
    dates = list(plan.logs.filter(date__gte=first, date__lte=today).values_list("date", flat=True))
    # A plan may start before the day it was entered (the first phase's start date); once
    # it has moved on to a later phase, its first sessions tell when it began.
    began = min([timezone.localdate(plan.created_at), plan.phase_started, *dates])
    counts: dict[datetime.date, int] = {}
    for day in dates:
        counts[week_start(day)] = counts.get(week_start(day), 0) + 1
    starts = (this_week - datetime.timedelta(weeks=n) for n in range(WEEKS_SHOWN))
    return tuple(
        Week(start=start, sessions=counts.get(start, 0), current=start == this_week)
        for start in starts
        if start >= week_start(began)
    )
