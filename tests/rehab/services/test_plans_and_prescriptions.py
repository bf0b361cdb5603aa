import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from accounts.models import AuditEvent
from rehab.models import (
    Exercise,
    PatientPlan,
    PlanTemplate,
    TemplatePhase,
    TemplatePrescription,
)
from rehab.rules import ProgressionCriteria
from rehab.services.phases import update_phase_criteria
from rehab.services.plans import assign
from rehab.services.prescriptions import (
    Dosage,
    add_prescription,
    dosage_errors,
    remove_prescription,
    update_prescription,
)
from tests.factories import make_admin, make_patient, make_physiotherapist, make_plan

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 11, 20)


def template_rows() -> list[tuple]:
    return list(TemplatePrescription.objects.order_by("pk").values_list())


def assign_args(**overrides) -> dict:
    return {
        "template": PlanTemplate.objects.get(slug="hamstringblessure-graad-2"),
        "grade": 2,
        "start_phase": 1,
        "start_date": TODAY,
        "max_pain": 4,
        "mode": PatientPlan.Mode.PATIENT_ADVANCES,
        "today": TODAY,
        **overrides,
    }


@pytest.fixture
def physio():
    return make_physiotherapist()


@pytest.fixture
def plan(physio):
    return make_plan(patient=make_patient(physiotherapist=physio), physiotherapist=physio)


@pytest.mark.parametrize(
    ("dosage", "errors"),
    [
        (Dosage(sets=4, repetitions=8), {}),
        (Dosage(sets=5, hold_seconds=45, pause_seconds=1), {}),
        (Dosage(sets=0, repetitions=8), {"sets": ["Vul een getal in van 1 tot en met 20."]}),
        (
            Dosage(sets=3),
            {"repetitions": ["Vul het aantal herhalingen in, of hoe lang de patiënt vasthoudt."]},
        ),
        (
            Dosage(sets=3, repetitions=8, pause_seconds=5),
            {
                "pause_seconds": [
                    "Een pauze tussen herhalingen hoort bij vasthouden: vul ook de tijd "
                    "vasthouden in."
                ]
            },
        ),
        (
            Dosage(sets=3, repetitions=8, tempo_down_seconds=3),
            {"tempo_up_seconds": ["Vul ook het tempo omhoog in, of laat het tempo omlaag leeg."]},
        ),
        (
            Dosage(sets=3, repetitions=8, rest_min_seconds=60, rest_max_seconds=30),
            {"rest_max_seconds": ["De maximale rust is korter dan de minimale rust."]},
        ),
        (
            Dosage(sets=3, repetitions=8, rest_max_seconds=30),
            {"rest_min_seconds": ["Vul ook de minimale rust in, of laat de maximale rust leeg."]},
        ),
        (
            Dosage(sets=3, repetitions=8, note="x" * 301),
            {"note": ["Een opmerking is hoogstens 300 tekens lang."]},
        ),
    ],
)
def test_dosage_errors(dosage, errors):
    assert dosage_errors(dosage) == errors


def test_assign_copies_the_template_and_writes_the_audit_trail(physio):
    patient = make_patient()

    plan = assign(patient=patient, physiotherapist=physio, **assign_args(start_phase=2))

    assert (plan.current_phase, plan.grade, plan.physiotherapist) == (2, 2, physio)
    assert (
        plan.prescriptions.count()
        == TemplatePrescription.objects.filter(
            phase__template__slug="hamstringblessure-graad-2"
        ).count()
    )
    assert list(plan.phases.values_list("number", "min_days", "qualifying_sessions")) == [
        (1, 7, 3),
        (2, 10, 3),
        (3, 10, 3),
        (4, 8, 3),
    ]
    event = AuditEvent.objects.get(action=AuditEvent.Action.PLAN_CHANGE)
    assert (event.actor, event.subject) == (physio, patient)
    assert "begint in fase 2" in event.detail


