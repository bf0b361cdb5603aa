"""The daily loop in the real Chromium: a guided session by keyboard with Playwright's clock
(no real waiting), the same session without JavaScript, and axe-core on the new pages."""

import datetime

import pytest

from rehab.models import SessionLog
from rehab.services import reminders
from tests.factories import make_plan

from .conftest import PHONE, check_page
from .test_rehab import choose_pain, keyboard_login, tab_to

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

TODAY = datetime.date(2026, 11, 18)
START = TODAY - datetime.timedelta(days=10)


def live_text(page) -> str:
    return page.inner_text("[data-live]")


def test_a_guided_session_by_keyboard_saves_the_sets_done(new_page, live_server, travel_to):
    travel_to(TODAY)
    plan = make_plan(start_date=START)  # phase 1: the bridge, 5 × 45 s, 1 s between holds
    page = new_page(viewport=PHONE)
    page.clock.install(time=datetime.datetime(2026, 11, 18, 9, 0))
    keyboard_login(page, live_server, plan.patient.email, "/mijn-schema/")
    tab_to(page, 'a[href="/mijn-schema/sessie-starten/"]')
    page.keyboard.press("Enter")
    page.wait_for_url("**/mijn-schema/sessie-starten/")
    page.clock.pause_at(datetime.datetime(2026, 11, 18, 9, 5))
    # Enhanced: one step at a time, the form comes at the end.
    assert page.locator("#log-section").is_hidden()
    assert "Sets gedaan: 0 van 5" in page.inner_text("[data-sets-done]")

    visible = page.locator("[data-action]:visible")
    assert [b.get_attribute("data-action") for b in visible.all()] == ["start", "finish"]
    tab_to(page, '[data-action="start"]')
    for number in (1, 2, 3):
        page.keyboard.press("Enter")  # "Start de set": focus stays on the panel's buttons
        assert live_text(page) == "Maak je klaar: 3"
        page.clock.run_for(1000)
        assert live_text(page) == "Maak je klaar: 2"
        page.clock.run_for(2000)
        assert live_text(page) == "Vasthouden, 45 seconden. Begin nu."
        assert page.inner_text("[data-timer]") == "0:45"
        assert [b.get_attribute("data-action") for b in visible.all()] == ["pause"]
        if number == 2:
            # Pause: a minute passes and the hold does not move; then resume.
            page.clock.run_for(5000)
            page.keyboard.press("Enter")  # "Pauze" has the focus
            assert live_text(page).startswith("Gepauzeerd")
            page.clock.run_for(60_000)
            assert page.inner_text("[data-timer]") == "0:40"
            page.keyboard.press("Enter")  # "Verder"
            page.clock.run_for(40_000)
        else:
            page.clock.run_for(35_000)
            assert live_text(page) == "Nog 10 seconden."
            page.clock.run_for(10_000)
        assert live_text(page) == "Set klaar. Rust 1 seconden."
        assert f"Sets gedaan: {number} van 5" in page.inner_text("[data-sets-done]")
        assert [b.get_attribute("data-action") for b in visible.all()] == ["pause", "skip"]
        page.clock.run_for(1000)
        assert live_text(page).startswith("De rust is voorbij")
        assert page.evaluate("document.activeElement.dataset.action") == "start"

    # Three of five sets: stop here and fill in the session.
    tab_to(page, '[data-action="finish"]')
    page.keyboard.press("Enter")
    assert page.locator("#log-section").is_visible()
    sets_input = page.locator('input[name^="sets_"]')
    assert sets_input.input_value() == "3"
    choose_pain(page, "pain_during", 2)
    tab_to(page, "#log-submit")
    page.keyboard.press("Enter")
    page.wait_for_url("**/mijn-schema/")
    page.get_by_text("Je sessie van 18 november is opgeslagen.").wait_for()

    log = SessionLog.objects.get(plan=plan)
    assert (log.date, log.pain_during, log.all_sets_completed) == (TODAY, 2, False)
    assert [(e.sets_completed, e.sets_prescribed) for e in log.entries.all()] == [(3, 5)]


def test_without_javascript_the_session_is_a_list_and_the_new_pages_pass_axe(
    new_page, live_server, travel_to
):
    travel_to(TODAY)
    plan = make_plan(start_date=START)
    page = new_page(viewport=PHONE, javascript=False)
    keyboard_login(page, live_server, plan.patient.email, "/mijn-schema/sessie-starten/")
    # No panel without JavaScript: the steps and the form, one after the other.
    assert page.locator("[data-guided-panel]").is_hidden()
    assert page.locator("[data-guided-step]").first.is_visible()
    assert page.locator("#log-section").is_visible()
    tab_to(page, 'input[name^="sets_"]')
    page.keyboard.type("5")
    choose_pain(page, "pain_during", 1)
    tab_to(page, "#log-submit")
    page.keyboard.press("Enter")
    page.wait_for_url("**/mijn-schema/")
    log = SessionLog.objects.get(plan=plan)
    assert log.all_sets_completed and log.pain_during == 1

    # axe needs JavaScript to run: the pages again, in an ordinary browser.
    reminders.settings_for(plan.patient)
    token = reminders.unsubscribe_token(plan.patient, "training")
    enhanced = new_page()
    keyboard_login(enhanced, live_server, plan.patient.email, "/mijn-schema/")
    failures: dict = {}
    for path in (
        "/mijn-schema/",
        "/mijn-schema/sessie-starten/",
        "/account/",
        f"/herinneringen/afmelden/{token}/",
    ):
        check_page(enhanced, f"{live_server.url}{path}", failures)
    assert failures == {}
