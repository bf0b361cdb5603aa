"""The printed return-to-sport checklist: a PDF through the exercise sheet's machinery."""

import datetime
import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from accounts.models import AuditEvent
from rehab.models import RETURN_TO_SPORT_ITEMS, PatientPlan
from rehab.services import phases
from tests.factories import make_admin, make_patient, make_physiotherapist, make_plan

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fixed_today")]

TODAY = datetime.date(2026, 11, 12)
LABELS = [str(label) for label, _explanation in RETURN_TO_SPORT_ITEMS.values()]


@pytest.fixture
def plan(physio) -> PatientPlan:
    """A strain plan completed with the checklist, today."""
    plan = make_plan(
        patient=make_patient(name="Sanne Sprint", physiotherapist=physio),
        physiotherapist=physio,
        template="hamstringblessure-graad-2",
        start_phase=4,
    )
    phases.complete_return_to_sport(
        plan_id=plan.pk,
        physiotherapist=physio,
        answers=dict.fromkeys(RETURN_TO_SPORT_ITEMS, True),
        note="Trainer Kees was erbij.",
        today=TODAY,
    )
    return plan


def pdf_url(plan: PatientPlan) -> str:
    return reverse("sheets:return_to_sport", kwargs={"plan_id": plan.pk})


def html_url(plan: PatientPlan) -> str:
    return reverse("sheets:return_to_sport_html", kwargs={"plan_id": plan.pk})


def pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_the_patient_prints_the_check_with_its_items_date_and_physiotherapist(client, plan):
    client.force_login(plan.patient)

    response = client.get(pdf_url(plan))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        'inline; filename="terugkeer-naar-sport-2026-11-12.pdf"'
    )
    assert "private" in response["Cache-Control"]
    text = pdf_text(response.content)
    assert "Terugkeer naar sport" in text
    for label in LABELS:
        assert label in text
    assert "Op 12 november 2026 deed Fenna Fysio samen met de patiënt" in text
    assert "Sanne Sprint" in text
    assert "Trainer Kees was erbij." in text
    assert "van der Horst et al., Br J Sports Med 2017" in text
    reader = PdfReader(io.BytesIO(response.content))
    assert reader.trailer["/Root"]["/Lang"] == "nl"
    assert reader.metadata.title == "Terugkeer naar sport – Sanne Sprint"
    assert len(reader.pages) == 1


def test_a_repeat_download_is_a_304_with_the_same_etag(client, plan):
    client.force_login(plan.patient)
    first = client.get(pdf_url(plan))

    repeat = client.get(pdf_url(plan), headers={"If-None-Match": first["ETag"]})

    assert repeat.status_code == 304
    assert repeat["ETag"] == first["ETag"]


def test_the_print_view_shows_the_same_check_with_a_pdf_link(client, plan):
    client.force_login(plan.patient)

    html = client.get(html_url(plan)).content.decode()

    assert "<h1>Terugkeer naar sport</h1>" in html
    assert f'href="{pdf_url(plan)}"' in html
    for label in LABELS:
        assert label in html


def test_the_physiotherapist_prints_it_from_the_record_and_the_view_is_audited(
    client, physio, plan
):
    client.force_login(physio)

    record = client.get(reverse("clinic:patient", kwargs={"patient_id": plan.patient_id}))
    response = client.get(pdf_url(plan))

    assert f'href="{pdf_url(plan)}"' in record.content.decode()
    assert response.status_code == 200
    views = AuditEvent.objects.filter(action=AuditEvent.Action.RECORD_VIEW).order_by("pk")
    sheet_view = views.last()
    assert (sheet_view.actor, sheet_view.subject, sheet_view.detail) == (
        physio,
        plan.patient,
        pdf_url(plan),
    )


def test_the_patients_own_download_writes_no_audit_line(client, plan):
    client.force_login(plan.patient)
    client.get(pdf_url(plan))

    assert not AuditEvent.objects.filter(action=AuditEvent.Action.RECORD_VIEW).exists()


@pytest.mark.parametrize("url", [pdf_url, html_url], ids=["pdf", "html"])
def test_only_the_patient_their_physiotherapist_and_an_admin_see_it(client, plan, url):
    assert client.get(url(plan))["Location"].startswith("/account/inloggen/")
    for stranger in (make_patient(), make_physiotherapist()):
        client.force_login(stranger)
        assert client.get(url(plan)).status_code == 404
    for allowed in (plan.patient, plan.physiotherapist, make_admin()):
        client.force_login(allowed)
        assert client.get(url(plan)).status_code == 200


def test_a_plan_without_a_check_has_no_printed_check(client, physio):
    strain = make_plan(physiotherapist=physio, template="hamstringblessure-graad-2", start_phase=4)
    client.force_login(strain.patient)

    assert client.get(pdf_url(strain)).status_code == 404
    assert client.get(html_url(strain)).status_code == 404
