"""The outcome measures: when they are asked, what the patient fills in, the charts, the
change against each measure's MCID, the physiotherapist's part and the FHIR export."""

import datetime
import json

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from fhir.resources.R4B.bundle import Bundle

from accounts.models import AuditEvent
from rehab import fhir
from rehab.models import OutcomeMeasurement, PatientPlan, PskActivity, PskScore, SessionLog
from rehab.outcome_charts import outcome_chart
from rehab.outcome_rules import gpe_improved, mean, nprs_change, psk_change
from rehab.queries.outcomes import outcomes, progress_lines
from rehab.queries.patients import patients
from rehab.services import outcomes as service
from rehab.services import phases
from tests.factories import make_patient, make_physiotherapist, make_plan

pytestmark = pytest.mark.django_db

START = datetime.date(2026, 11, 1)
Moment = OutcomeMeasurement.Moment


@pytest.fixture
def physio():
    return make_physiotherapist(name="Fysio F")


@pytest.fixture
def plan(physio, travel_to) -> PatientPlan:
    travel_to(START)
    return make_plan(physiotherapist=physio, start_date=START)


def fill(plan, day, scores, pain, gpe=None, activities=None):
    return service.record_measurement(
        measurement_id=plan.measurements.get(completed_on__isnull=True).pk,
        patient=plan.patient,
        activities=activities or {},
        scores=scores,
        pain=pain,
        global_effect=gpe,
        today=day,
    )


def rows() -> tuple:
    return (
        OutcomeMeasurement.objects.completed().count(),
        PskActivity.objects.count(),
        PskScore.objects.count(),
    )


# The schedule


def test_a_new_plan_asks_the_start_measurement_at_that_moment(plan):
    (measurement,) = plan.measurements.all()
    assert measurement.moment == Moment.START and measurement.is_open
    assert measurement.closes_phase is None
    assert measurement.requested_at.date() == START


def test_a_phase_change_and_the_completion_each_ask_one_closing_their_phase(
    plan, physio, travel_to
):
    fill(plan, START, {1: 7}, 6, activities={1: "Traplopen"})
    later = START + datetime.timedelta(days=10)
    travel_to(later)
    phases.override_phase(
        plan_id=plan.pk, physiotherapist=physio, to_phase=2, reason="Gaat goed", today=later
    )
    opened = plan.measurements.get(completed_on__isnull=True)
    assert (opened.moment, opened.closes_phase, opened.requested_at.date()) == (
        Moment.PHASE_CHANGE,
        1,
        later,
    )
    fill(plan, later, {1: 5}, 4, gpe=3)
    phases.override_phase(
        plan_id=plan.pk, physiotherapist=physio, to_phase=4, reason="Sneller", today=later
    )
    fill(plan, later, {1: 4}, 3, gpe=3)
    plan.refresh_from_db()
    PatientPlan.objects.filter(pk=plan.pk).update(
        mode=PatientPlan.Mode.PHYSIO_APPROVES,
        advance_requested_at=datetime.datetime(2026, 11, 11, 12, tzinfo=datetime.UTC),
    )
    phases.approve_advance(plan_id=plan.pk, physiotherapist=physio, expected_phase=4, today=later)
    done = plan.measurements.get(completed_on__isnull=True)
    assert (done.moment, done.closes_phase) == (Moment.COMPLETION, 4)


def test_on_request_and_never_two_open_at_once(plan, physio):
    assert (
        service.request_measurement(plan_id=plan.pk, physiotherapist=physio).moment == Moment.START
    )
    fill(plan, START, {1: 7}, 6, activities={1: "Traplopen"})
    asked = service.request_measurement(plan_id=plan.pk, physiotherapist=physio)
    assert (asked.moment, asked.requested_by) == (Moment.ON_REQUEST, physio)
    assert plan.measurements.open().count() == 1
    assert AuditEvent.objects.filter(
        action=AuditEvent.Action.PLAN_CHANGE, detail__startswith="Meting gevraagd"
    ).exists()


# What the patient fills in


def test_the_gpe_is_asked_from_the_second_measurement_on(plan):
    first = plan.measurements.get()
    assert not service.asks_global_effect(first)
    fill(plan, START, {1: 7}, 6, gpe=2, activities={1: "Traplopen"})
    assert plan.measurements.get().global_effect is None  # not asked, not stored
    plan.measurements.create(moment=Moment.ON_REQUEST, requested_at=first.requested_at)
    with pytest.raises(ValidationError) as error:
        fill(plan, START, {1: 5}, 4)
    assert "global_effect" in error.value.message_dict


