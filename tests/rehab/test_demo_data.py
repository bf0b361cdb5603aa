import datetime
from io import StringIO

import pytest
from django.core.management import call_command

from accounts.models import AuditEvent, User
from rehab.models import PatientPlan, PhaseTransition, SessionLog
from rehab.queries.plans import plan_overview
from rehab.reasons import sentences

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fixed_today")]

TODAY = datetime.date(2026, 11, 20)


def run() -> str:
    out = StringIO()
    call_command("create_demo_accounts", stdout=StringIO())
    call_command("create_demo_data", stdout=out)
    return out.getvalue()


def snapshot() -> tuple:
    return (
        User.objects.count(),
        PatientPlan.objects.count(),
        SessionLog.objects.count(),
        PhaseTransition.objects.count(),
        AuditEvent.objects.count(),
        tuple(SessionLog.objects.order_by("pk").values_list("pain_during", "pain_next_morning")),
    )


def plan_of(email: str) -> PatientPlan:
    return PatientPlan.objects.select_related("template", "physiotherapist").get(
        patient__email=email
    )


def test_running_it_again_changes_nothing():
    run()
    first = snapshot()
    run()
    assert snapshot() == first


def test_it_prints_the_logins():
    output = run()
    for email in ("patient@example.org", "sanne@example.org", "omar@example.org"):
        assert email in output
    assert "hamstring-demo" in output and "fysio@example.org" in output


def test_the_demo_patient_is_in_phase_two_on_track():
    run()
    plan = plan_of("patient@example.org")
    assert plan.template.slug == "tendinopathie"
    assert plan.physiotherapist.email == "fysio@example.org"
    assert (plan.current_phase, plan.phase_started) == (2, TODAY - datetime.timedelta(days=8))
    dates = list(plan.logs.order_by("date").values_list("date", "phase"))
    assert dates[0] == (TODAY - datetime.timedelta(days=15), 1)
    assert dates[-1] == (TODAY - datetime.timedelta(days=1), 2)
    transition = plan.transitions.get()
    assert (transition.kind, transition.from_phase, transition.to_phase) == ("advance", 1, 2)
    assert transition.created_at.date() == TODAY - datetime.timedelta(days=8)

    overview = plan_overview(plan, today=TODAY)
    assert overview.decision.qualifying_streak == 2
    assert not overview.decision.may_advance
    assert "Nog 1 sessie zonder pijn boven de 4 nodig." in sentences(overview.decision.reasons)
    assert overview.missing_morning.date == TODAY - datetime.timedelta(days=1)
    assert not overview.load_advice


def test_sanne_is_flagged_for_pain():
    run()
    user = User.objects.get(email="sanne@example.org")
    assert user.full_name == "Sanne de Vries" and user.check_password("hamstring-demo")
    plan = plan_of("sanne@example.org")
    assert (plan.condition, plan.grade) == ("strain", 2)
    assert plan.physiotherapist.email == "fysio@example.org"
    assert list(plan.logs.order_by("-date").values_list("pain_during", flat=True)[:2]) == [7, 6]
    assert plan_overview(plan, today=TODAY).load_advice


def test_omar_meets_the_rule_and_has_asked():
    run()
    user = User.objects.get(email="omar@example.org")
    assert user.full_name == "Omar Benali" and user.check_password("hamstring-demo")
    plan = plan_of("omar@example.org")
    assert plan.mode == PatientPlan.Mode.PHYSIO_APPROVES
    assert plan.advance_requested_at is not None
    assert plan.transitions.get().kind == PhaseTransition.Kind.REQUEST
    assert plan_overview(plan, today=TODAY).decision.may_advance
