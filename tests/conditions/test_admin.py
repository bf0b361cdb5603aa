import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from conditions import models as content
from conditions.models import Condition, Reference, Section

from .conftest import TENDINOPATHY

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser(
        "beheer@example.org", "een-lang-wachtwoord", full_name="Beheer"
    )
    client.force_login(user)
    return client


def test_an_editor_changes_a_section_and_the_public_page_shows_it(admin_client, client):
    section = Section.objects.get(condition__slug=TENDINOPATHY, anchor="hoe-ontstaat-het")
    url = reverse("admin:conditions_section_change", args=[section.pk])
    assert admin_client.get(url).status_code == 200

    response = admin_client.post(
        url,
        {
            "condition": section.condition_id,
            "order": section.order,
            # The editor edits both languages side by side (django-modeltranslation).
            "heading_nl": "Hoe krijg je het?",
            "heading_en": "How do you get it?",
            "anchor": section.anchor,
            "body_nl": "Door **te snel** meer te gaan doen.",
            "body_en": "By doing more **too quickly**.",
            "extra": "",
            "references": [Reference.objects.get(key="beatty-2017").pk],
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]

    admin_client.logout()
    html = client.get(f"/klachten/{TENDINOPATHY}/").content.decode()
    assert "Hoe krijg je het?" in html
    assert "Door <strong>te snel</strong> meer te gaan doen." in html
    assert "Hoe ontstaat het?" not in html
    assert "/bronnen/#bron-beatty-2017" in html
    english = client.get(f"/en/klachten/{TENDINOPATHY}/").content.decode()
    assert "How do you get it?" in english
    assert "By doing more <strong>too quickly</strong>." in english


def test_the_condition_change_form_with_its_inlines_saves_unchanged(admin_client):
    """Sections, grades and warning signs are edited inline under their condition."""
    condition = Condition.objects.get(slug="hamstringblessure")
    url = reverse("admin:conditions_condition_change", args=[condition.pk])
    response = admin_client.get(url)
    assert response.status_code == 200
    form = response.context["adminform"].form
    data = {name: form[name].value() for name in form.fields}
    data["last_checked"] = condition.last_checked.isoformat()
    data["next_review"] = condition.next_review.isoformat()
    for formset in response.context["inline_admin_formsets"]:
        management = formset.formset.management_form
        for name in management.fields:
            data[f"{management.prefix}-{name}"] = management[name].value()
        for inline_form in formset.formset.forms:
            for name in inline_form.fields:
                value = inline_form[name].value()
                if value is None:
                    continue
                data[f"{inline_form.prefix}-{name}"] = value
    assert {"summary_nl", "summary_en"} <= set(form.fields)
    data["summary_nl"] = "Nieuwe samenvatting voor de test."
    response = admin_client.post(url, data)
    assert response.status_code == 302
    condition.refresh_from_db()
    assert condition.summary == "Nieuwe samenvatting voor de test."
    assert condition.sections.count() == 10
    assert condition.grades.count() == 3


@pytest.mark.parametrize(
    "model",
    [
        content.Condition,
        content.Section,
        content.StrainGrade,
        content.Treatment,
        content.FAQ,
        content.Reference,
        content.WarningSign,
    ],
)
def test_every_model_has_an_admin(admin_client, model):
    opts = model._meta
    changelist = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
    assert admin_client.get(changelist).status_code == 200
    add = reverse(f"admin:{opts.app_label}_{opts.model_name}_add")
    assert admin_client.get(add).status_code == 200


def test_anonymous_visitors_cannot_edit(client):
    section = Section.objects.first()
    url = reverse("admin:conditions_section_change", args=[section.pk])
    response = client.get(url)
    assert response.status_code == 302
    assert "/beheer/login/" in response["Location"]
