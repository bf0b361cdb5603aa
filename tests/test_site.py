import pytest
from django.db import OperationalError

from hamstring_site import views


@pytest.mark.django_db
def test_health_check_answers_200_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok\n"


def test_a_database_error_becomes_a_friendly_503_page(rf):
    request = rf.get("/")
    try:
        raise OperationalError("connection refused")
    except OperationalError:
        response = views.server_error(request)
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "De site is even niet beschikbaar" in response.content.decode()


def test_any_other_error_is_a_friendly_500_page(rf):
    request = rf.get("/")
    try:
        raise KeyError("bug")
    except KeyError:
        response = views.server_error(request)
    assert response.status_code == 500
    assert "Er ging iets mis aan onze kant" in response.content.decode()


@pytest.mark.django_db
def test_unknown_pages_get_the_friendly_404(client):
    response = client.get("/bestaat-echt-niet/")
    assert response.status_code == 404
    assert "Deze pagina bestaat niet" in response.content.decode()
