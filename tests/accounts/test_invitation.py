import datetime
import re

import pytest
from django.contrib.auth.tokens import default_token_generator
from django.core import mail
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from accounts.models import User
from accounts.tokens import invitation_kwargs
from tests.factories import make_patient, make_physiotherapist

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "een-lang-wachtwoord-voor-de-knie"


def create_patient(client, **data):
    return client.post(reverse("clinic:patient_new"), data)


def link_in_mail() -> str:
    return re.search(r"http://testserver(/account/uitnodiging/\S+/)", mail.outbox[-1].body)[1]


def invited(email="sanne@example.org", **fields) -> User:
    patient = make_patient(email=email, **fields)
    patient.set_unusable_password()
    patient.save()
    return patient


def invitation_url(user: User) -> str:
    return reverse("invitation", kwargs=invitation_kwargs(user))


def test_a_physiotherapist_creates_a_patient_and_the_invitation_is_mailed(
    physio_client, physio, travel_to
):
    # The token carries the second it was made: a stopped clock keeps the mailed link and the
    # record's link equal even when the second ticks between the two requests.
    travel_to(datetime.date(2026, 3, 2))
    response = create_patient(physio_client, full_name="Sanne de Vries", email="Sanne@Example.org")

    patient = User.objects.get(email="sanne@example.org")
    assert response.status_code == 302
    assert response["Location"] == reverse("clinic:patient", kwargs={"patient_id": patient.pk})
    assert patient.full_name == "Sanne de Vries"
    assert patient.is_patient
    assert patient.physiotherapist == physio
    assert not patient.has_usable_password()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["sanne@example.org"]
    assert "kies je wachtwoord" in message.subject.lower()
    assert "Fenna Fysio" in message.body
    record = physio_client.get(response["Location"]).content.decode()
    assert link_in_mail() in record
    assert "gemaild naar sanne@example.org" in record


def test_the_patient_chooses_a_password_and_lands_on_their_plan(physio_client, client):
    create_patient(physio_client, full_name="Sanne de Vries", email="sanne@example.org")
    link = link_in_mail()
    physio_client.logout()

    page = client.get(link)
    response = client.post(link, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})

    patient = User.objects.get(email="sanne@example.org")
    assert page.status_code == 200
    assert "Kies je wachtwoord" in page.content.decode()
    assert response.status_code == 302
    assert response["Location"] in {reverse("patient:my_plan"), reverse("home")}
    assert int(client.session["_auth_user_id"]) == patient.pk
    assert patient.check_password(NEW_PASSWORD)


def test_a_used_link_is_refused_and_changes_nothing(client):
    patient = invited()
    link = invitation_url(patient)
    client.post(link, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    client.logout()

    again = client.get(link)
    reuse = client.post(
        link, {"new_password1": "iets-anders-123!", "new_password2": "iets-anders-123!"}
    )

    patient.refresh_from_db()
    assert again.status_code == 410
    assert "Deze link werkt niet meer" in again.content.decode()
    assert reuse.status_code == 410
    assert patient.check_password(NEW_PASSWORD)
    assert "_auth_user_id" not in client.session


def test_a_link_works_for_the_configured_number_of_days(client, settings, travel_to):
    assert settings.INVITATION_TIMEOUT == 7 * 24 * 60 * 60
    made = travel_to(datetime.date(2026, 11, 2))
    patient = invited()
    link = invitation_url(patient)

    travel_to(made.date() + datetime.timedelta(days=6))
    assert client.get(link).status_code == 200

    travel_to(made.date() + datetime.timedelta(days=7), at=datetime.time(13))
    expired = client.post(link, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})

    patient.refresh_from_db()
    assert expired.status_code == 410
    assert not patient.has_usable_password()


@pytest.mark.parametrize(
    "kwargs",
    [
        {"uidb64": "bm9n", "token": "abc-123"},  # "nog": not a number
        {"uidb64": "OTk5OTk5", "token": "abc-123"},  # 999999: nobody
        {"uidb64": "%%%", "token": "abc-123"},
    ],
)
def test_a_broken_link_is_refused(client, kwargs):
    invited()
    response = client.get(reverse("invitation", kwargs=kwargs))

    assert response.status_code == 410


