"""One name per exercise (the library's) and one dosage vocabulary ("sets" and
"herhalingen") in everything a condition page shows. The exercises and their dosages live
in the programme; the condition pages explain the phases and link there."""

import html as html_lib
import re

import pytest

from rehab.models import Exercise

from .conftest import PUBLIC_PAGES

pytestmark = pytest.mark.django_db

# An English name in brackets that names an exercise, as in "Plank (plank)".
EXERCISE_WORDS = re.compile(
    r"curl|bridge|jump|squat|lunge|stretch|arabesque|plank|dead ?bug|clamshell|deadlift|raise",
    re.I,
)
# Dosage words other than sets and herhalingen: "4 series van 8 keer", "Doe dit 5 keer".
OTHER_DOSAGE_WORDS = re.compile(
    r"\bseries?\b|\bvan \d+ keer\b|\bdoe (?:dit|het|ze) \d+ keer\b", re.I
)


def page_text(html: str) -> str:
    main = html[html.index("<main") : html.index("</main>")]
    return " ".join(html_lib.unescape(re.sub(r"<[^>]+>", " ", main)).split())


def library_names() -> list[str]:
    return list(Exercise.objects.values_list("name", flat=True))


def names_not_in_library(text: str, library: list[str]) -> list[str]:
    """Each "Dutch (English)" exercise name in `text` that is not a library name."""
    known = [name.lower() for name in library]
    unknown = []
    for bracket in re.finditer(r"\(([^()]*)\)", text):
        if not EXERCISE_WORDS.search(bracket.group(1)):
            continue
        before = text[: bracket.end()].lower()
        if not any(before.endswith(name) for name in known):
            start = text.rfind("**", 0, bracket.start())
            unknown.append(text[max(start + 2, bracket.start() - 40) : bracket.end()].strip())
    return unknown


def test_the_check_finds_the_names_the_tendinopathy_page_used_to_restate():
    library = library_names()
    old = (
        "**Liggend been buigen (lying leg curl):** lig op je buik. Doe 4 series van 8 keer. "
        "**Hurksprong (squat jump):** spring. **Brug op één been (single leg bridge):** til."
    )
    assert names_not_in_library(old, library) == [
        "Liggend been buigen (lying leg curl)",
        "Hurksprong (squat jump)",
    ]
    assert OTHER_DOSAGE_WORDS.findall(old) == ["series", "van 8 keer"]
    assert names_not_in_library("bilspieren: bruggetje (glute bridge) en plank", library) == []


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_content_pages_name_exercises_as_the_library_does(get_html, path):
    assert names_not_in_library(page_text(get_html(path)), library_names()) == []


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_content_pages_count_only_in_sets_and_herhalingen(get_html, path):
    assert OTHER_DOSAGE_WORDS.findall(page_text(get_html(path))) == []


def test_the_tendinopathy_page_names_no_exercise_and_links_to_the_programme(get_html, tendinopathy):
    body = tendinopathy.sections.get(anchor="zelf-doen").body
    for name in library_names():
        assert name.lower() not in body.lower(), name
    assert not re.search(r"\d+\s*(?:×|x)\s*\d+|\d+ seconden", body)
    assert "(/oefenprogramma/)" in body
