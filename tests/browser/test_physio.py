"""The physiotherapist's workspace and the account pages in the real Chromium: the whole
invitation story, and axe-core on every new page at phone and desktop width."""

import datetime
import re

import pytest
from django.contrib.auth.tokens import default_token_generator
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from accounts.models import User
from accounts.tokens import invitation_kwargs
from rehab.models import PatientPlan, SessionLog
from rehab.services import phases
from tests.factories import PASSWORD, make_patient, make_physiotherapist, make_plan, noon

from .conftest import DESKTOP, PHONE, check_page, login

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("fixed_today"),
]

TODAY = datetime.date(2026, 11, 20)
NOW = noon(TODAY)  # where the fixed_today fixture stops the clock
NEW_PASSWORD = "een-lang-wachtwoord-voor-de-knie"


def test_a_physiotherapist_invites_assigns_and_adjusts_and_the_patient_sees_it(
    new_page, live_server
):
    make_physiotherapist(email="fenna@example.org", name="Fenna Fysio")
    page = new_page(viewport=DESKTOP)
    login(page, live_server, "fenna@example.org", PASSWORD)

    # A new patient: the invitation link appears on their record.
    page.get_by_role("link", name="Nieuwe patiënt").click()
    page.get_by_label("Naam", exact=True).fill("Sanne de Vries")
    page.get_by_label("E-mailadres").fill("sanne@example.org")
    page.get_by_role("button", name="Account maken en uitnodiging sturen").click()
    page.get_by_role("heading", name="Sanne de Vries", level=1).wait_for()
    link = page.get_by_label("Uitnodigingslink").input_value()
    assert "/account/uitnodiging/" in link

    # A plan, from the tendinopathy template.
    page.get_by_role("link", name="Schema toewijzen").click()
    page.get_by_label("Peesklachten bij het zitbot: oefenprogramma in 4 fasen").check()
    page.get_by_label("Pijngrens", exact=True).fill("3")
    page.get_by_role("button", name="Schema toewijzen").click()
    page.get_by_role("heading", name="Schema van Sanne de Vries aanpassen").wait_for()

    # A lighter dosage for the bridge in phase 1 (htmx swaps the exercise in place).
    bridge = page.locator(".prescription", has_text="Brug op één been")
    bridge.get_by_text("Dosering van Brug op één been (single leg bridge) aanpassen").click()
    bridge.get_by_label("Sets", exact=True).fill("3")
    bridge.get_by_label("Vasthouden (seconden)", exact=True).fill("30")
    bridge.get_by_role("button", name="Dosering opslaan").click()
    page.get_by_text("Opgeslagen.").wait_for()
    assert "3 × 30 seconden vasthouden" in page.locator(".prescription").first.inner_text()
    page.get_by_role("button", name="Uitloggen").click()

    # The patient chooses a password and sees the adjusted plan.
    page.goto(link)
    page.get_by_label("Kies een wachtwoord").fill(NEW_PASSWORD)
    page.get_by_label("Typ het wachtwoord nog een keer").fill(NEW_PASSWORD)
    page.get_by_role("button", name="Wachtwoord opslaan").click()
    page.wait_for_url(f"{live_server.url}/mijn-schema/")
    assert "3 × 30 seconden vasthouden" in page.locator("main").inner_text()

    # The link worked once.
    page.goto(link)
    assert page.get_by_role("heading", level=1).inner_text() == "Deze link werkt niet meer"


