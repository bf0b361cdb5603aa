"""The return-to-sport checklist: a strain plan completes only with it (van der Horst et al.,
Br J Sports Med 2017); a tendinopathy plan completes as before."""

import datetime
import threading

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection, connections
from django.urls import reverse

from accounts.models import AuditEvent
from conditions.models import Reference
from rehab.models import RETURN_TO_SPORT_ITEMS, PatientPlan, PhaseTransition, ReturnToSportCheck
from rehab.queries.patients import patients
from rehab.services import phases, sessions
from tests.factories import make_patient, make_physiotherapist, make_plan, noon

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fixed_today")]

START = datetime.date(2026, 11, 1)
TODAY = datetime.date(2026, 11, 12)
NOW = noon(TODAY)  # where the fixed_today fixture stops the clock
ALL_MET = dict.fromkeys(RETURN_TO_SPORT_ITEMS, True)
LABELS = [str(label) for label, _explanation in RETURN_TO_SPORT_ITEMS.values()]
WAITING_TEXT = "Je fysiotherapeut doet samen met jou de terugkeer-naar-sportcheck"


def eligible(physio, *, template: str = "hamstringblessure-graad-2", **options) -> PatientPlan:
    """A plan in phase 4 whose patient meets the pain rule today."""
    plan = make_plan(
        patient=make_patient(name="Sanne Sprint", physiotherapist=physio),
        physiotherapist=physio,
        template=template,
        start_phase=4,
        start_date=START,
        **options,
    )
    sets = {p.pk: p.sets for p in plan.prescriptions.filter(phase=4)}
    for day in (3, 5, 8):
        entry = sessions.log_session(
            plan=plan,
            date=datetime.date(2026, 11, day),
            pain_during=2,
            sets_completed=sets,
            today=TODAY,
        )
        sessions.record_next_morning_pain(log=entry, pain=1, today=TODAY)
    return plan


def ready(physio, **options) -> PatientPlan:
    """A strain plan whose patient met the rule in phase 4 and waits for the check."""
    plan = eligible(physio, **options)
    asks = (
        phases.request_advance
        if plan.mode == PatientPlan.Mode.PHYSIO_APPROVES
        else phases.advance_phase
    )
    asks(plan_id=plan.pk, user=plan.patient, expected_phase=4, today=TODAY)
    plan.refresh_from_db()
    return plan


def complete(plan: PatientPlan, by, answers=None, note: str = "") -> PhaseTransition:
    return phases.complete_return_to_sport(
        plan_id=plan.pk,
        physiotherapist=by,
        answers=ALL_MET if answers is None else answers,
        note=note,
        today=TODAY,
    )


def check_url(plan: PatientPlan) -> str:
    return reverse("clinic:return_to_sport", kwargs={"plan_id": plan.pk})


# The flow


def test_a_strain_plan_does_not_complete_by_the_rule_in_the_last_phase(physio):
    plan = eligible(physio)

    first = phases.advance_phase(plan_id=plan.pk, user=plan.patient, expected_phase=4, today=TODAY)
    again = phases.advance_phase(plan_id=plan.pk, user=plan.patient, expected_phase=4, today=TODAY)

    plan.refresh_from_db()
    assert (plan.status, plan.current_phase) == (PatientPlan.Status.ACTIVE, 4)
    assert plan.advance_requested_at == NOW
    assert first.kind == PhaseTransition.Kind.REQUEST
    assert again == first
    assert list(plan.transitions.all()) == [first]
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.PHASE_CHANGE).exists()


def test_in_approval_mode_the_request_waits_for_the_check_not_for_an_approval(physio):
    plan = eligible(physio, mode=PatientPlan.Mode.PHYSIO_APPROVES)
    phases.request_advance(plan_id=plan.pk, user=plan.patient, expected_phase=4, today=TODAY)

    with pytest.raises(phases.ProgressionRefused, match="terugkeer-naar-sportcheck"):
        phases.approve_advance(
            plan_id=plan.pk, physiotherapist=physio, expected_phase=4, today=TODAY
        )

    plan.refresh_from_db()
    assert plan.status == PatientPlan.Status.ACTIVE
    assert plan.advance_requested_at is not None
    assert not plan.transitions.filter(kind=PhaseTransition.Kind.COMPLETE).exists()


