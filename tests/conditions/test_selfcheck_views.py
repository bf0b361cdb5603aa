import re

import pytest
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse

from conditions.selfcheck_forms import OUTCOME_STEP, QUESTIONS

pytestmark = pytest.mark.django_db

START = reverse("selfcheck")
URL = reverse("selfcheck_questions")
HTMX = {"HTTP_HX_REQUEST": "true"}

# Answers per question, in order: an acute strain of grade 2 (no warning sign).
STRAIN_2 = {
    "onset": "sudden",
    "pop": "no",
    "legs": "one",
    "walking": "painful-weak",
    "swelling": "no",
    "numbness": "no",
    "course": "under-3-days",
    "location": "thigh",
    "sitting_pain": "no",
    "red_flags": "none",
    "training": "no",
    "age": "18-or-older",
}


def first(n: int, answers: dict = STRAIN_2) -> dict:
    """The first n answers."""
    return dict(list(answers.items())[:n])


def post(client, data: dict, htmx: bool = False):
    return client.post(URL, data, **(HTMX if htmx else {}))


def text(response) -> str:
    return re.sub(r"\s+", " ", response.content.decode())


def caption(response) -> str:
    return re.search(r'class="heading-caption">([^<]+)<', response.content.decode())[1]


def checked(response, name: str) -> str | None:
    match = re.search(rf'name="{name}" value="([^"]+)"[^>]*checked', response.content.decode())
    return match[1] if match else None


def test_start_page_explains_and_links_to_the_first_question(client):
    response = client.get(START)
    assert response.status_code == 200
    body = text(response)
    assert body.count("<h1") == 1
    assert "Zelftest: spierpijn, blessure of naar de huisarts?" in body
    assert f'href="{URL}"' in body
    assert "We bewaren je antwoorden niet." in body


def test_first_question_is_a_full_page_with_a_legend_as_heading(client):
    response = client.get(URL)
    assert response.status_code == 200
    body = text(response)
    assert "<html" in body
    assert caption(response) == "Vraag 1 van 12"
    assert '<legend><h1 tabindex="-1">' in body
    assert 'method="post"' in body
    assert f'action="{URL}"' in body
    assert f'hx-post="{URL}"' in body
    assert 'hx-target="#selfcheck"' in body
    assert "<title>Vraag 1 van 12: Hoe begon de pijn? – Zelftest – Hamstring</title>" in body


def test_answering_a_step_shows_the_next_one_as_a_full_page(client):
    response = post(client, {"step": "1", "onset": "sudden"})
    assert response.status_code == 200
    assert "<html" in text(response)
    assert caption(response) == "Vraag 2 van 12"
    assert 'name="onset" value="sudden"' in text(response)  # travels as a hidden field


def test_htmx_gets_only_the_step_with_its_title(client):
    response = post(client, {"step": "1", "onset": "sudden"}, htmx=True)
    assert response.status_code == 200
    body = text(response)
    assert "<html" not in body
    assert "<footer" not in body
    assert body.strip().startswith("<title>Vraag 2 van 12: Voelde of hoorde je een knap")
    assert '<div id="selfcheck" class="selfcheck">' in body
    assert caption(response) == "Vraag 2 van 12"
    assert "HX-Request" in response["Vary"]


def test_each_step_counts_up_and_the_last_shows_the_outcome(client):
    for step in range(1, len(QUESTIONS)):
        response = post(client, {"step": step, **first(step)}, htmx=True)
        assert caption(response) == f"Vraag {step + 1} van 12"
        assert str(QUESTIONS[step].label) in text(response)
    response = post(client, {"step": len(QUESTIONS), **STRAIN_2})
    assert caption(response) == "Uitkomst van de zelftest"
    assert "Dit lijkt op een matige hamstringblessure (graad 2)" in text(response)


def test_the_last_step_says_so_on_its_button(client):
    response = post(client, {"step": 11, **first(11)})
    assert "Bekijk de uitkomst" in text(response)
    assert "Volgende" not in text(response)


