from collections.abc import Callable

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

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
    def count(path: str) -> int:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        assert response.status_code == 200, path
        return len(queries)

    return count
