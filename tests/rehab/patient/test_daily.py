"""The daily loop on the patient's side: the guided session without JavaScript, the
training calendar, the reminder choices on /account/, and adherence on Mijn schema."""

import datetime

import icalendar
import pytest
from django.urls import reverse

from rehab.models import ReminderSettings, SessionLog
from rehab.queries import adherence
from rehab.services import reminders
from tests.factories import make_log, make_patient, make_physiotherapist, make_plan

TODAY = datetime.date(2026, 11, 18)  # a Wednesday
START = TODAY - datetime.timedelta(days=30)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fixed_today")]


@pytest.fixture
def plan():
    return make_plan(start_date=START)


@pytest.fixture
def patient_client(client, plan):
    client.force_login(plan.patient)
    return client


# The guided session, as it works without JavaScript


def test_the_guided_session_lists_the_steps_and_ends_in_the_log_form(patient_client, plan):
    response = patient_client.get(reverse("patient:guided_session"))
    body = response.content.decode()
    prescription = plan.prescriptions.get(phase=1)
    assert "Oefening 1 van 1: " + prescription.exercise.name in body
    assert prescription.dosage in body
    for step in prescription.exercise.steps:
        assert step in body
    assert f'data-hold="{prescription.hold_seconds}"' in body
    assert f'data-rest="{prescription.rest_seconds}"' in body
    assert 'action="{}"'.format(reverse("patient:log_session", kwargs={"plan_id": plan.pk})) in body
    assert "js/guided." in body and "<script>" not in body
    assert body.index("Oefening 1 van 1") < body.index("Sessie invullen")


def test_the_guided_form_saves_through_the_ordinary_log(patient_client, plan):
    prescription = plan.prescriptions.get(phase=1)
    response = patient_client.post(
        reverse("patient:log_session", kwargs={"plan_id": plan.pk}),
        {"date": TODAY.isoformat(), f"sets_{prescription.pk}": 3, "pain_during": 2, "note": ""},
    )
    assert response.status_code == 302
    log = SessionLog.objects.get(plan=plan)
    assert [(e.sets_completed, e.sets_prescribed) for e in log.entries.all()] == [(3, 5)]
    assert not log.all_sets_completed


def test_without_an_active_plan_the_guided_session_goes_to_mijn_schema(client):
    client.force_login(make_patient())
    response = client.get(reverse("patient:guided_session"))
    assert response.status_code == 302 and response["Location"] == reverse("patient:my_plan")


def test_mijn_schema_starts_the_session(patient_client):
    body = patient_client.get(reverse("patient:my_plan")).content.decode()
    assert f'href="{reverse("patient:guided_session")}"' in body
    assert "Start je sessie" in body


# The calendar


def feed_url(patient) -> str:
    token = reminders.settings_for(patient).calendar_token
    return reverse("patient:calendar", kwargs={"feed_token": token})


def test_the_feed_parses_and_holds_the_training_days_with_a_morning_alarm(client, plan):
    response = client.get(feed_url(plan.patient))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = icalendar.Calendar.from_ical(response.content)
    events = list(calendar.walk("VEVENT"))
    days = [event.decoded("dtstart") for event in events]
    assert days and {day.weekday() for day in days} == {0, 2, 4}  # Mon, Wed, Fri by default
    assert TODAY in days
    event = events[days.index(TODAY)]
    assert str(event["summary"]) == "Oefenen"
    prescription = plan.prescriptions.get(phase=1)
    assert f"{prescription.exercise.name}: {prescription.dosage}" in str(event["description"])
    (alarm,) = event.walk("VALARM")
    assert alarm.decoded("trigger") == datetime.timedelta(days=1, hours=8)
    assert "pijnscore" in str(alarm["description"])
    for text in (str(event["summary"]), str(event["description"])):
        assert "zitbot" not in text and "pees" not in text.lower()
        assert plan.template.name not in text


def test_the_feed_follows_the_chosen_days_and_time(client, plan):
    reminders.update_settings(
        user=plan.patient, training_days="1,3", remind_at=datetime.time(7, 30)
    )
    calendar = icalendar.Calendar.from_ical(client.get(feed_url(plan.patient)).content)
    events = list(calendar.walk("VEVENT"))
    assert {event.decoded("dtstart").weekday() for event in events} == {1, 3}
    trigger = events[0].walk("VALARM")[0].decoded("trigger")
    assert trigger == datetime.timedelta(days=1, hours=7, minutes=30)


def test_the_feed_has_an_etag_and_answers_304_when_unchanged(client, plan):
    url = feed_url(plan.patient)
    first = client.get(url)
    etag = first["ETag"]
    assert etag.startswith('"')
    again = client.get(url, headers={"If-None-Match": etag})
    assert again.status_code == 304
    make_log(plan, TODAY, today=TODAY, morning=None)
    plan.prescriptions.filter(phase=1).update(sets=4)
    plan.save()  # a changed dosage changes the feed
    assert client.get(url, headers={"If-None-Match": etag}).status_code == 200


def test_a_renewed_token_ends_the_old_address_at_once(patient_client, plan, client):
    old = feed_url(plan.patient)
    assert client.get(old).status_code == 200
    response = patient_client.post(reverse("patient:calendar_renew"))
    assert response.status_code == 302
    assert client.get(old).status_code == 404
    assert client.get(feed_url(plan.patient)).status_code == 200