@pytest.fixture
def world():
    """A physiotherapist with a patient in every state the pages show."""
    physio = make_physiotherapist(email="fenna@example.org", name="Fenna Fysio")
    patient = make_patient(email="sanne@example.org", name="Sanne de Vries", physiotherapist=physio)
    old = make_plan(patient=patient, physiotherapist=physio, start_date=TODAY)
    PatientPlan.objects.filter(pk=old.pk).update(status=PatientPlan.Status.STOPPED)
    plan = make_plan(
        patient=patient,
        physiotherapist=physio,
        start_date=TODAY - datetime.timedelta(days=14),
        mode=PatientPlan.Mode.PHYSIO_APPROVES,
    )
    for days_ago, pain in ((9, 2), (7, 3), (4, 6), (2, 7)):
        SessionLog.objects.create(
            plan=plan,
            phase=1,
            date=TODAY - datetime.timedelta(days=days_ago),
            pain_during=pain,
            pain_next_morning=pain - 1,
            all_sets_completed=True,
            note="Ging goed." if pain < 4 else "",
        )
    phases.override_phase(
        plan_id=plan.pk, physiotherapist=physio, to_phase=2, reason="Sterk genoeg.", today=TODAY
    )
    phases.override_phase(
        plan_id=plan.pk, physiotherapist=physio, to_phase=1, reason="Te veel pijn.", today=TODAY
    )
    PatientPlan.objects.filter(pk=plan.pk).update(advance_requested_at=NOW)
    invited = make_patient(email="omar@example.org", name="Omar Benali", physiotherapist=physio)
    invited.set_unusable_password()
    invited.save()
    return {"physio": physio, "patient": patient, "plan": plan, "invited": invited}


def _submit(page, button: str) -> None:
    with page.expect_navigation():
        page.get_by_role("button", name=button).click()


def _choose_grade_3_without_referral(page, url: str) -> None:
    page.goto(url)
    page.get_by_label(
        "Hamstringblessure graad 3 (ernstig): van voorzichtig belasten tot sport"
    ).check()
    page.get_by_label(re.compile(r"Graad 3 \(ernstig\)")).check()
    _submit(page, "Schema toewijzen")


def test_a_grade_3_plan_waits_for_the_referral_and_each_phase_keeps_its_own_criteria(
    new_page, live_server, world
):
    patient = world["patient"]
    page = new_page(viewport=DESKTOP)
    login(page, live_server, "fenna@example.org", PASSWORD)

    _choose_grade_3_without_referral(
        page, f"{live_server.url}/fysio/patienten/{patient.pk}/schema/nieuw/"
    )
    error = page.locator("#id_referral_confirmed_error")
    assert "Bevestig dat een sportarts of orthopedisch chirurg" in error.inner_text()
    assert not PatientPlan.objects.filter(template__grade=3).exists()

    page.get_by_label("Een sportarts of orthopedisch chirurg heeft de patiënt beoordeeld").check()
    page.get_by_label("Begindatum").fill("2026-11-17")
    _submit(page, "Schema toewijzen")
    plan = PatientPlan.objects.get(template__grade=3)
    assert (plan.grade, plan.phase_started) == (3, datetime.date(2026, 11, 17))
    phase_1 = page.locator("#fase-1")
    assert "na minstens 21 dagen in deze fase, en 4 sessies op rij" in phase_1.inner_text()

    page.get_by_text("Criteria van fase 1 aanpassen").click()
    phase_1.get_by_label("Minimaal aantal dagen in deze fase").fill("28")
    _submit(page, "Criteria opslaan")
    assert "na minstens 28 dagen in deze fase" in page.locator("#fase-1").inner_text()
    assert "na minstens 35 dagen in deze fase" in page.locator("#fase-2").inner_text()
    assert plan.template.phases.get(number=1).min_days == 21


