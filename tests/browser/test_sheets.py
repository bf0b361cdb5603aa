"""The HTML print view of the exercise sheets in the real Chromium: axe-core and layout."""

import pytest
from django.conf import settings
from django.test import Client

from tests.factories import make_patient, make_physiotherapist, make_plan

from .conftest import DESKTOP, PHONE, axe_violations

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def log_in(page, live_server, user) -> None:
    """Hand the browser a session of `user` (the login form has its own tests)."""
    client = Client()
    client.force_login(user)
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_server.url}]
    )


def assert_fits_the_screen(page, viewport) -> None:
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["375px", "1280px"])
@pytest.mark.parametrize("phase", [1, 3])
def test_the_public_print_view_has_no_axe_violations(new_page, live_server, phase, viewport):
    page = new_page(viewport=viewport)
    page.goto(f"{live_server.url}/oefenblad/fase/{phase}/afdrukken/")

    assert page.locator("html").get_attribute("lang") == "nl"
    assert page.locator("h1").count() == 1
    assert page.get_by_role("link", name="Download als PDF").is_visible()
    assert page.get_by_role("link", name="Terug naar de site").is_visible()
    assert page.get_by_role("columnheader", name="Pijn ochtend erna (0–10)").is_visible()
    assert_fits_the_screen(page, viewport)
    assert axe_violations(page) == []


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["375px", "1280px"])
def test_a_patients_print_view_has_no_axe_violations_and_its_pdf_link_works(
    new_page, live_server, viewport
):
    patient = make_patient(name="Marieke van den Berg")
    plan = make_plan(patient=patient, physiotherapist=make_physiotherapist(), start_phase=3)
    page = new_page(viewport=viewport)
    log_in(page, live_server, patient)
    page.goto(f"{live_server.url}/oefenblad/schema/{plan.pk}/afdrukken/")

    assert page.get_by_text("Marieke van den Berg").is_visible()
    assert_fits_the_screen(page, viewport)
    assert axe_violations(page) == []
    href = page.get_by_role("link", name="Download als PDF").get_attribute("href")
    response = page.request.get(live_server.url + href)
    assert response.headers["content-type"] == "application/pdf"
    assert response.body().startswith(b"%PDF")


def test_printing_the_print_view_hides_the_links(page, live_server):
    page.goto(f"{live_server.url}/oefenblad/fase/2/afdrukken/")
    page.emulate_media(media="print")

    assert not page.get_by_role("link", name="Download als PDF").is_visible()
    assert page.locator("h1").is_visible()
