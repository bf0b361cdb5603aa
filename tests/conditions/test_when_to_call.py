"""Both condition pages have one block on who to call and when: 112, the huisartsenpost,
the huisarts, the physiotherapist; the warning signs themselves stay in their cards."""

import html as html_lib
import re

import pytest

from conditions.models import WarningSign
from conditions.warning_sign_labels import URGENCY_LABELS
from conditions.warning_signs import Urgency

from .conftest import STRAIN, TENDINOPATHY

pytestmark = pytest.mark.django_db


def block(html: str) -> str:
    start = html.index('<section class="when-to-call"')
    return html[start : html.index("</section>", start)]


@pytest.mark.parametrize("slug", [TENDINOPATHY, STRAIN])
def test_each_condition_page_has_one_block_on_who_to_call(get_html, slug):
    html = get_html(f"/klachten/{slug}/")
    assert html.count('class="when-to-call"') == 1
    when = block(html)
    assert '<h2 id="wanneer-bel-je">Wanneer bel je?</h2>' in when
    items = re.findall(r"<li>(.*?)</li>", when, re.S)
    labels = [
        html_lib.unescape(re.search(r"<strong>(.*?)</strong>", item, re.S).group(1))
        for item in items
    ]
    # Most urgent first; each says who and when in words, not in colour.
    assert labels == [
        "112: bij levensgevaar.",
        "Nu meteen, ook 's nachts: 112 of de huisartsenpost.",
        "De huisartsenpost: 's avonds, 's nachts, in het weekend en op feestdagen.",
        "Je huisarts: op werkdagen, overdag.",
        "Je fysiotherapeut: ook zonder verwijzing.",
    ]
    assert '<a href="tel:112">112</a>' in when
    assert "bel altijd eerst" in when
    assert "zonder verwijzing" in when


@pytest.mark.parametrize("slug", [TENDINOPATHY, STRAIN])
def test_the_block_links_to_the_warning_signs_instead_of_repeating_them(get_html, slug):
    html = get_html(f"/klachten/{slug}/")
    when = block(html)
    anchor = re.search(r'<a href="#([\w-]+)">waarschuwingssignalen</a>', when).group(1)
    assert f'<section class="condition-section" id="{anchor}">' in html
    assert 'class="care-card' in html[html.index(f'id="{anchor}"') :]
    for sign in WarningSign.objects.filter(condition__slug=slug):
        assert sign.sign not in when


@pytest.mark.parametrize("slug", [TENDINOPATHY, STRAIN])
def test_the_urgent_item_names_the_urgency_of_the_cards_that_cannot_wait(get_html, slug):
    html = get_html(f"/klachten/{slug}/")
    items = re.findall(r"<li>(.*?)</li>", block(html), re.S)
    urgent = html_lib.unescape(next(item for item in items if "Nu meteen" in item))
    # The same words as the self-check's emergency advice: 112 or the huisartsenpost.
    assert "112" in urgent and "huisartsenpost" in urgent
    # And the cards that cannot wait carry that very label (their urgency from the catalogue).
    emergency = WarningSign.objects.filter(condition__slug=slug, urgency=Urgency.EMERGENCY)
    assert emergency.exists()
    assert html.count(f"</span>{URGENCY_LABELS[Urgency.EMERGENCY]}</span>") == emergency.count()


def test_without_a_warning_signs_section_the_block_does_not_link_nowhere(get_html, strain):
    strain.sections.filter(extra="warning_signs").update(extra="")
    when = block(get_html(f"/klachten/{STRAIN}/"))
    assert "waarschuwingssignalen</a>" not in when
    assert "Wanneer bel je?" in when
