"""The return-to-sport checklist in the real Chromium: axe-core on every page it adds or
changes at phone and desktop width, and the whole story by keyboard without JavaScript."""

import datetime

import pytest

from rehab.models import RETURN_TO_SPORT_ITEMS, PatientPlan, ReturnToSportCheck
from rehab.services import phases, sessions
from tests.factories import PASSWORD, make_patient, make_physiotherapist, make_plan

from .conftest import PHONE, check_page, login

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("fixed_today"),
]

TODAY = datetime.date(2026, 11, 20)
START = TODAY - datetime.timedelta(days=12)
LABELS = [str(label) for label, _explanation in RETURN_TO_SPORT_ITEMS.values()]


def meets_the_rule(physio, *, email: str, name: str, template: str) -> PatientPlan:
    patient = make_patient(email=email, name=name, physiotherapist=physio)
    plan = make_plan(
        patient=patient,
        physiotherapist=physio,
        template=template,
        start_phase=4,
        start_date=START,
    )
    sets = {p.pk: p.sets for p in plan.prescriptions.filter(phase=4)}
    for days_ago in (8, 5, 2):
        entry = sessions.log_session(
            plan=plan,
            date=TODAY - datetime.timedelta(days=days_ago),
            pain_during=2,
            sets_completed=sets,
            today=TODAY,
        )
        sessions.record_next_morning_pain(log=entry, pain=1, today=TODAY)
    return plan


@pytest.fixture
def world():
    physio = make_physiotherapist(email="fenna@example.org", name="Fenna Fysio")
    sanne = meets_the_rule(
        physio, email="sanne@example.org", name="Sanne Sprint", template="hamstringblessure-graad-2"
    )
    done = meets_the_rule(
        physio, email="daan@example.org", name="Daan Klaar", template="hamstringblessure-graad-2"
    )
    phases.complete_return_to_sport(
        plan_id=done.pk,
        physiotherapist=physio,
        answers=dict.fromkeys(RETURN_TO_SPORT_ITEMS, True),
        note="Trainer Kees was erbij.",
        today=TODAY,
    )
    tendon = meets_the_rule(
        physio, email="tom@example.org", name="Tom Pees", template="tendinopathie"
    )
    phases.advance_phase(plan_id=tendon.pk, user=tendon.patient, expected_phase=4, today=TODAY)
    return {"sanne": sanne, "done": done}


def test_every_new_or_changed_page_has_no_axe_violations_at_375_and_1280_px(
    new_page, live_server, world
):
    base = live_server.url
    sanne, done = world["sanne"], world["done"]
    phases.advance_phase(plan_id=sanne.pk, user=sanne.patient, expected_phase=4, today=TODAY)
    failures: dict[str, list[str]] = {}
    page = new_page(viewport=PHONE)

    login(page, live_server, "fenna@example.org", PASSWORD)
    for url in [
        f"{base}/fysio/",
        f"{base}/fysio/patienten/{sanne.patient_id}/",
        f"{base}/fysio/schema/{sanne.pk}/sportcheck/",
        f"{base}/fysio/patienten/{done.patient_id}/",
        f"{base}/fysio/schema/{done.pk}/sportcheck/",
        f"{base}/oefenblad/schema/{done.pk}/sportcheck/afdrukken/",
    ]:
        check_page(page, url, failures)
    page.goto(f"{base}/fysio/schema/{sanne.pk}/sportcheck/")
    page.get_by_label(LABELS[0]).check()
    with page.expect_navigation():
        page.get_by_role("button", name="Check opslaan en schema afronden").click()
    check_page(page, "", failures, name="check, errors")
    page.get_by_role("button", name="Uitloggen").click()

    for email in ("sanne@example.org", "daan@example.org", "tom@example.org"):
        login(page, live_server, email, PASSWORD)
        check_page(page, f"{base}/mijn-schema/", failures, name=email)
        page.get_by_role("button", name="Uitloggen").click()
    login(page, live_server, "daan@example.org", PASSWORD)
    check_page(page, f"{base}/oefenblad/schema/{done.pk}/sportcheck/afdrukken/", failures)

    assert failures == {}


def test_by_keyboard_without_javascript_the_patient_asks_and_the_physio_completes(
    new_page, live_server, world
):
    base = live_server.url
    sanne = world["sanne"]
    page = new_page(viewport=PHONE, javascript=False)

    # The patient meets the rule in phase 4 and lets the physiotherapist know.
    login(page, live_server, "sanne@example.org", PASSWORD)
    page.get_by_role("button", name="Laat je fysiotherapeut weten dat je klaar bent").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "Je fysiotherapeut doet samen met jou de terugkeer-naar-sportcheck" in (
        page.locator("#verdict").inner_text()
    )
    page.get_by_role("button", name="Uitloggen").click()

    # The physiotherapist sees the flag, opens the check and first leaves one item open.
    login(page, live_server, "fenna@example.org", PASSWORD)
    page.goto(f"{base}/fysio/")
    assert "Klaar voor de terugkeer-naar-sportcheck" in page.locator(".patient-list").inner_text()
    page.goto(f"{base}/fysio/patienten/{sanne.patient_id}/")
    page.get_by_role("link", name="Terugkeer-naar-sportcheck invullen").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    page.get_by_label(LABELS[0]).focus()
    for _ in LABELS[:-1]:
        page.keyboard.press("Space")
        page.keyboard.press("Tab")
    page.keyboard.press("Tab")  # the last item stays open
    page.keyboard.type("Bal schieten ging goed.")
    page.keyboard.press("Tab")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    summary = page.locator(".error-summary").inner_text()
    assert f"Nog niet in orde: {LABELS[-1]}." in summary
    assert not ReturnToSportCheck.objects.filter(plan=sanne).exists()

    # Every item met: the plan is completed.
    assert page.get_by_label("Opmerking (mag leeg blijven)").input_value() == (
        "Bal schieten ging goed."
    )
    page.get_by_label(LABELS[-1]).focus()
    page.keyboard.press("Space")
    page.get_by_role("button", name="Check opslaan en schema afronden").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "Het schema is afgerond met deze check." in page.locator("main").inner_text()
    sanne.refresh_from_db()
    assert sanne.status == PatientPlan.Status.COMPLETED
    page.get_by_role("button", name="Uitloggen").click()

    # The patient sees the check and can print it.
    login(page, live_server, "sanne@example.org", PASSWORD)
    main = page.locator("main").inner_text()
    assert "Je terugkeer-naar-sportcheck" in main
    assert "20 november 2026" in main
    for label in LABELS:
        assert label in main
    href = page.get_by_role(
        "link", name="Je terugkeer-naar-sportcheck afdrukken (pdf)"
    ).get_attribute("href")
    response = page.request.get(base + href)
    assert response.headers["content-type"] == "application/pdf"
