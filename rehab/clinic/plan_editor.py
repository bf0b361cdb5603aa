"""The plan editor's page: every phase with its criteria form, a dosage form per exercise and
an "add an exercise" form. A form the physiotherapist just sent comes back bound, with its
errors; every other form shows the plan as it is."""

from dataclasses import asdict

from django import forms

from ..models import PatientPlan, PlanPhase, PlanPrescription, TemplatePhase
from ..services.prescriptions import Dosage
from .forms import AddExerciseForm, DosageForm, PhaseCriteriaForm


def edit_context(
    plan: PatientPlan,
    *,
    bound: dict[int, DosageForm] | None = None,
    bound_add: AddExerciseForm | None = None,
    bound_add_phase: int | None = None,
    bound_criteria: PhaseCriteriaForm | None = None,
    bound_criteria_phase: int | None = None,
) -> dict:
    names = dict(
        TemplatePhase.objects.filter(template_id=plan.template_id).values_list("number", "name")
    )
    criteria = {phase.number: phase for phase in plan.phases.all()}
    prescriptions = list(plan.prescriptions.select_related("exercise"))
    phases = [
        {
            "number": number,
            "name": names[number],
            "items": _items(prescriptions, number, bound or {}),
            "add": _sent(bound_add, bound_add_phase, number) or _add_form(number),
            "criteria": criteria[number],
            "criteria_form": _sent(bound_criteria, bound_criteria_phase, number)
            or _criteria_form(criteria[number]),
        }
        for number in sorted(names)
    ]
    return {"plan": plan, "patient": plan.patient, "phases": phases}


def _sent(form: forms.Form | None, sent_for: int | None, number: int) -> forms.Form | None:
    """The form the physiotherapist sent, on the phase it was sent for."""
    return form if form is not None and sent_for == number else None


def _items(prescriptions: list[PlanPrescription], number: int, bound: dict) -> list[dict]:
    return [
        {
            "prescription": p,
            "form": bound.get(p.pk) or DosageForm(prefix=f"p{p.pk}", initial=asdict(Dosage.of(p))),
        }
        for p in prescriptions
        if p.phase == number
    ]


def _add_form(number: int) -> AddExerciseForm:
    return AddExerciseForm(prefix=f"add{number}", initial={"sets": 3})


def _criteria_form(phase: PlanPhase) -> PhaseCriteriaForm:
    return PhaseCriteriaForm(
        prefix=f"criteria{phase.number}",
        initial={"min_days": phase.min_days, "qualifying_sessions": phase.qualifying_sessions},
    )
