"""The condition pages in the real Chromium: accessibility at phone and desktop width,
content from the data migration, and the main navigation by keyboard."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import DESKTOP, PHONE, axe_violations_at_both_widths

# serialized_rollback: the transactional flush would otherwise wipe the migration's content.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


# path, text that only the migration's content puts on the page
PAGES = [
    ("/", "Peesklachten bij het zitbot"),
    ("/klachten/peesklachten-zitbot/", "Fase 1: aanspannen en vasthouden"),
    ("/klachten/hamstringblessure/", "De drie graden van een hamstringblessure"),
    ("/vergelijken/", "Langzaam, in weken of maanden."),
    ("/behandelingen/", "Meestal 5 tot 7 keer, bij een fysiotherapeut."),
    ("/veelgestelde-vragen/", "Wanneer is een MRI of echo nodig?"),
    ("/bronnen/", "Lempainen et al."),
]


@pytest.mark.parametrize(("path", "content"), PAGES, ids=[path for path, _ in PAGES])
def test_condition_pages_have_content_and_no_axe_violations(new_page, live_server, path, content):
    page = new_page(viewport=PHONE)
    page.goto(live_server.url + path)
    expect(page.get_by_text(content, exact=False).first).to_be_visible()
    assert page.locator("h1").count() == 1
    # Nothing sticks out sideways on a phone, nor on a desktop; no axe violation at either.
    assert axe_violations_at_both_widths(page) == []


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["375px", "1280px"])
def test_care_cards_say_the_urgency_in_words(new_page, live_server, viewport):
    page = new_page(viewport=viewport)
    page.goto(live_server.url + "/klachten/hamstringblessure/")
    urgent = page.locator(".care-card--same-day .care-card__urgency").first
    expect(urgent).to_be_visible()
    expect(urgent).to_contain_text("Vandaag nog", ignore_case=True)


def test_the_main_navigation_works_by_keyboard(page, live_server):
    page.goto(live_server.url + "/")
    for _ in range(15):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent.trim()") == "Hamstringblessure":
            break
    assert page.evaluate("document.activeElement.closest('nav').getAttribute('aria-label')") == (
        "Hoofdmenu"
    )
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/klachten/hamstringblessure/$"))
    expect(page.locator("h1")).to_have_text("Hamstringblessure")
    current = page.get_by_role("navigation", name="Hoofdmenu").locator("[aria-current=page]")
    expect(current).to_have_text("Hamstringblessure")


def test_the_contents_list_jumps_to_a_section_by_keyboard(page, live_server):
    page.goto(live_server.url + "/klachten/peesklachten-zitbot/")
    link = page.get_by_role("navigation", name="Op deze pagina").get_by_role(
        "link", name="Welke behandelingen zijn er?"
    )
    link.focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"#behandelingen$"))
    expect(page.locator("#behandelingen h2")).to_be_in_viewport()


@pytest.mark.parametrize("slug", ["peesklachten-zitbot", "hamstringblessure"])
def test_who_to_call_is_one_readable_block_that_leads_to_the_warning_signs(
    new_page, live_server, slug
):
    page = new_page(viewport=PHONE)
    page.goto(f"{live_server.url}/klachten/{slug}/")
    block = page.get_by_role("region", name="Wanneer bel je?")
    expect(block).to_be_visible()
    expect(block.get_by_role("listitem")).to_have_count(5)
    expect(block.get_by_role("link", name="112")).to_have_attribute("href", "tel:112")
    expect(page.locator(".review-dates")).to_contain_text("Verantwoordelijk voor de tekst")
    block.get_by_role("link", name="waarschuwingssignalen").focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"#wanneer-hulp$"))
    expect(page.locator("#wanneer-hulp .care-card").first).to_be_visible()
    assert axe_violations_at_both_widths(page) == []
