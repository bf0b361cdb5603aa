"""Which reminders are due now: the reads behind `send_reminders`.

- next-morning pain: a patient whose session of yesterday has no morning score yet;
- training day: a patient with an active plan on one of their chosen weekdays, who has not
  logged a session today;
- digest: a physiotherapist with at least one flagged patient on their list.

Each is due from the person's chosen time (default 08:00) in the site's time zone
(Europe/Amsterdam), for the rest of that day; the `Reminder` rows make it go out once.
"""

import datetime
from dataclasses import dataclass

from django.db.models import Q

from accounts.models import User

from ..models import PatientPlan, Reminder, ReminderSettings, SessionLog
from .patients import patients

FLAGS = ("flag_pain", "flag_waiting", "flag_check", "flag_quiet", "flag_low_adherence")


@dataclass(frozen=True)
class Due:
    user: User
    kind: str  # a Reminder.Kind
    day: datetime.date


def settings_of(user: User) -> ReminderSettings:
    """The person's saved choices, or the defaults (not saved) when they never chose."""
    try:
        return user.reminder_settings
    except ReminderSettings.DoesNotExist:
        return ReminderSettings(user=user)


def _wants(user: User, kind: str, now: datetime.datetime) -> bool:
    chosen = settings_of(user)
    return chosen.wants(kind) and now.time() >= chosen.remind_at


def due_reminders(now: datetime.datetime) -> list[Due]:
    """Every reminder due at `now` (a local, aware datetime), sent or not."""
    today = now.date()
    yesterday = today - datetime.timedelta(days=1)
    active = User.objects.filter(is_active=True).select_related("reminder_settings")
    due = []
    morning = active.filter(
        plans__status=PatientPlan.Status.ACTIVE,
        plans__logs__date=yesterday,
        plans__logs__pain_next_morning__isnull=True,
    ).distinct()
    due += [
        Due(user, Reminder.Kind.MORNING, today) for user in morning if _wants(user, "morning", now)
    ]
    logged_today = SessionLog.objects.filter(date=today).values("plan__patient_id")
    training = (
        active.filter(role=User.Role.PATIENT, plans__status=PatientPlan.Status.ACTIVE)
        .exclude(pk__in=logged_today)
        .distinct()
    )
    due += [
        Due(user, Reminder.Kind.TRAINING, today)
        for user in training
        if today.weekday() in settings_of(user).weekdays and _wants(user, "training", now)
    ]
    physiotherapists = active.filter(role=User.Role.PHYSIOTHERAPIST)
    due += [
        Due(user, Reminder.Kind.DIGEST, today)
        for user in physiotherapists
        if _wants(user, "digest", now) and flagged_count(user, today=today)
    ]
    return due


def flagged_count(physiotherapist: User, *, today: datetime.date) -> int:
    """How many of the physiotherapist's patients carry a flag on their list."""
    any_flag = Q()
    for flag in FLAGS:
        any_flag |= Q(**{flag: True})
    rows = (
        patients()
        .of_physiotherapist(physiotherapist)
        .with_status(user=physiotherapist, today=today)
    )
    return rows.filter(any_flag).count()
