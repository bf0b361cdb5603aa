"""The exercise illustrations are safe, standalone SVG files (no database needed)."""

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
SVG_DIR = Path(__file__).resolve().parents[2] / "static" / "svg" / "exercises"
VIEWBOX = "0 0 480 200"

SLUGS = [
    "single-leg-bridge",
    "lying-leg-curl",
    "seated-one-leg-curl",
    "single-leg-arabesque",
    "squat-jump",
    "alternating-split-squat-jump",
    "glute-bridge",
    "clamshell",
    "plank",
    "dead-bug",
    "nordic-hamstring-curl",
    "hip-flexor-stretch",
    "hamstring-stretch",
    "quadriceps-stretch",
    "isometric-heel-press",
    "walking",
    "jogging",
    "tempo-run",
    "change-of-direction",
    "sprint",
    "sport-drills",
]

FORBIDDEN_ELEMENTS = {"script", "style", "foreignObject", "image", "a", "iframe", "text"}


def local(name: str) -> str:
    """Tag or attribute name without its {namespace}."""
    return name.rsplit("}", 1)[-1]


def parse(slug: str) -> ET.Element:
    return ET.parse(SVG_DIR / f"{slug}.svg").getroot()


@pytest.mark.parametrize("slug", SLUGS)
def test_file_exists(slug):
    assert (SVG_DIR / f"{slug}.svg").is_file()


@pytest.mark.parametrize("slug", SLUGS)
def test_root_is_svg_with_viewbox_and_size(slug):
    root = parse(slug)
    assert root.tag == f"{{{SVG_NS}}}svg"
    assert root.get("viewBox") == VIEWBOX
    assert root.get("width") == "480"
    assert root.get("height") == "200"


@pytest.mark.parametrize("slug", SLUGS)
def test_has_a_non_empty_title(slug):
    title = parse(slug).find(f"{{{SVG_NS}}}title")
    assert title is not None
    assert title.text and title.text.strip()


@pytest.mark.parametrize("slug", SLUGS)
def test_no_active_or_external_content(slug):
    for element in parse(slug).iter():
        assert element.tag.startswith(f"{{{SVG_NS}}}"), element.tag
        assert local(element.tag) not in FORBIDDEN_ELEMENTS, element.tag
        for name, value in element.attrib.items():
            attr = local(name).lower()
            assert attr != "style", (element.tag, name)
            assert not attr.startswith("on"), (element.tag, name)
            assert attr != "href", (element.tag, name, value)
            assert "url(" not in value.replace(" ", "").lower(), (element.tag, name, value)


@pytest.mark.parametrize("slug", SLUGS)
def test_no_href_or_script_anywhere_in_the_source(slug):
    source = (SVG_DIR / f"{slug}.svg").read_text(encoding="utf-8").lower()
    assert XLINK_NS not in source
    assert "href" not in source
    assert "<script" not in source
    assert "javascript:" not in source
    assert "<!doctype" not in source
    assert "<!entity" not in source
