"""Test data builders: users and plans. Exercises and templates come from the migrations."""

import datetime
import itertools
import zoneinfo

from accounts.models import User
from rehab.models import PatientPlan, PlanTemplate, SessionLog
from rehab.services import sessions
from rehab.services.plans import copy_template

PASSWORD = "correct-horse-battery-staple"
AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")  # the site's time zone
_numbers = itertools.count(1)


def noon(day: datetime.date) -> datetime.datetime:
    """Noon in Amsterdam on a day: where the fixed_today fixture stops the clock."""
    return datetime.datetime.combine(day, datetime.time(12), tzinfo=AMSTERDAM)


def make_user(*, role: str = User.Role.PATIENT, name: str | None = None, **fields) -> User:
    n = next(_numbers)
    email = fields.pop("email", f"{role}{n}@example.org")
    return User.objects.create_user(
        email, PASSWORD, full_name=name or f"Gebruiker {n}", role=role, **fields
    )


def make_patient(**fields) -> User:
    return make_user(role=User.Role.PATIENT, **fields)


def make_physiotherapist(**fields) -> User:
    return make_user(role=User.Role.PHYSIOTHERAPIST, **fields)


def make_admin(**fields) -> User:
    return make_user(role=User.Role.PHYSIOTHERAPIST, is_staff=True, is_superuser=True, **fields)


def make_plan(
    *,
    patient: User | None = None,
    physiotherapist: User | None = None,
    template: str = "tendinopathie",
    start_date: datetime.date = datetime.date(2026, 11, 1),
    **options,
) -> PatientPlan:
    return copy_template(
        patient=patient or make_patient(),
        physiotherapist=physiotherapist,
        template=PlanTemplate.objects.get(slug=template),
        start_date=start_date,
        **options,
    )


def full_sets(plan: PatientPlan) -> dict[int, int]:
    """Every exercise of the plan's current phase, all its sets done."""
    return {p.pk: p.sets for p in plan.prescriptions.filter(phase=plan.current_phase)}


def make_log(
    plan: PatientPlan,
    date: datetime.date,
    *,
    today: datetime.date,
    pain: int = 2,
    morning: int | None = 2,
    sets: dict[int, int] | None = None,
) -> SessionLog:
    """A session through the service, with its next-morning pain unless `morning` is None."""
    entry = sessions.log_session(
        plan=plan,
        date=date,
        pain_during=pain,
        sets_completed=sets if sets is not None else full_sets(plan),
        today=today,
    )
    if morning is not None:
        sessions.record_next_morning_pain(log=entry, pain=morning, today=today)
    return entry


def make_stored_log(
    plan: PatientPlan, date: datetime.date, pain: int, morning: int | None = 1
) -> SessionLog:
    """A session written straight to the table, without the service's checks: for a list
    that must show logs on any date, in any phase."""
    return SessionLog.objects.create(
        plan=plan,
        phase=plan.current_phase,
        date=date,
        pain_during=pain,
        pain_next_morning=morning,
        all_sets_completed=True,
    )
