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
