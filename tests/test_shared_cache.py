"""Two app servers, one PostgreSQL database and one Redis (CACHE_URL), all on loopback: a
change made through one server shows on the very next request to the other. Needs
PostgreSQL (CI's PostgreSQL pass) and the local Redis (required under CI=true)."""

import re

import pytest
import redis

from bench.stack import Client

from .fault_tools import (
    form_values,
    free_port,
    fresh_database,
    gunicorn,
    manage,
    postgres_url,
    production_env,
)
from .test_cache import LOCAL_REDIS, local_redis_or_skip

pytestmark = pytest.mark.skipif(
    postgres_url() is None, reason="needs PostgreSQL: set DATABASE_URL (CI does)"
)

PAGE = "/klachten/peesklachten-zitbot/"
REDIS_DATABASE = 13  # this test's own: emptied before it starts


@pytest.fixture(scope="module")
def two_servers():
    local_redis_or_skip()
    redis.Redis.from_url(f"{LOCAL_REDIS}/{REDIS_DATABASE}").flushdb()
    database = fresh_database(postgres_url(), "hamstring_shared_cache")
    ports = free_port(), free_port()
    envs = [
        {**production_env(database, port), "CACHE_URL": f"{LOCAL_REDIS}/{REDIS_DATABASE}"}
        for port in ports
    ]
    for command in (("migrate", "--noinput"), ("create_demo_accounts",), ("create_demo_data",)):
        manage(envs[0], *command)
    with gunicorn(envs[0], ports[0]), gunicorn(envs[1], ports[1]):
        yield ports


def signed_in(port: int, email: str) -> Client:
    client = Client(port)
    client.login(email)
    return client


def on(port: int, client: Client) -> Client:
    """The same browser (its cookies) talking to another server."""
    other = Client(port)
    other.cookies = client.cookies
    return other


def test_an_editors_save_on_one_server_shows_on_the_next_request_to_the_other(two_servers):
    a, b = two_servers
    visitor = Client(b)
    status, before = visitor.request("GET", PAGE)
    assert status == 200
    assert visitor.request("GET", PAGE)[1] == before  # now served from B's memory

    editor = signed_in(a, "beheer@example.org")
    status, sections = editor.request("GET", "/beheer/conditions/section/")
    section_id = re.search(r'href="/beheer/conditions/section/(\d+)/change/', sections)[1]
    change = f"/beheer/conditions/section/{section_id}/change/"
    status, form = editor.request("GET", change)
    assert status == 200
    values = [
        # The Dutch text (django-modeltranslation gives the admin a body field per language).
        (name, value + "\n\nNieuwe zin van de redactie." if name == "body_nl" else value)
        for name, value in form_values(form, "section_form")
    ]
    assert "body_nl" in dict(values), "the admin's section form should have a Dutch body field"
    # B has just read the version: without the shared cache it would keep it a moment.
    assert visitor.request("GET", PAGE)[1] == before
    status, _ = editor.request("POST", change, [*values, ("_save", "Opslaan")])
    assert status == 302

    status, after = Client(b).request("GET", PAGE)
    assert status == 200
    assert "Nieuwe zin van de redactie." in after


def test_a_session_logged_on_one_server_shows_in_mijn_schema_on_the_other(two_servers):
    a, b = two_servers
    patient_on_a = signed_in(a, "patient@example.org")
    patient_on_b = on(b, patient_on_a)
    status, page = patient_on_b.request("GET", "/mijn-schema/")
    assert status == 200
    assert "vandaag al een sessie bijgehouden" not in page

    plan_id = re.search(r'action="/mijn-schema/(\d+)/sessie/"', page)[1]
    today = re.search(r'name="date"[^>]*value="([\d-]+)"', page)[1]
    sets = dict.fromkeys(re.findall(r'name="(sets_\d+)"', page), "2")
    form = {"date": today, "pain_during": "2", "note": "", **sets}
    status, _ = patient_on_a.request("POST", f"/mijn-schema/{plan_id}/sessie/", form)
    assert status == 302

    status, page = patient_on_b.request("GET", "/mijn-schema/")
    assert status == 200
    assert "vandaag al een sessie bijgehouden" in page
