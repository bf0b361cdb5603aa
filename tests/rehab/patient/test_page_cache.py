""" "Mijn schema" is kept in memory per patient: it must never show a change late, never
show one patient another's page, and never hand out a stale CSRF token."""

import datetime
import re

import pytest
from django.db import connection
from django.middleware.csrf import _unmask_cipher_token
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.models import User
from rehab.models import Exercise, PatientPlan, PlanPrescription, PlanTemplate, SessionLog
from rehab.services import phases, plans, prescriptions, sessions
from tests.factories import full_sets, make_physiotherapist, make_plan
from tests.rehab.patient.test_views import form_data

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fixed_today")]

START = datetime.date(2026, 11, 1)
TODAY = datetime.date(2026, 11, 12)
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture
def physio():
    return make_physiotherapist(name="Fenna de Vries")


@pytest.fixture
def plan(physio):
    return make_plan(start_date=START, physiotherapist=physio)


@pytest.fixture
def patient_client(client, plan):
    client.force_login(plan.patient)
    client.get(
        reverse("patient:my_plan")
    )  # the first request after a login moves the session's end
    return client


def page(client) -> str:
    response = client.get(reverse("patient:my_plan"))
    assert response.status_code == 200
    return response.content.decode()


def log(plan: PatientPlan, date: datetime.date, pain: int = 2) -> SessionLog:
    return sessions.log_session(
        plan=plan, date=date, pain_during=pain, sets_completed=full_sets(plan), today=TODAY
    )


def without_tokens(html: str) -> str:
    return TOKEN.sub("", re.sub(r'"X-CSRFToken": "[^"]+"', "", html))


def test_a_kept_page_costs_only_the_session_and_the_user(patient_client):
    first = page(patient_client)
    with CaptureQueriesContext(connection) as queries:
        second = page(patient_client)

    assert [q["sql"].split(" FROM ")[1].split()[0] for q in queries.captured_queries] == [
        '"django_session"',
        '"accounts_user"',
    ]
    assert without_tokens(second) == without_tokens(first)


def test_every_answer_carries_its_own_valid_token(patient_client, plan):
    first, second = page(patient_client), page(patient_client)

    tokens = set(TOKEN.findall(first)) | set(TOKEN.findall(second))
    assert len(tokens) == 2  # one per answer, masked anew
    assert "placeholder" not in second
    secret = patient_client.cookies["csrftoken"].value
    assert {_unmask_cipher_token(token) for token in tokens} == {secret}

    patient_client.handler.enforce_csrf_checks = True
    data = form_data(plan, csrfmiddlewaretoken=TOKEN.findall(second)[0])
    response = patient_client.post(reverse("patient:log_session", args=[plan.pk]), data)
    assert response.status_code == 302
    assert SessionLog.objects.filter(plan=plan, date=TODAY).exists()


def test_each_patient_gets_their_own_page(client, plan):
    other = make_plan(
        start_date=START, physiotherapist=make_physiotherapist(name="Ruben Ansah"), max_pain=3
    )
    for p in (plan, other):
        log(p, TODAY - datetime.timedelta(days=2), pain=5)
        log(p, TODAY - datetime.timedelta(days=1), pain=5)

    client.force_login(plan.patient)
    mine = page(client)
    client.force_login(other.patient)
    theirs = page(client)

    assert "Fenna de Vries" in mine and "Ruben Ansah" not in mine
    assert "Ruben Ansah" in theirs and "Fenna de Vries" not in theirs


def test_a_logged_session_shows_at_once(patient_client, plan):
    assert "al een sessie bijgehouden" not in page(patient_client)

    log(plan, TODAY)

    assert "al een sessie bijgehouden" in page(patient_client)


def test_a_next_morning_score_shows_at_once(patient_client, plan):
    entry = log(plan, TODAY - datetime.timedelta(days=1))
    assert "Hoe was de ochtend erna?" in page(patient_client)

    sessions.record_next_morning_pain(log=entry, pain=1, today=TODAY)

    assert "Hoe was de ochtend erna?" not in page(patient_client)


def test_the_physiotherapists_changes_to_the_exercises_show_at_once(patient_client, plan, physio):
    prescription = plan.prescriptions.filter(phase=1).first()
    page(patient_client)

    prescriptions.update_prescription(
        plan_id=plan.pk,
        prescription_id=prescription.pk,
        physiotherapist=physio,
        dosage=prescriptions.Dosage(sets=7, hold_seconds=33),
    )
    assert "7 × 33 seconden vasthouden" in page(patient_client)

    extra = Exercise.objects.exclude(pk__in=plan.prescriptions.values("exercise_id")).first()
    prescriptions.add_prescription(
        plan_id=plan.pk,
        physiotherapist=physio,
        phase=1,
        exercise=extra,
        dosage=prescriptions.Dosage.of(prescription),
    )
    assert extra.name in page(patient_client)

    prescriptions.remove_prescription(
        plan_id=plan.pk,
        prescription_id=PlanPrescription.objects.get(plan=plan, exercise=extra).pk,
        physiotherapist=physio,
    )
    assert extra.name not in page(patient_client)


