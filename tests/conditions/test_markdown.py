import pytest

from conditions.markdown import render_markdown

from .conftest import TENDINOPATHY

EVIL = (
    "Gewone tekst.\n\n"
    '<script>alert("xss")</script>\n\n'
    '<img src="x" onerror="alert(2)">\n\n'
    "[klik](javascript:alert(3))\n\n"
    '<a href="/" onclick="alert(4)">link</a>\n\n'
    '<iframe src="https://example.org"></iframe>'
)


def test_markdown_becomes_html():
    html = render_markdown("**vet** en *schuin*\n\n- een\n- twee\n\n### Tussenkop")
    assert "<strong>vet</strong>" in html
    assert "<em>schuin</em>" in html
    assert "<li>een</li>" in html
    assert "<h3>Tussenkop</h3>" in html


def test_scripts_handlers_and_dangerous_links_are_removed():
    html = render_markdown(EVIL)
    assert "Gewone tekst." in html
    for bad in ["<script", "alert", "onerror", "onclick", "javascript:", "<iframe", "<img"]:
        assert bad not in html, bad


def test_page_headings_cannot_be_added_from_a_body():
    # The page has one h1 and one h2 per section; a body keeps its text, not the level.
    html = render_markdown("# Grote kop\n\n## Middelkop\n\ntekst")
    assert "<h1" not in html
    assert "<h2" not in html
    assert "Grote kop" in html


def test_safe_links_stay():
    html = render_markdown("[bronnen](/bronnen/) en [site](https://example.org)")
    assert 'href="/bronnen/"' in html
    assert 'href="https://example.org"' in html


@pytest.mark.django_db
def test_a_script_in_a_section_body_never_reaches_the_page(client, tendinopathy):
    section = tendinopathy.sections.get(anchor="wat-is-het")
    section.body = EVIL
    section.save()
    html = client.get(f"/klachten/{TENDINOPATHY}/").content.decode()
    assert "Gewone tekst." in html
    assert "alert(" not in html
    assert "onerror" not in html
    assert "javascript:" not in html


@pytest.mark.django_db
def test_a_script_in_a_faq_answer_never_reaches_the_page(client):
    from conditions.models import FAQ

    faq = FAQ.objects.first()
    faq.answer = EVIL
    faq.save()
    html = client.get("/veelgestelde-vragen/").content.decode()
    assert "Gewone tekst." in html
    assert "alert(" not in html
