import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.models import User
from rehab.models import PatientPlan, SessionLog
from rehab.queries.patients import PAGE_SIZE, add_recent_sessions, patients, plans_of
from tests.factories import (
    make_admin,
    make_patient,
    make_physiotherapist,
    make_plan,
    make_stored_log,
    noon,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fixed_today")]

TODAY = datetime.date(2026, 11, 20)
NOW = noon(TODAY)  # where the fixed_today fixture stops the clock


def log(plan: PatientPlan, days_ago: int, pain: int, morning: int | None = 1) -> SessionLog:
    return make_stored_log(plan, TODAY - datetime.timedelta(days=days_ago), pain, morning)


def plan_for(physio: User, *, name: str, made_days_ago: int = 30, **options) -> PatientPlan:
    patient = make_patient(name=name)
    plan = make_plan(
        patient=patient,
        physiotherapist=physio,
        start_date=TODAY - datetime.timedelta(days=made_days_ago),
        **options,
    )
    made = NOW - datetime.timedelta(days=made_days_ago)
    PatientPlan.objects.filter(pk=plan.pk).update(created_at=made)
    return plan


def rows(physio: User, **filters) -> dict[str, User]:
    queryset = patients().of_physiotherapist(physio).with_status(user=physio, today=TODAY)
    return {p.full_name: p for p in queryset.filter(**filters)}


@pytest.fixture
def physio():
    return make_physiotherapist(name="Fysio X")


def test_pain_flag_needs_the_last_two_sessions_above_the_limit(physio):
    both = plan_for(physio, name="Beide te hoog")
    log(both, 3, pain=6)
    log(both, 1, pain=5)
    last_only = plan_for(physio, name="Alleen de laatste")
    log(last_only, 3, pain=2)
    log(last_only, 1, pain=7)
    morning = plan_for(physio, name="Ochtend te hoog")
    log(morning, 3, pain=2, morning=5)
    log(morning, 1, pain=3, morning=6)
    lowered = plan_for(physio, name="Lagere grens", max_pain=2)
    log(lowered, 3, pain=3)
    log(lowered, 1, pain=3)
    at_limit = plan_for(physio, name="Precies op de grens")
    log(at_limit, 3, pain=4, morning=4)
    log(at_limit, 1, pain=4, morning=4)
    one_session = plan_for(physio, name="Eén sessie")
    log(one_session, 1, pain=9)

    flagged = {name for name, p in rows(physio).items() if p.flag_pain}

    assert flagged == {"Beide te hoog", "Ochtend te hoog", "Lagere grens"}


def test_quiet_flag_after_seven_days_without_a_log(physio):
    quiet = plan_for(physio, name="Stil")
    log(quiet, 7, pain=1)
    recent = plan_for(physio, name="Zes dagen")
    log(recent, 6, pain=1)
    never = plan_for(physio, name="Nooit gelogd", made_days_ago=10)
    new = plan_for(physio, name="Net begonnen", made_days_ago=2)

    result = rows(physio)

    assert result["Stil"].flag_quiet
    assert not result["Zes dagen"].flag_quiet
    assert result["Nooit gelogd"].flag_quiet
    assert not result["Net begonnen"].flag_quiet
    shown = {row.full_name: row for row in add_recent_sessions(list(result.values()), today=TODAY)}
    assert shown["Stil"].last_log == TODAY - datetime.timedelta(days=7)
    assert shown["Nooit gelogd"].last_log is None
    assert (never.pk, new.pk) == (result["Nooit gelogd"].plan_id, result["Net begonnen"].plan_id)


def test_waiting_flag_when_the_patient_asked_for_the_next_phase(physio):
    waiting = plan_for(physio, name="Wacht", mode=PatientPlan.Mode.PHYSIO_APPROVES)
    log(waiting, 1, pain=1)
    PatientPlan.objects.filter(pk=waiting.pk).update(advance_requested_at=NOW)
    calm = plan_for(physio, name="Rustig")
    log(calm, 1, pain=1)

    result = rows(physio)

    assert result["Wacht"].flag_waiting
    assert not result["Rustig"].flag_waiting


def test_a_finished_plan_raises_no_flags(physio):
    done = plan_for(physio, name="Klaar")
    log(done, 20, pain=8)
    log(done, 19, pain=8)
    PatientPlan.objects.filter(pk=done.pk).update(
        status=PatientPlan.Status.COMPLETED, advance_requested_at=NOW
    )

    result = rows(physio)["Klaar"]

    assert (result.flag_pain, result.flag_quiet, result.flag_waiting) == (False, False, False)


def test_flagged_patients_come_first_then_by_name(physio):
    for name in ("Anna", "Bram", "Cees"):
        log(plan_for(physio, name=name), 1, pain=1)
    pain = plan_for(physio, name="Zara")
    log(pain, 2, pain=7)
    log(pain, 1, pain=7)
    waiting = plan_for(physio, name="Yara")
    log(waiting, 1, pain=1)
    PatientPlan.objects.filter(pk=waiting.pk).update(advance_requested_at=NOW)
    log(plan_for(physio, name="Xander"), 9, pain=1)

    ordered = (
        patients()
        .of_physiotherapist(physio)
        .with_status(user=physio, today=TODAY)
        .flagged_first()
        .values_list("full_name", flat=True)
    )

    assert list(ordered) == ["Zara", "Yara", "Xander", "Anna", "Bram", "Cees"]


def test_own_patients_only_including_those_without_a_plan(physio):
    other = make_physiotherapist()
    plan_for(physio, name="Met schema")
    make_patient(name="Zonder schema", physiotherapist=physio)
    plan_for(other, name="Van een ander")
    make_patient(name="Ook van een ander", physiotherapist=other)

    assert set(rows(physio)) == {"Met schema", "Zonder schema"}
    assert rows(physio)["Zonder schema"].plan_id is None
    assert set(rows(make_admin())) >= {"Met schema", "Van een ander", "Ook van een ander"}
    assert patients().of_physiotherapist(make_patient()).count() == 0


def test_the_other_physiotherapists_plan_is_not_the_current_plan(physio):
    other = make_physiotherapist()
    shared = plan_for(physio, name="Gedeeld")
    newer = make_plan(patient=shared.patient, physiotherapist=other)

    assert rows(physio)["Gedeeld"].plan_id == shared.pk
    assert rows(other)["Gedeeld"].plan_id == newer.pk


def test_current_plan_is_the_active_one_then_the_newest(physio):
    old = plan_for(physio, name="Twee schema's")
    newer = make_plan(patient=old.patient, physiotherapist=physio)
    PatientPlan.objects.filter(pk=newer.pk).update(status=PatientPlan.Status.STOPPED)

    assert rows(physio)["Twee schema's"].plan_id == old.pk
    assert list(plans_of(old.patient, user=physio)) == [old, newer]


def test_search_by_part_of_the_name_or_the_email_ignoring_case(physio):
    make_patient(name="Sanne de Vries", email="sanne@example.org", physiotherapist=physio)
    make_patient(name="Omar Haddad", email="omar@voorbeeld.nl", physiotherapist=physio)

    def found(text):
        return set(
            patients().of_physiotherapist(physio).search(text).values_list("full_name", flat=True)
        )

    assert found("vries") == {"Sanne de Vries"}
    assert found("VOORBEELD") == {"Omar Haddad"}
    assert found("  ") == {"Sanne de Vries", "Omar Haddad"}


def _many_patients(physio: User, count: int, logs_each: int) -> None:
    """Patients with plans and logs in bulk: a quick stand-in for months of use."""
    template_plan = plan_for(physio, name="Sjabloonpatiënt")
    new_patients = User.objects.bulk_create(
        User(email=f"bulk-{physio.pk}-{n}@example.org", full_name=f"Patiënt {n:04}")
        for n in range(count)
    )
    plans = PatientPlan.objects.bulk_create(
        PatientPlan(
            patient=patient,
            physiotherapist=physio,
            template_id=template_plan.template_id,
            condition=template_plan.condition,
            phase_started=TODAY - datetime.timedelta(days=60),
        )
        for patient in new_patients
    )
    SessionLog.objects.bulk_create(
        SessionLog(
            plan=plan,
            phase=1,
            date=TODAY - datetime.timedelta(days=day * 2 + n % 9),
            pain_during=(n + day) % 7,
            pain_next_morning=(n * day) % 6,
            all_sets_completed=True,
        )
        for n, plan in enumerate(plans)
        for day in range(logs_each)
    )


def _list_queries(client, physio, page: int = 1) -> int:
    client.force_login(physio)
    client.get(reverse("clinic:patients"))  # the first request after a login moves its end
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("clinic:patients"), {"pagina": page})
    assert response.status_code == 200
    return len(queries)


