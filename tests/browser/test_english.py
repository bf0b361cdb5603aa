"""The English pages in the real Chromium: axe-core at 375 and 1280 px, one browser page
for the public pages and one for a signed-in patient and physiotherapist (few browser
tests: they are the slow part of the suite)."""

import pytest

from tests.factories import PASSWORD, make_patient, make_physiotherapist, make_plan

from .conftest import check_page, login

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PUBLIC = [
    "/en/",
    "/en/klachten/peesklachten-zitbot/",
    "/en/klachten/hamstringblessure/",
    "/en/vergelijken/",
    "/en/behandelingen/",
    "/en/veelgestelde-vragen/",
    "/en/bronnen/",
    "/en/oefenprogramma/",
    "/en/oefeningen/single-leg-bridge/",
    "/en/zelftest/",
    "/en/zelftest/vragen/",
    "/en/oefenblad/fase/1/afdrukken/",
    "/en/account/inloggen/",
    "/en/account/wachtwoord-vergeten/",
    "/en/bestaat-niet/",
]


def test_the_public_english_pages_have_no_axe_violations(page, live_server):
    failures = {}
    for path in PUBLIC:
        check_page(page, live_server.url + path, failures, name=path)
        if page.locator("html").get_attribute("lang") != "en":
            failures.setdefault(path, []).append("html lang is not en")
    assert failures == {}
    # The switcher is a plain link to the same page in Dutch.
    page.goto(live_server.url + "/en/oefenprogramma/")
    page.get_by_role("link", name="Nederlands").click()
    page.wait_for_load_state()
    assert page.url == live_server.url + "/oefenprogramma/"
    assert page.locator("html").get_attribute("lang") == "nl"


def test_the_signed_in_english_pages_have_no_axe_violations(page, live_server):
    physio = make_physiotherapist(language="en")
    patient = make_patient(physiotherapist=physio, language="en")
    plan = make_plan(patient=patient, physiotherapist=physio, template="hamstringblessure-graad-1")
    failures = {}
    login(page, live_server, patient.email, PASSWORD)  # the Dutch form; the account says English
    assert page.url == live_server.url + "/en/mijn-schema/"
    check_page(page, "", failures, name="my plan")
    check_page(page, live_server.url + "/en/mijn-schema/geschiedenis/", failures)
    check_page(page, live_server.url + "/en/account/", failures)
    page.context.clear_cookies()
    login(page, live_server, physio.email, PASSWORD)
    for path in (
        "/en/fysio/",
        f"/en/fysio/patienten/{patient.pk}/",
        f"/en/fysio/schema/{plan.pk}/aanpassen/",
        "/en/fysio/patienten/nieuw/",
    ):
        check_page(page, live_server.url + path, failures)
    assert failures == {}