def test_a_tendinopathy_plan_completes_by_the_rule_as_before(physio):
    plan = eligible(physio, template="tendinopathie")

    transition = phases.advance_phase(
        plan_id=plan.pk, user=plan.patient, expected_phase=4, today=TODAY
    )

    plan.refresh_from_db()
    assert transition.kind == PhaseTransition.Kind.COMPLETE
    assert plan.status == PatientPlan.Status.COMPLETED
    assert not ReturnToSportCheck.objects.exists()


def test_the_checklist_completes_the_plan_with_a_transition_and_an_audit_line(physio):
    plan = ready(physio)

    transition = complete(plan, physio, note="Sprinttest 30 m gelijk aan voor de blessure.")

    plan.refresh_from_db()
    assert plan.status == PatientPlan.Status.COMPLETED
    assert plan.advance_requested_at is None
    assert transition.kind == PhaseTransition.Kind.COMPLETE
    assert (transition.from_phase, transition.to_phase) == (4, 4)
    assert (transition.created_by, transition.created_at) == (physio, NOW)
    assert "Fenna Fysio" in transition.reason_lines[0]
    assert transition.reason_lines[1:8] == LABELS
    assert "Sprinttest 30 m" in transition.reason_lines[8]
    check = ReturnToSportCheck.objects.get()
    assert (check.plan, check.completed_by, check.completed_at) == (plan, physio, NOW)
    assert check.items == LABELS
    audit = AuditEvent.objects.get(action=AuditEvent.Action.PHASE_CHANGE)
    assert (audit.actor, audit.subject, audit.created_at) == (physio, plan.patient, NOW)
    assert "Schema afgerond: fase 4 → 4" in audit.detail
    assert LABELS[0] in audit.detail


def test_a_double_submit_makes_one_completion(physio):
    plan = ready(physio)

    first = complete(plan, physio)
    second = complete(plan, physio, note="nog een keer")

    assert second == first
    assert ReturnToSportCheck.objects.count() == 1
    assert plan.transitions.filter(kind=PhaseTransition.Kind.COMPLETE).count() == 1
    assert AuditEvent.objects.filter(action=AuditEvent.Action.PHASE_CHANGE).count() == 1


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_twenty_simultaneous_submits_make_one_completion():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL row locks; CI runs this in its PostgreSQL pass")
    physio = make_physiotherapist()
    plan = ready(physio)
    barrier = threading.Barrier(20)
    outcomes: list[object] = []

    def submit() -> None:
        try:
            barrier.wait()
            outcomes.append(complete(plan, physio).pk)
        except Exception as error:  # collected and asserted below
            outcomes.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=submit) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    completion = plan.transitions.get(kind=PhaseTransition.Kind.COMPLETE)
    assert outcomes == [completion.pk] * 20
    assert ReturnToSportCheck.objects.filter(plan=plan).count() == 1


def test_the_physiotherapist_may_do_the_check_before_the_patient_asks(physio):
    plan = make_plan(physiotherapist=physio, template="hamstringblessure-graad-2", start_phase=4)

    assert complete(plan, physio).kind == PhaseTransition.Kind.COMPLETE


@pytest.mark.parametrize("missing", list(RETURN_TO_SPORT_ITEMS))
def test_an_unmet_item_is_named_in_dutch_and_nothing_is_saved(physio, missing):
    plan = ready(physio)
    transitions = plan.transitions.count()

    with pytest.raises(ValidationError) as error:
        complete(plan, physio, answers={**ALL_MET, missing: False})

    label = RETURN_TO_SPORT_ITEMS[missing][0]
    assert error.value.message_dict[missing] == [f"Nog niet in orde: {label}."]
    assert set(error.value.message_dict) == {missing, "__all__"}
    assert "de patiënt traint door in fase 4" in error.value.message_dict["__all__"][0]
    plan.refresh_from_db()
    assert (plan.status, plan.current_phase) == (PatientPlan.Status.ACTIVE, 4)
    assert plan.transitions.count() == transitions
    assert not ReturnToSportCheck.objects.exists()
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.PHASE_CHANGE).exists()


def test_every_unmet_item_is_named(physio):
    plan = ready(physio)

    with pytest.raises(ValidationError) as error:
        complete(plan, physio, answers={})

    assert set(error.value.message_dict) == {*RETURN_TO_SPORT_ITEMS, "__all__"}


