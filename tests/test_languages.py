"""The site in Dutch (the source, unprefixed) and in English (under /en/).

- every page answers in both languages, and an English page holds no Dutch interface text
  (checked against the catalogue's Dutch msgids) and no Dutch content;
- the English catalogue is complete and its committed .mo is current;
- every content object has both languages filled;
- what a patient receives is in their language: the self-check's outcomes, the rule's
  reasons on "Mijn schema", the PDF sheet, the e-mails and the error pages;
- a signed-in user's choice is kept on the account.
"""

import html
import io
import re

import polib
import pytest
from django.conf import settings
from django.core import mail
from django.template import loader
from django.test import Client
from django.urls import reverse
from django.utils import translation
from modeltranslation.translator import translator
from pypdf import PdfReader

from accounts.models import User
from hamstring_site import catalogue
from rehab.models import TemplatePrescription
from tests.conditions.test_selfcheck_views import OUTCOMES, QUESTIONS
from tests.factories import PASSWORD, make_patient, make_physiotherapist, make_plan
from tests.test_access_matrix import (
    EXPECTED,
    VISITORS,
    _client,
    _url,
    url_patterns,
    world,  # noqa: F401 (the fixture)
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def dutch_between_requests():
    """The test client's requests run in this thread, and LocaleMiddleware leaves the last
    page's language active: `reverse` in a test would otherwise build English addresses."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


ENGLISH = "en"
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
# A Dutch string shorter than this may be a word English shares ("Plank", "Status", "DOI").
MIN_DUTCH_LENGTH = 20
_PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|<[^>]+>")


def _dutch_fragments() -> list[str]:
    """The Dutch interface text an English page must not show: every msgid whose English
    differs, cut at its placeholders and markup, in pieces long enough to be Dutch only."""
    fragments = set()
    for entry in polib.pofile(str(catalogue.po_path(ENGLISH))):
        translated = entry.msgstr or entry.msgstr_plural.get(0, "")
        for source in filter(None, (entry.msgid, entry.msgid_plural)):
            if source == translated:
                continue  # a citation, a name: the same in both languages
            for piece in _PLACEHOLDER.split(source):
                piece = " ".join(piece.split()).strip(" ,.:;()")
                if len(piece) >= MIN_DUTCH_LENGTH:
                    fragments.add(piece)
    return sorted(fragments)


DUTCH_FRAGMENTS = _dutch_fragments()


def _dutch_content() -> set[str]:
    """Dutch content texts (their first sentence) that differ from the English.

    Not the prescriptions' notes: a plan copies them once, in the patient's language, and
    from then on they are the plan's own words (the physiotherapist may change them)."""
    found = set()
    for model in translator.get_registered_models():
        if model is TemplatePrescription:
            continue
        for field in translator.get_options_for_model(model).fields:
            for dutch, english in model.objects.values_list(f"{field}_nl", f"{field}_en"):
                sentence = " ".join((dutch or "").split()).split(". ")[0]
                if len(sentence) >= 30 and dutch != english:
                    found.add(sentence)
    return found


def _page_text(response) -> str:
    return " ".join(html.unescape(response.content.decode()).split())


def _dutch_on(response, dutch_content: set[str]) -> list[str]:
    text = _page_text(response)
    return [f for f in DUTCH_FRAGMENTS if f in text] + [s for s in dutch_content if s in text]


def _in(language: str, url_name: str, pattern, objects: dict) -> str:
    with translation.override(language):
        return _url(url_name, pattern, objects)


def _is_html(response) -> bool:
    return response["Content-Type"].startswith("text/html")


def test_every_page_answers_in_both_languages_and_english_pages_hold_no_dutch(world):  # noqa: F811
    """Each GET page, as the first visitor who may see it (patient A's objects)."""
    dutch_content = _dutch_content()
    wrong, dutch, pages = {}, {}, 0
    for name, _route, pattern in url_patterns():
        statuses = EXPECTED[name][0]
        if 200 not in statuses:
            continue
        visitor = VISITORS[statuses.index(200)]
        client = _client(world, visitor)
        for language in LANGUAGE_CODES:
            if visitor != "anonymous":
                User.objects.filter(pk=world.users[visitor].pk).update(language=language)
            response = client.get(_in(language, name, pattern, world.objects["a"]))
            pages += 1
            if response.status_code != 200:
                wrong[(name, language)] = response.status_code
            elif _is_html(response) and f'<html lang="{language}"' not in response.text:
                wrong[(name, language)] = "no lang"
            elif language == ENGLISH and _is_html(response):
                found = _dutch_on(response, dutch_content)
                if found:
                    dutch[name] = found[:5]
    assert wrong == {}
    assert dutch == {}, f"Dutch on English pages: {dutch}"
    assert pages > 40


def test_every_self_check_outcome_is_in_english(client):
    dutch_content = _dutch_content()
    with translation.override(ENGLISH):
        url = reverse("selfcheck_questions")
    assert url.startswith("/en/")
    for name, (answers, _expected) in OUTCOMES.items():
        response = client.post(url, {"step": len(QUESTIONS), **answers})
        assert response.status_code == 200
        assert "This self-check does not give a diagnosis." in response.text
        assert _dutch_on(response, dutch_content) == [], name


def test_the_english_catalogue_is_complete_and_compiled():
    assert set(catalogue.languages()) == set(LANGUAGE_CODES) - {settings.LANGUAGE_CODE}
    for language in catalogue.languages():
        report = catalogue.report(language)
        assert report.strings > 1000
        assert report.untranslated == []
        assert report.fuzzy == []
        assert report.placeholders == []
        # `make messages` compiles it; a .po edited without compiling fails here.
        assert catalogue.mo_path(language).read_bytes() == catalogue.compiled(language), (
            "Run `make messages` (or python -m hamstring_site.catalogue) and commit the .mo."
        )


def test_every_content_object_has_both_languages_filled():
    missing, fields = [], 0
    for model in translator.get_registered_models():
        for field in translator.get_options_for_model(model).fields:
            required = not model._meta.get_field(field).blank
            for pk, dutch, english in model.objects.values_list("pk", f"{field}_nl", f"{field}_en"):
                fields += 1
                if (required and not dutch) or (bool(dutch) != bool(english)):
                    missing.append(f"{model.__name__} {pk}: {field}")
    assert missing == []
    assert fields > 350


def test_content_follows_the_language():
    from rehab.models import Exercise

    bridge = Exercise.objects.get(slug="single-leg-bridge")
    with translation.override("nl"):
        assert bridge.name == "Brug op één been (single leg bridge)"
    with translation.override(ENGLISH):
        assert bridge.name == "Single-leg bridge"


def test_the_switcher_and_the_alternate_links(client):
    response = client.get("/oefenprogramma/")
    assert '<html lang="nl">' in response.text
    assert '<link rel="alternate" hreflang="nl" href="http://testserver/oefenprogramma/">' in (
        response.text
    )
    assert '<link rel="alternate" hreflang="en" href="http://testserver/en/oefenprogramma/">' in (
        response.text
    )
    assert 'hreflang="x-default" href="http://testserver/oefenprogramma/"' in response.text
    assert 'href="/en/oefenprogramma/" hreflang="en" lang="en">English</a>' in response.text
    english = client.get("/en/oefenprogramma/")
    assert 'href="/oefenprogramma/" hreflang="nl" lang="nl">Nederlands</a>' in english.text
    assert "Exercise programme in 4 phases" in english.text


def test_english_and_dutch_pages_are_cached_apart(client):
    """The visitors' page cache keys on the language: neither gets the other's page."""
    assert "Hoe ontstaat het?" in client.get("/klachten/peesklachten-zitbot/").text
    assert "How does it start?" in client.get("/en/klachten/peesklachten-zitbot/").text
    assert "Hoe ontstaat het?" in client.get("/klachten/peesklachten-zitbot/").text


def test_the_pdf_sheet_in_english(client):
    response = client.get("/en/oefenblad/fase/1/")
    assert response.status_code == 200
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    text = " ".join(text.split())
    assert "Phase 1: holding" in text
    assert "Single-leg bridge" in text
    assert "Page 1 of" in text
    assert "Oefenblad" not in text
    assert "Pagina" not in text
    assert "/en/" in text  # the QR code's printed link opens the English site


def test_a_patients_plan_page_and_sheet_in_english(client):
    patient = make_patient(language=ENGLISH)
    plan = make_plan(patient=patient, template="hamstringblessure-graad-1")
    client.force_login(patient)
    response = client.get("/en/mijn-schema/")
    assert response.status_code == 200
    assert "Your exercises for today" in response.text
    # The rule's reason, in English.
    assert "You have not recorded an exercise session in this phase yet." in response.text
    assert _dutch_on(response, _dutch_content()) == []
    # The template's notes were copied in the patient's language.
    note = plan.prescriptions.exclude(note="").first().note
    assert note in {"Press so hard that the pain is at most 4 out of 10."}
    sheet = client.get(f"/en/oefenblad/schema/{plan.pk}/afdrukken/")
    assert sheet.status_code == 200
    assert "Exercise sheet" in sheet.text


def test_the_password_reset_email_in_english(client):
    patient = make_patient()
    client.post("/en/account/wachtwoord-vergeten/", {"email": patient.email})
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.subject == "Choose a new password for Hamstring"
    assert "You asked for a new password for Hamstring" in message.body
    assert "/en/account/wachtwoord-herstellen/" in message.body


def test_the_invitation_goes_out_in_the_patients_language(client):
    physio = make_physiotherapist()
    client.force_login(physio)
    response = client.post(
        "/fysio/patienten/nieuw/",
        {"full_name": "Alex Smith", "email": "alex@example.com", "language": ENGLISH},
    )
    assert response.status_code == 302
    patient = User.objects.get(email="alex@example.com")
    assert patient.language == ENGLISH
    message = mail.outbox[0]
    assert message.subject == "Your account for Hamstring: choose your password"
    assert "Hello Alex Smith," in message.body
    assert "/en/account/uitnodiging/" in message.body
    # The physiotherapist's own page stays Dutch.
    assert "is aangemaakt" in client.get(response["Location"]).text


def test_a_signed_in_users_choice_is_kept():
    patient = make_patient()
    make_plan(patient=patient)
    client = Client()
    response = client.post("/account/inloggen/", {"username": patient.email, "password": PASSWORD})
    assert response.status_code == 302
    # The first page they use signed in sets their language: Dutch here.
    assert client.get("/mijn-schema/").status_code == 200
    patient.refresh_from_db()
    assert patient.language == "nl"
    # The switcher stores the other language.
    assert client.get("/en/mijn-schema/?taal=en").status_code == 200
    patient.refresh_from_db()
    assert patient.language == ENGLISH
    # An old Dutch link, and the start page after the next login, open in English.
    response = client.get("/mijn-schema/")
    assert response.status_code == 302
    assert response["Location"] == "/en/mijn-schema/"
    client.post("/account/uitloggen/")
    response = client.post(
        "/account/inloggen/", {"username": patient.email, "password": PASSWORD}, follow=True
    )
    assert response.redirect_chain[-1][0] == "/en/mijn-schema/"
    assert '<html lang="en">' in response.text
    # The switcher in the header carries the choice back to Dutch.
    assert 'href="/mijn-schema/?taal=nl"' in response.text
    assert client.get("/mijn-schema/?taal=nl").status_code == 200
    patient.refresh_from_db()
    assert patient.language == "nl"
    # The admin and the health check have one address: never redirected.
    assert client.get("/healthz").status_code == 200


def test_the_error_pages_in_english(client):
    response = client.get("/en/bestaat-niet/")
    assert response.status_code == 404
    assert "This page does not exist" in response.text
    assert '<html lang="en">' in response.text
    with translation.override(ENGLISH):
        assert "Something went wrong on our side" in loader.render_to_string("500.html")
        assert "The site is temporarily unavailable" in loader.render_to_string("503.html")


def test_a_form_error_in_english(client):
    response = client.post("/en/account/inloggen/", {"username": "", "password": ""})
    assert "Enter your e-mail address." in response.text
    assert "There is a problem" in response.text


def test_the_accounts_language_offers_every_language():
    choices = {choice for choice, _label in User._meta.get_field("language").choices}
    assert choices == set(LANGUAGE_CODES)
