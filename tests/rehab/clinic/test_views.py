import datetime

import pytest
from django.test import Client
from django.urls import reverse

from accounts.models import AuditEvent
from rehab.models import (
    Exercise,
    PatientPlan,
    PhaseTransition,
    PlanPrescription,
    PlanTemplate,
    SessionLog,
    TemplatePhase,
    TemplatePrescription,
)
from tests.factories import (
    make_patient,
    make_physiotherapist,
    make_plan,
    make_stored_log,
    noon,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fixed_today")]

TODAY = datetime.date(2026, 11, 20)


@pytest.fixture
def plan(physio):
    patient = make_patient(name="Pim Patiënt", physiotherapist=physio)
    return make_plan(
        patient=patient, physiotherapist=physio, start_date=TODAY - datetime.timedelta(days=10)
    )


def log(plan: PatientPlan, days_ago: int, pain: int, morning: int | None = 1) -> SessionLog:
    return make_stored_log(plan, TODAY - datetime.timedelta(days=days_ago), pain, morning)


def assign_data(**overrides):
    return {
        "template": PlanTemplate.objects.get(slug="hamstringblessure-graad-2").pk,
        "grade": "2",
        "start_phase": "1",
        "start_date": TODAY.isoformat(),
        "max_pain": "3",
        "mode": PatientPlan.Mode.PHYSIO_APPROVES,
        **overrides,
    }


def dosage_data(prefix, **overrides):
    data = {"sets": "3", "repetitions": "10", "tempo_up_seconds": "2", "tempo_down_seconds": "2"}
    data.update(overrides)
    return {f"{prefix}-{key}": value for key, value in data.items()}


# The list


def test_the_list_shows_flags_in_words_flagged_first(physio_client, physio, plan):
    calm = make_plan(patient=make_patient(name="Anna Rustig"), physiotherapist=physio)
    log(calm, 1, pain=1)
    log(plan, 2, pain=6)
    log(plan, 1, pain=7)

    response = physio_client.get(reverse("clinic:patients"))

    html = response.content.decode()
    assert [p.full_name for p in response.context["page"]] == ["Pim Patiënt", "Anna Rustig"]
    assert "Pijn boven de 4 in de laatste 2 sessies" in html
    assert "2 patiënten." in html


def test_the_list_searches_and_answers_htmx_with_the_results_only(physio_client, plan):
    make_patient(name="Sanne de Vries", physiotherapist=plan.physiotherapist)

    page = physio_client.get(reverse("clinic:patients"), {"q": "sanne"})
    partial = physio_client.get(
        reverse("clinic:patients"),
        {"q": "sanne"},
        headers={"HX-Request": "true", "HX-Target": "patient-results"},
    )

    assert [p.full_name for p in page.context["page"]] == ["Sanne de Vries"]
    assert "<h1>" in page.content.decode()
    assert "<h1>" not in partial.content.decode()
    assert 'id="patient-results"' in partial.content.decode()
    assert "Sanne de Vries" in partial.content.decode()


def test_a_bad_page_number_shows_the_last_page(physio_client, plan):
    response = physio_client.get(reverse("clinic:patients"), {"pagina": "99"})

    assert response.status_code == 200
    assert response.context["page"].number == 1


# The record


def test_the_record_shows_plan_verdict_logs_chart_and_transitions(physio_client, physio, plan):
    log(plan, 3, pain=2)
    log(plan, 1, pain=5)
    PhaseTransition.objects.create(
        plan=plan,
        kind=PhaseTransition.Kind.STEP_BACK,
        from_phase=2,
        to_phase=1,
        created_by=physio,
        reasons="Te veel pijn bij de curl.",
    )

    response = physio_client.get(reverse("clinic:patient", kwargs={"patient_id": plan.patient_id}))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Peesklachten bij het zitbot" in html
    assert "Voldoet nog niet aan de regel" in html
    assert "boven de grens" in html
    assert 'class="pain-chart"' in html
    assert "Te veel pijn bij de curl." in html
    assert "Fenna Fysio" in html
    assert reverse("clinic:plan_edit", kwargs={"plan_id": plan.pk}) in html


def test_the_record_of_a_patient_without_a_plan_offers_one(physio_client, physio):
    patient = make_patient(physiotherapist=physio)

    response = physio_client.get(reverse("clinic:patient", kwargs={"patient_id": patient.pk}))

    assert "Deze patiënt heeft nog geen schema." in response.content.decode()
    assert reverse("clinic:plan_assign", kwargs={"patient_id": patient.pk}) in (
        response.content.decode()
    )


def test_approving_a_request_moves_the_patient_on(physio_client, plan):
    PatientPlan.objects.filter(pk=plan.pk).update(
        mode=PatientPlan.Mode.PHYSIO_APPROVES, advance_requested_at=noon(TODAY)
    )
    record = physio_client.get(reverse("clinic:patient", kwargs={"patient_id": plan.patient_id}))
    assert "Goedkeuren: door naar fase 2" in record.content.decode()

    response = physio_client.post(
        reverse("clinic:plan_approve", kwargs={"plan_id": plan.pk}), {"expected_phase": "1"}
    )

    plan.refresh_from_db()
    assert response.status_code == 302
    assert (plan.current_phase, plan.advance_requested_at) == (2, None)
    assert PhaseTransition.objects.get(plan=plan).kind == PhaseTransition.Kind.APPROVE


def test_approving_without_a_request_is_refused_with_a_message(physio_client, plan):
    response = physio_client.post(
        reverse("clinic:plan_approve", kwargs={"plan_id": plan.pk}),
        {"expected_phase": "1"},
        follow=True,
    )

    plan.refresh_from_db()
    assert plan.current_phase == 1
    assert "De patiënt heeft niet gevraagd om door te gaan." in response.content.decode()


def test_a_phase_change_needs_a_reason(physio_client, plan):
    response = physio_client.post(
        reverse("clinic:plan_phase", kwargs={"plan_id": plan.pk}), {"to_phase": "2", "reason": " "}
    )

    plan.refresh_from_db()
    assert response.status_code == 200
    assert response.context["phase_form"].errors == {
        "reason": ["Schrijf op waarom je de fase verandert."]
    }
    assert plan.current_phase == 1
    assert not PhaseTransition.objects.exists()


def test_a_phase_change_to_the_current_phase_is_refused(physio_client, plan):
    response = physio_client.post(
        reverse("clinic:plan_phase", kwargs={"plan_id": plan.pk}),
        {"to_phase": "1", "reason": "Nog even."},
    )

    assert response.context["phase_form"].errors == {"to_phase": ["Het schema staat al in fase 1."]}
    assert not PhaseTransition.objects.exists()


def test_advance_and_step_back_with_a_reason(physio_client, physio, plan):
    url = reverse("clinic:plan_phase", kwargs={"plan_id": plan.pk})

    physio_client.post(url, {"to_phase": "3", "reason": "Sterk genoeg."})
    physio_client.post(url, {"to_phase": "2", "reason": "Te veel pijn."})

    plan.refresh_from_db()
    kinds = list(
        PhaseTransition.objects.order_by("pk").values_list("kind", "from_phase", "to_phase")
    )
    assert plan.current_phase == 2
    assert kinds == [("forward", 1, 3), ("back", 3, 2)]
    assert PhaseTransition.objects.filter(created_by=physio, reasons="Te veel pijn.").exists()


def test_an_old_plan_cannot_be_reopened(physio_client, physio, plan):
    newer = make_plan(patient=plan.patient, physiotherapist=physio)
    PatientPlan.objects.filter(pk=plan.pk).update(status=PatientPlan.Status.STOPPED)

    physio_client.post(
        reverse("clinic:plan_phase", kwargs={"plan_id": plan.pk}),
        {"to_phase": "2", "reason": "Oud schema."},
    )

    plan.refresh_from_db()
    assert plan.status == PatientPlan.Status.STOPPED
    assert newer.transitions.count() == 0 == plan.transitions.count()


# Assigning a plan


def test_assigning_a_plan(physio_client, physio):
    patient = make_patient(physiotherapist=physio)

    response = physio_client.post(
        reverse("clinic:plan_assign", kwargs={"patient_id": patient.pk}), assign_data()
    )

    plan = PatientPlan.objects.get(patient=patient)
    assert response["Location"] == reverse("clinic:plan_edit", kwargs={"plan_id": plan.pk})
    assert (plan.grade, plan.max_pain, plan.mode, plan.physiotherapist) == (
        2,
        3,
        "approval",
        physio,
    )
    assert plan.prescriptions.exists()


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        (
            {"max_pain": "5"},
            "max_pain",
            "De pijngrens is hoogstens 4: meer pijn bij het oefenen is niet verstandig. "
            "Lager mag wel.",
        ),
        ({"max_pain": ""}, "max_pain", "Vul de pijngrens in, van 0 tot en met 4."),
        ({"grade": ""}, "grade", "Kies de graad van de blessure: 1, 2 of 3."),
        (
            {"start_date": "2026-11-21"},
            "start_date",
            "Een schema kan niet in de toekomst beginnen.",
        ),
        (
            {"start_date": "gisteren"},
            "start_date",
            "Vul een echte datum in, bijvoorbeeld 12-11-2026.",
        ),
        ({"template": "999"}, "template", "Kies een van de schema's hieronder."),
        (
            {"grade": "3"},
            "grade",
            "Dit schema is voor graad 2, maar je koos graad 3. Kies het schema dat bij de "
            "graad van de blessure past.",
        ),
        (
            {"template": "grade-3", "grade": "3"},
            "referral_confirmed",
            "Bevestig dat een sportarts of orthopedisch chirurg de patiënt heeft beoordeeld, "
            "zo nodig met een scan. Bij een vermoedelijke graad 3 of een losgescheurde pees "
            "(avulsie) verwijs je eerst door.",
        ),
    ],
)
def test_assigning_refuses_bad_input_with_dutch_field_errors(
    physio_client, physio, overrides, field, message
):
    patient = make_patient(physiotherapist=physio)
    if overrides.get("template") == "grade-3":
        overrides = {**overrides, "template": PlanTemplate.objects.get(grade=3).pk}

    response = physio_client.post(
        reverse("clinic:plan_assign", kwargs={"patient_id": patient.pk}), assign_data(**overrides)
    )

    assert response.status_code == 200
    assert response.context["form"].errors[field] == [message]
    assert not PatientPlan.objects.exists()
    assert f'id="id_{field}_error"' in response.content.decode()