def test_only_the_own_physiotherapist_completes_the_check(physio):
    plan = ready(physio)

    with pytest.raises(PermissionDenied):
        complete(plan, make_physiotherapist())
    with pytest.raises(PermissionDenied):
        complete(plan, plan.patient)
    assert not ReturnToSportCheck.objects.exists()


@pytest.mark.parametrize(
    ("template", "phase", "message"),
    [
        ("tendinopathie", 4, "hoort bij een hamstringblessure"),
        ("hamstringblessure-graad-2", 3, "doe je in fase 4"),
    ],
)
def test_the_check_belongs_to_the_last_phase_of_a_strain_plan(physio, template, phase, message):
    plan = make_plan(physiotherapist=physio, template=template, start_phase=phase)

    with pytest.raises(phases.ProgressionRefused, match=message):
        complete(plan, physio)
    assert not ReturnToSportCheck.objects.exists()


def test_the_strain_page_names_the_criteria_and_cites_the_source(client):
    reference = Reference.objects.get(key="van-der-horst-2017")
    section = reference.sections.get()

    assert (reference.journal, reference.year) == ("Br J Sports Med", 2017)
    assert reference.title.startswith("Return to play after hamstring injuries in football")
    assert (section.condition.slug, section.anchor) == ("hamstringblessure", "hoe-lang-herstel")
    page = client.get(section.condition.get_absolute_url()).content.decode()
    assert "Wanneer mag je weer sporten?" in page
    assert "- drukken op de spier" not in page  # markdown, rendered as a list
    references = client.get(reverse("references")).content.decode()
    assert 'id="bron-van-der-horst-2017"' in references


# The physiotherapist's list and record


def test_the_list_flags_a_patient_ready_for_the_check_and_sorts_the_flag(client, physio):
    ready(physio)
    waiting = eligible(physio, template="tendinopathie", mode=PatientPlan.Mode.PHYSIO_APPROVES)
    waiting.patient.full_name = "Tim Tendinopathie"
    waiting.patient.save()
    phases.request_advance(plan_id=waiting.pk, user=waiting.patient, expected_phase=4, today=TODAY)
    make_plan(
        patient=make_patient(name="Anna Rustig", physiotherapist=physio), physiotherapist=physio
    )

    rows = patients().of_physiotherapist(physio).with_status(user=physio, today=TODAY)
    ordered = list(rows.flagged_first())

    assert [(p.full_name, p.flag_waiting, p.flag_check) for p in ordered[:2]] == [
        ("Tim Tendinopathie", True, False),
        ("Sanne Sprint", False, True),
    ]
    client.force_login(physio)
    html = client.get(reverse("clinic:patients")).content.decode()
    assert "Klaar voor de terugkeer-naar-sportcheck" in html


def test_the_record_links_to_the_check_instead_of_an_approval(client, physio):
    plan = ready(physio, mode=PatientPlan.Mode.PHYSIO_APPROVES)
    client.force_login(physio)

    html = client.get(reverse("clinic:patient", kwargs={"patient_id": plan.patient_id})).content
    html = html.decode()

    assert "Klaar voor de terugkeer-naar-sportcheck" in html
    assert f'href="{check_url(plan)}"' in html
    assert "Goedkeuren" not in html


# The physiotherapist's page


def test_the_page_shows_every_item_and_writes_a_record_view(client, physio):
    plan = ready(physio)
    client.force_login(physio)

    response = client.get(check_url(plan))

    html = response.content.decode()
    assert response.status_code == 200
    for name, (label, _explanation) in RETURN_TO_SPORT_ITEMS.items():
        assert f'name="{name}"' in html
        assert str(label) in html
    view = AuditEvent.objects.get(action=AuditEvent.Action.RECORD_VIEW)
    assert (view.actor, view.subject, view.detail) == (physio, plan.patient, check_url(plan))


def test_submitting_every_item_completes_the_plan_and_shows_the_check(client, physio):
    plan = ready(physio)
    client.force_login(physio)

    response = client.post(check_url(plan), {**dict.fromkeys(RETURN_TO_SPORT_ITEMS, "on")})
    again = client.post(check_url(plan), {**dict.fromkeys(RETURN_TO_SPORT_ITEMS, "on")})

    assert response.status_code == again.status_code == 302
    plan.refresh_from_db()
    assert plan.status == PatientPlan.Status.COMPLETED
    assert ReturnToSportCheck.objects.count() == 1
    page = client.get(response["Location"]).content.decode()
    assert "Het schema is afgerond met deze check." in page
    assert "12 november 2026" in page
    assert reverse("sheets:return_to_sport", kwargs={"plan_id": plan.pk}) in page


