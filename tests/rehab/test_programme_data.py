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


def test_the_tendinopathy_template_has_the_four_phases_with_the_dosages_of_the_source():
    plan_template = PlanTemplate.objects.get(slug="tendinopathie")
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


def test_a_strain_plan_takes_its_grade_from_its_template():
    for grade in (1, 2, 3):
        assert make_plan(template=f"hamstringblessure-graad-{grade}").grade == grade
    assert make_plan(template="tendinopathie").grade is None


def test_each_strain_template_runs_from_early_loading_to_full_sprints():
    for template in PlanTemplate.objects.filter(condition="strain"):
        slugs = {
            number: [p.exercise.slug for p in phase.prescriptions.select_related("exercise")]
            for number, phase in ((p.number, p) for p in template.phases.all())
        }
        assert "isometric-heel-press" in slugs[1] and "walking" in slugs[1]
        assert slugs[2][-1] == "nordic-hamstring-curl"  # the Nordic curl comes last
        assert slugs[3][:3] == ["jogging", "tempo-run", "change-of-direction"]
        assert {"sprint", "sport-drills"} <= set(slugs[4])


def test_the_running_steps_are_dosed_in_sets_and_repetitions():
    for prescription in TemplatePrescription.objects.filter(exercise__kind="running"):
        assert prescription.sets and prescription.repetitions
        assert prescription.hold_seconds is None


def test_the_tendinopathy_programme_holds_no_compressive_exercise():
    prescribed = TemplatePrescription.objects.filter(phase__template__slug="tendinopathie")
    assert prescribed.exists()
    assert not prescribed.filter(exercise__compresses_tendon=True).exists()


def test_strength_and_stability_exercises_are_not_called_mobility():
    kinds = dict(Exercise.objects.values_list("slug", "kind"))
    assert kinds["clamshell"] == kinds["dead-bug"] == Exercise.Kind.STRENGTH
    mobility = {slug for slug, kind in kinds.items() if kind == Exercise.Kind.MOBILITY}
    assert mobility == {"hip-flexor-stretch", "hamstring-stretch", "quadriceps-stretch"}


def test_the_seated_curl_pulls_forward_not_down():
    curl = Exercise.objects.get(slug="seated-one-leg-curl")
    assert "elastiek vast aan iets stevigs vóór je" in curl.instructions
    assert "Een gewicht om je enkel werkt hier niet" in curl.instructions
    notes = TemplatePrescription.objects.filter(exercise=curl).values_list("note", flat=True)
    assert set(notes) == {"Elastiek vóór je vastgemaakt, of het apparaat."}


def test_the_nordic_curl_says_it_is_not_for_early_recovery_wherever_it_is_shown():
    # `trains` is the line shown on every card and as the exercise page's lead.
    nordic = Exercise.objects.get(slug="nordic-hamstring-curl")
    assert "Niet in het begin van je herstel" in nordic.trains
