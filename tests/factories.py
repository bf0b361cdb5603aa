"""Test data builders: users and plans. Exercises and templates come from the migrations."""

import datetime
import itertools
import zoneinfo

from accounts.models import User
from rehab.models import PatientPlan, PlanTemplate
from rehab.services.plans import copy_template

PASSWORD = "correct-horse-battery-staple"
AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")  # the site's time zone
_numbers = itertools.count(1)


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
