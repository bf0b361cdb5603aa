import datetime

import pytest
from django.core.exceptions import ValidationError

from conditions.models import (
    Condition,
    Reference,
    Section,
    StrainGrade,
    Treatment,
    WarningSign,
    comparison_rows,
)


def grade(low: int, high: int) -> StrainGrade:
    return StrainGrade(grade=1, label="mild", recovery_min_weeks=low, recovery_max_weeks=high)


@pytest.mark.parametrize(
    ("low", "high", "expected"),
    [
        (2, 3, "2 tot 3 weken"),
        (4, 8, "4 tot 8 weken"),
        (13, 26, "3 tot 6 maanden"),
        (1, 1, "1 week"),
        (13, 13, "3 maanden"),
    ],
)
def test_recovery_is_shown_in_weeks_or_in_months(low, high, expected):
    assert grade(low, high).recovery_display == expected


@pytest.mark.django_db
def test_a_grade_cannot_heal_faster_at_most_than_at_least(strain):
    bad = StrainGrade(
        condition=strain,
        grade=2,
        label="x",
        what_you_feel="x",
        what_you_can_do="x",
        recovery_min_weeks=8,
        recovery_max_weeks=4,
    )
    with pytest.raises(ValidationError):
        bad.full_clean()


@pytest.mark.django_db
def test_a_grade_is_1_2_or_3(strain):
    bad = StrainGrade(
        condition=strain,
        grade=4,
        label="x",
        what_you_feel="x",
        what_you_can_do="x",
        recovery_min_weeks=1,
        recovery_max_weeks=2,
    )
    with pytest.raises(ValidationError) as error:
        bad.full_clean()
    assert "grade" in error.value.message_dict


@pytest.mark.django_db
def test_the_next_review_lies_after_the_last_check(tendinopathy):
    tendinopathy.next_review = tendinopathy.last_checked - datetime.timedelta(days=1)
    with pytest.raises(ValidationError):
        tendinopathy.full_clean()


@pytest.mark.django_db
def test_urls_and_anchors(tendinopathy):
    section = tendinopathy.sections.get(anchor="wat-is-het")
    treatment = tendinopathy.treatments.get(anchor="shockwave")
    reference = Reference.objects.get(key="cacchio-2011")
    assert tendinopathy.get_absolute_url() == "/klachten/peesklachten-zitbot/"
    assert section.get_absolute_url() == "/klachten/peesklachten-zitbot/#wat-is-het"
    assert treatment.get_absolute_url() == "/klachten/peesklachten-zitbot/#behandeling-shockwave"
    assert reference.get_absolute_url() == "/bronnen/#bron-cacchio-2011"
    assert str(reference) == "Cacchio et al. Am J Sports Med 2011"


@pytest.mark.django_db
def test_warning_signs_come_most_urgent_first_with_a_css_modifier(strain):
    urgencies = list(strain.warning_signs.values_list("urgency", flat=True))
    assert urgencies == sorted(urgencies)
    modifiers = {sign.css_modifier for sign in strain.warning_signs.all()}
    assert modifiers == {"emergency", "same-day", "within-days", "next-appointment"}


@pytest.mark.django_db
def test_comparison_rows_pair_each_condition_with_its_value():
    conditions = list(Condition.objects.all())
    rows = comparison_rows(conditions)
    assert [str(label) for label, _ in rows] == [
        "begin",
        "plek van de pijn",
        "typisch moment",
        "oorzaak",
        "herstel",
    ]
    onset = dict((c.slug, value) for c, value in rows[0][1])
    assert "Langzaam" in onset["peesklachten-zitbot"]
    assert "Plotseling" in onset["hamstringblessure"]


@pytest.mark.django_db
def test_page_content_queryset_prefetches_everything(django_assert_num_queries):
    with django_assert_num_queries(7):
        condition = Condition.objects.with_page_content().get(slug="hamstringblessure")
    with django_assert_num_queries(0):
        for section in condition.sections.all():
            list(section.references.all())
        for treatment in condition.treatments.all():
            list(treatment.references.all())
        list(condition.grades.all())
        list(condition.warning_signs.all())


@pytest.mark.django_db
def test_str_of_each_model(strain):
    assert str(strain) == "Hamstringblessure"
    assert str(strain.grades.get(grade=3)) == "Graad 3 (ernstig)"
    assert str(Section.objects.filter(condition=strain).first()) == "Wat is een hamstringblessure?"
    assert str(Treatment.objects.get(anchor="shockwave")).startswith("Shockwave")
    assert str(WarningSign.objects.get(condition=strain, code="pop")).startswith("Je hoorde")


def test_a_reference_links_to_its_doi_first_then_to_its_link():
    reference = Reference(doi="10.2519/jospt.2016.5986", url="https://pubmed.ncbi.nlm.nih.gov/1/")
    assert reference.link == "https://doi.org/10.2519/jospt.2016.5986"
    reference.doi = ""
    assert reference.link == "https://pubmed.ncbi.nlm.nih.gov/1/"
    reference.url = ""
    assert reference.link == ""


@pytest.mark.django_db
def test_a_condition_knows_where_its_warning_signs_are(strain):
    assert strain.warning_signs_anchor == "wanneer-hulp"
    strain.sections.filter(extra=Section.Extra.WARNING_SIGNS).update(extra="")
    assert Condition.objects.get(pk=strain.pk).warning_signs_anchor == ""
