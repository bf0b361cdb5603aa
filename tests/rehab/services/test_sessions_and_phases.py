import datetime
import threading

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection, connections

from accounts.models import AuditEvent
from rehab.models import PatientPlan, PhaseTransition, SessionLog
from rehab.reasons import sentences
from rehab.rules import SessionResult, needs_load_advice
from rehab.services import phases, sessions
from tests.factories import make_log, make_patient, make_physiotherapist, make_plan

START = datetime.date(2026, 11, 1)
TODAY = datetime.date(2026, 11, 12)


def log(plan, date, pain=2, morning=2, sets=None) -> SessionLog:
    return make_log(plan, date, today=TODAY, pain=pain, morning=morning, sets=sets)


def eligible_plan(**options) -> PatientPlan:
    plan = make_plan(start_date=START, **options)
    for day in (3, 5, 8):
        log(plan, datetime.date(2026, 11, day))
    return plan


@pytest.mark.django_db
class TestLogSession:
    def test_logs_a_session_with_its_entries(self):
        plan = make_plan(start_date=START)
        entry = log(plan, datetime.date(2026, 11, 3), morning=None)
        assert entry.phase == 1
        assert entry.all_sets_completed
        assert entry.entries.count() == 1
        assert entry.entries.get().sets_completed == 5

    def test_logging_the_same_date_again_edits_it(self):
        plan = make_plan(start_date=START)
        log(plan, datetime.date(2026, 11, 3), pain=2)
        prescription = plan.prescriptions.get(phase=1)
        log(plan, datetime.date(2026, 11, 3), pain=6, sets={prescription.pk: 3})
        entry = SessionLog.objects.get(plan=plan)
        assert (entry.pain_during, entry.all_sets_completed) == (6, False)
        assert entry.entries.get().sets_completed == 3

    @pytest.mark.parametrize(
        ("date", "pain", "sets", "field"),
        [
            (datetime.date(2026, 11, 13), 2, None, "date"),
            (datetime.date(2026, 10, 31), 2, None, "date"),
            (datetime.date(2026, 11, 3), 11, None, "pain_during"),
            (datetime.date(2026, 11, 3), -1, None, "pain_during"),
            (datetime.date(2026, 11, 3), 2, 6, "sets_"),
            (datetime.date(2026, 11, 3), 2, -1, "sets_"),
        ],
        ids=["future", "before-phase", "pain-11", "pain-negative", "too-many-sets", "negative"],
    )
    def test_bad_input_is_refused_in_dutch_and_saves_nothing(self, date, pain, sets, field):
        plan = make_plan(start_date=START)
        prescription = plan.prescriptions.get(phase=1)
        with pytest.raises(ValidationError) as error:
            sessions.log_session(
                plan=plan,
                date=date,
                pain_during=pain,
                sets_completed={prescription.pk: 5 if sets is None else sets},
                today=TODAY,
            )
        assert any(key.startswith(field) for key in error.value.message_dict)
        assert SessionLog.objects.count() == 0

    def test_a_missing_exercise_is_refused(self):
        plan = make_plan(start_date=START)
        with pytest.raises(ValidationError):
            sessions.log_session(
                plan=plan, date=TODAY, pain_during=1, sets_completed={}, today=TODAY
            )
        assert SessionLog.objects.count() == 0

    def test_a_finished_plan_takes_no_logs(self):
        plan = make_plan(start_date=START)
        PatientPlan.objects.filter(pk=plan.pk).update(status=PatientPlan.Status.COMPLETED)
        with pytest.raises(ValidationError, match="afgerond"):
            log(plan, datetime.date(2026, 11, 3))
        assert SessionLog.objects.count() == 0


@pytest.mark.django_db
class TestNextMorningPain:
    def test_added_the_next_day(self):
        plan = make_plan(start_date=START)
        entry = log(plan, datetime.date(2026, 11, 11), morning=None)
        sessions.record_next_morning_pain(log=entry, pain=3, today=TODAY)
        entry.refresh_from_db()
        assert entry.pain_next_morning == 3

    @pytest.mark.parametrize(("offset", "pain"), [(0, 3), (1, 11), (1, -2)])
    def test_refused_on_the_same_day_or_out_of_range(self, offset, pain):
        plan = make_plan(start_date=START)
        entry = log(plan, TODAY - datetime.timedelta(days=offset), morning=None)
        with pytest.raises(ValidationError):
            sessions.record_next_morning_pain(log=entry, pain=pain, today=TODAY)
        entry.refresh_from_db()
        assert entry.pain_next_morning is None


