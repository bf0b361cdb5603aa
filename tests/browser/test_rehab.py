"""The patient's pages in the real Chromium: a keyboard-only week, with and without
JavaScript, and axe-core on every rehab page at phone and desktop width.

"Today" is moved with time-machine (the `travel_to` fixture), which the live server's thread sees.
"""

import datetime
from urllib.parse import urlsplit

import pytest

from rehab.models import PatientPlan, PhaseTransition, SessionLog
from rehab.services import phases, sessions
from tests.factories import PASSWORD, make_patient, make_physiotherapist, make_plan

from .conftest import DESKTOP, PHONE, axe_violations_at_both_widths

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

START = datetime.date(2026, 11, 2)  # a Monday


def day(n: int) -> datetime.date:
    return datetime.date(2026, 11, n)


@pytest.fixture
def set_today(travel_to, settings):
    # A week passes in seconds here: the session must outlive the jumps between days,
    # where a real patient would sign in again.
    settings.SESSION_COOKIE_AGE = 30 * 24 * 60 * 60

    def move(date: datetime.date) -> None:
        travel_to(date)

    move(day(12))
    return move


def full_sets(plan: PatientPlan) -> dict[int, int]:
    return {p.pk: p.sets for p in plan.prescriptions.filter(phase=plan.current_phase)}


def log(plan, date, *, today, pain=2, morning=2) -> SessionLog:
    entry = sessions.log_session(
        plan=plan, date=date, pain_during=pain, sets_completed=full_sets(plan), today=today
    )
    if morning is not None:
        sessions.record_next_morning_pain(log=entry, pain=morning, today=today)
    return entry


# Keyboard helpers: only Tab, arrow keys, Space and Enter, never a click.


def focused_matches(page, selector: str) -> bool:
    return page.evaluate("(s) => !!document.activeElement?.matches(s)", selector)


def tab_to(page, selector: str, *, limit: int = 120) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if focused_matches(page, selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


def keyboard_login(page, live_server, email: str, next_path: str) -> None:
    page.goto(f"{live_server.url}/account/inloggen/?next={next_path}")
    tab_to(page, 'input[name="username"]')
    page.keyboard.type(email)
    tab_to(page, 'input[name="password"]')
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: urlsplit(url).path == next_path)
    page.wait_for_load_state()


def choose_pain(page, name: str, score: int) -> None:
    """Tab into the radio group (focus lands on 0) and move to `score` with the arrow keys."""
    tab_to(page, f'input[name="{name}"]')
    if score == 0:
        page.keyboard.press("Space")
    for _ in range(score):
        page.keyboard.press("ArrowRight")
    assert page.evaluate(
        "(n) => document.querySelector(`input[name='${n}']:checked`)?.value", name
    ) == str(score)


def log_session_by_keyboard(page, *, sets: int, pain: int) -> None:
    tab_to(page, 'input[name^="sets_"]')
    page.keyboard.type(str(sets))
    choose_pain(page, "pain_during", pain)
    tab_to(page, "#log-submit")
    page.keyboard.press("Enter")


def record_morning_by_keyboard(page, *, pain: int) -> None:
    choose_pain(page, "pain_next_morning", pain)
    tab_to(page, "#morning-submit")
    page.keyboard.press("Enter")


