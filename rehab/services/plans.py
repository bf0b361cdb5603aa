"""Writes that give a patient a plan: one assignment, checked, audited, from a template."""

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from accounts import audit
from accounts.models import AuditEvent, User

from ..models import (
    PHASES,
    ConditionKind,
    PatientPlan,
    PlanPhase,
    PlanPrescription,
    PlanTemplate,
    TemplatePrescription,
)
from ..rules import MAX_PAIN_LIMIT
from .outcomes import Moment, open_measurement
from .phases import describe_criteria

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

# How far back a plan may start: a patient may have begun before the plan was entered.
MAX_DAYS_BACK = 365


def _grade_errors(template: PlanTemplate, grade: int | None, referral_confirmed: bool) -> dict:
    """The grade must be the template's own; a grade 3 is seen by a doctor first."""
    errors: dict[str, list[str]] = {}
    if template.condition != ConditionKind.STRAIN:
        if grade is not None:
            errors["grade"] = [
                _("Laat de graad leeg: een graad hoort alleen bij een hamstringblessure.")
            ]
        return errors
    if grade not in (1, 2, 3):
        errors["grade"] = [_("Kies de graad van de blessure: 1, 2 of 3.")]
    elif grade != template.grade:
        errors["grade"] = [
            _(
                "Dit schema is voor graad %(template)d, maar je koos graad %(grade)d. Kies het "
                "schema dat bij de graad van de blessure past."
            )
            % {"template": template.grade, "grade": grade}
        ]
    if template.grade == 3 and not referral_confirmed:
        errors["referral_confirmed"] = [
            _(
                "Bevestig dat een sportarts of orthopedisch chirurg de patiënt heeft "
                "beoordeeld, zo nodig met een scan. Bij een vermoedelijke graad 3 of een "
                "losgescheurde pees (avulsie) verwijs je eerst door."
            )
        ]
    return errors


@transaction.atomic
def assign(
    *,
    patient: User,
    physiotherapist: User,
    template: PlanTemplate,
    grade: int | None,
    start_phase: int,
    start_date: datetime.date,
    max_pain: int,
    mode: str,
    today: datetime.date,
    referral_confirmed: bool = False,
) -> PatientPlan:
    """Give a patient a new plan; their earlier active plan from this physiotherapist stops.

    A strain plan's grade is its template's: a grade that differs is refused, and a grade 3
    plan needs the physiotherapist's word that a doctor assessed the injury first.
    """
    if not (physiotherapist.is_superuser or physiotherapist.is_physiotherapist):
        raise PermissionDenied
    errors: dict[str, list[str]] = _grade_errors(template, grade, referral_confirmed)
    if not patient.is_patient:
        errors["__all__"] = [_("Alleen een patiënt kan een schema krijgen.")]
    if start_phase not in PHASES:
        errors["start_phase"] = [_("Kies fase 1, 2, 3 of 4.")]
    # The rule refuses a phase that starts after today, so a plan cannot start in the future.
    if start_date > today:
        errors["start_date"] = [_("Een schema kan niet in de toekomst beginnen.")]
    elif start_date < today - datetime.timedelta(days=MAX_DAYS_BACK):
        errors["start_date"] = [_("Een schema begint hoogstens een jaar geleden.")]
    if not 0 <= max_pain <= MAX_PAIN_LIMIT:
        errors["max_pain"] = [
            _(
                "De pijngrens is hoogstens %(limit)d: meer pijn tijdens het oefenen is niet "
                "verstandig. Lager mag wel."
            )
            % {"limit": MAX_PAIN_LIMIT}
        ]
    if mode not in PatientPlan.Mode.values:
        errors["mode"] = [_("Kies hoe de patiënt naar de volgende fase gaat.")]
    if errors:
        raise ValidationError(errors)

    stopped = (
        PatientPlan.objects.for_user(physiotherapist)
        .filter(patient=patient, status=PatientPlan.Status.ACTIVE)
        .update(status=PatientPlan.Status.STOPPED, advance_requested_at=None)
    )
    plan = copy_template(
        patient=patient,
        physiotherapist=physiotherapist,
        template=template,
        start_date=start_date,
        start_phase=start_phase,
        max_pain=max_pain,
        mode=mode,
    )
    detail = _(
        "Schema toegewezen: %(template)s, begint in fase %(phase)d op %(date)s; pijngrens "
        "%(max_pain)d; %(criteria)s; %(mode)s."
    ) % {
        "template": template.name,
        "phase": start_phase,
        "date": start_date.isoformat(),
        "max_pain": max_pain,
        "criteria": "; ".join(describe_criteria(phase) for phase in plan.phases.all()),
        "mode": plan.get_mode_display(),
    }
    if template.grade == 3:
        detail += " " + _(
            "Bevestigd: beoordeeld door een sportarts of orthopedisch chirurg, zo nodig met "
            "een scan."
        )
    if stopped:
        detail += " " + _("Het vorige schema is gestopt.")
    audit.record(
        actor=physiotherapist, action=AuditEvent.Action.PLAN_CHANGE, subject=patient, detail=detail
    )
    return plan


@transaction.atomic
def copy_template(
    *,
    patient: User,
    template: PlanTemplate,
    start_date: datetime.date,
    physiotherapist: User | None = None,
    start_phase: int = 1,
    max_pain: int = 4,
    mode: str = PatientPlan.Mode.PATIENT_ADVANCES,
) -> PatientPlan:
    """Make a patient's plan: its own copy of the template's prescriptions and criteria.

    The one step `assign` takes after its checks. Demo data, test fixtures and benchmarks
    call it directly to build a plan on any date without a physiotherapist's audit line.

    A strain plan takes its grade from its template: one pathway per grade.
    """
    if template.condition == ConditionKind.STRAIN and template.grade not in (1, 2, 3):
        raise ValueError("A template for a hamstring strain needs a grade of 1, 2 or 3.")
    plan = PatientPlan.objects.create(
        patient=patient,
        physiotherapist=physiotherapist,
        template=template,
        condition=template.condition,
        grade=template.grade,
        current_phase=start_phase,
        phase_started=start_date,
        max_pain=max_pain,
        mode=mode,
    )
    PlanPhase.objects.bulk_create(
        PlanPhase(
            plan=plan,
            number=phase.number,
            min_days=phase.min_days,
            qualifying_sessions=phase.qualifying_sessions,
        )
        for phase in template.phases.all()
    )
    # The template's notes are copied in the patient's language (the physiotherapist's page
    # may be in the other one); the copy is the plan's own from then on.
    with translation.override(patient.language or translation.get_language()):
        _copy_prescriptions(plan, template)
    # The baseline of the outcome measures: asked as soon as the plan exists.
    open_measurement(plan, moment=Moment.START, by=physiotherapist)
    return plan


def _copy_prescriptions(plan: PatientPlan, template: PlanTemplate) -> None:
    PlanPrescription.objects.bulk_create(
        PlanPrescription(
            plan=plan, phase=source.phase.number, **{f: getattr(source, f) for f in COPIED_FIELDS}
        )
        for source in TemplatePrescription.objects.filter(phase__template=template).select_related(
            "phase"
        )
    )
