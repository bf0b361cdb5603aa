import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

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


def test_a_visitor_without_cookies_gets_the_stored_page_with_its_headers(
    client, django_assert_max_num_queries
):
    first = client.get(PAGE)
    assert not first.cookies, "a public page sets no cookie for an anonymous visitor"
    with django_assert_max_num_queries(1):
        second = client.get(PAGE)
    assert second.content == first.content
    assert "default-src 'self'" in second["Content-Security-Policy"]
    assert second["X-Content-Type-Options"] == "nosniff"


def test_a_visitor_with_a_cookie_gets_a_freshly_rendered_page(client):
    client.get(PAGE)
    client.cookies["csrftoken"] = "x" * 32
    with CaptureQueriesContext(connection) as queries:
        client.get(PAGE)
    # The view ran (it looks the condition up), instead of the visitors' store answering.
    assert any("conditions_condition" in q["sql"] for q in queries.captured_queries)


def test_a_signed_in_user_never_gets_the_visitors_page(client):
    from tests.factories import make_patient

    client.get(PAGE)
    client.force_login(make_patient(name="Ineke Ingelogd"))
    assert "Uitloggen" in client.get(PAGE).content.decode()
