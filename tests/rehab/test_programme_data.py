import pytest

from rehab.models import Exercise, PlanPrescription, PlanTemplate, TemplatePrescription
from tests.factories import make_plan
from tests.rehab.test_illustrations import SLUGS

pytestmark = pytest.mark.django_db

PROGRAMME_DOSAGES = {
    1: ["single-leg-bridge: 5 × 45 seconden vasthouden, 1 s pauze ertussen"],
    2: ["lying-leg-curl: 4 × 8 herhalingen · 3 s omhoog, 3 s omlaag · 30–60 s rust"],
    3: [
        "seated-one-leg-curl: 4 × 8 herhalingen · 3 s omhoog, 3 s omlaag · 30 s rust",
        "single-leg-arabesque: 4 × 8 herhalingen · elke herhaling ongeveer 3 s · 30 s rust",
    ],
    4: [
        "squat-jump: 3 × 15 herhalingen · 2 min rust",
        "alternating-split-squat-jump: 3 × 15 herhalingen · 2 min rust",
    ],
}


def test_the_library_holds_the_programme_prevention_and_stretching_exercises():
    slugs = set(Exercise.objects.values_list("slug", flat=True))
    assert set(SLUGS) <= slugs
    for exercise in Exercise.objects.all():
        assert len(exercise.steps) >= 3 or exercise.kind == "mobility"
        assert exercise.illustration == f"svg/exercises/{exercise.slug}.svg"
        assert exercise.illustration_alt


@pytest.mark.parametrize("template", ["tendinopathie", "hamstringblessure"])
def test_each_template_has_the_four_phases_with_the_dosages_of_the_source(template):
    plan_template = PlanTemplate.objects.get(slug=template)
    assert [p.number for p in plan_template.phases.all()] == [1, 2, 3, 4]
    for number, expected in PROGRAMME_DOSAGES.items():
        prescriptions = TemplatePrescription.objects.filter(
            phase__template=plan_template, phase__number=number
        ).select_related("exercise")
        assert [f"{p.exercise.slug}: {p.dosage}" for p in prescriptions] == expected


def test_a_plan_gets_its_own_copy_and_editing_it_leaves_the_template_alone():
    plan = make_plan()
    copy = PlanPrescription.objects.get(plan=plan, phase=2)
    copy.sets = 2
    copy.save()
    original = TemplatePrescription.objects.get(
        phase__template__slug="tendinopathie", phase__number=2
    )
    assert original.sets == 4
    assert PlanPrescription.objects.filter(plan=plan).count() == 6


def test_a_strain_plan_needs_a_grade():
    with pytest.raises(ValueError):
        make_plan(template="hamstringblessure", grade=None)


def test_the_tendinopathy_programme_holds_no_compressive_exercise():
    prescribed = TemplatePrescription.objects.filter(phase__template__slug="tendinopathie")
    assert prescribed.exists()
    assert not prescribed.filter(exercise__compresses_tendon=True).exists()