def test_assign_stops_the_earlier_active_plan(physio, plan):
    new = assign(patient=plan.patient, physiotherapist=physio, **assign_args())

    plan.refresh_from_db()
    assert plan.status == PatientPlan.Status.STOPPED
    assert new.is_active


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"max_pain": 5}, "max_pain", "De pijngrens is hoogstens 4"),
        ({"grade": None}, "grade", "Kies de graad van de blessure: 1, 2 of 3."),
        ({"start_phase": 5}, "start_phase", "Kies fase 1, 2, 3 of 4."),
        ({"start_date": TODAY + datetime.timedelta(days=1)}, "start_date", "toekomst"),
        ({"start_date": TODAY - datetime.timedelta(days=400)}, "start_date", "een jaar"),
        ({"grade": 1}, "grade", "Dit schema is voor graad 2, maar je koos graad 1."),
        (
            {"template": lambda: PlanTemplate.objects.get(grade=3), "grade": 3},
            "referral_confirmed",
            "Bevestig dat een sportarts of orthopedisch chirurg",
        ),
        (
            {"template": lambda: PlanTemplate.objects.get(slug="tendinopathie"), "grade": 3},
            "grade",
            "Laat de graad leeg",
        ),
        ({"mode": "vanzelf"}, "mode", "Kies hoe de patiënt"),
    ],
)
def test_assign_refuses_bad_input_and_saves_nothing(physio, overrides, field, message):
    patient = make_patient()

    overrides = {key: value() if callable(value) else value for key, value in overrides.items()}
    with pytest.raises(ValidationError) as refused:
        assign(patient=patient, physiotherapist=physio, **assign_args(**overrides))

    assert message in " ".join(refused.value.message_dict[field])
    assert not PatientPlan.objects.exists()
    assert not AuditEvent.objects.exists()


def test_a_tendinopathy_plan_has_no_grade_and_its_seven_days_and_three_sessions(physio):
    template = PlanTemplate.objects.get(slug="tendinopathie")

    plan = assign(
        patient=make_patient(), physiotherapist=physio, **assign_args(template=template, grade=None)
    )

    assert plan.grade is None
    assert set(plan.phases.values_list("min_days", "qualifying_sessions")) == {(7, 3)}


def test_a_grade_3_plan_starts_after_the_referral_is_confirmed(physio):
    start = TODAY - datetime.timedelta(days=3)

    plan = assign(
        patient=make_patient(),
        physiotherapist=physio,
        **assign_args(
            template=PlanTemplate.objects.get(grade=3),
            grade=3,
            referral_confirmed=True,
            start_date=start,
        ),
    )

    assert (plan.grade, plan.phase_started) == (3, start)
    assert "sportarts of orthopedisch chirurg" in AuditEvent.objects.get().detail


def test_phase_criteria_change_in_the_plan_and_never_in_the_template(physio, plan):
    template_phases = list(TemplatePhase.objects.values_list())

    update_phase_criteria(
        plan_id=plan.pk, physiotherapist=physio, number=2, min_days=10, qualifying_sessions=4
    )

    plan.refresh_from_db()
    assert plan.criteria == ProgressionCriteria(qualifying_sessions=3, min_days_in_phase=7)
    assert list(plan.phases.filter(number=2).values_list("min_days", "qualifying_sessions")) == [
        (10, 4)
    ]
    assert list(TemplatePhase.objects.values_list()) == template_phases
    assert "fase 2: 4 sessies op rij, minimaal 10 dagen" in AuditEvent.objects.get().detail


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"min_days": 91, "qualifying_sessions": 3}, "min_days"),
        ({"min_days": 7, "qualifying_sessions": 0}, "qualifying_sessions"),
        ({"min_days": 7, "qualifying_sessions": 21}, "qualifying_sessions"),
    ],
)
def test_phase_criteria_outside_the_rule_ranges_are_refused(physio, plan, values, field):
    with pytest.raises(ValidationError) as refused:
        update_phase_criteria(plan_id=plan.pk, physiotherapist=physio, number=1, **values)

    assert "Vul een getal in van" in refused.value.message_dict[field][0]
    assert set(plan.phases.values_list("min_days", "qualifying_sessions")) == {(7, 3)}
    assert not AuditEvent.objects.exists()


def test_another_physiotherapist_may_not_change_the_criteria(plan):
    with pytest.raises(PermissionDenied):
        update_phase_criteria(
            plan_id=plan.pk,
            physiotherapist=make_physiotherapist(),
            number=1,
            min_days=1,
            qualifying_sessions=1,
        )


