"""htmx requests carry the CSRF token; a POST without it is refused.

htmx sends no form token of its own: base.html puts the token in `hx-headers` on <body>,
and htmx sends it as the X-CSRFToken header with every request. These tests read the token
from the page the way htmx does, with a client that enforces the CSRF checks.
"""

import datetime
import html
import json
import re

import pytest
from django.test import Client
from django.urls import reverse

from accounts.models import User
from rehab.models import PatientPlan, PlanPrescription, SessionLog
from tests.factories import make_patient, make_physiotherapist, make_plan

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fixed_today")]

HTMX = {"HX-Request": "true"}
BODY_HX_HEADERS = re.compile(r"<body\b[^>]*?\shx-headers='([^']*)'")


def htmx_token(client: Client, url: str) -> str:
    """The X-CSRFToken that htmx would send from this page."""
    response = client.get(url)
    assert response.status_code == 200
    match = BODY_HX_HEADERS.search(response.content.decode())
    assert match is not None, "<body> carries no hx-headers"
    headers = json.loads(html.unescape(match.group(1)))
    token = headers["X-CSRFToken"]
    assert re.fullmatch(r"[A-Za-z0-9]{64}", token), token
    return token


def assert_refused_for_csrf(response) -> None:
    # Django's CSRF failure page (the only 403 that names CSRF), not a permission refusal.
    assert response.status_code == 403
    assert b"CSRF" in response.content


def csrf_client(user: User) -> Client:
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    return client


TODAY = datetime.date(2026, 11, 12)


@pytest.fixture
def plan() -> PatientPlan:
    physio = make_physiotherapist()
    patient = make_patient(physiotherapist=physio)
    return make_plan(patient=patient, physiotherapist=physio, start_date=TODAY)


def log_form(plan: PatientPlan) -> dict[str, str]:
    sets = {
        f"sets_{p.pk}": str(p.sets) for p in plan.prescriptions.filter(phase=plan.current_phase)
    }
    return {"date": TODAY.isoformat(), "pain_during": "2", "note": "", **sets}


def test_my_plan_hands_htmx_a_token_that_is_accepted(plan):
    client = csrf_client(plan.patient)
    token = htmx_token(client, reverse("patient:my_plan"))

    response = client.post(
        reverse("patient:log_session", kwargs={"plan_id": plan.pk}),
        log_form(plan),
        headers={**HTMX, "X-CSRFToken": token},
    )

    assert response.status_code == 200  # the htmx partial of a saved session
    assert SessionLog.objects.filter(plan=plan).count() == 1


@pytest.mark.parametrize("headers", [HTMX, {}], ids=["htmx", "plain"])
def test_a_session_posted_without_a_token_is_refused(plan, headers):
    client = csrf_client(plan.patient)
    htmx_token(client, reverse("patient:my_plan"))  # the page was seen: the client has the cookie

    response = client.post(
        reverse("patient:log_session", kwargs={"plan_id": plan.pk}), log_form(plan), headers=headers
    )

    assert_refused_for_csrf(response)
    assert SessionLog.objects.count() == 0


def test_a_token_from_another_browser_is_refused(plan):
    """The token belongs to the browser's own cookie, not to the page."""
    foreign_token = htmx_token(csrf_client(make_plan().patient), reverse("patient:my_plan"))
    client = csrf_client(plan.patient)
    htmx_token(client, reverse("patient:my_plan"))

    response = client.post(
        reverse("patient:log_session", kwargs={"plan_id": plan.pk}),
        log_form(plan),
        headers={**HTMX, "X-CSRFToken": foreign_token},
    )

    assert_refused_for_csrf(response)
    assert SessionLog.objects.count() == 0


def dosage_form(prescription: PlanPrescription, sets: int) -> dict[str, str]:
    prefix = f"p{prescription.pk}"
    values = {
        "sets": sets,
        "repetitions": prescription.repetitions,
        "hold_seconds": prescription.hold_seconds,
        "pause_seconds": prescription.pause_seconds,
        "tempo_up_seconds": prescription.tempo_up_seconds,
        "tempo_down_seconds": prescription.tempo_down_seconds,
        "rest_min_seconds": prescription.rest_min_seconds,
        "rest_max_seconds": prescription.rest_max_seconds,
        "note": prescription.note,
    }
    return {f"{prefix}-{name}": "" if v is None else str(v) for name, v in values.items()}


def test_the_physiotherapists_dosage_form_takes_the_htmx_token(plan):
    prescription = plan.prescriptions.filter(phase=1).first()
    url = reverse(
        "clinic:prescription_update",
        kwargs={"plan_id": plan.pk, "prescription_id": prescription.pk},
    )
    client = csrf_client(plan.physiotherapist)
    token = htmx_token(client, reverse("clinic:plan_edit", kwargs={"plan_id": plan.pk}))
    new_sets = 2 if prescription.sets != 2 else 3

    response = client.post(
        url, dosage_form(prescription, new_sets), headers={**HTMX, "X-CSRFToken": token}
    )

    assert response.status_code == 200
    prescription.refresh_from_db()
    assert prescription.sets == new_sets


def test_the_physiotherapists_dosage_form_without_a_token_is_refused(plan):
    prescription = plan.prescriptions.filter(phase=1).first()
    url = reverse(
        "clinic:prescription_update",
        kwargs={"plan_id": plan.pk, "prescription_id": prescription.pk},
    )
    client = csrf_client(plan.physiotherapist)
    htmx_token(client, reverse("clinic:plan_edit", kwargs={"plan_id": plan.pk}))
    before = list(PlanPrescription.objects.filter(plan=plan).order_by("pk").values_list())

    response = client.post(url, dosage_form(prescription, prescription.sets + 1), headers=HTMX)

    assert_refused_for_csrf(response)
    after = list(PlanPrescription.objects.filter(plan=plan).order_by("pk").values_list())
    assert after == before
