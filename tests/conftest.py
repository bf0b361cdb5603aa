import pytest
from django.core.management import call_command


@pytest.fixture(scope="session", autouse=True)
def collected_static():
    """Pages use the hashed, compressed static files of production: build them once."""
    call_command("collectstatic", "--noinput", verbosity=0)