def test_every_new_page_has_no_axe_violations_at_375_and_1280_px(new_page, live_server, world):
    base = live_server.url
    plan, patient, invited = world["plan"], world["patient"], world["invited"]
    failures: dict[str, list[str]] = {}

    page = new_page(viewport=PHONE)
    login(page, live_server, "fenna@example.org", PASSWORD)
    record = f"{base}/fysio/patienten/{patient.pk}/"
    for url in [
        f"{base}/fysio/",
        f"{base}/fysio/?q=sanne",
        f"{base}/fysio/patienten/nieuw/",
        record,
        f"{base}/fysio/patienten/{invited.pk}/",
        f"{base}/fysio/patienten/{patient.pk}/schema/nieuw/",
        f"{base}/fysio/schema/{plan.pk}/aanpassen/",
        f"{base}/account/",
    ]:
        check_page(page, url, failures)

    # Pages with errors, posted without help from the browser.
    page.goto(f"{base}/fysio/patienten/nieuw/")
    _submit(page, "Account maken en uitnodiging sturen")
    check_page(page, "", failures, name="new patient, errors")
    page.goto(f"{base}/fysio/patienten/{patient.pk}/schema/nieuw/")
    page.get_by_label("Pijngrens", exact=True).fill("5")
    _submit(page, "Schema toewijzen")
    check_page(page, "", failures, name="assign, errors")
    _choose_grade_3_without_referral(page, f"{base}/fysio/patienten/{patient.pk}/schema/nieuw/")
    check_page(page, "", failures, name="assign, grade 3 without referral")
    page.goto(record)
    _submit(page, "Fase veranderen")
    check_page(page, "", failures, name="record, phase errors")
    page.goto(f"{base}/fysio/schema/{plan.pk}/aanpassen/")
    page.get_by_text("Criteria van fase 2 aanpassen").click()
    page.get_by_label("Sessies op rij binnen de pijngrens").nth(1).fill("0")
    _submit(page, "Criteria opslaan")
    check_page(page, "", failures, name="edit, criteria errors")
    page.goto(f"{base}/fysio/schema/{plan.pk}/aanpassen/")
    bridge = page.locator(".prescription", has_text="Brug op één been")
    bridge.locator("summary").click()
    bridge.get_by_label("Sets", exact=True).fill("0")
    page.evaluate("document.body.removeAttribute('hx-headers')")  # a plain POST
    with page.expect_navigation():
        bridge.locator("form").first.evaluate("form => form.submit()")
    check_page(page, "", failures, name="edit, errors")
    _submit(page, "Uitloggen")

    # The account pages of a patient.
    login(page, live_server, "sanne@example.org", PASSWORD)
    check_page(page, f"{base}/account/", failures)
    check_page(page, f"{base}/account/verwijderen/", failures)
    _submit(page, "Account definitief verwijderen")
    check_page(page, "", failures, name="delete, errors")
    _submit(page, "Uitloggen")

    # Anonymous: the invitation, password reset and the lockout.
    invitation = f"{base}/account/uitnodiging/%(uidb64)s/%(token)s/" % invitation_kwargs(
        User.objects.get(pk=invited.pk)
    )
    check_page(page, invitation, failures)
    _submit(page, "Wachtwoord opslaan")
    check_page(page, "", failures, name="invitation, errors")
    check_page(page, f"{base}/account/uitnodiging/MQ/abc-123/", failures)
    check_page(page, f"{base}/account/wachtwoord-vergeten/", failures)
    page.get_by_label("E-mailadres").fill("sanne@example.org")
    _submit(page, "Stuur de link")
    check_page(page, "", failures, name="password reset done")
    fresh = User.objects.get(pk=patient.pk)
    uid = urlsafe_base64_encode(force_bytes(fresh.pk))
    check_page(
        page,
        f"{base}/account/wachtwoord-herstellen/{uid}/{default_token_generator.make_token(fresh)}/",
        failures,
    )
    check_page(page, f"{base}/account/wachtwoord-herstellen/{uid}/abc-123/", failures)
    check_page(page, f"{base}/account/wachtwoord-herstellen/klaar/", failures)
    for _ in range(5):
        login(page, live_server, "sanne@example.org", "fout")
    assert page.get_by_role("heading", level=1).inner_text() == "Inloggen is tijdelijk geblokkeerd"
    check_page(page, "", failures, name="locked out")

    assert failures == {}