FIRST_AID = ["Wat doe je de eerste dagen?", 'href="/bronnen/#bron-dubois-2020"', "ibuprofen"]
OUTCOMES = {
    "soreness": (
        {
            **STRAIN_2,
            "onset": "gradual",
            "legs": "both",
            "walking": "normal",
            "course": "improving",
        },
        [
            "Waarschijnlijk gewone spierpijn",
            "We denken dit omdat de pijn geleidelijk begon, je het in allebei je benen voelt "
            "en het beter wordt met rust.",
            "Wanneer kijk je opnieuw?",
            "48 tot 72 uur",
        ],
    ),
    "strain-1": (
        {**STRAIN_2, "walking": "normal"},
        [
            "Dit lijkt op een lichte hamstringblessure (graad 1)",
            "We denken dit omdat de pijn plotseling begon en je nog redelijk kunt lopen.",
            "Wat betekent graad 1?",
            "Als het graad 1 is, duurt herstel meestal:</strong> 2 tot 3 weken.",
            *FIRST_AID,
            'href="/klachten/hamstringblessure/"',
        ],
    ),
    "strain-2": (
        STRAIN_2,
        [
            "Dit lijkt op een matige hamstringblessure (graad 2)",
            '<div class="care-card care-card--within-days">',
            "Wat betekent graad 2?",
            "Laat een fysiotherapeut of arts onderzoeken hoe ernstig het is.",
            "4 tot 8 weken",
            *FIRST_AID,
            'href="/klachten/hamstringblessure/"',
        ],
    ),
    "tendinopathy": (
        {
            **STRAIN_2,
            "onset": "gradual",
            "walking": "normal",
            "course": "not-improving-2-weeks",
            "location": "sit-bone",
            "sitting_pain": "yes",
        },
        [
            "Je klachten passen bij peesklachten bij het zitbot",
            "We denken dit omdat de pijn geleidelijk begon, de pijn rond je zitbot zit en "
            "zitten pijn doet.",
            '<div class="care-card care-card--next-appointment">',
            "minstens 3 tot 4 maanden",
            'href="/klachten/peesklachten-zitbot/"',
        ],
    ),
    "unclear": (
        {**STRAIN_2, "onset": "gradual", "walking": "normal"},
        [
            "Je klachten passen niet duidelijk bij één beeld",
            "Een hamstringblessure begint plotseling.",
            '<div class="care-card care-card--next-appointment">',
        ],
    ),
    "tendon-tear": (
        {**STRAIN_2, "pop": "yes", "swelling": "yes"},
        [
            "Laat je been vandaag nog nakijken",
            '<div class="care-card care-card--same-day">',
            '<h2 class="care-card__heading"><span class="care-card__urgency">Vandaag nog</span>',
            "We raden dit aan omdat je een knap voelde en je een zwelling of blauwe plek hebt.",
            "de pees van het bot is gescheurd",
            "binnen een paar weken",
            'href="/bronnen/#bron-subbu-2015"',
            "Wat kan er aan de hand zijn?",
            "Hoe ernstig het is en hoe lang herstel duurt, kan alleen een arts zeggen.",
        ],
    ),
    "cannot-walk": (
        {**STRAIN_2, "walking": "hardly"},
        [
            "Laat je been vandaag nog nakijken",
            "care-card--same-day",
            "We raden dit aan omdat je bijna niet kunt lopen.",
            "ernstige hamstringblessure (graad 3)",
            "3 tot 6 maanden",
        ],
    ),
    "numbness": (
        {**STRAIN_2, "onset": "gradual", "walking": "normal", "numbness": "yes"},
        [
            "Laat je been binnen een paar dagen nakijken",
            '<div class="care-card care-card--within-days">',
            '<span class="care-card__urgency">Binnen een paar dagen</span>',
            "druk op een zenuw",
            "Bel meteen 112 of de huisartsenpost",
        ],
    ),
    "no-improvement": (
        {**STRAIN_2, "walking": "normal", "course": "not-improving-2-weeks"},
        [
            "Laat je been binnen een paar dagen nakijken",
            "care-card--within-days",
            "We raden dit aan omdat de pijn na 2 weken nog niet beter is.",
            "Soms is een echo of MRI nodig.",
        ],
    ),
    "emergency": (
        {**STRAIN_2, "red_flags": ["saddle", "calf"]},
        [
            "Bel nu 112 of de huisartsenpost",
            '<div class="care-card care-card--emergency">',
            '<span class="care-card__urgency">Nu meteen</span>',
            "zenuwen onder in je rug",
            "trombose",
            'href="/bronnen/#bron-royal-free-cauda-equina"',
            'href="/bronnen/#bron-thuisarts-trombosebeen"',
        ],
    ),
    "warm-calf": (
        {**STRAIN_2, "onset": "gradual", "walking": "normal", "red_flags": "calf"},
        [
            "Laat je been vandaag nog nakijken",
            "care-card--same-day",
            "We raden dit aan omdat je kuit dik, warm en pijnlijk is.",
            "trombose",
            'href="/bronnen/#bron-thuisarts-trombosebeen"',
        ],
    ),
}


