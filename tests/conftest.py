import datetime
import zoneinfo

import pytest
from django.core.cache import caches
from django.core.management import call_command

from conditions import caching


@pytest.fixture(scope="session", autouse=True)
def collected_static():
    """Pages use the hashed, compressed static files of production: build them once."""
    call_command("collectstatic", "--noinput", verbosity=0)


@pytest.fixture(autouse=True)
def fresh_fragment_cache(monkeypatch):
    """Each test starts without cached pages and without a remembered content version:
    both live in the process and outlive a test's database rollback."""
    caches["fragments"].clear()
    monkeypatch.setattr(caching, "_remembered", None)


AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")


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
