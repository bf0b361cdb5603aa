import pytest
from django.core.cache import caches

from conditions.models import Reference, Section

pytestmark = pytest.mark.django_db

PAGE = "/klachten/peesklachten-zitbot/"


def test_a_repeat_visit_renders_the_body_from_the_cache(client, django_assert_max_num_queries):
    caches["fragments"].clear()
    client.get(PAGE)
    with django_assert_max_num_queries(2):
        response = client.get(PAGE)
    assert "Wat is het?" in response.content.decode()


def test_an_editors_save_shows_on_the_next_visit(client):
    client.get(PAGE)
    section = Section.objects.filter(condition__slug="peesklachten-zitbot").first()
    section.body = "Nieuwe uitleg over het zitbot, net bewerkt."
    section.save()
    assert "Nieuwe uitleg over het zitbot, net bewerkt." in client.get(PAGE).content.decode()


def test_adding_a_reference_to_a_section_shows_on_the_next_visit(client):
    client.get(PAGE)
    section = Section.objects.filter(condition__slug="peesklachten-zitbot").first()
    reference = Reference.objects.exclude(sections=section).first()
    section.references.add(reference)
    body = client.get(PAGE).content.decode()
    assert reference.authors in body
