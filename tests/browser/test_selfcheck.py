import pytest
from playwright.sync_api import expect

from conditions.selfcheck_forms import QUESTIONS

from .conftest import DESKTOP, PHONE, axe_violations_at_both_widths

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# One value per question, in order: the nine about the pain, the red flags (one box),
# exercising already, and age.
NO_FLAGS = ["none", "no", "18-or-older"]
SAME_DAY = ["sudden", "yes", "one", "painful-weak", "yes", "no", "under-3-days", "thigh", "no"]
SAME_DAY += NO_FLAGS
SORENESS = ["gradual", "no", "both", "normal", "no", "no", "improving", "thigh", "no", *NO_FLAGS]
STRAIN = ["sudden", "no", "one", "normal", "no", "no", "under-3-days", "thigh", "no", *NO_FLAGS]
TENDINOPATHY = [
    "gradual",
    "no",
    "one",
    "normal",
    "no",
    "no",
    "not-improving-2-weeks",
    "sit-bone",
    "yes",
    *NO_FLAGS,
]
WITHIN_DAYS = ["gradual", "no", "one", "normal", "no", "yes", "not-improving", "thigh", "no"]
WITHIN_DAYS += NO_FLAGS
EMERGENCY = [*STRAIN[:9], "saddle", "no", "18-or-older"]
STEPS = len(QUESTIONS)
OUTCOMES = {
    "soreness": (SORENESS, "Waarschijnlijk gewone spierpijn"),
    "strain-first-aid": (STRAIN, "Dit lijkt op een lichte hamstringblessure (graad 1)"),
    "tendinopathy": (TENDINOPATHY, "Je klachten passen bij peesklachten bij het zitbot"),
    "same-day": (SAME_DAY, "Laat je been vandaag nog nakijken"),
    "within-days": (WITHIN_DAYS, "Laat je been binnen een paar dagen nakijken"),
    "emergency": (EMERGENCY, "Bel nu 112 of de huisartsenpost"),
}


def caption(page):
    return page.locator("h1 .heading-caption")


def values(step: int) -> list[str]:
    return [value.value for value, _ in QUESTIONS[step - 1].choices]