@pytest.mark.parametrize(
    ("activities", "scores", "pain", "field", "message"),
    [
        ({1: "Traplopen"}, {1: 11}, 5, "score_1", "Kies een score van 0 tot en met 10."),
        (
            {1: "Traplopen"},
            {1: 5},
            -1,
            "pain",
            "Kies hoeveel pijn je nu meestal hebt, van 0 tot en met 10.",
        ),
        (
            {1: "A", 2: "B", 3: "C", 4: "D"},
            {1: 1, 2: 2, 3: 3},
            5,
            "activities",
            "Kies hoogstens 3 activiteiten.",
        ),
        (
            {1: "Traplopen", 2: "  "},
            {1: 5, 2: 4},
            5,
            "activity_2",
            "Schrijf op bij welke activiteit deze score hoort.",
        ),
        (
            {},
            {},
            5,
            "activity_1",
            "Schrijf minstens één activiteit op die moeilijk gaat door je klacht.",
        ),
    ],
)
def test_bad_answers_give_a_dutch_message_and_save_nothing(
    plan, activities, scores, pain, field, message
):
    before = rows()
    with pytest.raises(ValidationError) as error:
        fill(plan, START, scores, pain, activities=activities)
    assert message in error.value.message_dict[field]
    assert rows() == before


def test_the_form_page_shows_the_errors_per_field_and_saves_nothing(plan, client):
    client.force_login(plan.patient)
    url = reverse("patient:measurement", kwargs={"measurement_id": plan.measurements.get().pk})
    page = client.get(url)
    assert page.status_code == 200 and "<legend>Hoeveel pijn heb je nu meestal" in page.text
    data = {
        "activity_1": "Traplopen",
        "score_1": "11",
        "activity_2": "Zitten",
        "score_2": "4",
        "activity_3": "Lopen",
        "pain": "5",
        "activity_4": "Fietsen",
    }
    answer = client.post(url, data)
    assert answer.status_code == 200
    assert "Kies een score van 0 tot en met 10." in answer.text
    assert "Kies hoogstens 3 activiteiten." in answer.text
    assert rows() == (0, 0, 0)
    saved = client.post(url, {"activity_1": "Traplopen", "score_1": "7", "pain": "6"})
    assert saved.status_code == 302 and rows() == (1, 1, 1)


def test_the_activities_stay_the_same_and_the_patient_sees_progress_in_words(plan, client):
    fill(plan, START, {1: 7, 2: 8}, 6, activities={1: "Traplopen", 2: "Lang zitten"})
    service.request_measurement(plan_id=plan.pk, physiotherapist=plan.physiotherapist)
    fill(
        plan, START + datetime.timedelta(days=20), {1: 3, 2: 8}, 2, gpe=2, activities={1: "Anders"}
    )
    assert list(plan.psk_activities.values_list("name", flat=True)) == ["Traplopen", "Lang zitten"]
    client.force_login(plan.patient)
    page = client.get(reverse("patient:my_plan")).text
    assert "Traplopen: van 7 naar 3" in page and "Pijn: van 6 naar 2" in page


# Charts, table and the MCID


def test_the_chart_puts_lower_scores_lower_and_leaves_gaps():
    day = datetime.date(2026, 1, 1)
    dates = [day, day + datetime.timedelta(days=7), day + datetime.timedelta(days=14)]
    chart = outcome_chart(
        dates, [("Traplopen", [10, None, 0]), ("Zitten", [5, 5, 5])], low=0, high=10
    )
    first, second = chart.lines
    assert [m.y for m in first.marks] == [chart.top, chart.bottom]
    assert first.path == ""  # two points with a gap between them: no line across
    assert second.path.count("L") == 2 and second.shape == "square"
    assert [d.date for d in chart.dates] == dates
    with pytest.raises(ValueError):
        outcome_chart(dates, [("x", [11, 1, 1])], low=0, high=10)


@pytest.mark.parametrize(
    ("start", "latest", "important"),
    [(6, 4, True), (6, 5, False), (3, 2, True), (2, 4, True), (0, 1, False)],
)
def test_pain_counts_at_two_points_or_thirty_percent(start, latest, important):
    assert nprs_change(start, latest).important is important


def test_psk_counts_at_1_3_points_and_gpe_at_much_better():
    assert psk_change(7, 5.7).important and not psk_change(7, 5.8).important
    assert psk_change(mean([7, 8]), mean([5, 6])).improvement == 2.0
    assert gpe_improved(2) and not gpe_improved(3)