# Adjusting a plan


def test_the_edit_page_shows_every_phase_with_its_exercises(physio_client, plan):
    response = physio_client.get(reverse("clinic:plan_edit", kwargs={"plan_id": plan.pk}))

    html = response.content.decode()
    assert [phase["number"] for phase in response.context["phases"]] == [1, 2, 3, 4]
    assert "Liggende beencurl (lying leg curl)" in html
    assert "4 × 8 herhalingen · 3 s omhoog, 3 s omlaag · 30–60 s rust" in html
    assert "Oefening toevoegen aan fase 4" in html


def test_changing_a_dosage_leaves_the_template_alone(physio_client, plan):
    before = list(TemplatePrescription.objects.values_list())
    prescription = plan.prescriptions.get(phase=2)

    response = physio_client.post(
        reverse(
            "clinic:prescription_update",
            kwargs={"plan_id": plan.pk, "prescription_id": prescription.pk},
        ),
        dosage_data(f"p{prescription.pk}", note="Met een lichter gewicht."),
    )

    prescription.refresh_from_db()
    assert response.status_code == 302
    assert response["Location"].endswith(f"#oefening-{prescription.pk}")
    assert (prescription.sets, prescription.repetitions, prescription.note) == (
        3,
        10,
        "Met een lichter gewicht.",
    )
    assert list(TemplatePrescription.objects.values_list()) == before