def test_another_patients_token_shows_nothing_of_this_patient(client, plan):
    other = make_plan(start_date=START)
    other.prescriptions.filter(phase=1).update(note="alleen voor de ander")
    make_log(plan, TODAY, today=TODAY, morning=None)
    mine = reminders.settings_for(plan.patient)
    body = client.get(feed_url(other.patient)).content.decode()
    assert f"training-{plan.pk}-" not in body
    assert mine.calendar_token not in body
    assert f"training-{other.pk}-" in body
    assert (
        client.get(reverse("patient:calendar", kwargs={"feed_token": "raden"})).status_code == 404
    )


# The choices on /account/


def test_the_account_page_shows_the_choices_and_the_calendar_link(patient_client, plan):
    body = patient_client.get(reverse("account")).content.decode()
    assert 'id="herinneringen"' in body and "Mijn oefendagen" in body
    assert "Maak het adres van mijn agenda" in body  # no address before it is asked for
    patient_client.post(reverse("patient:calendar_renew"))
    body = patient_client.get(reverse("account")).content.decode()
    token = ReminderSettings.objects.get(user=plan.patient).calendar_token
    assert f"/agenda/{token}.ics" in body


def test_a_patient_chooses_kinds_time_and_days(patient_client, plan):
    response = patient_client.post(
        reverse("patient:reminder_settings"),
        {"morning": "on", "remind_at": "07:15", "training_days": ["1", "3", "5", "3"]},
    )
    assert response.status_code == 302
    chosen = ReminderSettings.objects.get(user=plan.patient)
    assert (chosen.morning, chosen.training, chosen.remind_at) == (
        True,
        False,
        datetime.time(7, 15),
    )
    assert chosen.weekdays == [1, 3, 5]


def test_a_wrong_time_is_refused_with_a_dutch_message_and_saves_nothing(patient_client, plan):
    response = patient_client.post(
        reverse("patient:reminder_settings"),
        {"morning": "on", "remind_at": "25:99", "training_days": ["9"]},
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert "Vul een tijdstip in als uren en minuten" in body
    assert "Kies dagen van maandag tot en met zondag." in body
    assert not ReminderSettings.objects.exists()


def test_a_physiotherapist_chooses_only_the_digest(client):
    physio = make_physiotherapist()
    client.force_login(physio)
    body = client.get(reverse("account")).content.decode()
    assert "overzicht als patiënten aandacht nodig hebben" in body
    assert "Mijn oefendagen" not in body and "agenda" not in body.lower().split("<main")[1]
    client.post(reverse("patient:reminder_settings"), {"remind_at": "07:00"})
    assert not ReminderSettings.objects.get(user=physio).digest


# Adherence on Mijn schema


def test_mijn_schema_shows_this_week_and_the_four_before(patient_client, plan):
    for days_ago in (0, 2, 7, 9, 11, 21):
        day = TODAY - datetime.timedelta(days=days_ago)
        make_log(plan, day, today=TODAY, morning=None if day == TODAY else 1)
    weeks = adherence.weeks_of(plan, today=TODAY)
    assert [week.sessions for week in weeks] == [2, 2, 1, 1, 0]
    assert weeks[0].current and weeks[0].start == datetime.date(2026, 11, 16)
    body = patient_client.get(reverse("patient:my_plan")).content.decode()
    assert "Sessies per week" in body and "Deze week" in body
    assert "9 november – 15 november" in body
    assert "Je doel is 3 à 4 sessies per week." in body  # from adherence.TARGET


def test_weeks_before_the_plan_began_are_not_shown_as_missed():
    today_only = make_plan(start_date=TODAY)
    assert [week.start for week in adherence.weeks_of(today_only, today=TODAY)] == [
        datetime.date(2026, 11, 16)
    ]
    # A plan that starts on an earlier day counts from that day's week.
    earlier = make_plan(start_date=TODAY - datetime.timedelta(days=15))
    starts = [week.start for week in adherence.weeks_of(earlier, today=TODAY)]
    assert starts == [
        datetime.date(2026, 11, 16),
        datetime.date(2026, 11, 9),
        datetime.date(2026, 11, 2),
    ]


def test_a_kept_mijn_schema_shows_a_new_session_in_the_week_count(patient_client, plan):
    """The weekly counts come from the logs: a new log renews the page's key (plan_revision),
    and a new day or week renews it too (the day is in the key)."""
    url = reverse("patient:my_plan")
    first = patient_client.get(url).content.decode()
    assert '<th scope="row">Deze week</th>\n        <td>0</td>' in first
    make_log(plan, TODAY - datetime.timedelta(days=1), today=TODAY, morning=None)
    again = patient_client.get(url).content.decode()
    assert '<th scope="row">Deze week</th>\n        <td>1</td>' in again


def test_the_data_export_holds_the_choices_but_not_the_calendar_secret(patient_client, plan):
    chosen = reminders.update_settings(user=plan.patient, training_days="1,3")
    response = patient_client.get(reverse("account_data"))
    body = response.content.decode()
    assert '"oefendagen": [\n        1,\n        3\n      ]' in body
    assert chosen.calendar_token not in body


def test_the_feed_is_in_the_patients_own_language(client, plan):
    plan.patient.language = "en"
    plan.patient.save(update_fields=["language"])
    calendar = icalendar.Calendar.from_ical(client.get(feed_url(plan.patient)).content)
    event = next(iter(calendar.walk("VEVENT")))
    assert str(event["summary"]) == "Exercise"
    (alarm,) = event.walk("VALARM")
    assert "pain score" in str(alarm["description"])
    assert "pijnscore" not in str(alarm["description"])
