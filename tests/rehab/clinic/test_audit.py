"""The audit trail (NEN 7513): who opened which record, who changed which plan or phase."""

import datetime

import pytest
from django.urls import reverse

from accounts.models import AuditEvent
from tests.factories import (
    make_admin,
    make_patient,
    make_physiotherapist,
    make_plan,
    noon,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fixed_today")]

TODAY = datetime.date(2026, 11, 20)


@pytest.fixture
def plan(physio):
    return make_plan(
        patient=make_patient(name="Pim Patiënt", physiotherapist=physio),
        physiotherapist=physio,
        start_date=TODAY,
    )


def record_url(plan) -> str:
    return reverse("clinic:patient", kwargs={"patient_id": plan.patient_id})


def test_every_opening_of_a_record_is_written_down(client, physio, plan):
    client.force_login(physio)

    for _ in range(3):
        assert client.get(record_url(plan)).status_code == 200

    events = list(AuditEvent.objects.filter(action=AuditEvent.Action.RECORD_VIEW))
    assert len(events) == 3
    for event in events:
        assert (event.actor, event.subject) == (physio, plan.patient)
        assert event.actor_label == f"Fenna Fysio <{physio.email}>"
        assert event.subject_label == f"Pim Patiënt <{plan.patient.email}>"
        assert event.detail == record_url(plan)
        assert event.created_at == noon(TODAY)  # the fixed clock


def test_a_refused_opening_writes_nothing(client, plan):
    client.get(record_url(plan))
    client.force_login(make_physiotherapist())
    assert client.get(record_url(plan)).status_code == 404
    client.force_login(plan.patient)
    assert client.get(record_url(plan)).status_code == 403

    assert not AuditEvent.objects.exists()


def test_phase_changes_and_plan_changes_are_written_down(client, physio, plan):
    client.force_login(physio)
    prescription = plan.prescriptions.get(phase=1)

    client.post(
        reverse("clinic:plan_phase", kwargs={"plan_id": plan.pk}),
        {"to_phase": "2", "reason": "Klaar voor fase 2."},
    )
    client.post(
        reverse(
            "clinic:prescription_update",
            kwargs={"plan_id": plan.pk, "prescription_id": prescription.pk},
        ),
        {f"p{prescription.pk}-sets": "4", f"p{prescription.pk}-hold_seconds": "30"},
    )

    phase = AuditEvent.objects.get(action=AuditEvent.Action.PHASE_CHANGE)
    change = AuditEvent.objects.get(action=AuditEvent.Action.PLAN_CHANGE)
    assert (phase.actor, phase.subject) == (physio, plan.patient)
    assert "fase 1 → 2" in phase.detail
    assert "Klaar voor fase 2." in phase.detail
    assert (change.actor, change.subject) == (physio, plan.patient)
    assert "4 × 30 seconden vasthouden" in change.detail


def test_the_admin_shows_the_trail_read_only(client, physio, plan):
    client.force_login(physio)
    client.get(record_url(plan))
    event = AuditEvent.objects.get()
    client.force_login(make_admin())

    listing = client.get(reverse("admin:accounts_auditevent_changelist"))
    detail = client.get(reverse("admin:accounts_auditevent_change", args=[event.pk]))
    add = client.get(reverse("admin:accounts_auditevent_add"))
    edit = client.post(
        reverse("admin:accounts_auditevent_change", args=[event.pk]), {"detail": "weg"}
    )
    delete = client.post(reverse("admin:accounts_auditevent_delete", args=[event.pk]))

    assert listing.status_code == 200
    assert "Fenna Fysio" in listing.content.decode()
    assert detail.status_code == 200
    assert 'name="_save"' not in detail.content.decode()
    assert (add.status_code, edit.status_code, delete.status_code) == (403, 403, 403)
    event.refresh_from_db()
    assert event.detail == record_url(plan)
