"""Every content page says when its text was checked, when it is checked next, and who is
responsible for it: one row (ContentReview) for the site, a condition's own dates on its page."""

import datetime
import re

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from conditions.models import Condition, ContentReview
from rehab.models import Exercise
from tests.factories import make_admin

from .conftest import PUBLIC_PAGES, STRAIN, TENDINOPATHY

pytestmark = pytest.mark.django_db

CONDITION_PAGES = {f"/klachten/{TENDINOPATHY}/": TENDINOPATHY, f"/klachten/{STRAIN}/": STRAIN}


def content_pages() -> list[str]:
    exercises = [reverse("patient:exercise", kwargs={"slug": slug}) for slug in exercise_slugs()]
    return [*PUBLIC_PAGES, reverse("patient:programme"), *exercises]


def exercise_slugs() -> list[str]:
    return list(Exercise.objects.order_by("slug").values_list("slug", flat=True))


def review_line(html: str) -> str:
    match = re.search(r'<p class="review-dates">(.*?)</p>', html, re.S)
    assert match, "no review line"
    return " ".join(match.group(1).split())


def dutch(date: datetime.date) -> str:
    months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus"]
    months += ["september", "oktober", "november", "december"]
    words = f"{date.day} {months[date.month - 1]} {date.year}"
    return f'<time datetime="{date.isoformat()}">{words}</time>'


def test_the_migration_makes_one_review_row_with_a_role_not_a_person():
    review = ContentReview.current()
    assert ContentReview.objects.count() == 1
    assert review.responsible == "Redactie Hamstring"
    assert review.next_review > review.last_checked


def test_every_content_page_shows_the_review_dates_and_who_is_responsible(client):
    review = ContentReview.current()
    pages = content_pages()
    assert len(pages) > len(PUBLIC_PAGES) + 1  # the exercise pages are there too
    for path in pages:
        response = client.get(path)
        assert response.status_code == 200, path
        line = review_line(response.content.decode())
        dated = Condition.objects.filter(slug=CONDITION_PAGES.get(path)).first() or review
        assert f"Laatst gecontroleerd: {dutch(dated.last_checked)}." in line, path
        assert f"Volgende controle: {dutch(dated.next_review)}." in line, path
        assert "Verantwoordelijk voor de tekst: Redactie Hamstring." in line, path


def test_a_condition_page_shows_its_own_dates_other_pages_the_sites(client, strain):
    ContentReview.objects.update(
        last_checked=datetime.date(2026, 3, 1), next_review=datetime.date(2026, 9, 1)
    )
    strain.last_checked, strain.next_review = datetime.date(2026, 5, 4), datetime.date(2027, 2, 28)
    strain.save()
    condition = review_line(client.get(f"/klachten/{STRAIN}/").content.decode())
    faq = review_line(client.get("/veelgestelde-vragen/").content.decode())
    assert "4 mei 2026" in condition and "28 februari 2027" in condition
    assert "1 maart 2026" in faq and "1 september 2026" in faq


def test_an_editor_changes_who_is_responsible_once_and_every_page_shows_it(client):
    pages = [f"/klachten/{TENDINOPATHY}/", "/bronnen/", reverse("patient:programme")]
    for path in pages:
        client.get(path)  # cached where the site caches pages
    review = ContentReview.current()
    review.responsible = "Redactie Hamstring en de Nederlandse testpraktijk"
    review.save()
    for path in pages:
        line = review_line(client.get(path).content.decode())
        assert "Redactie Hamstring en de Nederlandse testpraktijk." in line, path


def test_without_a_review_row_the_pages_still_work(client):
    ContentReview.objects.all().delete()
    assert "Verantwoordelijk" not in review_line(client.get("/").content.decode())
    condition = review_line(client.get(f"/klachten/{STRAIN}/").content.decode())
    assert "Laatst gecontroleerd" in condition


def test_the_next_review_lies_after_the_last_check():
    review = ContentReview.current()
    review.next_review = review.last_checked
    with pytest.raises(ValidationError):
        review.full_clean()


def test_an_editor_edits_the_one_row_but_cannot_add_or_delete_one(client):
    client.force_login(make_admin())
    review = ContentReview.current()
    change = reverse("admin:conditions_contentreview_change", args=[review.pk])
    assert client.get(reverse("admin:conditions_contentreview_changelist")).status_code == 200
    assert client.get(reverse("admin:conditions_contentreview_add")).status_code == 403
    assert (
        client.get(reverse("admin:conditions_contentreview_delete", args=[review.pk])).status_code
        == 403
    )
    response = client.post(
        change,
        {
            "responsible": "Redactie Hamstring",
            "last_checked": "2027-01-10",
            "next_review": "2027-01-09",
        },
    )
    assert response.status_code == 200  # refused: the next review lies before the check
    assert "De volgende controle moet na de laatste liggen." in response.content.decode()
    assert ContentReview.current().last_checked == review.last_checked
    response = client.post(
        change,
        {
            "responsible": "Redactie Hamstring",
            "last_checked": "2027-01-10",
            "next_review": "2028-01-10",
        },
    )
    assert response.status_code == 302
    assert ContentReview.current().last_checked == datetime.date(2027, 1, 10)
