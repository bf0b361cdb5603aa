import re

import pytest
from django.urls import reverse

from conditions.caching import content_version
from conditions.models import FAQ, Reference, Section, Treatment, WarningSign
from conditions.warning_signs import Sign
from tests.conditions.test_content import COPY_ERRORS

from .conftest import PUBLIC_PAGES, STRAIN, TENDINOPATHY

pytestmark = pytest.mark.django_db


def count_tags(html: str, tag: str) -> int:
    return len(re.findall(rf"<{tag}[\s>]", html))


def section_html(html: str, anchor: str) -> str:
    start = html.index(f'id="{anchor}"')
    return html[start : html.index("</section>", start)]


def test_url_names_are_stable():
    assert reverse("home") == "/"
    assert reverse("condition", kwargs={"slug": TENDINOPATHY}) == f"/klachten/{TENDINOPATHY}/"
    assert reverse("comparison") == "/vergelijken/"
    assert reverse("treatments") == "/behandelingen/"
    assert reverse("faq") == "/veelgestelde-vragen/"
    assert reverse("references") == "/bronnen/"


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_every_page_has_one_h1_and_dutch_text(get_html, path):
    html = get_html(path)
    assert count_tags(html, "h1") == 1
    assert '<html lang="nl">' in html


def test_unknown_condition_is_a_404(client):
    assert client.get("/klachten/tenniselleboog/").status_code == 404


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_pages_only_answer_get(client, path):
    assert client.post(path).status_code == 405


def test_home_offers_both_conditions_and_the_self_check(get_html):
    html = get_html("/")
    assert "drie spieren aan de achterkant van je bovenbeen" in html
    assert f'href="/klachten/{TENDINOPATHY}/"' in html
    assert f'href="/klachten/{STRAIN}/"' in html
    assert "Proximale hamstringtendinopathie" in html
    assert 'href="/zelftest/"' in html
    assert 'href="/vergelijken/"' in html
    assert 'href="/behandelingen/"' in html


def test_tendinopathy_page(get_html, tendinopathy):
    html = get_html(f"/klachten/{TENDINOPATHY}/")
    assert "<h1>Peesklachten bij het zitbot</h1>" in html
    assert "proximale hamstringtendinopathie" in html
    # the contents list links to every section, each section has that id
    for section in tendinopathy.sections.all():
        assert f'<a href="#{section.anchor}">{section.heading}</a>' in html
        assert f'id="{section.anchor}"' in html
    assert "Laatst gecontroleerd:" in html
    assert '<time datetime="2026-11-20">20 november 2026</time>' in html
    assert "Volgende controle:" in html
    assert '<time datetime="2027-11-20">20 november 2027</time>' in html
    # the four phases, with the exercises and their dosages on the programme page
    self_care = section_html(html, "zelf-doen")
    assert "Fase 4: snel en krachtig, terug naar je sport (dynamisch)" in self_care
    assert 'href="/oefenprogramma/"' in self_care
    # treatments with their facts, and the sources under their section
    for name in ["Oefentherapie", "Manuele therapie", "Shockwavetherapie", "corticosteroïden"]:
        assert name in html
    assert "Meestal 5 tot 7 keer, bij een fysiotherapeut." in html
    assert 'href="/bronnen/#bron-lempainen-2009"' in section_html(html, "wat-is-het")
    assert 'href="/bronnen/#bron-schroeter-2024"' in section_html(html, "hoe-vastgesteld")
    assert 'href="/bronnen/#bron-cacchio-2011"' in html
    # no grades table on this page
    assert "De drie graden" not in html


def test_strain_page_has_the_grades_table(get_html):
    html = get_html(f"/klachten/{STRAIN}/")
    grades = section_html(html, "hoe-ernstig")
    assert '<caption id="graden-caption">De drie graden van een hamstringblessure</caption>' in (
        grades
    )
    assert count_tags(grades, "tr") == 4
    assert "2 tot 3 weken" in grades
    assert "4 tot 8 weken" in grades
    assert "3 tot 6 maanden" in grades
    assert "Graad 3" in grades
    assert "48 tot 72 uur" in html
    assert "Nordic hamstring curl" in html
    assert "Deze oefening is zwaar: niet in het begin van je herstel." in html