@pytest.mark.parametrize("javascript", [True, False], ids=["htmx", "no-javascript"])
def test_a_week_of_three_good_sessions_then_the_next_phase_by_keyboard(
    new_page, live_server, set_today, javascript
):
    plan = make_plan(start_date=START)
    page = new_page(viewport=PHONE, javascript=javascript)
    my_plan = f"{live_server.url}/mijn-schema/"
    posts: list[tuple[str, bool]] = []
    page.on(
        "request",
        lambda r: (
            posts.append((urlsplit(r.url).path, "hx-request" in r.headers))
            if r.method == "POST"
            else None
        ),
    )

    def visit(date: datetime.date) -> None:
        set_today(date)
        page.goto(my_plan)

    def wait_for(text: str) -> None:
        page.get_by_text(text).first.wait_for()

    set_today(day(3))
    keyboard_login(page, live_server, plan.patient.email, "/mijn-schema/")
    assert "Nog 3 sessies zonder pijn boven de 4 nodig." in page.inner_text("#verdict")

    sessions = [(day(3), 2, 1), (day(5), 3, 2), (day(7), 2, 1)]
    for number, (date, pain, morning) in enumerate(sessions, start=1):
        visit(date)
        log_session_by_keyboard(page, sets=5, pain=pain)
        wait_for(f"Je sessie van {date.day} november is opgeslagen.")
        # Until tomorrow morning the session neither counts nor breaks the streak.
        assert "Vul morgenochtend in" in page.inner_text("#verdict")

        visit(date + datetime.timedelta(days=1))
        record_morning_by_keyboard(page, pain=morning)
        wait_for(f"Opgeslagen: de ochtend na {date.day} november had je {morning}/10 pijn.")
        assert f"Je hebt {number} van de 3 sessies op rij" in page.inner_text("#verdict")

    # Three qualifying sessions, but only six days in the phase: not yet.
    assert "nog 1 dag wachten" in page.inner_text("#verdict")
    assert page.locator('form[action$="/volgende-fase/"]').count() == 0

    visit(day(9))
    assert "Je mag door naar de volgende fase." in page.inner_text("#verdict")
    tab_to(page, 'form[action$="/volgende-fase/"] button')
    page.keyboard.press("Enter")
    wait_for("Je bent nu in fase 2.")

    assert "Je zit in fase 2 van 4" in page.inner_text("main")
    assert "Liggende beencurl (lying leg curl)" in page.inner_text("main")
    plan.refresh_from_db()
    assert (plan.current_phase, plan.phase_started) == (2, day(9))
    assert list(
        plan.logs.order_by("date").values_list("date", "pain_during", "pain_next_morning")
    ) == [(date, pain, morning) for date, pain, morning in sessions]
    assert plan.transitions.get().kind == PhaseTransition.Kind.ADVANCE
    # With JavaScript the six log and morning forms went through htmx; the advance button
    # is a plain form either way.
    assert [via_htmx for path, via_htmx in posts if "/mijn-schema/" in path] == [javascript] * 6 + [
        False
    ]


def test_an_error_keeps_focus_in_the_form_and_is_announced(new_page, live_server, set_today):
    plan = make_plan(start_date=START)
    page = new_page(viewport=DESKTOP)
    keyboard_login(page, live_server, plan.patient.email, "/mijn-schema/")
    tab_to(page, 'input[name^="sets_"]')
    page.keyboard.type("9")
    tab_to(page, "#log-submit")
    page.keyboard.press("Enter")
    page.locator(".error-summary").wait_for()
    assert "Op je schema staan 5 sets: vul hoogstens 5 in." in page.inner_text(".error-summary")
    assert page.locator(".error-summary").get_attribute("role") == "alert"
    assert focused_matches(page, "#log-submit")
    assert SessionLog.objects.count() == 0


# axe-core on every page of rehab, at 375 px and 1280 px


def rich_plan() -> PatientPlan:
    """Phase 2 with history, yesterday's morning missing and two painful sessions."""
    plan = make_plan(
        start_date=START,
        physiotherapist=make_physiotherapist(name="Fenna Fysio"),
    )
    for date in (day(3), day(5), day(7)):
        log(plan, date, today=day(9))
    phases.advance_phase(plan_id=plan.pk, user=plan.patient, expected_phase=1, today=day(9))
    plan.refresh_from_db()
    log(plan, day(10), today=day(12), pain=6, morning=5)
    log(plan, day(11), today=day(12), pain=7, morning=None)
    return plan


def may_advance_plan() -> PatientPlan:
    plan = make_plan(start_date=START)
    for date in (day(3), day(5), day(8)):
        log(plan, date, today=day(12))
    return plan


