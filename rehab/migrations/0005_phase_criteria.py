"""Criteria per phase: each template phase and each plan phase has its own minimum days and
qualifying sessions, instead of one pair for the whole plan.

Existing plans keep what they had: the plan-wide values become the values of each of their
phases. The tendinopathy template keeps 7 days and 3 sessions per phase (the defaults).
"""

import django.core.validators
import django.db.models.deletion
from django.db import migrations, models

PHASE_NUMBERS = (1, 2, 3, 4)


def plan_values_to_phases(apps, schema_editor):
    PatientPlan = apps.get_model("rehab", "PatientPlan")
    PlanPhase = apps.get_model("rehab", "PlanPhase")
    PlanPhase.objects.bulk_create(
        PlanPhase(
            plan_id=plan.pk,
            number=number,
            min_days=plan.min_days_in_phase,
            qualifying_sessions=plan.qualifying_sessions,
        )
        for plan in PatientPlan.objects.only("pk", "min_days_in_phase", "qualifying_sessions")
        for number in PHASE_NUMBERS
    )


def phases_to_plan_values(apps, schema_editor):
    """Back to one pair per plan: the current phase's values are the nearest to the truth."""
    PatientPlan = apps.get_model("rehab", "PatientPlan")
    PlanPhase = apps.get_model("rehab", "PlanPhase")
    for plan in PatientPlan.objects.all():
        phase = PlanPhase.objects.filter(plan=plan, number=plan.current_phase).first()
        if phase is not None:
            plan.min_days_in_phase = phase.min_days
            plan.qualifying_sessions = phase.qualifying_sessions
            plan.save(update_fields=["min_days_in_phase", "qualifying_sessions"])


MIN_DAYS = models.PositiveSmallIntegerField(
    default=7,
    validators=[
        django.core.validators.MinValueValidator(0),
        django.core.validators.MaxValueValidator(90),
    ],
    verbose_name="minimaal aantal dagen in de fase",
)
QUALIFYING_SESSIONS = models.PositiveSmallIntegerField(
    default=3,
    validators=[
        django.core.validators.MinValueValidator(1),
        django.core.validators.MaxValueValidator(20),
    ],
    verbose_name="sessies op rij nodig",
)


class Migration(migrations.Migration):
    dependencies = [("rehab", "0004_safer_exercise_details")]

    operations = [
        migrations.AddField(model_name="templatephase", name="min_days", field=MIN_DAYS.clone()),
        migrations.AddField(
            model_name="templatephase",
            name="qualifying_sessions",
            field=QUALIFYING_SESSIONS.clone(),
        ),
        migrations.CreateModel(
            name="PlanPhase",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("min_days", MIN_DAYS.clone()),
                ("qualifying_sessions", QUALIFYING_SESSIONS.clone()),
                (
                    "number",
                    models.PositiveSmallIntegerField(
                        validators=[
                            django.core.validators.MinValueValidator(1),
                            django.core.validators.MaxValueValidator(4),
                        ],
                        verbose_name="fase",
                    ),
                ),
                (
                    "plan",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="phases",
                        to="rehab.patientplan",
                    ),
                ),
            ],
            options={
                "verbose_name": "fase in schema",
                "verbose_name_plural": "fasen in schema",
                "ordering": ["plan", "number"],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("plan", "number"), name="unique_phase_per_plan"
                    )
                ],
            },
        ),
        migrations.RunPython(plan_values_to_phases, phases_to_plan_values),
        migrations.RemoveField(model_name="patientplan", name="min_days_in_phase"),
        migrations.RemoveField(model_name="patientplan", name="qualifying_sessions"),
    ]