def test_an_incomplete_form_names_the_unmet_items_at_their_fields(client, physio):
    plan = ready(physio)
    client.force_login(physio)
    ticked = dict.fromkeys(list(RETURN_TO_SPORT_ITEMS)[:5], "on")

    response = client.post(check_url(plan), {**ticked, "note": "Nog bang om te sprinten."})

    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="error-summary"' in html
    for name in ("psychologically_ready", "shared_decision"):
        label = RETURN_TO_SPORT_ITEMS[name][0]
        assert f'id="id_{name}_error"' in html
        assert f'href="#id_{name}">Nog niet in orde: {label}.</a>' in html
    assert 'id="id_no_pain_on_palpation_error"' not in html
    assert "Nog bang om te sprinten." in html  # the form keeps what was typed
    plan.refresh_from_db()
    assert plan.status == PatientPlan.Status.ACTIVE
    assert not ReturnToSportCheck.objects.exists()


def test_a_refused_submit_on_a_plan_in_phase_3_saves_nothing(client, physio):
    plan = make_plan(physiotherapist=physio, template="hamstringblessure-graad-2", start_phase=3)
    client.force_login(physio)

    response = client.post(check_url(plan), dict.fromkeys(RETURN_TO_SPORT_ITEMS, "on"), follow=True)

    assert "Het schema staat in fase 3." in response.content.decode()
    assert not ReturnToSportCheck.objects.exists()


def test_access_to_the_page(client, physio):
    plan = ready(physio)
    tendinopathy = make_plan(physiotherapist=physio, template="tendinopathie", start_phase=4)

    assert client.get(check_url(plan)).status_code == 302  # to the login
    client.force_login(make_physiotherapist())
    assert client.get(check_url(plan)).status_code == 404
    assert client.post(check_url(plan), ALL_MET).status_code == 404
    client.force_login(plan.patient)
    assert client.get(check_url(plan)).status_code == 403
    assert client.post(check_url(plan), ALL_MET).status_code == 403
    client.force_login(physio)
    assert client.get(check_url(tendinopathy)).status_code == 404
    assert not ReturnToSportCheck.objects.exists()


# The patient's pages


def test_the_patient_hears_who_does_the_check(client, physio):
    plan = eligible(physio)
    client.force_login(plan.patient)

    before = client.get(reverse("patient:my_plan")).content.decode()
    response = client.post(
        reverse("patient:advance_phase", kwargs={"plan_id": plan.pk}), {"expected_phase": "4"}
    )
    after = client.get(response["Location"]).content.decode()

    assert "Laat je fysiotherapeut weten dat je klaar bent" in before
    assert "Rond je schema af" not in before
    assert WAITING_TEXT in after
    assert "Oefen tot dan door in deze fase." in after


def test_the_completed_page_shows_the_check_and_its_pdf(client, physio):
    plan = ready(physio)
    complete(plan, physio)
    client.force_login(plan.patient)

    html = client.get(reverse("patient:my_plan")).content.decode()

    assert "Je terugkeer-naar-sportcheck" in html
    assert "12 november 2026" in html
    assert "Fenna Fysio" in html
    for label in LABELS:
        assert label in html
    assert reverse("sheets:return_to_sport", kwargs={"plan_id": plan.pk}) in html
    assert "rustig opbouwen" not in html


def test_the_tendinopathy_completed_page_says_to_return_gradually(client, physio):
    plan = eligible(physio, template="tendinopathie", max_pain=3)
    phases.advance_phase(plan_id=plan.pk, user=plan.patient, expected_phase=4, today=TODAY)
    client.force_login(plan.patient)

    html = client.get(reverse("patient:my_plan")).content.decode()

    assert "Weer hardlopen en sporten: rustig opbouwen" in html
    assert "niet hoger dan 3 op 10" in html
    assert 'href="/bronnen/#bron-goom-2016"' in html
    assert "terugkeer-naar-sportcheck" not in html