def tab_until(page, condition: str, limit: int = 40) -> None:
    """Press Tab until the focused element meets a JavaScript condition on `el`."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"(el => Boolean({condition}))(document.activeElement)"):
            return
    raise AssertionError(f"Tab never reached an element where {condition}")


def answer_by_keyboard(page, step: int, value: str) -> None:
    """Tab into the radio group, move to the answer with the arrow keys, submit with Enter.
    In a checkbox group: Tab to the box, tick it with Space, Tab to the button, Enter."""
    question = QUESTIONS[step - 1]
    if question.multiple:
        box = page.locator(f'input[name="{question.name}"][value="{value}"]')
        tab_until(page, f"el.type === 'checkbox' && el.value === '{value}'")
        if not box.is_checked():  # an answer given before is ticked already
            page.keyboard.press("Space")
        expect(box).to_be_checked()
        tab_until(page, "el.type === 'submit'")
        page.keyboard.press("Enter")
        return
    tab_until(page, "el.type === 'radio'")
    options = values(step)
    current = options.index(page.evaluate("document.activeElement.value"))
    wanted = options.index(value)
    key = "ArrowDown" if wanted > current else "ArrowUp"
    for _ in range(abs(wanted - current)):
        page.keyboard.press(key)  # arrows move the focus and choose the radio
    if wanted == current:
        page.keyboard.press("Space")
    expect(
        page.locator(f'input[name="{QUESTIONS[step - 1].name}"][value="{value}"]')
    ).to_be_checked()
    page.keyboard.press("Enter")


def start_by_keyboard(page, live_server) -> None:
    page.goto(live_server.url + "/zelftest/")
    tab_until(page, "el.textContent.trim() === 'Start de zelftest'")
    page.keyboard.press("Enter")
    expect(caption(page)).to_have_text(f"Vraag 1 van {STEPS}")


def test_the_self_check_by_keyboard_only_with_htmx(new_page, live_server):
    page = new_page(viewport=PHONE)
    problems = []
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    start_by_keyboard(page, live_server)
    # A marker on the window survives htmx swaps, not page loads.
    page.evaluate("window.stillTheSamePage = true")

    # Enter without a choice: the error summary appears and gets the focus.
    tab_until(page, "el.type === 'radio'")
    page.keyboard.press("Enter")
    expect(page.locator(".error-summary")).to_be_focused()
    expect(page.locator(".error-summary")).to_contain_text("Kies hoe de pijn begon.")
    expect(page).to_have_title(
        f"Fout: Vraag 1 van {STEPS}: Hoe begon de pijn? – Zelftest – Hamstring"
    )

    for step, value in enumerate(SAME_DAY, start=1):
        answer_by_keyboard(page, step, value)
        if step == 3:
            # Back with the "Vorige" button: the earlier answer is still chosen.
            expect(caption(page)).to_have_text(f"Vraag 4 van {STEPS}")
            tab_until(page, "el.textContent.trim() === 'Vorige'")
            page.keyboard.press("Enter")
            expect(caption(page)).to_have_text(f"Vraag 3 van {STEPS}")
            expect(page.locator("h1")).to_be_focused()
            expect(page.locator('input[name="legs"][value="one"]')).to_be_checked()
            answer_by_keyboard(page, 3, "one")
        if step < len(SAME_DAY):
            expect(caption(page)).to_have_text(f"Vraag {step + 1} van {STEPS}")
            # Focus moves to the new question, so a screen reader reads it out.
            expect(page.locator("h1")).to_be_focused()
            expect(page).to_have_title(
                f"Vraag {step + 1} van {STEPS}: {QUESTIONS[step].label} – Zelftest – Hamstring"
            )

    heading = page.locator("h1")
    expect(heading).to_contain_text("Laat je been vandaag nog nakijken")
    expect(heading).to_be_focused()
    expect(page.locator(".care-card--same-day .care-card__urgency")).to_have_text("Vandaag nog")
    expect(page.locator("main")).to_contain_text("Deze zelftest geeft geen diagnose.")
    assert page.evaluate("window.stillTheSamePage") is True
    assert page.url == live_server.url + "/zelftest/vragen/"
    assert problems == []


def test_the_self_check_by_keyboard_only_without_javascript(new_page, live_server):
    page = new_page(viewport=PHONE, javascript=False)
    start_by_keyboard(page, live_server)
    for step, value in enumerate(STRAIN, start=1):
        answer_by_keyboard(page, step, value)
        if step == 9:
            # The red flags without a box ticked: the message is tied to the group.
            expect(caption(page)).to_have_text(f"Vraag 10 van {STEPS}")
            tab_until(page, "el.type === 'submit'")
            page.keyboard.press("Enter")
            expect(page.locator(".error-summary")).to_contain_text("Kies minstens één antwoord.")
            expect(page.locator("#id_red_flags_error")).to_contain_text("Nee, geen van deze")
        if step == 5:
            expect(caption(page)).to_have_text(f"Vraag 6 van {STEPS}")
            tab_until(page, "el.textContent.trim() === 'Vorige'")
            page.keyboard.press("Enter")
            expect(caption(page)).to_have_text(f"Vraag 5 van {STEPS}")
            expect(page.locator('input[name="swelling"][value="no"]')).to_be_checked()
            answer_by_keyboard(page, 5, "no")
        if step < len(STRAIN):
            expect(caption(page)).to_have_text(f"Vraag {step + 1} van {STEPS}")
    expect(page.locator("h1")).to_contain_text(
        "Dit lijkt op een lichte hamstringblessure (graad 1)"
    )
    main = page.locator("main")
    expect(main).to_contain_text(
        "We denken dit omdat de pijn plotseling begon en je nog redelijk kunt lopen."
    )
    expect(main).to_contain_text("2 tot 3 weken")
    expect(main).to_contain_text("Wat doe je de eerste dagen?")
    expect(main).to_contain_text("Deze zelftest geeft geen diagnose.")

    # Change one answer from the outcome, by keyboard: walking hardly at all → see a doctor.
    tab_until(page, "el.textContent.includes('je antwoord op: Kun je normaal lopen')")
    page.keyboard.press("Enter")
    expect(caption(page)).to_have_text(f"Vraag 4 van {STEPS}")
    answer_by_keyboard(page, 4, "hardly")
    for step in range(5, STEPS + 1):
        expect(caption(page)).to_have_text(f"Vraag {step} van {STEPS}")
        answer_by_keyboard(page, step, STRAIN[step - 1])
    expect(page.locator("h1")).to_contain_text("Laat je been vandaag nog nakijken")
    expect(page.locator(".care-card__urgency")).to_have_text("Vandaag nog")


def click_through(page, answers: list[str], *, check=None) -> None:
    for step, value in enumerate(answers, start=1):
        expect(caption(page)).to_have_text(f"Vraag {step} van {STEPS}")
        if check:
            check(f"step {step}")
        page.locator(f'input[name="{QUESTIONS[step - 1].name}"][value="{value}"]').check()
        page.locator("form button.button").first.click()


def test_every_step_and_outcome_has_no_axe_violations_at_375_and_1280_px(new_page, live_server):
    page = new_page(viewport=PHONE)
    found = {}

    def check(where: str) -> None:
        assert page.locator("h1").count() == 1, where
        found[where] = axe_violations_at_both_widths(page)

    page.goto(live_server.url + "/zelftest/")
    check("start")
    page.goto(live_server.url + "/zelftest/vragen/")
    page.locator("form button.button").first.click()
    expect(page.locator(".error-summary")).to_be_visible()
    check("error")
    for name, (answers, heading) in OUTCOMES.items():
        page.goto(live_server.url + "/zelftest/vragen/")
        click_through(page, answers, check=check if name == "same-day" else None)
        expect(page.locator("h1")).to_contain_text(heading)
        check(name)
    assert found == {where: [] for where in found}
    assert len(found) == 2 + STEPS + len(OUTCOMES)


def test_the_outcomes_link_to_the_condition_pages(new_page, live_server):
    page = new_page(viewport=DESKTOP, javascript=False)
    for answers, href in [
        (STRAIN, "/klachten/hamstringblessure/"),
        (TENDINOPATHY, "/klachten/peesklachten-zitbot/"),
    ]:
        page.goto(live_server.url + "/zelftest/vragen/")
        click_through(page, answers)
        expect(page.locator(f'main a[href="{href}"]')).to_be_visible()