def assert_accessible(page) -> None:
    """One h1, the language, and no axe violation at 375 px nor at 1280 px."""
    assert page.locator("html").get_attribute("lang") == "nl"
    assert page.locator("h1").count() == 1
    assert axe_violations_at_both_widths(page) == []


@pytest.mark.parametrize(
    "path",
    ["/oefenprogramma/", "/oefeningen/single-leg-arabesque/", "/oefeningen/hamstring-stretch/"],
)
def test_public_pages_have_no_axe_violations(new_page, live_server, path):
    page = new_page(viewport=PHONE)
    page.goto(live_server.url + path)
    assert_accessible(page)


@pytest.mark.parametrize("path", ["/mijn-schema/", "/mijn-schema/geschiedenis/"])
def test_patient_pages_have_no_axe_violations(new_page, live_server, set_today, path):
    plan = rich_plan()
    page = new_page(viewport=PHONE)
    keyboard_login(page, live_server, plan.patient.email, path)
    if path == "/mijn-schema/":
        text = page.inner_text("main")
        assert "Twee keer op rij te veel pijn" in text and "Hoe was de ochtend erna?" in text
    else:
        assert page.locator("svg.pain-chart").count() == 1
    assert_accessible(page)


@pytest.mark.parametrize("htmx", [True, False], ids=["htmx", "without-htmx"])
def test_my_plan_with_errors_has_no_axe_violations(new_page, live_server, set_today, htmx):
    plan = rich_plan()
    # axe-core needs JavaScript, so the page without htmx is made by blocking htmx's script:
    # the forms then post and re-render the whole page, as with JavaScript off.
    page = new_page(viewport=PHONE)
    if not htmx:
        page.route("**/htmx-*.js", lambda route: route.abort())
    keyboard_login(page, live_server, plan.patient.email, "/mijn-schema/")
    tab_to(page, "#log-submit")
    page.keyboard.press("Enter")
    page.locator("#log-section .error-summary").wait_for()
    tab_to(page, "#morning-submit")
    page.keyboard.press("Enter")
    page.locator("#morning .error-summary").wait_for()
    assert page.evaluate("typeof window.htmx") == ("object" if htmx else "undefined")
    assert_accessible(page)


def test_may_advance_and_the_refusal_page_have_no_axe_violations(new_page, live_server, set_today):
    plan = may_advance_plan()
    page = new_page(viewport=PHONE)
    keyboard_login(page, live_server, plan.patient.email, "/mijn-schema/")
    assert page.locator('form[action$="/volgende-fase/"]').count() == 1
    assert_accessible(page)
    # Meanwhile a painful session breaks the streak: the button now gets a 409 page.
    log(plan, day(12), today=day(12), pain=6, morning=None)
    tab_to(page, 'form[action$="/volgende-fase/"] button')
    with page.expect_response(lambda r: r.url.endswith("/volgende-fase/")) as answer:
        page.keyboard.press("Enter")
    assert answer.value.status == 409
    page.wait_for_load_state()
    assert "Je pijn tijdens het oefenen was op 12 november 6/10" in page.inner_text("main")
    assert_accessible(page)
    plan.refresh_from_db()
    assert plan.current_phase == 1


@pytest.mark.parametrize("state", ["none", "completed"])
def test_without_an_active_plan_the_page_has_no_axe_violations(
    new_page, live_server, set_today, state
):
    if state == "none":
        patient = make_patient()
    else:
        plan = make_plan(start_date=START)
        PatientPlan.objects.filter(pk=plan.pk).update(status=PatientPlan.Status.COMPLETED)
        patient = plan.patient
    page = new_page(viewport=PHONE)
    keyboard_login(page, live_server, patient.email, "/mijn-schema/")
    assert ("Gefeliciteerd" in page.inner_text("h1")) is (state == "completed")
    assert_accessible(page)
