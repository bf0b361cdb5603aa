import datetime
import hashlib
import os
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles.finders import get_finders
from django.core.cache import caches
from django.core.management import call_command

from conditions import caching
from tests.factories import AMSTERDAM, make_physiotherapist


def pytest_configure(config):
    # Django's advice for test suites: the production hasher costs about 0.3 s a password
    # here, on every user a test makes and every login. The site's settings keep Django's
    # default (tests/test_settings.py checks that).
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Every test Client builds its own middleware, and WhiteNoise would index all of
    # STATIC_ROOT (over a thousand files, 0.14 s) for each one; production builds it once
    # per worker. With autorefresh WhiteNoise looks a file up when it is asked for, and
    # answers with the same file and headers.
    settings.WHITENOISE_AUTOREFRESH = True


@pytest.hookimpl(tryfirst=True)
def pytest_sessionstart(session):
    """Pages use the hashed, compressed static files of production: build them once per run,
    before any xdist worker starts (workers building them at once would trip over each
    other), and only when a source file changed since the last build."""
    if hasattr(session.config, "workerinput"):
        return
    stamp = Path(settings.STATIC_ROOT) / ".sources-fingerprint"
    fingerprint = _static_sources_fingerprint()
    if stamp.exists() and stamp.read_text() == fingerprint:
        return
    call_command("collectstatic", "--noinput", verbosity=0)
    stamp.write_text(fingerprint)


def _static_sources_fingerprint() -> str:
    digest = hashlib.blake2b(digest_size=16)
    for finder in get_finders():
        for path, storage in finder.list(ignore_patterns=[]):
            info = os.stat(storage.path(path))
            digest.update(f"{storage.path(path)}:{info.st_size}:{info.st_mtime_ns}\n".encode())
    return digest.hexdigest()


@pytest.fixture(autouse=True)
def fresh_caches(monkeypatch):
    """Each test starts with empty caches (stored sheets, cached pages) and without a
    remembered content version: all live in the process and outlive a test's database
    rollback."""
    caches["default"].clear()
    caches["fragments"].clear()
    monkeypatch.setattr(caching, "_remembered", None)


@pytest.fixture
def travel_to(time_machine):
    """Fix the clock at noon, Amsterdam time, on a date: the one way a test sets "today".

    time-machine stops the clock for the whole process, so the live server's thread, the
    app's `rehab.clock` and Django's `timezone.now()` all agree on the same moment.
    """

    def to(date: datetime.date, at: datetime.time = datetime.time(12)) -> datetime.datetime:
        moment = datetime.datetime.combine(date, at, tzinfo=AMSTERDAM)
        time_machine.move_to(moment, tick=False)
        return moment

    return to


@pytest.fixture
def fixed_today(request, travel_to) -> datetime.date:
    """The clock stopped at noon on the test module's TODAY. A module asks for it with
    `pytestmark = [..., pytest.mark.usefixtures("fixed_today")]`."""
    travel_to(request.module.TODAY)
    return request.module.TODAY


@pytest.fixture
def physio():
    return make_physiotherapist(name="Fenna Fysio")


@pytest.fixture
def physio_client(client, physio):
    client.force_login(physio)
    return client