@pytest.mark.parametrize("htmx", [False, True], ids=["full-page", "htmx"])
@pytest.mark.parametrize("name", OUTCOMES)
def test_each_outcome_shows_its_reasons_advice_and_disclaimer(client, name, htmx):
    answers, expected = OUTCOMES[name]
    response = post(client, {"step": len(QUESTIONS), **answers}, htmx=htmx)
    assert response.status_code == 200
    body = text(response)
    for snippet in expected:
        assert snippet in body
    if FIRST_AID[0] not in expected:
        assert FIRST_AID[0] not in body
    if "tear" in name:
        assert "duurt herstel meestal" not in body  # no confident recovery time
    assert "Deze zelftest geeft geen diagnose." in body
    assert body.count("<h1") == 1
    if "care-card" not in " ".join(expected):
        assert "care-card" not in body
    assert ("<html" in body) is not htmx


def test_the_outcome_lists_the_answers_with_a_change_button_each(client):
    response = post(client, {"step": len(QUESTIONS), **STRAIN_2})
    body = text(response)
    assert "Plotseling, tijdens het sporten of bewegen" in body
    for step, question in enumerate(QUESTIONS, start=1):
        assert f'name="goto" value="{step}"' in body
        assert f"je antwoord op: {question.label}" in body
    assert f'name="step" value="{OUTCOME_STEP}"' in body


def test_changing_an_answer_from_the_outcome_opens_that_question_already_chosen(client):
    response = post(client, {"step": OUTCOME_STEP, "goto": "4", **STRAIN_2})
    assert caption(response) == "Vraag 4 van 12"
    assert checked(response, "walking") == "painful-weak"
    # The other answers travel along, so "Volgende" leads on without asking them again.
    response = post(client, {"step": 4, **STRAIN_2, "walking": "normal"})
    assert caption(response) == "Vraag 5 van 12"
    assert checked(response, "swelling") == "no"


def test_previous_goes_back_one_step_with_the_answer_chosen(client):
    response = post(client, {"step": 3, "goto": "2", **first(2)})
    assert caption(response) == "Vraag 2 van 12"
    assert checked(response, "pop") == "no"
    assert 'name="onset" value="sudden"' in text(response)


def test_previous_on_the_first_step_is_a_link_to_the_start_page(client):
    assert f'class="button button--secondary" href="{START}">Vorige</a>' in text(client.get(URL))


@pytest.mark.parametrize("htmx", [False, True], ids=["full-page", "htmx"])
def test_a_missing_answer_shows_the_step_again_with_a_message(client, htmx):
    response = post(client, {"step": 2, **first(1)}, htmx=htmx)
    assert response.status_code == 200
    body = text(response)
    assert caption(response) == "Vraag 2 van 12"
    assert "Er is een probleem" in body
    assert '<a href="#id_pop_0">Kies of je een knap voelde of hoorde.</a>' in body
    assert 'aria-describedby="id_pop_helptext id_pop_error"' in body
    assert "Fout: Vraag 2 van 12" in body  # in the title
    assert "We konden je antwoord" not in body


@pytest.mark.parametrize("value", ["maybe", "", "YES", "yes ", "<script>"])
def test_an_unknown_answer_shows_the_step_again_with_a_message(client, value):
    response = post(client, {"step": 2, **first(1), "pop": value})
    assert response.status_code == 200
    assert caption(response) == "Vraag 2 van 12"
    body = text(response)
    assert "Kies of je een knap voelde of hoorde." in body or "Dit antwoord kennen we niet" in body
    assert "<script>" not in body  # an unknown value is never echoed


@pytest.mark.parametrize(
    ("data", "back_to", "message"),
    [
        ({"step": 5, **first(4), "pop": "perhaps"}, 2, "Dit antwoord kennen we niet."),
        ({"step": 5, **{k: v for k, v in first(4).items() if k != "legs"}}, 3, "Kies of je"),
        ({"step": OUTCOME_STEP, **first(11)}, 12, "Kies hoe oud je bent."),
        ({"step": 3, "goto": "2", "pop": "yes"}, 1, "Kies hoe de pijn begon."),
    ],
    ids=["tampered", "missing", "outcome-missing-last", "back-without-first"],
)
def test_a_tampered_earlier_answer_sends_the_visitor_back_to_that_step(
    client, data, back_to, message
):
    response = post(client, data)
    assert response.status_code == 200
    assert caption(response) == f"Vraag {back_to} van 12"
    body = text(response)
    assert "We konden je antwoord op deze vraag niet lezen. Kies opnieuw." in body
    assert message in body