def test_a_bad_dosage_shows_dutch_errors_and_saves_nothing(physio_client, plan):
    prescription = plan.prescriptions.get(phase=2)
    url = reverse(
        "clinic:prescription_update",
        kwargs={"plan_id": plan.pk, "prescription_id": prescription.pk},
    )

    response = physio_client.post(
        url,
        dosage_data(f"p{prescription.pk}", sets="0", rest_min_seconds="60", rest_max_seconds="30"),
    )

    prescription.refresh_from_db()
    form = next(
        item["form"]
        for phase in response.context["phases"]
        for item in phase["items"]
        if item["prescription"].pk == prescription.pk
    )
    assert response.status_code == 200
    assert form.errors == {"sets": ["Vul een getal in van 1 tot en met 20."]}
    assert prescription.sets == 4


def test_a_cross_field_dosage_error_lands_on_its_field(physio_client, plan):
    prescription = plan.prescriptions.get(phase=2)
    url = reverse(
        "clinic:prescription_update",
        kwargs={"plan_id": plan.pk, "prescription_id": prescription.pk},
    )

    response = physio_client.post(
        url, dosage_data(f"p{prescription.pk}", rest_min_seconds="60", rest_max_seconds="30")
    )

    html = response.content.decode()
    assert "De maximale rust is korter dan de minimale rust." in html
    assert f'id="id_p{prescription.pk}-rest_max_seconds_error"' in html