def test_a_token_only_works_for_its_own_patient(client):
    sanne, omar = invited(), invited(email="omar@example.org")
    kwargs = {**invitation_kwargs(omar), "uidb64": invitation_kwargs(sanne)["uidb64"]}

    assert client.get(reverse("invitation", kwargs=kwargs)).status_code == 410


def test_a_password_reset_token_is_no_invitation(client):
    patient = invited()
    kwargs = {
        "uidb64": urlsafe_base64_encode(force_bytes(patient.pk)),
        "token": default_token_generator.make_token(patient),
    }

    assert client.get(reverse("invitation", kwargs=kwargs)).status_code == 410


def test_an_inactive_account_cannot_be_activated_by_its_link(client):
    patient = invited(is_active=False)

    assert client.get(invitation_url(patient)).status_code == 410


def test_different_passwords_are_refused_in_dutch(client):
    patient = invited()
    response = client.post(
        invitation_url(patient), {"new_password1": NEW_PASSWORD, "new_password2": "iets-anders"}
    )

    patient.refresh_from_db()
    assert response.status_code == 200
    assert "De twee wachtwoorden zijn niet hetzelfde." in response.content.decode()
    assert not patient.has_usable_password()


def test_an_existing_address_is_refused_whatever_its_case(physio_client):
    make_patient(email="sanne@example.org")

    response = create_patient(physio_client, full_name="Sanne", email="SANNE@example.org")

    assert response.status_code == 200
    assert response.context["form"].errors == {
        "email": ["Er bestaat al een account met dit e-mailadres."]
    }
    assert User.objects.filter(email__iexact="sanne@example.org").count() == 1
    assert mail.outbox == []


def test_name_and_address_are_required_in_dutch(physio_client):
    response = create_patient(physio_client, full_name="  ", email="geen-adres")

    assert response.context["form"].errors == {
        "full_name": ["Vul de naam van de patiënt in."],
        "email": ["Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl."],
    }
    assert not User.objects.filter(role=User.Role.PATIENT).exists()


def test_the_physiotherapist_can_send_the_invitation_again(physio_client, physio):
    patient = invited(physiotherapist=physio)

    response = physio_client.post(
        reverse("clinic:patient_invite", kwargs={"patient_id": patient.pk})
    )

    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert physio_client.get(link_in_mail()).status_code == 200


def test_no_new_invitation_once_the_patient_has_a_password(physio_client, physio):
    patient = make_patient(physiotherapist=physio)

    physio_client.post(reverse("clinic:patient_invite", kwargs={"patient_id": patient.pk}))

    assert mail.outbox == []


def test_another_physiotherapists_patient_cannot_be_invited(physio_client):
    patient = invited(physiotherapist=make_physiotherapist())

    response = physio_client.post(
        reverse("clinic:patient_invite", kwargs={"patient_id": patient.pk})
    )

    assert response.status_code == 404
    assert mail.outbox == []


def test_password_reset_mails_a_link_that_sets_a_new_password(client):
    patient = make_patient(email="anna@example.org")

    client.post(reverse("password_reset"), {"email": "anna@example.org"})
    link = re.search(
        r"http://testserver(/account/wachtwoord-herstellen/\S+/)", mail.outbox[0].body
    )[1]
    form_page = client.get(link, follow=True)
    done = client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )

    patient.refresh_from_db()
    assert "nieuw wachtwoord" in mail.outbox[0].subject
    assert "Kies een nieuw wachtwoord" in form_page.content.decode()
    assert done["Location"] == reverse("password_reset_complete")
    assert patient.check_password(NEW_PASSWORD)


def test_password_reset_says_the_same_for_an_unknown_address(client):
    response = client.post(reverse("password_reset"), {"email": "niemand@example.org"})

    assert response["Location"] == reverse("password_reset_done")
    assert mail.outbox == []


def test_when_the_mail_server_fails_the_link_is_still_on_the_record(physio_client, monkeypatch):
    def broken(*args, **kwargs):
        raise ConnectionRefusedError("no mail server")

    monkeypatch.setattr("accounts.services.send_mail", broken)

    response = create_patient(physio_client, full_name="Sanne", email="sanne@example.org")

    patient = User.objects.get(email="sanne@example.org")
    record = physio_client.get(response["Location"]).content.decode()
    assert "kon niet worden verstuurd" in record
    assert invitation_url(patient).split("/")[3] in record  # the uidb64 of the link
    assert 'id="invitation-link"' in record