@pytest.mark.parametrize(
    "data",
    [
        {"onset": "sudden"},
        {"step": "abc", "onset": "sudden"},
        {"step": "0"},
        {"step": "-1"},
        {"step": "14"},
        {"step": "²"},
        {"step": "99999999999999999999999"},
        {"step": "3", "goto": "x"},
        {"step": "3", "goto": "0"},
        {"step": "3", "goto": "13"},
    ],
)
def test_a_tampered_step_number_shows_the_first_step_with_a_message(client, data):
    response = post(client, data)
    assert response.status_code == 200
    assert caption(response) == "Vraag 1 van 12"
    assert "Er ging iets mis met de zelftest. Begin opnieuw bij de eerste vraag." in text(response)


def test_a_get_with_answers_in_the_address_is_ignored(client):
    response = client.get(URL, {"step": "12", **STRAIN_2})
    assert caption(response) == "Vraag 1 van 12"
    assert checked(response, "onset") is None


@pytest.mark.parametrize("method", ["put", "delete", "patch"])
def test_other_methods_are_not_allowed(client, method):
    assert getattr(client, method)(URL).status_code == 405
    assert getattr(client, method)(START).status_code == 405


def test_a_post_is_refused_without_the_csrf_token():
    client = Client(enforce_csrf_checks=True)
    assert client.post(URL, {"step": "1", "onset": "sudden"}).status_code == 403


def test_nothing_about_the_visitor_is_stored():
    client = Client(enforce_csrf_checks=True)
    # The only cookie is Django's CSRF token (base.html hands it to htmx on every page).
    assert set(client.get(START).cookies) <= {"csrftoken"}
    page = client.get(URL)
    assert set(page.cookies) <= {"csrftoken"}
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode())[1]
    for step in range(1, len(QUESTIONS) + 1):
        data = {"csrfmiddlewaretoken": token, "step": step, **first(step)}
        for response in (client.post(URL, data), client.post(URL, data, **HTMX)):
            assert response.status_code == 200
            assert set(response.cookies) <= {"csrftoken"}
            assert "no-store" in response["Cache-Control"]
    assert "Uitkomst van de zelftest" in text(response)
    assert "sessionid" not in client.cookies
    assert Session.objects.count() == 0


RED_FLAGS_STEP = [q.name for q in QUESTIONS].index("red_flags") + 1


@pytest.mark.parametrize(
    ("red_flags", "message"),
    [
        (
            [],
            "Kies minstens één antwoord. Heb je geen van deze klachten? Kies dan ‘Nee, geen "
            "van deze’.",
        ),
        (
            ["none", "calf"],
            "Je koos ‘Nee, geen van deze’ en ook een klacht. Kies alleen de klachten die je "
            "hebt, of alleen ‘Nee, geen van deze’.",
        ),
        (["fever", "maybe"], "Dit antwoord kennen we niet. Kies een van de antwoorden."),
    ],
    ids=["none-chosen", "none-with-a-complaint", "unknown"],
)
def test_the_red_flags_question_is_validated_with_a_message_tied_to_it(client, red_flags, message):
    data = {"step": RED_FLAGS_STEP, **first(RED_FLAGS_STEP - 1), "red_flags": red_flags}
    response = post(client, data)
    assert response.status_code == 200
    assert caption(response) == f"Vraag {RED_FLAGS_STEP} van 12"
    body = text(response)
    assert f'<a href="#id_red_flags_0">{message}</a>' in body
    assert 'aria-describedby="id_red_flags_helptext id_red_flags_error"' in body
    assert 'type="checkbox" name="red_flags"' in body
    assert Session.objects.count() == 0


def test_the_red_flags_are_a_labelled_checkbox_group_that_travels_along(client):
    data = {"step": RED_FLAGS_STEP, **first(RED_FLAGS_STEP - 1), "red_flags": ["fever", "calf"]}
    response = post(client, data)
    assert caption(response) == f"Vraag {RED_FLAGS_STEP + 1} van 12"
    body = text(response)
    # Both answers travel as hidden fields, in the order of the choices.
    assert body.index('name="red_flags" value="calf"') < body.index(
        'name="red_flags" value="fever"'
    )
    response = post(client, {"step": OUTCOME_STEP, "goto": RED_FLAGS_STEP, **STRAIN_2, **data})
    assert "<legend><h1" in text(response)
    assert 'value="calf" id="id_red_flags_1" checked' in text(response)
    assert 'value="fever" id="id_red_flags_2" checked' in text(response)


def test_the_outcome_lists_every_red_flag_chosen(client):
    response = post(client, {"step": OUTCOME_STEP - 1, **STRAIN_2, "red_flags": ["fever", "calf"]})
    assert "Een dikke, warme en pijnlijke kuit, Koorts, of je voelt je ziek" in text(response)