def test_a_dosage_through_htmx_answers_with_the_exercise_only(physio_client, plan):
    prescription = plan.prescriptions.get(phase=2)

    response = physio_client.post(
        reverse(
            "clinic:prescription_update",
            kwargs={"plan_id": plan.pk, "prescription_id": prescription.pk},
        ),
        dosage_data(f"p{prescription.pk}"),
        headers={"HX-Request": "true"},
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert html.strip().startswith(f'<div class="prescription" id="oefening-{prescription.pk}">')
    assert "3 × 10 herhalingen" in html
    assert "Opgeslagen." in html


def test_adding_and_removing_an_exercise(physio_client, plan):
    stretch = Exercise.objects.get(slug="hip-flexor-stretch")

    added = physio_client.post(
        reverse("clinic:prescription_add", kwargs={"plan_id": plan.pk, "phase": 4}),
        {"add4-exercise": stretch.pk, "add4-sets": "2", "add4-hold_seconds": "30"},
    )
    new = plan.prescriptions.get(exercise=stretch)
    removed = physio_client.post(
        reverse(
            "clinic:prescription_remove",
            kwargs={"plan_id": plan.pk, "prescription_id": new.pk},
        )
    )

    assert added.status_code == 302
    assert (new.phase, new.sets, new.hold_seconds) == (4, 2, 30)
    assert removed.status_code == 302
    assert not plan.prescriptions.filter(exercise=stretch).exists()


def test_adding_an_exercise_that_presses_the_tendon_is_refused(physio_client, plan):
    compressive = Exercise.objects.get(slug="hamstring-stretch")
    before = list(plan.prescriptions.values_list())

    response = physio_client.post(
        reverse("clinic:prescription_add", kwargs={"plan_id": plan.pk, "phase": 4}),
        {"add4-exercise": compressive.pk, "add4-sets": "2", "add4-hold_seconds": "30"},
    )

    assert response.status_code == 200
    form = response.context["phases"][3]["add"]
    assert "drukt de pees tegen het zitbot" in form.errors["exercise"][0]
    assert 'id="id_add4-exercise_error"' in response.content.decode()
    assert list(plan.prescriptions.values_list()) == before


def test_the_edit_page_shows_each_phase_its_own_criteria(physio_client, physio):
    plan = make_plan(
        template="hamstringblessure-graad-1",
        patient=make_patient(physiotherapist=physio),
        physiotherapist=physio,
    )

    response = physio_client.get(reverse("clinic:plan_edit", kwargs={"plan_id": plan.pk}))

    page = response.content.decode()
    assert "na minstens 3 dagen in deze fase, en 3 sessies op rij" in page
    assert "na minstens 4 dagen in deze fase, en 3 sessies op rij" in page
    assert [p["criteria_form"].initial["min_days"] for p in response.context["phases"]] == [
        3,
        4,
        4,
        3,
    ]


def test_changing_a_phase_criteria(physio_client, plan):
    response = physio_client.post(
        reverse("clinic:phase_criteria", kwargs={"plan_id": plan.pk, "phase": 3}),
        {"criteria3-min_days": "10", "criteria3-qualifying_sessions": "4"},
    )

    assert response.status_code == 302
    assert response["Location"].endswith("#fase-3")
    assert (plan.phases.get(number=3).min_days, plan.phases.get(number=3).qualifying_sessions) == (
        10,
        4,
    )
    assert set(TemplatePhase.objects.filter(template=plan.template).values_list("min_days")) == {
        (7,)
    }


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"min_days": "91"}, "min_days", "Vul een getal in van 0 tot en met 90."),
        ({"min_days": ""}, "min_days", "Vul het minimale aantal dagen in."),
        (
            {"qualifying_sessions": "0"},
            "qualifying_sessions",
            "Vul een getal in van 1 tot en met 20.",
        ),
        ({"qualifying_sessions": "drie"}, "qualifying_sessions", "Vul een heel getal in."),
    ],
)
def test_phase_criteria_are_validated_in_dutch_and_nothing_is_saved(
    physio_client, plan, data, field, message
):
    values = {"min_days": "5", "qualifying_sessions": "2", **data}

    response = physio_client.post(
        reverse("clinic:phase_criteria", kwargs={"plan_id": plan.pk, "phase": 2}),
        {f"criteria2-{key}": value for key, value in values.items()},
    )

    assert response.status_code == 200
    assert response.context["phases"][1]["criteria_form"].errors[field] == [message]
    assert f'id="id_criteria2-{field}_error"' in response.content.decode()
    assert set(plan.phases.values_list("min_days", "qualifying_sessions")) == {(7, 3)}