def test_an_exercise_that_presses_the_tendon_never_enters_a_tendinopathy_plan(physio, plan):
    compressive = Exercise.objects.get(slug="hamstring-stretch")
    assert compressive.compresses_tendon
    before = list(plan.prescriptions.values_list())

    with pytest.raises(ValidationError) as refused:
        add_prescription(
            plan_id=plan.pk,
            physiotherapist=physio,
            phase=1,
            exercise=compressive,
            dosage=Dosage(sets=2, hold_seconds=30),
        )

    assert "drukt de pees tegen het zitbot" in refused.value.message_dict["exercise"][0]
    assert list(plan.prescriptions.values_list()) == before
    assert not AuditEvent.objects.exists()


def test_a_patient_cannot_assign(plan):
    with pytest.raises(PermissionDenied):
        assign(patient=make_patient(), physiotherapist=plan.patient, **assign_args())


def test_update_changes_the_plan_and_never_the_template(physio, plan):
    before = template_rows()
    prescription = plan.prescriptions.get(phase=2)

    updated = update_prescription(
        plan_id=plan.pk,
        prescription_id=prescription.pk,
        physiotherapist=physio,
        dosage=Dosage(sets=3, repetitions=10, tempo_up_seconds=2, note="Lichter gewicht."),
    )

    assert (updated.sets, updated.repetitions, updated.tempo_up_seconds) == (3, 10, 2)
    assert updated.rest_min_seconds is None
    assert template_rows() == before
    event = AuditEvent.objects.get(action=AuditEvent.Action.PLAN_CHANGE)
    assert "4 × 8 herhalingen" in event.detail
    assert "3 × 10 herhalingen" in event.detail


def test_update_refuses_a_bad_dosage_and_saves_nothing(physio, plan):
    prescription = plan.prescriptions.get(phase=2)

    with pytest.raises(ValidationError):
        update_prescription(
            plan_id=plan.pk,
            prescription_id=prescription.pk,
            physiotherapist=physio,
            dosage=Dosage(sets=30, repetitions=8),
        )

    prescription.refresh_from_db()
    assert prescription.sets == 4
    assert not AuditEvent.objects.exists()


def test_another_physiotherapist_may_not_change_the_plan(plan):
    prescription = plan.prescriptions.get(phase=2)

    with pytest.raises(PermissionDenied):
        update_prescription(
            plan_id=plan.pk,
            prescription_id=prescription.pk,
            physiotherapist=make_physiotherapist(),
            dosage=Dosage(sets=1, repetitions=1),
        )


def test_an_admin_may_change_any_plan(plan):
    prescription = plan.prescriptions.get(phase=2)

    update_prescription(
        plan_id=plan.pk,
        prescription_id=prescription.pk,
        physiotherapist=make_admin(),
        dosage=Dosage(sets=2, repetitions=6),
    )

    prescription.refresh_from_db()
    assert prescription.sets == 2


def test_a_finished_plan_cannot_change(physio, plan):
    PatientPlan.objects.filter(pk=plan.pk).update(status=PatientPlan.Status.COMPLETED)

    with pytest.raises(ValidationError):
        remove_prescription(
            plan_id=plan.pk,
            prescription_id=plan.prescriptions.get(phase=2).pk,
            physiotherapist=physio,
        )


def test_add_and_remove_an_exercise(physio, plan):
    before = template_rows()
    stretch = Exercise.objects.get(slug="plank")

    added = add_prescription(
        plan_id=plan.pk,
        physiotherapist=physio,
        phase=1,
        exercise=stretch,
        dosage=Dosage(sets=2, hold_seconds=30),
    )
    phase_one = list(plan.prescriptions.filter(phase=1).order_by("order"))
    remove_prescription(plan_id=plan.pk, prescription_id=phase_one[0].pk, physiotherapist=physio)

    assert phase_one[-1] == added
    assert list(plan.prescriptions.filter(phase=1)) == [added]
    assert template_rows() == before
    details = list(AuditEvent.objects.values_list("detail", flat=True))
    assert any(d.startswith("Oefening toegevoegd: fase 1, Plank") for d in details)
    assert any(d.startswith("Oefening verwijderd: fase 1, Brug op één been") for d in details)


def test_the_last_exercise_of_a_phase_stays(physio, plan):
    only = plan.prescriptions.get(phase=1)

    with pytest.raises(ValidationError) as refused:
        remove_prescription(plan_id=plan.pk, prescription_id=only.pk, physiotherapist=physio)

    assert "minstens één oefening" in refused.value.messages[0]
    assert plan.prescriptions.filter(pk=only.pk).exists()
