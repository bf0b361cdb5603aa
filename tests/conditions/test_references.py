"""References carry their full title and, where verified, a DOI or a link; /bronnen/ shows
title, authors, journal, year and the DOI as a link to https://doi.org/."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from conditions import selfcheck
from conditions.models import DOI_PATTERN, Reference

pytestmark = pytest.mark.django_db

# Each read on PubMed, the journal's site or a library record of the article (see 0011).
VERIFIED_DOIS = {
    # The outcome measures and their MCIDs (conditions migration 0017).
    "farrar-2001": "10.1016/S0304-3959(01)00349-9",
    "abbott-2014": "10.2519/jospt.2014.5248",
    "kamper-2010": "10.1016/j.jclinepi.2009.09.009",
    "beurskens-1996": "10.1016/0304-3959(95)00149-2",
    "beatty-2017": "10.1249/JSR.0000000000000355",
    "cacchio-2011": "10.1177/0363546510379324",
    "campos-villegas-2024": "10.26603/001c.116578",
    "coombes-2010": "10.1016/S0140-6736(10)61160-9",
    "dubois-2020": "10.1136/bjsports-2019-101253",
    "goom-2016": "10.2519/jospt.2016.5986",
    "hickey-2020": "10.2519/jospt.2020.8895",
    "martin-2022": "10.2519/jospt.2022.0301",
    "silbernagel-2007": "10.1177/0363546506298279",
    "speed-2001": "10.1136/bmj.323.7309.382",
    "van-der-horst-2017": "10.1136/bjsports-2016-097206",
    "zissen-2010": "10.2214/AJR.09.3674",
    # Found later (conditions migration 0020).
    "subbu-2015": "10.1177/0363546514557938",
    "schroeter-2024": "10.1055/a-2010-8121",
}


def test_the_verified_dois_are_stored_and_all_dois_look_like_dois():
    stored = dict(Reference.objects.exclude(doi="").values_list("key", "doi"))
    assert stored == VERIFIED_DOIS
    for doi in stored.values():
        assert re.fullmatch(DOI_PATTERN, doi), doi


def test_references_without_a_doi_have_a_link_or_nothing_yet():
    without = {r.key: r.url for r in Reference.objects.filter(doi="")}
    assert without["davenport-2015"] == "https://pubmed.ncbi.nlm.nih.gov/26206832/"
    assert without["lempainen-2009"].startswith("https://insights.ovid.com/")
    assert without["gidwani-2004"] == "https://www.bmj.com/content/329/7457/99"
    assert without["thuisarts-trombosebeen"].startswith("https://www.thuisarts.nl/")
    # No record found: left empty rather than guessed.
    for key in ["auriemma-2020", "nicholson-2014"]:
        assert without[key] == ""


def test_every_reference_with_a_doi_or_link_has_its_full_title():
    for reference in Reference.objects.all():
        if reference.doi or reference.url:
            assert len(reference.title) > 30, reference.key


@pytest.mark.parametrize(
    "doi", ["10.2519/jospt.2016.5986", "10.1016/S0140-6736(10)61160-9", "10.1000.10/abc"]
)
def test_a_doi_is_accepted(doi):
    Reference(key="x-2020", authors="X", journal="J", year=2020, doi=doi).full_clean()


@pytest.mark.parametrize(
    "doi",
    ["https://doi.org/10.2519/jospt.2016.5986", "doi:10.2519/x", "10.25/x", "10.2519/", "11.1/x"],
)
def test_anything_else_is_refused_with_a_dutch_message(doi):
    reference = Reference(key="x-2020", authors="X", journal="J", year=2020, doi=doi)
    with pytest.raises(ValidationError) as error:
        reference.full_clean()
    assert error.value.message_dict["doi"] == [
        "Een DOI begint met 10., bijv. 10.2519/jospt.2016.5986."
    ]


def test_the_references_page_shows_each_source_in_full_with_its_doi_as_a_link(get_html):
    html = get_html("/bronnen/")
    for reference in Reference.objects.all():
        start = html.index(f'id="{reference.anchor}"')
        entry = html[start : html.index("</li>", start)]
        assert f"<strong>{reference.authors}</strong>" in entry
        assert f"<cite>{reference.journal}</cite> {reference.year}." in entry
        if reference.title:
            # A title that ends in a question mark gets no full stop after it.
            stop = "" if reference.title[-1] in ".?!" else "."
            assert f" {reference.title}{stop} <cite>" in entry
        if reference.key in selfcheck.SOURCES:
            assert f'<a href="{reverse("selfcheck")}">de zelftest</a>' in entry
        if reference.doi:
            doi = reference.doi
            assert f'DOI: <a href="https://doi.org/{doi}">{doi}</a>' in entry
        elif reference.url:
            assert f'<a href="{reference.url}">De publicatie online' in entry
        else:
            assert '<a href="http' not in entry