def test_another_physiotherapists_plan_criteria_are_a_404(plan):
    other = Client()
    other.force_login(make_physiotherapist())

    response = other.post(
        reverse("clinic:phase_criteria", kwargs={"plan_id": plan.pk, "phase": 1}),
        {"criteria1-min_days": "1", "criteria1-qualifying_sessions": "1"},
    )

    assert response.status_code == 404
    assert plan.phases.get(number=1).min_days == 7


def test_a_phase_that_does_not_exist_is_a_404(physio_client, plan):
    response = physio_client.post(
        reverse("clinic:phase_criteria", kwargs={"plan_id": plan.pk, "phase": 9}),
        {"criteria9-min_days": "1", "criteria9-qualifying_sessions": "1"},
    )

    assert response.status_code == 404


def test_adding_needs_an_exercise(physio_client, plan):
    count = plan.prescriptions.count()

    response = physio_client.post(
        reverse("clinic:prescription_add", kwargs={"plan_id": plan.pk, "phase": 4}),
        {"add4-sets": "2", "add4-repetitions": "5"},
    )

    assert response.status_code == 200
    assert "Kies een oefening." in response.content.decode()
    assert plan.prescriptions.count() == count


def test_removing_the_last_exercise_of_a_phase_is_refused(physio_client, plan):
    only = plan.prescriptions.get(phase=1)

    response = physio_client.post(
        reverse(
            "clinic:prescription_remove",
            kwargs={"plan_id": plan.pk, "prescription_id": only.pk},
        ),
        follow=True,
    )

    assert "minstens één oefening" in response.content.decode()
    assert PlanPrescription.objects.filter(pk=only.pk).exists()


def test_another_physiotherapists_plan_is_a_404_and_unchanged(client, plan):
    client.force_login(make_physiotherapist())
    prescription = plan.prescriptions.get(phase=2)

    response = client.post(
        reverse(
            "clinic:prescription_update",
            kwargs={"plan_id": plan.pk, "prescription_id": prescription.pk},
        ),
        dosage_data(f"p{prescription.pk}"),
    )

    prescription.refresh_from_db()
    assert response.status_code == 404
    assert prescription.sets == 4
    assert not AuditEvent.objects.exists()


def test_a_prescription_of_another_plan_is_a_404(physio_client, physio, plan):
    other = make_plan(patient=make_patient(physiotherapist=physio), physiotherapist=physio)
    foreign = other.prescriptions.get(phase=2)

    response = physio_client.post(
        reverse(
            "clinic:prescription_update",
            kwargs={"plan_id": plan.pk, "prescription_id": foreign.pk},
        ),
        dosage_data(f"p{foreign.pk}"),
    )

    assert response.status_code == 404


def test_a_phase_outside_1_to_4_is_a_404(physio_client, plan):
    response = physio_client.post(
        reverse("clinic:prescription_add", kwargs={"plan_id": plan.pk, "phase": 5})
    )

    assert response.status_code == 404


def test_the_list_names_each_plan_kind_grade_phase_and_status(physio_client, physio, plan):
    strain = make_plan(
        patient=make_patient(name="Sanne Sprint", physiotherapist=physio),
        physiotherapist=physio,
        template="hamstringblessure-graad-2",
        start_phase=3,
    )
    stopped = make_plan(
        patient=make_patient(name="Tom Gestopt", physiotherapist=physio), physiotherapist=physio
    )
    PatientPlan.objects.filter(pk=stopped.pk).update(status=PatientPlan.Status.STOPPED)
    html = " ".join(physio_client.get(reverse("clinic:patients")).content.decode().split())

    def row(name: str) -> str:
        start = html.index(name)
        return html[start : html.index("</dl>", start)]

    assert "Peesklachten zitbot, fase 1 van 4" in row(plan.patient.full_name)
    assert "Blessure graad 2, fase 3 van 4" in row(strain.patient.full_name)
    assert "Peesklachten zitbot, gestopt" in row("Tom Gestopt")