@pytest.mark.parametrize("slug", [TENDINOPATHY, STRAIN])
def test_warning_signs_are_care_cards_with_the_urgency_in_words(get_html, slug):
    html = get_html(f"/klachten/{slug}/")
    cards = section_html(html, "wanneer-hulp")
    assert WarningSign.objects.filter(condition__slug=slug).count() == cards.count(
        'class="care-card care-card--'
    )
    assert 'class="care-card care-card--same-day"' in cards
    assert 'class="care-card care-card--within-days"' in cards
    assert 'class="care-card care-card--next-appointment"' in cards
    for words in ["Vandaag nog", "Binnen een paar dagen", "Bij je volgende afspraak"]:
        assert f"</span>{words}</span>" in cards


def test_strain_warning_signs_from_the_source(get_html):
    cards = section_html(get_html(f"/klachten/{STRAIN}/"), "wanneer-hulp")
    assert "knap" in cards
    assert "bloeding in de spier" in cards
    assert "niet lopen" in cards


def test_comparison_is_a_real_table(get_html):
    html = get_html("/vergelijken/")
    assert "<caption" in html
    assert '<th scope="col" role="columnheader"><a href="/klachten/' in html
    for label in ["Begin", "Plek van de pijn", "Typisch moment", "Oorzaak", "Herstel"]:
        assert f'<th scope="row" role="rowheader">{label}</th>' in html
    assert count_tags(html, "td") == 10
    assert "Langzaam, in weken of maanden." in html
    assert "Plotseling, tijdens het bewegen." in html


def test_treatments_overview_lists_every_treatment(get_html):
    html = get_html("/behandelingen/")
    for treatment in Treatment.objects.all():
        assert f'id="{treatment.page_anchor}"' in html
        assert treatment.sessions in html
    assert "van ongeveer 7 naar 4" in html
    assert "Hoe werkt het?" in html


def test_faq_lists_every_question_with_its_answer(get_html):
    html = get_html("/veelgestelde-vragen/")
    for faq in FAQ.objects.all():
        assert faq.question.replace("'", "&#x27;") in html
    assert "<h2>Algemeen</h2>" in html
    assert "<strong>Bilspieren:</strong>" in html


def test_references_page_lists_each_source_and_where_it_is_cited(get_html):
    html = get_html("/bronnen/")
    for reference in Reference.objects.all():
        assert f'id="{reference.anchor}"' in html
        assert f"<strong>{reference.authors}</strong>" in html
        assert f"<cite>{reference.journal}</cite> {reference.year}" in html
    assert f'href="/klachten/{TENDINOPATHY}/#behandeling-shockwave"' in html
    assert f'href="/klachten/{TENDINOPATHY}/#wat-is-het"' in html


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_no_copy_errors_on_any_page(get_html, path):
    html = get_html(path).lower()
    for phrase in COPY_ERRORS:
        assert phrase not in html, phrase


def test_no_foot_in_the_imaging_part(get_html):
    imaging = section_html(get_html(f"/klachten/{TENDINOPATHY}/"), "hoe-vastgesteld")
    assert "MRI" in imaging
    assert "voet" not in imaging.lower()


def add_more_content(condition) -> None:
    """One more of everything a page lists, so a per-row query would show up."""
    reference = Reference.objects.create(
        key="extra-2025", authors="Extra et al.", journal="J Test", year=2025
    )
    section = Section.objects.create(
        condition=condition, order=99, heading="Nog een vraag?", anchor="nog-een", body="Ja."
    )
    section.references.add(reference, Reference.objects.first())
    treatment = Treatment.objects.create(
        condition=condition,
        order=99,
        name="Nog een behandeling",
        anchor="nog-een",
        what_it_is="x",
        how_it_works="x",
        sessions="x",
        effect_expected="x",
        evidence="x",
    )
    treatment.references.add(reference)
    WarningSign.objects.create(condition=condition, code=Sign.WEAK_FOOT, sign="x", advice="x")
    FAQ.objects.create(condition=condition, question="Nog een vraag?", answer="Ja.")
    FAQ.objects.create(question="Algemene vraag?", answer="Ja.")


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_query_count_is_small_and_constant(
    count_queries, django_assert_max_num_queries, client, path, strain
):
    content_version()  # exists from the first visit after a deploy on: a one-off cost
    with django_assert_max_num_queries(10):
        client.get(path)
    before = count_queries(path)
    add_more_content(strain)
    assert count_queries(path) == before
