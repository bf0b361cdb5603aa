"""Fault tests against the production stack: gunicorn on PostgreSQL, with the database
cut off and restored through a proxy. They need PostgreSQL: CI runs them in its
PostgreSQL pass (DATABASE_URL)."""

import datetime
import re
from urllib.parse import urlparse

import psycopg
import pytest
from django.utils import timezone

from .fault_tools import (
    CuttableProxy,
    free_port,
    fresh_database,
    get,
    gunicorn,
    kill_hard,
    manage,
    postgres_url,
    production_env,
    via_proxy,
)

pytestmark = pytest.mark.skipif(
    postgres_url() is None, reason="needs PostgreSQL: set DATABASE_URL (CI does)"
)


@pytest.fixture(scope="module")
def stack():
    direct = fresh_database(postgres_url(), "hamstring_faults")
    parsed = urlparse(direct)
    proxy = CuttableProxy(parsed.hostname or "127.0.0.1", parsed.port or 5432)
    proxy.restore()
    port = free_port()
    env = production_env(via_proxy(direct, proxy), port)
    manage(env, "migrate", "--noinput")
    with gunicorn(env, port):
        yield {"port": port, "proxy": proxy}
    proxy.cut()


def test_health_and_pages_answer_503_while_the_database_is_gone_and_recover(stack):
    port, proxy = stack["port"], stack["proxy"]
    assert get(port, "/healthz")[0] == 200
    # A page the database renders (condition pages come from memory for visitors).
    assert get(port, "/oefenprogramma/")[0] == 200

    proxy.cut()
    status, _ = get(port, "/healthz")
    assert status == 503
    status, body = get(port, "/oefenprogramma/")
    assert status == 503
    assert "De site is even niet beschikbaar" in body
    assert "Traceback" not in body

    proxy.restore()
    assert get(port, "/healthz")[0] == 200
    status, body = get(port, "/oefenprogramma/")
    assert status == 200
    assert "Fase 1" in body


def test_every_acknowledged_log_survives_a_hard_kill_of_gunicorn():
    from bench.stack import Client

    direct = fresh_database(postgres_url(), "hamstring_restart")
    port = free_port()
    env = production_env(direct, port)
    manage(env, "migrate", "--noinput")
    manage(env, "create_demo_accounts")
    manage(env, "create_demo_data")
    # The servers read the real clock, in the site's time zone: so does this test.
    today = timezone.localdate()
    acknowledged = []
    with gunicorn(env, port) as server:
        client = Client(port)
        client.login("patient@example.org")
        _, page = client.request("GET", "/mijn-schema/")
        plan_id = int(re.search(r'action="/mijn-schema/(\d+)/sessie/"', page).group(1))
        sets = dict.fromkeys(re.findall(r'name="(sets_\d+)"', page), "0")
        for days_ago in range(6):
            date = (today - datetime.timedelta(days=days_ago)).isoformat()
            form = {"date": date, "pain_during": "3", "note": f"sessie {days_ago}", **sets}
            status, _ = client.request("POST", f"/mijn-schema/{plan_id}/sessie/", form)
            if status == 302:
                acknowledged.append(date)
        kill_hard(server)
    assert len(acknowledged) == 6

    with gunicorn(env, port):
        assert get(port, "/healthz")[0] == 200
    with psycopg.connect(direct) as conn:
        stored = {
            row[0].isoformat()
            for row in conn.execute(
                "SELECT date FROM rehab_sessionlog WHERE plan_id = %s AND note LIKE 'sessie %%'",
                [plan_id],
            )
        }
    assert set(acknowledged) <= stored
