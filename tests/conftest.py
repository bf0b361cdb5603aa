import pytest
from django.core.cache import caches
from django.core.management import call_command


@pytest.fixture(scope="session", autouse=True)
def collected_static():
    """Pages use the hashed, compressed static files of production: build them once."""
    call_command("collectstatic", "--noinput", verbosity=0)


@pytest.fixture(autouse=True)
def fresh_fragment_cache():
    """Each test starts without cached pages: the per-process cache outlives a test's
    database rollback."""
    caches["fragments"].clear()
