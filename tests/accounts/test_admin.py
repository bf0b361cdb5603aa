import pytest
from django.urls import reverse

from tests.factories import make_admin, make_patient, make_physiotherapist

pytestmark = pytest.mark.django_db


def test_the_admin_assigns_a_role_and_a_patients_physiotherapist(client):
    physio = make_physiotherapist()
    patient = make_patient(physiotherapist=physio)
    client.force_login(make_admin())
    url = reverse("admin:accounts_user_change", args=[patient.pk])

    page = client.get(url)
    response = client.post(
        url,
        {
            "email": patient.email,
            "full_name": patient.full_name,
            "role": "physiotherapist",
            "physiotherapist": "",
            "is_active": "on",
            "date_joined_0": "2026-11-01",
            "date_joined_1": "10:00:00",
        },
    )

    patient.refresh_from_db()
    assert page.status_code == 200
    assert 'name="physiotherapist"' in page.content.decode()
    assert response.status_code == 302
    assert patient.is_physiotherapist
    assert patient.physiotherapist is None
