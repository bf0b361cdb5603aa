import ast
import datetime
import json
from pathlib import Path

import pytest
from django.urls import reverse

from accounts import audit
from accounts.models import AuditEvent, User
from rehab.models import (
    RETURN_TO_SPORT_ITEMS,
    ExerciseEntry,
    PatientPlan,
    PhaseTransition,
    PlanPrescription,
    SessionLog,
)
from rehab.services.phases import complete_return_to_sport, override_phase
from tests.factories import make_patient, make_plan

pytestmark = pytest.mark.django_db

DAY = datetime.date(2026, 11, 3)


def logged_plan(patient: User, physio: User, note: str) -> PatientPlan:
    plan = make_plan(patient=patient, physiotherapist=physio)
    log = SessionLog.objects.create(
        plan=plan,
        phase=1,
        date=DAY,
        pain_during=3,
        pain_next_morning=2,
        all_sets_completed=True,
        note=note,
    )
    prescription = plan.prescriptions.get(phase=1)
    ExerciseEntry.objects.create(
        session=log,
        prescription=prescription,
        exercise=prescription.exercise,
        sets_prescribed=prescription.sets,
        sets_completed=prescription.sets,
    )
    override_phase(
        plan_id=plan.pk,
        physiotherapist=physio,
        to_phase=2,
        reason="Gaat goed, door naar fase 2.",
        today=DAY,
    )
    return plan


@pytest.fixture
def anna(physio):
    patient = make_patient(name="Anna Jansen", email="anna@example.org", physiotherapist=physio)
    logged_plan(patient, physio, note="Voelde goed.")
    return patient


@pytest.fixture
def bram(physio):
    patient = make_patient(name="Bram Bakker", email="bram@example.org", physiotherapist=physio)
    logged_plan(patient, physio, note="Geheim van Bram.")
    return patient


def test_the_download_holds_all_of_the_patients_data(client, anna, bram, physio):
    audit.record(actor=physio, action=AuditEvent.Action.RECORD_VIEW, subject=anna)
    client.force_login(anna)

    response = client.get(reverse("account_data"))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"].startswith('attachment; filename="hamstring-mijn-')
    data = json.loads(response.content)
    assert data["account"]["e-mailadres"] == "anna@example.org"
    assert data["account"]["fysiotherapeut"] == "Fenna Fysio"
    (plan,) = data["schemas"]
    assert plan["huidige_fase"] == 2
    assert plan["fysiotherapeut"] == "Fenna Fysio"
    assert len(plan["oefeningen"]) == PlanPrescription.objects.filter(plan__patient=anna).count()
    (session,) = plan["sessies"]
    assert session == {
        "datum": "2026-11-03",
        "fase": 1,
        "pijn_tijdens": 3,
        "pijn_ochtend_erna": 2,
        "alle_sets_afgemaakt": True,
        "opmerking": "Voelde goed.",
        "oefeningen": [
            {
                "oefening": "Brug op één been (single leg bridge)",
                "sets_voorgeschreven": 5,
                "sets_gedaan": 5,
            }
        ],
    }
    (transition,) = plan["faseovergangen"]
    assert transition["waarom"] == ["Gaat goed, door naar fase 2."]
    assert transition["door"] == "Fenna Fysio"
    looked = {event["wat"] for event in data["inzage_en_wijzigingen"]}
    assert {"Dossier bekeken", "Fase gewijzigd", "Gegevens gedownload"} <= looked


def test_the_download_holds_nobody_elses_data(client, anna, bram):
    client.force_login(anna)

    content = client.get(reverse("account_data")).content.decode()

    assert "bram@example.org" not in content
    assert "Geheim van Bram" not in content


def test_a_download_is_written_to_the_audit_trail(client, anna):
    client.force_login(anna)

    client.get(reverse("account_data"))

    event = AuditEvent.objects.get(action=AuditEvent.Action.DATA_EXPORT)
    assert (event.actor, event.subject) == (anna, anna)


def test_the_delete_page_asks_for_confirmation(client, anna):
    client.force_login(anna)

    response = client.get(reverse("account_delete"))

    assert response.status_code == 200
    assert "Typ je e-mailadres om te bevestigen" in response.content.decode()
    assert User.objects.filter(pk=anna.pk).exists()


