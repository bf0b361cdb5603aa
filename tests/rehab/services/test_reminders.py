"""Reminders by e-mail: what is due, once, and never with health data."""

import datetime
import smtplib
import threading
from io import StringIO

import pytest
from django.core import mail, signing
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.db import connection, connections
from django.urls import reverse

from rehab.models import Reminder, ReminderSettings
from rehab.services import reminders
from tests.factories import make_log, make_patient, make_physiotherapist, make_plan

TODAY = datetime.date(2026, 11, 18)  # a Wednesday: a training day by default
YESTERDAY = TODAY - datetime.timedelta(days=1)
START = TODAY - datetime.timedelta(days=30)


class FailingBackend(BaseEmailBackend):
    """A mail server that is down."""

    def send_messages(self, messages):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")


@pytest.fixture
def at(travel_to):
    def to(hour: int, minute: int = 0, day: datetime.date = TODAY):
        return travel_to(day, datetime.time(hour, minute))

    return to


def run() -> str:
    out = StringIO()
    call_command("send_reminders", stdout=out)
    return out.getvalue()


def trained_yesterday(**patient_fields):
    """A patient who trained yesterday and has not entered this morning's score."""
    physio = make_physiotherapist()
    patient = make_patient(physiotherapist=physio, **patient_fields)
    plan = make_plan(patient=patient, physiotherapist=physio, start_date=START)
    make_log(plan, YESTERDAY, today=YESTERDAY, morning=None)
    return patient, plan


def kinds_sent() -> list[tuple[str, str]]:
    return sorted((message.to[0], message.subject) for message in mail.outbox)


# What is due


@pytest.mark.django_db
def test_the_morning_reminder_goes_at_eight_amsterdam_time_to_whoever_trained_yesterday(at):
    patient, _plan = trained_yesterday()
    at(7, 59)
    assert run() == "sent: 0, failed: 0, skipped: 0\n"
    at(8, 0)
    run()
    morning = [m for m in mail.outbox if m.subject == "Hoe voel je je vanochtend?"]
    assert [m.to for m in morning] == [[patient.email]]
    assert Reminder.objects.get(user=patient, kind="morning").day == TODAY


@pytest.mark.django_db
def test_no_morning_reminder_once_the_score_is_in(at):
    _patient, plan = trained_yesterday()
    log = plan.logs.get()
    log.pain_next_morning = 1
    log.save()
    at(9)
    run()
    assert not [m for m in mail.outbox if m.subject == "Hoe voel je je vanochtend?"]


@pytest.mark.django_db
def test_the_patient_chooses_the_time_and_the_training_days(at):
    patient = make_patient()
    make_plan(patient=patient, start_date=START)
    reminders.update_settings(
        user=patient, remind_at=datetime.time(18, 30), training_days="1,3"
    )  # Tuesday and Thursday
    at(19)
    run()
    assert mail.outbox == []  # Wednesday is not one of her days
    at(18, 29, day=TODAY + datetime.timedelta(days=1))
    run()
    assert mail.outbox == []
    at(18, 30, day=TODAY + datetime.timedelta(days=1))
    run()
    assert [(m.to, m.subject) for m in mail.outbox] == [
        ([patient.email], "Vandaag is een oefendag")
    ]


@pytest.mark.django_db
def test_no_training_reminder_after_todays_session_or_without_an_active_plan(at):
    done = make_patient()
    plan = make_plan(patient=done, start_date=START)
    make_log(plan, TODAY, today=TODAY, morning=None)
    make_patient()  # no plan
    at(9)
    run()
    assert mail.outbox == []


@pytest.mark.django_db
def test_the_physiotherapist_gets_a_digest_only_when_a_patient_is_flagged(at):
    at(9)  # before anything is made: the plan's creation moment comes from this clock
    calm = make_physiotherapist()
    busy = make_physiotherapist()
    quiet = make_patient(physiotherapist=busy)
    plan = make_plan(patient=quiet, physiotherapist=busy, start_date=START)
    plan.created_at = plan.created_at - datetime.timedelta(days=30)
    plan.save()  # older than the quiet days: no session ever, so flagged
    run()
    digests = [m.to for m in mail.outbox if m.subject == "Patiënten die aandacht nodig hebben"]
    assert digests == [[busy.email]]
    assert not Reminder.objects.filter(user=calm).exists()


# Once, and never health data


@pytest.mark.django_db
def test_running_twice_sends_each_reminder_once(at):
    trained_yesterday()
    at(9)
    first = run()
    sent = len(mail.outbox)
    assert sent == 2  # the morning score and the training day
    assert first == "sent: 2, failed: 0, skipped: 0\n"
    assert run() == "sent: 0, failed: 0, skipped: 2\n"
    at(11)
    run()
    assert len(mail.outbox) == sent
    assert Reminder.objects.filter(sent_at__isnull=False).count() == 2


@pytest.mark.django_db
def test_a_failing_mail_server_loses_nothing_and_sends_nothing_twice(at, settings, caplog):
    trained_yesterday()
    at(9)
    settings.EMAIL_BACKEND = f"{__name__}.FailingBackend"
    assert run() == "sent: 0, failed: 2, skipped: 0\n"
    assert "not sent (attempt 1)" in caplog.text
    rows = Reminder.objects.all()
    assert [(r.sent_at, r.attempts) for r in rows] == [(None, 1), (None, 1)]
    assert "Connection unexpectedly closed" in rows[0].last_error

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    at(9, 15)
    assert run() == "sent: 2, failed: 0, skipped: 0\n"
    assert run() == "sent: 0, failed: 0, skipped: 2\n"
    assert len(mail.outbox) == 2
    assert {r.attempts for r in Reminder.objects.all()} == {2}


