"""Writes for rehab: keyword-only, typed, each in one transaction."""

import datetime

from django.db import transaction

from accounts.models import User

from .models import ConditionKind, PatientPlan, PlanPrescription, PlanTemplate, TemplatePrescription

COPIED_FIELDS = (
    "exercise_id",
    "order",
    "sets",
    "repetitions",
    "hold_seconds",
    "pause_seconds",
    "tempo_up_seconds",
    "tempo_down_seconds",
    "rest_min_seconds",
    "rest_max_seconds",
    "note",
)


@transaction.atomic
def assign_plan(
    *,
    patient: User,
    template: PlanTemplate,
    start_date: datetime.date,
    physiotherapist: User | None = None,
    grade: int | None = None,
    start_phase: int = 1,
    max_pain: int = 4,
    qualifying_sessions: int = 3,
    min_days_in_phase: int = 7,
    mode: str = PatientPlan.Mode.PATIENT_ADVANCES,
) -> PatientPlan:
    """Give a patient a plan with its own copy of the template's prescriptions."""
    if template.condition == ConditionKind.STRAIN and grade not in (1, 2, 3):
        raise ValueError("A plan for a hamstring strain needs a grade of 1, 2 or 3.")
    plan = PatientPlan.objects.create(
        patient=patient,
        physiotherapist=physiotherapist,
        template=template,
        condition=template.condition,
        grade=grade if template.condition == ConditionKind.STRAIN else None,
        current_phase=start_phase,
        phase_started=start_date,
        max_pain=max_pain,
        qualifying_sessions=qualifying_sessions,
        min_days_in_phase=min_days_in_phase,
        mode=mode,
    )
    PlanPrescription.objects.bulk_create(
        PlanPrescription(
            plan=plan, phase=source.phase.number, **{f: getattr(source, f) for f in COPIED_FIELDS}
        )
        for source in TemplatePrescription.objects.filter(phase__template=template).select_related(
            "phase"
        )
    )
    return plan
