"""Fault tests against the production stack: gunicorn on PostgreSQL, with the database
cut off and restored through a proxy. They need PostgreSQL: CI runs them in its
PostgreSQL pass (DATABASE_URL)."""

from urllib.parse import urlparse

import pytest

from .fault_tools import (
    CuttableProxy,
    free_port,
    fresh_database,
    get,
    gunicorn,
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
    manage(env, "createcachetable")
    manage(env, "collectstatic", "--noinput")
    with gunicorn(env, port):
        yield {"port": port, "proxy": proxy}
    proxy.cut()


def test_health_and_pages_answer_503_while_the_database_is_gone_and_recover(stack):
    port, proxy = stack["port"], stack["proxy"]
    assert get(port, "/healthz")[0] == 200
    assert get(port, "/klachten/peesklachten-zitbot/")[0] == 200

    proxy.cut()
    status, _ = get(port, "/healthz")
    assert status == 503
    status, body = get(port, "/klachten/peesklachten-zitbot/")
    assert status == 503
    assert "De site is even niet beschikbaar" in body
    assert "Traceback" not in body

    proxy.restore()
    assert get(port, "/healthz")[0] == 200
    status, body = get(port, "/klachten/peesklachten-zitbot/")
    assert status == 200
    assert "zitbot" in body