@pytest.mark.django_db
def test_a_mail_has_text_and_html_a_link_and_one_click_unsubscribe_but_no_health_data(at):
    patient, plan = trained_yesterday(name="Pim Pijn")
    at(9)
    run()
    message = next(m for m in mail.outbox if m.subject == "Hoe voel je je vanochtend?")
    html = message.alternatives[0].content
    assert message.alternatives[0].mimetype == "text/html"
    assert "http://localhost:8000/mijn-schema/#morning" in message.body
    assert 'href="http://localhost:8000/mijn-schema/#morning"' in html
    unsubscribe = message.extra_headers["List-Unsubscribe"]
    assert unsubscribe.startswith("<http://localhost:8000/herinneringen/afmelden/")
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert unsubscribe.strip("<>") in message.body
    for text in (message.body, html, message.subject):
        for secret in ("pijnscore 2", "2/10", "tendinopathie", "zitbot", "blessure", "graad"):
            assert secret not in text.lower()
        assert plan.template.name not in text


@pytest.mark.django_db
def test_the_one_click_unsubscribe_stops_that_kind_only(at, client):
    patient, _plan = trained_yesterday()
    at(9)
    run()
    message = next(m for m in mail.outbox if m.subject == "Vandaag is een oefendag")
    url = (
        message.extra_headers["List-Unsubscribe"].strip("<>").removeprefix("http://localhost:8000")
    )
    # RFC 8058: the mail program posts this body, without a login or a CSRF token.
    client.handler.enforce_csrf_checks = True
    response = client.post(url, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 302
    assert not ReminderSettings.objects.get(user=patient).training
    assert ReminderSettings.objects.get(user=patient).morning
    assert "Je bent afgemeld" in client.get(url).content.decode()

    mail.outbox.clear()
    at(9, day=TODAY + datetime.timedelta(days=2))  # Friday, a training day again
    make_log(
        _plan,
        TODAY + datetime.timedelta(days=1),
        today=TODAY + datetime.timedelta(days=1),
        morning=None,
    )
    run()
    assert [m.subject for m in mail.outbox] == ["Hoe voel je je vanochtend?"]


@pytest.mark.django_db
def test_a_forged_unsubscribe_token_is_a_404(client):
    patient = make_patient()
    token = reminders.unsubscribe_token(patient, "training")
    other_salt = signing.Signer(salt="elsewhere").sign_object({"u": patient.pk, "k": "training"})
    wrong_kind = reminders.unsubscribe_token(patient, "diagnosis")
    for bad in (token + "x", other_salt, wrong_kind, "x"):
        url = reverse("patient:unsubscribe", kwargs={"unsubscribe_token": bad})
        assert client.post(url).status_code == 404
    assert not ReminderSettings.objects.exists()


# Two servers at once


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_simultaneous_runs_send_each_reminder_once(travel_to):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL row locks; CI runs this in its PostgreSQL pass")
    for _ in range(5):
        trained_yesterday()
    travel_to(TODAY, datetime.time(9))
    barrier = threading.Barrier(2)
    results = []

    def server() -> None:
        try:
            barrier.wait()
            results.append(reminders.send_due())
        except Exception as error:  # collected and asserted below
            results.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=server) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert all(isinstance(result, reminders.RunResult) for result in results), results
    assert sum(result.sent for result in results) == 10
    assert len(mail.outbox) == 10
    assert len({(m.to[0], m.subject) for m in mail.outbox}) == 10
    assert Reminder.objects.filter(sent_at__isnull=False).count() == 10


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_reminder_held_by_another_server_is_skipped_not_sent(travel_to):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL row locks; CI runs this in its PostgreSQL pass")
    patient, _plan = trained_yesterday()
    reminders.update_settings(user=patient, training=False)
    travel_to(TODAY, datetime.time(9))
    Reminder.objects.create(user=patient, kind="morning", day=TODAY)
    held, release = threading.Event(), threading.Event()

    def other_server() -> None:
        from django.db import transaction

        try:
            with transaction.atomic():
                Reminder.objects.select_for_update().get(user=patient, kind="morning")
                held.set()
                release.wait(timeout=30)
        finally:
            connections.close_all()

    thread = threading.Thread(target=other_server)
    thread.start()
    held.wait(timeout=30)
    try:
        result = reminders.send_due()
    finally:
        release.set()
        thread.join()
    assert (result.sent, result.skipped) == (0, 1)
    assert mail.outbox == []
    assert reminders.send_due().sent == 1


@pytest.mark.django_db
def test_a_reminder_is_in_the_persons_own_language_with_english_links(at):
    patient, _plan = trained_yesterday(name="Pim Pijn")
    patient.language = "en"
    patient.save(update_fields=["language"])
    at(9)
    run()
    message = next(m for m in mail.outbox if m.subject == "How do you feel this morning?")
    assert "http://localhost:8000/en/mijn-schema/#morning" in message.body
    assert "You exercised yesterday" in message.body
    assert "vanochtend" not in message.body
    assert message.extra_headers["List-Unsubscribe"].startswith(
        "<http://localhost:8000/en/herinneringen/afmelden/"
    )
