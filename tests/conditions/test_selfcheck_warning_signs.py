import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse

from conditions.models import Condition, WarningSign
from conditions.warning_signs import Sign, Urgency

pytestmark = pytest.mark.django_db


def test_a_card_takes_its_urgency_from_the_catalogue_on_save():
    card = WarningSign.objects.get(condition__slug="hamstringblessure", code=Sign.POP)
    card.urgency = Urgency.NEXT_APPOINTMENT
    card.save()
    card.refresh_from_db()
    assert card.urgency == Urgency.SAME_DAY
    assert card.css_modifier == "same-day"
    assert card.get_urgency_display() == "Vandaag nog"


def test_the_database_refuses_an_urgency_weaker_than_the_catalogue():
    with pytest.raises(IntegrityError), transaction.atomic():
        WarningSign.objects.filter(code=Sign.SADDLE_NUMBNESS).update(urgency=Urgency.SAME_DAY)


def test_each_sign_once_per_condition():
    condition = Condition.objects.get(slug="hamstringblessure")
    with pytest.raises(IntegrityError), transaction.atomic():
        WarningSign.objects.create(condition=condition, code=Sign.POP, sign="x", advice="x")


def test_the_new_red_flags_have_cards_where_they_belong():
    codes = {
        slug: set(WarningSign.objects.filter(condition__slug=slug).values_list("code", flat=True))
        for slug in ["hamstringblessure", "peesklachten-zitbot"]
    }
    assert {Sign.SADDLE_NUMBNESS, Sign.WARM_CALF, Sign.GROWTH_PLATE, Sign.FALL_OR_BLOW} <= codes[
        "hamstringblessure"
    ]
    assert {
        Sign.SADDLE_NUMBNESS,
        Sign.WEAK_FOOT,
        Sign.FEVER_OR_ILL,
        Sign.NIGHT_PAIN,
        Sign.WEIGHT_LOSS_OR_CANCER,
    } <= codes["peesklachten-zitbot"]
    # A pop, or swelling or bruising, is a sign on its own (bruising can come days later).
    strain = WarningSign.objects.filter(condition__slug="hamstringblessure")
    assert strain.get(code=Sign.POP).sign == "Je hoorde of voelde een knap toen de pijn begon."
    assert "dagen later" in strain.get(code=Sign.SWELLING_OR_BRUISING).sign


def test_the_condition_page_shows_the_emergency_card_first(client):
    html = client.get(reverse("condition", kwargs={"slug": "hamstringblessure"})).content.decode()
    cards = html[html.index('id="wanneer-hulp"') :]
    first = cards.index('class="care-card care-card--')
    assert cards[first:].startswith('class="care-card care-card--emergency"')
    assert "Nu meteen" in cards
    assert "bel nu 112" in cards


def test_the_editor_chooses_the_sign_and_sees_its_urgency_without_setting_it(admin_client):
    card = WarningSign.objects.get(condition__slug="hamstringblessure", code=Sign.POP)
    response = admin_client.get(reverse("admin:conditions_warningsign_change", args=[card.pk]))
    form = response.context["adminform"].form
    assert "code" in form.fields
    assert "urgency" not in form.fields
    assert "Vandaag nog" in response.content.decode()
    data = {
        "condition": card.condition_id,
        "order": card.order,
        "code": Sign.NUMBNESS_AFTER_INJURY,
        "sign_nl": "Je been voelt doof na de blessure.",
        "sign_en": "Your leg feels numb after the injury.",
        "advice_nl": "Bel vandaag nog je huisarts.",
        "advice_en": "Call your GP today.",
        "urgency": Urgency.NEXT_APPOINTMENT,  # ignored: not a field of the form
    }
    response = admin_client.post(
        reverse("admin:conditions_warningsign_change", args=[card.pk]), data
    )
    assert response.status_code == 302
    card.refresh_from_db()
    assert (card.code, card.urgency) == (Sign.NUMBNESS_AFTER_INJURY, Urgency.SAME_DAY)