def test_the_list_takes_the_same_number_of_queries_for_30_or_300_patients(client):
    small, big = make_physiotherapist(), make_physiotherapist()
    _many_patients(small, 30, logs_each=5)
    _many_patients(big, 300, logs_each=30)

    small_count = _list_queries(client, small)
    big_count = _list_queries(client, big)
    big_last_page = _list_queries(client, big, page=99)

    assert small_count == big_count == big_last_page
    # Session, user, count, page, the page's sessions per week.
    assert big_count <= 5


def test_the_page_holds_25_patients(client):
    physio = make_physiotherapist()
    _many_patients(physio, PAGE_SIZE + 5, logs_each=1)
    client.force_login(physio)

    first = client.get(reverse("clinic:patients"))
    second = client.get(reverse("clinic:patients"), {"pagina": 2})

    assert len(first.context["page"].object_list) == PAGE_SIZE
    assert len(second.context["page"].object_list) == 6  # 30 bulk patients + the template's


# Adherence: sessions per week against the 3–4 a week (TODAY is a Friday; this week began
# on Monday 16 November, last week on the 9th, the week before on the 2nd)


def test_low_adherence_is_fewer_than_two_sessions_in_each_of_the_last_two_weeks(physio):
    low = plan_for(physio, name="Weinig")
    for days_ago in (12, 5, 1):  # one in each of the last two weeks, one this week
        log(low, days_ago, pain=1)
    one_good_week = plan_for(physio, name="Een goede week")
    for days_ago in (13, 12, 5):  # two the week before last, one last week
        log(one_good_week, days_ago, pain=1)
    new = plan_for(physio, name="Net begonnen", made_days_ago=8)  # not two whole weeks yet
    stopped = plan_for(physio, name="Gestopt")
    PatientPlan.objects.filter(pk=stopped.pk).update(status=PatientPlan.Status.STOPPED)

    found = rows(physio)
    assert found["Weinig"].flag_low_adherence
    weeks = {
        row.full_name: (row.sessions_this_week, row.sessions_last_week)
        for row in add_recent_sessions(list(found.values()), today=TODAY)
    }
    assert weeks["Weinig"] == (1, 1)
    assert not found["Een goede week"].flag_low_adherence
    assert weeks["Een goede week"] == (0, 1)
    assert not found["Net begonnen"].flag_low_adherence
    assert not found["Gestopt"].flag_low_adherence
    assert new and stopped


def test_low_adherence_sorts_with_the_flags_and_shows_on_the_list(client, physio):
    plan_for(physio, name="Aaron zonder melding")
    for days_ago in (12, 10, 5, 3, 1):
        log(PatientPlan.objects.get(patient__full_name="Aaron zonder melding"), days_ago, pain=1)
    low = plan_for(physio, name="Zoë weinig")
    log(low, 5, pain=1)
    log(low, 1, pain=1)
    ordered = patients().of_physiotherapist(physio).with_status(user=physio, today=TODAY)
    names = [p.full_name for p in ordered.flagged_first()]
    assert names == ["Zoë weinig", "Aaron zonder melding"]
    client.force_login(physio)
    body = client.get(reverse("clinic:patients")).content.decode()
    assert "Weinig getraind: 2 weken minder dan 2 sessies" in body
    assert "1 deze week, 1 vorige week (doel 3 à 4)" in body
    assert "2 deze week, 2 vorige week (doel 3 à 4)" in body
