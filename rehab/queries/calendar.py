"""A patient's private training calendar (.ics), made with the icalendar library.

Every chosen training day from two weeks ago to eight weeks ahead is an all-day event with
the current phase's exercises and dosages in its description, and an alarm the next
morning, at the patient's chosen time, to enter the pain score. The titles say nothing
about the complaint: calendars are often shared with others.
"""

import datetime

import icalendar
from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext as _

from ..models import PatientPlan, ReminderSettings

DAYS_BEFORE = 14
DAYS_AHEAD = 56


def feed(chosen: ReminderSettings, *, today: datetime.date) -> bytes:
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Hamstring//oefenagenda//NL")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", _("Mijn oefendagen"))
    plan = (
        PatientPlan.objects.filter(patient=chosen.user_id, status=PatientPlan.Status.ACTIVE)
        .order_by("-created_at", "-pk")
        .first()
    )
    if plan is not None:
        description = _description(plan)
        alarm_after = datetime.timedelta(
            days=1, hours=chosen.remind_at.hour, minutes=chosen.remind_at.minute
        )
        for offset in range(-DAYS_BEFORE, DAYS_AHEAD + 1):
            day = today + datetime.timedelta(days=offset)
            if day.weekday() in chosen.weekdays:
                calendar.add_component(_training_day(plan, day, description, alarm_after))
    return calendar.to_ical()


def _description(plan: PatientPlan) -> str:
    lines = [_("Je oefeningen van fase %(phase)d:") % {"phase": plan.current_phase}]
    prescriptions = plan.prescriptions.filter(phase=plan.current_phase).select_related("exercise")
    lines += [f"- {p.exercise.name}: {p.dosage}" for p in prescriptions]
    lines += [
        "",
        _("Start je sessie: %(url)s")
        % {"url": settings.SITE_URL + reverse("patient:guided_session")},
    ]
    return "\n".join(lines)


def _training_day(
    plan: PatientPlan, day: datetime.date, description: str, alarm_after: datetime.timedelta
) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", f"training-{plan.pk}-{day.isoformat()}@hamstring")
    event.add("dtstamp", plan.updated_at)
    event.add("dtstart", day)
    event.add("dtend", day + datetime.timedelta(days=1))
    event.add("summary", _("Oefenen"))
    event.add("description", description)
    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", _("Vul je pijnscore van vanochtend in."))
    # Relative to the all-day event's start (midnight): the next morning at the chosen time.
    alarm.add("trigger", alarm_after)
    event.add_component(alarm)
    return event