def test_new_phase_criteria_show_at_once(patient_client, plan, physio):
    assert "na minstens 7 dagen in deze fase, en 3 sessies op rij" in page(patient_client)

    phases.update_phase_criteria(
        plan_id=plan.pk, physiotherapist=physio, number=1, min_days=10, qualifying_sessions=4
    )

    assert "na minstens 10 dagen in deze fase, en 4 sessies op rij" in page(patient_client)


def test_a_new_phase_and_a_new_plan_show_at_once(patient_client, plan, physio):
    for days_ago in (3, 2, 1):
        log(plan, TODAY - datetime.timedelta(days=days_ago))
        sessions.record_next_morning_pain(
            log=SessionLog.objects.get(plan=plan, date=TODAY - datetime.timedelta(days=days_ago)),
            pain=1,
            today=TODAY,
        )
    assert "Je zit in fase 1 van 4" in page(patient_client)

    phases.advance_phase(plan_id=plan.pk, user=plan.patient, expected_phase=1, today=TODAY)
    assert "Je zit in fase 2 van 4" in page(patient_client)

    plans.assign(
        patient=plan.patient,
        physiotherapist=physio,
        template=PlanTemplate.objects.get(slug="hamstringblessure-graad-2"),
        grade=2,
        start_phase=1,
        start_date=TODAY,
        max_pain=4,
        mode=PatientPlan.Mode.PATIENT_ADVANCES,
        today=TODAY,
    )
    assert "Herstel bij een blessure van graad 2 (matig)" in page(patient_client)


def test_a_change_made_in_the_admin_shows_at_once(patient_client, plan):
    entry = log(plan, TODAY)
    assert "Deze fase begon op 1 november 2026" in page(patient_client)

    plan.phase_started = datetime.date(2026, 11, 2)
    plan.save()
    assert "Deze fase begon op 2 november 2026" in page(patient_client)

    entry.delete()
    assert "al een sessie bijgehouden" not in page(patient_client)


def test_a_renamed_physiotherapist_and_exercise_show_at_once(patient_client, plan, physio):
    log(plan, TODAY - datetime.timedelta(days=2), pain=6)
    log(plan, TODAY - datetime.timedelta(days=1), pain=6)
    exercise = plan.prescriptions.filter(phase=1).first().exercise
    assert "Fenna de Vries" in page(patient_client)

    physio.full_name = "Fenna Jansen"
    physio.save()
    assert "Fenna Jansen" in page(patient_client)

    exercise.name = "Brug op één been, aangepast"
    exercise.save()
    assert "Brug op één been, aangepast" in page(patient_client)


def test_a_login_of_the_physiotherapist_keeps_the_pages(patient_client, plan, physio, client):
    before = User.objects.get(pk=plan.patient_id).plan_revision
    physio.last_login = physio.date_joined
    physio.save(update_fields=["last_login"])
    assert User.objects.get(pk=plan.patient_id).plan_revision == before


def test_a_new_day_draws_the_page_anew(client, plan, travel_to):
    travel_to(TODAY, at=datetime.time(23, 50))
    client.force_login(plan.patient)
    log(plan, TODAY)
    assert "al een sessie bijgehouden" in page(client)

    # Twenty minutes later, past midnight in Amsterdam: still signed in, but a new day.
    travel_to(TODAY + datetime.timedelta(days=1), at=datetime.time(0, 10))

    shown = page(client)
    assert "al een sessie bijgehouden" not in shown
    assert "Hoe was de ochtend erna?" in shown


def test_a_message_is_shown_once_and_the_page_is_kept_without_it(patient_client, plan):
    page(patient_client)
    response = patient_client.post(
        reverse("patient:log_session", args=[plan.pk]), form_data(plan), follow=True
    )

    assert "is opgeslagen" in response.content.decode()
    assert "is opgeslagen" not in page(patient_client)


def test_deleting_a_patient_with_many_sessions_raises_no_revision_per_session(plan):
    SessionLog.objects.bulk_create(
        SessionLog(
            plan=plan,
            phase=1,
            date=START + datetime.timedelta(days=n),
            pain_during=1,
            all_sets_completed=True,
        )
        for n in range(10)
    )
    with CaptureQueriesContext(connection) as queries:
        plan.patient.delete()

    raises = [q for q in queries.captured_queries if "plan_revision" in q["sql"]]
    assert len(raises) == 1
