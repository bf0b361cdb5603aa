import datetime

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.sessions.models import Session
from django.urls import reverse
from django.utils import timezone

from hamstring_site.middleware import SESSION_REFRESHED_KEY
from tests.factories import PASSWORD, make_patient, make_physiotherapist

pytestmark = pytest.mark.django_db

HOME = "10.0.0.1"
ELSEWHERE = "10.0.0.2"


def attempt(client, email: str, password: str, ip: str = HOME):
    return client.post(reverse("login"), {"username": email, "password": password}, REMOTE_ADDR=ip)


def logged_in(client) -> bool:
    return "_auth_user_id" in client.session


@pytest.fixture
def anna():
    return make_patient(email="anna@example.org")


def test_a_wrong_password_says_so_in_dutch(client, anna):
    response = attempt(client, "anna@example.org", "fout")

    assert response.status_code == 200
    assert "horen niet bij elkaar" in response.content.decode()
    assert not logged_in(client)


def test_the_fifth_failure_locks_the_account_from_that_address(client, anna):
    for _ in range(4):
        assert attempt(client, "anna@example.org", "fout").status_code == 200

    fifth = attempt(client, "anna@example.org", "fout")
    correct = attempt(client, "anna@example.org", PASSWORD)

    assert fifth.status_code == 429
    assert "Inloggen is tijdelijk geblokkeerd" in fifth.content.decode()
    assert "Probeer het over 30 minuten opnieuw" in fifth.content.decode()
    assert correct.status_code == 429
    assert not logged_in(client)


def test_the_lockout_is_per_account_and_address(client, anna):
    bram = make_patient(email="bram@example.org")
    for _ in range(5):
        attempt(client, "anna@example.org", "fout")

    other_address = attempt(client, "anna@example.org", PASSWORD, ip=ELSEWHERE)
    assert other_address.status_code == 302
    assert int(client.session["_auth_user_id"]) == anna.pk
    client.logout()

    other_account = attempt(client, "bram@example.org", PASSWORD)
    assert other_account.status_code == 302
    assert int(client.session["_auth_user_id"]) == bram.pk


def test_changing_the_case_of_the_address_does_not_dodge_the_lockout(client, anna):
    for email in ["anna@example.org", "Anna@Example.org", "ANNA@EXAMPLE.ORG", " anna@example.org"]:
        attempt(client, email, "fout")

    assert attempt(client, "aNNa@example.org", "fout").status_code == 429
    assert attempt(client, "anna@example.org", PASSWORD).status_code == 429


def test_a_successful_login_resets_the_count(client, anna):
    for _ in range(4):
        attempt(client, "anna@example.org", "fout")
    assert attempt(client, "anna@example.org", PASSWORD).status_code == 302
    client.logout()

    for _ in range(4):
        attempt(client, "anna@example.org", "fout")

    assert attempt(client, "anna@example.org", PASSWORD).status_code == 302


def test_the_lockout_ends_after_the_cool_off(client, anna):
    for _ in range(5):
        attempt(client, "anna@example.org", "fout")
    AccessAttempt.objects.update(
        attempt_time=timezone.now() - settings.AXES_COOLOFF_TIME - datetime.timedelta(seconds=1)
    )

    assert attempt(client, "anna@example.org", PASSWORD).status_code == 302


def test_login_sends_each_role_to_their_own_start_page(client, anna):
    physio = make_physiotherapist(email="fenna@example.org")

    patient_response = attempt(client, anna.email, PASSWORD)
    client.logout()
    physio_response = attempt(client, physio.email, PASSWORD)

    assert physio_response["Location"] == reverse("clinic:patients")
    assert patient_response["Location"] in {reverse("patient:my_plan"), reverse("home")}


def test_a_session_ends_after_thirty_minutes_without_a_request(client, anna):
    assert settings.SESSION_COOKIE_AGE == 30 * 60
    client.force_login(anna)
    assert client.get(reverse("account")).status_code == 200

    Session.objects.update(expire_date=timezone.now() - datetime.timedelta(seconds=1))

    response = client.get(reverse("account"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def _shorten_session(minutes_left: int) -> None:
    Session.objects.update(expire_date=timezone.now() + datetime.timedelta(minutes=minutes_left))


def _remaining() -> datetime.timedelta:
    return Session.objects.get().expire_date - timezone.now()


def _backdate_last_move(client, seconds: int) -> None:
    session = client.session
    session[SESSION_REFRESHED_KEY] -= seconds
    session.save()


def test_a_request_moves_the_end_of_the_session(client, anna):
    client.force_login(anna)
    _shorten_session(2)

    client.get(reverse("account"))

    assert _remaining() > datetime.timedelta(minutes=29)


def test_the_end_moves_at_most_once_a_minute_and_again_after_a_minute(client, anna):
    client.force_login(anna)
    client.get(reverse("account"))
    _shorten_session(20)

    client.get(reverse("account"))  # within the minute: no write
    assert _remaining() < datetime.timedelta(minutes=21)

    _backdate_last_move(client, 61)
    _shorten_session(20)
    client.get(reverse("account"))
    assert _remaining() > datetime.timedelta(minutes=29)


def test_visitors_without_a_session_get_none(client):
    response = client.get(reverse("home"))

    assert settings.SESSION_COOKIE_NAME not in response.cookies
    assert not Session.objects.exists()