@pytest.mark.parametrize(
    ("typed", "error"),
    [
        ("", "Typ je e-mailadres om het verwijderen te bevestigen."),
        ("bram@example.org", "Dit is niet het e-mailadres van je account. Typ anna@example.org."),
    ],
)
def test_without_the_right_address_nothing_is_deleted(client, anna, typed, error):
    client.force_login(anna)

    response = client.post(reverse("account_delete"), {"email": typed})

    assert response.status_code == 200
    assert response.context["form"].errors == {"email": [error]}
    assert User.objects.filter(pk=anna.pk).exists()
    assert SessionLog.objects.filter(plan__patient=anna).count() == 1
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.ACCOUNT_DELETE).exists()


def test_deleting_removes_the_account_with_its_plans_and_logs(client, anna, bram, physio):
    audit.record(actor=physio, action=AuditEvent.Action.RECORD_VIEW, subject=anna)
    client.force_login(anna)

    response = client.post(reverse("account_delete"), {"email": " Anna@Example.org "})

    assert response.status_code == 302
    assert response["Location"] == reverse("home")
    assert not User.objects.filter(pk=anna.pk).exists()
    assert not PatientPlan.objects.filter(patient_id=anna.pk).exists()
    assert SessionLog.objects.count() == 1  # Bram's
    assert PhaseTransition.objects.filter(plan__patient=bram).count() == 1
    assert ExerciseEntry.objects.filter(session__plan__patient=bram).count() == 1
    assert "_auth_user_id" not in client.session
    assert client.get(reverse("account")).status_code == 302


def test_the_audit_trail_outlives_the_account(client, anna, physio):
    audit.record(actor=physio, action=AuditEvent.Action.RECORD_VIEW, subject=anna)
    client.force_login(anna)

    client.post(reverse("account_delete"), {"email": "anna@example.org"})

    deleted = AuditEvent.objects.get(action=AuditEvent.Action.ACCOUNT_DELETE)
    viewed = AuditEvent.objects.get(action=AuditEvent.Action.RECORD_VIEW)
    assert deleted.subject is None
    assert deleted.subject_label == "Anna Jansen <anna@example.org>"
    assert deleted.actor_label == "Anna Jansen <anna@example.org>"
    assert "1 schema" in deleted.detail
    assert viewed.subject is None
    assert viewed.subject_label == "Anna Jansen <anna@example.org>"
    assert viewed.actor == physio


def test_a_physiotherapist_cannot_delete_their_account_here(client, physio):
    client.force_login(physio)

    response = client.post(reverse("account_delete"), {"email": physio.email})

    assert response.status_code == 403
    assert User.objects.filter(pk=physio.pk).exists()


def test_the_download_holds_the_return_to_sport_check(client, physio):
    patient = make_patient(name="Sanne Sprint", physiotherapist=physio)
    plan = make_plan(
        patient=patient,
        physiotherapist=physio,
        template="hamstringblessure-graad-1",
        start_phase=4,
    )
    complete_return_to_sport(
        plan_id=plan.pk,
        physiotherapist=physio,
        answers=dict.fromkeys(RETURN_TO_SPORT_ITEMS, True),
        note="Klaar voor de competitie.",
        today=DAY,
    )
    client.force_login(patient)

    (exported,) = json.loads(client.get(reverse("account_data")).content)["schemas"]

    assert exported["status"] == "Afgerond"
    (check,) = exported["terugkeer_naar_sportchecks"]
    assert check["door"] == "Fenna Fysio"
    assert check["opmerking"] == "Klaar voor de competitie."
    assert len(check["punten"]) == len(RETURN_TO_SPORT_ITEMS) and all(check["punten"].values())
    assert "Samen besloten (gedeelde besluitvorming)" in check["punten"]


def test_accounts_and_conditions_import_nothing_from_rehab():
    # The dependency rule: rehab builds on accounts and conditions, never the other way.
    root = Path(__file__).resolve().parents[2]
    offenders = []
    for app in ("accounts", "conditions"):
        for path in (root / app).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
                names = (
                    [alias.name for alias in node.names]
                    if isinstance(node, ast.Import)
                    else [node.module or ""]
                    if isinstance(node, ast.ImportFrom)
                    else []
                )
                if any(name == "rehab" or name.startswith("rehab.") for name in names):
                    offenders.append(f"{path.relative_to(root)}:{node.lineno}")
    assert offenders == []