@pytest.mark.django_db
class TestAdvance:
    def test_advances_when_the_rule_allows_and_records_why(self):
        plan = eligible_plan()
        transition = phases.advance_phase(
            plan_id=plan.pk, user=plan.patient, expected_phase=1, today=TODAY
        )
        plan.refresh_from_db()
        assert (plan.current_phase, plan.phase_started) == (2, TODAY)
        assert (transition.from_phase, transition.to_phase) == (1, 2)
        assert transition.created_by == plan.patient
        assert "Je mag door naar de volgende fase." in transition.reasons
        event = AuditEvent.objects.get(action=AuditEvent.Action.PHASE_CHANGE)
        assert event.subject == plan.patient

    def test_refused_when_the_rule_says_no_and_nothing_changes(self):
        plan = make_plan(start_date=START)
        log(plan, datetime.date(2026, 11, 3))
        with pytest.raises(phases.ProgressionRefused) as refused:
            phases.advance_phase(plan_id=plan.pk, user=plan.patient, expected_phase=1, today=TODAY)
        assert "Nog 2 sessies zonder pijn boven de 4 nodig." in sentences(
            refused.value.decision.reasons
        )
        plan.refresh_from_db()
        assert plan.current_phase == 1
        assert not PhaseTransition.objects.exists()

    def test_a_repeated_click_returns_the_same_transition(self):
        plan = eligible_plan()
        first = phases.advance_phase(
            plan_id=plan.pk, user=plan.patient, expected_phase=1, today=TODAY
        )
        again = phases.advance_phase(
            plan_id=plan.pk, user=plan.patient, expected_phase=1, today=TODAY
        )
        assert first == again
        assert PhaseTransition.objects.count() == 1

    def test_another_patient_cannot_advance_the_plan(self):
        plan = eligible_plan()
        with pytest.raises(PermissionDenied):
            phases.advance_phase(
                plan_id=plan.pk, user=make_patient(), expected_phase=1, today=TODAY
            )

    def test_after_phase_four_the_plan_is_complete(self):
        plan = make_plan(start_date=START, start_phase=4)
        for day in (3, 5, 8):
            log(plan, datetime.date(2026, 11, day))
        transition = phases.advance_phase(
            plan_id=plan.pk, user=plan.patient, expected_phase=4, today=TODAY
        )
        plan.refresh_from_db()
        assert plan.status == PatientPlan.Status.COMPLETED
        assert transition.kind == PhaseTransition.Kind.COMPLETE

    def test_approval_mode_asks_and_the_physiotherapist_approves(self):
        physio = make_physiotherapist()
        plan = eligible_plan(physiotherapist=physio, mode=PatientPlan.Mode.PHYSIO_APPROVES)
        with pytest.raises(phases.ProgressionRefused):
            phases.advance_phase(plan_id=plan.pk, user=plan.patient, expected_phase=1, today=TODAY)
        phases.request_advance(plan_id=plan.pk, user=plan.patient, expected_phase=1, today=TODAY)
        plan.refresh_from_db()
        assert plan.advance_requested_at is not None
        with pytest.raises(PermissionDenied):
            phases.approve_advance(
                plan_id=plan.pk,
                physiotherapist=make_physiotherapist(),
                expected_phase=1,
                today=TODAY,
            )
        transition = phases.approve_advance(
            plan_id=plan.pk, physiotherapist=physio, expected_phase=1, today=TODAY
        )
        plan.refresh_from_db()
        assert plan.current_phase == 2
        assert plan.advance_requested_at is None
        assert transition.created_by == physio


@pytest.mark.django_db
class TestOverride:
    def test_needs_a_reason(self):
        physio = make_physiotherapist()
        plan = make_plan(start_date=START, physiotherapist=physio, start_phase=3)
        with pytest.raises(ValidationError) as error:
            phases.override_phase(
                plan_id=plan.pk, physiotherapist=physio, to_phase=2, reason="  ", today=TODAY
            )
        assert "reason" in error.value.message_dict
        plan.refresh_from_db()
        assert plan.current_phase == 3

    def test_steps_back_with_the_reason_recorded(self):
        physio = make_physiotherapist()
        plan = make_plan(start_date=START, physiotherapist=physio, start_phase=3)
        transition = phases.override_phase(
            plan_id=plan.pk,
            physiotherapist=physio,
            to_phase=2,
            reason="Meer pijn na het hardlopen.",
            today=TODAY,
        )
        assert transition.kind == PhaseTransition.Kind.STEP_BACK
        assert transition.reasons == "Meer pijn na het hardlopen."
        plan.refresh_from_db()
        assert (plan.current_phase, plan.phase_started) == (2, TODAY)

    def test_only_the_own_physiotherapist(self):
        plan = make_plan(start_date=START, physiotherapist=make_physiotherapist())
        with pytest.raises(PermissionDenied):
            phases.override_phase(
                plan_id=plan.pk,
                physiotherapist=make_physiotherapist(),
                to_phase=2,
                reason="x",
                today=TODAY,
            )


def result(day: int, during: int, morning: int | None) -> SessionResult:
    return SessionResult(
        date=datetime.date(2026, 11, day),
        all_sets_completed=True,
        pain_during=during,
        pain_next_morning=morning,
    )


@pytest.mark.parametrize(
    ("sessions", "advice"),
    [
        ([result(1, 5, 2), result(3, 2, 6)], True),
        ([result(1, 5, 2), result(3, 2, 2)], False),
        ([result(1, 2, 2), result(3, 6, None), result(5, 7, None)], True),
        ([result(3, 6, None)], False),
        ([result(1, 4, 4), result(3, 4, 4)], False),
    ],
)
def test_two_sessions_in_a_row_above_the_limit_lead_to_advice(sessions, advice):
    assert needs_load_advice(sessions=sessions, max_pain=4) is advice


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_twenty_simultaneous_advance_requests_make_one_transition():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL row locks; CI runs this in its PostgreSQL pass")
    plan = eligible_plan()
    barrier = threading.Barrier(20)
    outcomes: list[object] = []

    def click() -> None:
        try:
            barrier.wait()
            outcomes.append(
                phases.advance_phase(
                    plan_id=plan.pk, user=plan.patient, expected_phase=1, today=TODAY
                ).pk
            )
        except Exception as error:  # collected and asserted below
            outcomes.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=click) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert PhaseTransition.objects.filter(plan=plan).count() == 1
    transition = PhaseTransition.objects.get(plan=plan)
    assert outcomes == [transition.pk] * 20
    plan.refresh_from_db()
    assert plan.current_phase == 2