def test_the_record_shows_charts_table_and_the_change_against_the_mcid(plan, physio, client):
    fill(plan, START, {1: 7, 2: 8}, 6, activities={1: "Traplopen", 2: "Lang zitten"})
    service.request_measurement(plan_id=plan.pk, physiotherapist=physio)
    fill(plan, START + datetime.timedelta(days=20), {1: 3, 2: 7}, 5, gpe=2)
    client.force_login(physio)
    page = client.get(reverse("clinic:patient", kwargs={"patient_id": plan.patient_id})).text
    assert page.count('class="outcome-chart"') == 3
    section = page[page.index('id="metingen"') :]
    assert '<th scope="row">Traplopen</th>' in section
    assert "ja, verbeterd" in section  # Traplopen 7 → 3, GPE "veel beter"
    assert "(grens: 2 punten of 30%)" in section and "(grens: 1,3 punten)" in section
    result = outcomes(plan)
    assert [c.change.important for c in result.activity_changes] == [True, False]
    assert not result.pain_change.important  # 6 → 5
    assert progress_lines(result)[0] == "Traplopen: van 7 naar 3"


def test_the_physiotherapist_corrects_an_activity_and_bad_wording_is_refused(plan, physio, client):
    fill(plan, START, {1: 7}, 6, activities={1: "traplopn"})
    activity = plan.psk_activities.get()
    client.force_login(physio)
    url = reverse("clinic:activity_rename", kwargs={"plan_id": plan.pk, "activity_id": activity.pk})
    refused = client.post(url, {f"activity-{activity.pk}-name": "  "})
    assert "Schrijf de activiteit op" in refused.text
    client.post(url, {f"activity-{activity.pk}-name": "Traplopen"})
    activity.refresh_from_db()
    assert activity.name == "Traplopen" and activity.scores.get().score == 7


def test_the_patient_list_flags_six_weeks_without_a_measurement(plan, physio, travel_to):
    fill(plan, START, {1: 7}, 6, activities={1: "Traplopen"})
    for days, flagged in ((41, False), (43, True)):
        today = START + datetime.timedelta(days=days)
        travel_to(today)
        row = patients().of_physiotherapist(physio).with_status(user=physio, today=today).get()
        assert row.flag_unmeasured is flagged


# FHIR


def _demo_patient():
    from io import StringIO

    from django.core.management import call_command

    call_command("create_demo_data", stdout=StringIO())
    return PatientPlan.objects.get(patient__email="patient@example.org").patient


def test_the_fhir_bundle_of_the_demo_patient_validates_and_pain_round_trips(travel_to):
    travel_to(datetime.date(2026, 11, 20))
    patient = _demo_patient()
    bundle = Bundle.model_validate_json(fhir.bundle_json(patient))
    kinds = {entry.resource.get_resource_type() for entry in bundle.entry}
    assert kinds == {"Patient", "Observation", "QuestionnaireResponse", "CarePlan"}
    pains = {}
    for entry in bundle.entry:
        resource = entry.resource
        if resource.get_resource_type() == "Observation":
            codes = [(coding.system, coding.code) for coding in resource.code.coding]
            assert codes == [
                ("http://loinc.org", "72514-3"),
                ("http://snomed.info/sct", "225908003"),
            ]
            pains[(resource.code.text, str(resource.effectiveDateTime))] = resource.valueInteger
    expected = {}
    for log in SessionLog.objects.filter(plan__patient=patient):
        expected[(fhir.PAIN_DURING, log.date.isoformat())] = log.pain_during
        if log.pain_next_morning is not None:
            morning = log.date + datetime.timedelta(days=1)
            expected[(fhir.PAIN_NEXT_MORNING, morning.isoformat())] = log.pain_next_morning
    for m in OutcomeMeasurement.objects.completed().filter(plan__patient=patient):
        expected[(fhir.PAIN_AT_MEASUREMENT, m.completed_on.isoformat())] = m.pain
    assert pains == expected
    care_plan = next(
        e.resource for e in bundle.entry if e.resource.get_resource_type() == "CarePlan"
    )
    assert [a.detail.status for a in care_plan.activity] == [
        "completed",
        "in-progress",
        "not-started",
        "not-started",
    ]


def test_both_fhir_downloads_write_an_audit_line(plan, physio, client):
    client.force_login(plan.patient)
    answer = client.get(reverse("account_download", kwargs={"key": "fhir"}))
    assert answer["Content-Type"].startswith("application/fhir+json")
    assert json.loads(answer.content)["resourceType"] == "Bundle"
    client.force_login(physio)
    answer = client.get(reverse("clinic:patient_fhir", kwargs={"patient_id": plan.patient_id}))
    assert answer.status_code == 200
    exports = AuditEvent.objects.filter(action=AuditEvent.Action.DATA_EXPORT, subject=plan.patient)
    assert [e.actor for e in exports.order_by("pk")] == [plan.patient, physio]


def test_another_patients_measurement_and_export_are_404(plan, client):
    other = make_patient()
    client.force_login(other)
    url = reverse("patient:measurement", kwargs={"measurement_id": plan.measurements.get().pk})
    assert client.get(url).status_code == 404
    client.force_login(make_physiotherapist())
    assert (
        client.get(
            reverse("clinic:patient_fhir", kwargs={"patient_id": plan.patient_id})
        ).status_code
        == 404
    )
