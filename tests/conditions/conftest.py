from collections.abc import Callable

import pytest
from django.core.cache import caches
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from conditions.caching import content_version
from conditions.models import Condition

TENDINOPATHY = "peesklachten-zitbot"
STRAIN = "hamstringblessure"

PUBLIC_PAGES = [
    "/",
    f"/klachten/{TENDINOPATHY}/",
    f"/klachten/{STRAIN}/",
    "/vergelijken/",
    "/behandelingen/",
    "/veelgestelde-vragen/",
    "/bronnen/",
]


@pytest.fixture
def tendinopathy() -> Condition:
    return Condition.objects.get(slug=TENDINOPATHY)


@pytest.fixture
def strain() -> Condition:
    return Condition.objects.get(slug=STRAIN)


@pytest.fixture
def get_html(client: Client) -> Callable[[str], str]:
    def get(path: str) -> str:
        response = client.get(path)
        assert response.status_code == 200, path
        return response.content.decode()

    return get


@pytest.fixture
def count_queries(client: Client) -> Callable[[str], int]:
    """Queries of a cold render: the cached page fragments are dropped first (the content
    version stays, as it does between an editor's saves)."""

    def count(path: str) -> int:
        caches["fragments"].clear()
        content_version()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        assert response.status_code == 200, path
        return len(queries)

    return count
