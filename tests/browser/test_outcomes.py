"""The outcome measures in the real Chromium: the patient fills in a measurement (first
with a mistake), the physiotherapist reads the charts and the change;
axe-core on every new or changed page at 375 px and 1280 px."""

import datetime

import pytest

from rehab.services import outcomes
from tests.factories import PASSWORD, make_patient, make_physiotherapist, make_plan

from .conftest import PHONE, check_page, login

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

TODAY = datetime.date(2026, 11, 20)
START = TODAY - datetime.timedelta(days=30)


@pytest.fixture(autouse=True)
def fixed_today(travel_to):
    travel_to(TODAY)


def test_a_measurement_by_keyboard_and_the_pages_it_adds_have_no_axe_violations(
    new_page, live_server
):
    base = live_server.url
    physio = make_physiotherapist(email="fenna@example.org", name="Fenna Fysio")
    patient = make_patient(email="mees@example.org", name="Mees Meting", physiotherapist=physio)
    plan = make_plan(patient=patient, physiotherapist=physio, start_date=START)
    outcomes.record_measurement(
        measurement_id=plan.measurements.get().pk,
        patient=patient,
        activities={1: "Traplopen", 2: "Lang zitten"},
        scores={1: 7, 2: 8},
        pain=6,
        global_effect=None,
        today=START,
    )
    outcomes.request_measurement(plan_id=plan.pk, physiotherapist=physio)
    failures: dict[str, list[str]] = {}
    # axe-core runs as JavaScript in the page; the forms themselves post without it.
    page = new_page(viewport=PHONE)

    login(page, live_server, "mees@example.org", PASSWORD)
    check_page(page, f"{base}/mijn-schema/", failures, name="my plan, measurement open")
    page.get_by_role("link", name="Vul de meting in").click()
    check_page(page, "", failures, name="measurement form")
    # Only the first activity's score: the page names what is missing, per field.
    page.get_by_role("group", name="Hoe moeilijk gaat „Traplopen” nu?").get_by_label("3").check()
    page.get_by_role("button", name="Meting opslaan").click()
    assert "Kies een score van 0 tot en met 10." in page.locator(".error-summary").inner_text()
    check_page(page, "", failures, name="measurement form, errors")
    page.get_by_role("group", name="Hoe moeilijk gaat „Lang zitten” nu?").get_by_label("5").focus()
    page.keyboard.press("Space")
    page.get_by_role("group", name="Hoeveel pijn heb je nu meestal door je klacht?").get_by_label(
        "2", exact=True
    ).check()
    page.get_by_label("Veel beter").check()
    page.get_by_role("button", name="Meting opslaan").click()
    assert "Traplopen: van 7 naar 3" in page.locator("#metingen").inner_text()
    check_page(page, "", failures, name="my plan, progress")
    check_page(page, f"{base}/account/", failures)
    page.get_by_role("button", name="Uitloggen").click()

    login(page, live_server, "fenna@example.org", PASSWORD)
    check_page(page, f"{base}/fysio/patienten/{patient.pk}/", failures, name="record")
    assert page.locator("svg.outcome-chart").count() == 3
    page.get_by_label("Activiteit 1", exact=True).fill("")
    page.get_by_role("button", name="Activiteit 1 opslaan").click()
    check_page(page, "", failures, name="record, activity error")

    assert failures == {}
