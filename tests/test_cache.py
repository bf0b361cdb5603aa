"""The cache is an optimisation: a deploy needs no cache table, and a cache that does not
answer never fails a page. With CACHE_URL the site shares one Redis (here and on CI at
127.0.0.1:6379); the two-server test is tests/test_shared_cache.py."""

import json
import logging
import os
import threading
import uuid

import pytest
import redis
from django.conf import settings as django_settings
from django.core.cache import cache
from django.test import Client

from conditions.caching import VERSION_KEY, content_version
from conditions.models import ContentVersion, Section
from tests.factories import make_patient, make_physiotherapist, make_plan

from .fault_tools import free_port
from .test_settings import manage

LOCAL_REDIS = "redis://127.0.0.1:6379"
CONDITION_PAGES = ["/klachten/peesklachten-zitbot/", "/klachten/hamstringblessure/"]
PUBLIC_SHEETS = [f"/oefenblad/fase/{phase}/" for phase in (1, 2, 3, 4)]
PUBLIC_PAGES = [
    "/",
    *CONDITION_PAGES,
    "/vergelijken/",
    "/behandelingen/",
    "/veelgestelde-vragen/",
    "/bronnen/",
    "/zelftest/",
    "/oefenprogramma/",
    "/oefeningen/single-leg-bridge/",
    *PUBLIC_SHEETS,
    "/oefenblad/fase/1/afdrukken/",
]


def use_redis(settings, url: str, prefix: str) -> None:
    """The settings CACHE_URL=url gives; Django drops its cache connections on the change."""
    settings.CACHES = {
        **django_settings.CACHES,
        "default": {
            "BACKEND": "hamstring_site.cache.ResilientRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": prefix,
        },
    }
    settings.SHARED_CACHE = True


def local_redis_or_skip() -> redis.Redis:
    client = redis.Redis.from_url(LOCAL_REDIS, socket_connect_timeout=1)
    try:
        client.ping()
    except redis.RedisError:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"Redis does not answer at {LOCAL_REDIS}: required under CI=true.")
        pytest.skip(f"Redis does not answer at {LOCAL_REDIS}: skipped outside CI.")
    return client


@pytest.fixture
def patient_client(db):
    physio = make_physiotherapist()
    plan = make_plan(patient=make_patient(physiotherapist=physio), physiotherapist=physio)
    signed_in = Client()
    signed_in.force_login(plan.patient)
    return signed_in, plan


def test_no_cache_needs_a_table():
    backends = {alias: config["BACKEND"] for alias, config in django_settings.CACHES.items()}
    assert not any("db.DatabaseCache" in backend for backend in backends.values()), backends


def test_migrate_alone_is_a_complete_deploy(tmp_path):
    """A new database, `migrate` and nothing else: the condition pages and the four public
    sheets answer 200 (the static files are a build step, made once per test run)."""
    # CACHE_URL empty: the default, whatever the developer's shell holds.
    fresh = {"DATABASE_URL": f"sqlite:///{tmp_path / 'fresh.sqlite3'}", "CACHE_URL": ""}
    migrate = manage("migrate", "--noinput", **fresh)
    assert migrate.returncode == 0, migrate.stderr
    probe = (
        "import json; from django.test import Client; c = Client(headers={'host': 'localhost'}); "
        f"print(json.dumps({{p: c.get(p).status_code for p in {CONDITION_PAGES + PUBLIC_SHEETS}}}))"
    )
    result = manage("shell", "--no-imports", "-c", probe, **fresh)
    assert result.returncode == 0, result.stderr
    statuses = json.loads(result.stdout.strip().splitlines()[-1])
    assert statuses == dict.fromkeys(CONDITION_PAGES + PUBLIC_SHEETS, 200)


@pytest.mark.django_db
def test_a_cache_that_does_not_answer_fails_no_page_and_warns_once(
    settings, client, patient_client, caplog
):
    use_redis(settings, f"redis://127.0.0.1:{free_port()}/0", prefix="down")  # nobody listens
    caplog.set_level(logging.WARNING, logger="hamstring_site.cache")
    signed_in, plan = patient_client

    statuses = {path: client.get(path).status_code for path in PUBLIC_PAGES}
    statuses["/mijn-schema/"] = signed_in.get("/mijn-schema/").status_code
    statuses["own sheet"] = signed_in.get(f"/oefenblad/schema/{plan.pk}/").status_code

    # A threaded server has a cache object per thread; the outage is still one.
    other_thread = threading.Thread(
        target=lambda: statuses.update(thread=client.get("/").status_code)
    )
    other_thread.start()
    other_thread.join()

    assert statuses == dict.fromkeys(statuses, 200)
    warnings = [r for r in caplog.records if r.name == "hamstring_site.cache"]
    assert len(warnings) == 1, [r.getMessage() for r in warnings]
    assert "does not answer" in warnings[0].getMessage()


@pytest.mark.django_db
def test_while_the_cache_is_down_the_version_comes_from_the_database(settings):
    use_redis(settings, f"redis://127.0.0.1:{free_port()}/0", prefix="down")
    before = content_version()
    Section.objects.first().save()  # an editor's save while the cache is down
    assert content_version() != before
    assert content_version() == ContentVersion.objects.get().token


@pytest.mark.django_db
def test_with_redis_the_version_and_the_sheets_live_in_redis(
    settings, client, django_capture_on_commit_callbacks
):
    server = local_redis_or_skip()
    prefix = f"test-{uuid.uuid4().hex}"  # xdist workers and earlier runs never meet
    use_redis(settings, LOCAL_REDIS + "/0", prefix=prefix)
    try:
        page = client.get(CONDITION_PAGES[0])
        assert page.status_code == 200
        assert cache.get(VERSION_KEY) == ContentVersion.objects.get().token

        section = Section.objects.filter(condition__slug="peesklachten-zitbot").first()
        section.body = "Net bewerkt, via Redis gedeeld."
        with django_capture_on_commit_callbacks(execute=True):
            section.save()
        assert cache.get(VERSION_KEY) == ContentVersion.objects.get().token
        assert "Net bewerkt, via Redis gedeeld." in client.get(CONDITION_PAGES[0]).content.decode()

        sheet = client.get(PUBLIC_SHEETS[0])
        assert sheet.status_code == 200
        stored = [key for key in server.scan_iter(f"{prefix}:*") if b"rehab:sheet:" in key]
        assert len(stored) == 1
        assert server.get(stored[0]) is not None
    finally:
        for key in server.scan_iter(f"{prefix}:*"):
            server.delete(key)
