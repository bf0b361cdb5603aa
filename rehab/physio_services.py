"""Writes of the physiotherapist's pages: assigning and adjusting a patient's plan.

Keyword-only, typed, each in one transaction that locks the plan row. Bad input raises
`ValidationError` with Dutch field errors and writes nothing. Only the plan's own copy of
the prescriptions (`PlanPrescription`) and of the phase criteria (`PlanPhase`) changes: a
template never does. Every change is
written to the audit trail. Phase changes go through `rehab.services`.
"""

import datetime
from dataclasses import asdict, dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from accounts import audit
from accounts.models import AuditEvent, User

from .models import (
    PHASES,
    ConditionKind,
    Exercise,
    PatientPlan,
    PlanPhase,
    PlanPrescription,
    PlanTemplate,
)
from .rules import MAX_PAIN_LIMIT, MIN_DAYS_RANGE, QUALIFYING_SESSIONS_RANGE
from .services import assign_plan

# How far back a plan may start: a patient may have begun before the plan was entered.
MAX_DAYS_BACK = 365

# Field: (lowest, highest) — the same bounds as the model's validators.
DOSAGE_RANGES = {
    "sets": (1, 20),
    "repetitions": (1, 100),
    "hold_seconds": (1, 600),
    "pause_seconds": (0, 600),
    "tempo_up_seconds": (1, 30),
    "tempo_down_seconds": (1, 30),
    "rest_min_seconds": (0, 900),
    "rest_max_seconds": (0, 900),
}
NOTE_MAX_LENGTH = 300


@dataclass(frozen=True)
class Dosage:
    """What a physiotherapist may change about one exercise in one phase."""

    sets: int
    repetitions: int | None = None
    hold_seconds: int | None = None
    pause_seconds: int | None = None
    tempo_up_seconds: int | None = None
    tempo_down_seconds: int | None = None
    rest_min_seconds: int | None = None
    rest_max_seconds: int | None = None
    note: str = ""

    @classmethod
    def of(cls, prescription: PlanPrescription) -> "Dosage":
        return cls(**{field: getattr(prescription, field) for field in cls.__dataclass_fields__})


def _range_error(low: int, high: int) -> list[str]:
    return [_("Vul een getal in van %(low)d tot en met %(high)d.") % {"low": low, "high": high}]


def dosage_errors(dosage: Dosage) -> dict[str, list[str]]:
    """Every problem with a dosage, per field, in Dutch."""
    errors: dict[str, list[str]] = {}
    for field, (low, high) in DOSAGE_RANGES.items():
        value = getattr(dosage, field)
        if value is not None and not low <= value <= high:
            errors[field] = _range_error(low, high)
    if dosage.sets is None:
        errors["sets"] = [_("Vul het aantal sets in.")]
    if dosage.repetitions is None and dosage.hold_seconds is None:
        errors.setdefault("repetitions", []).append(
            _("Vul het aantal herhalingen in, of hoe lang de patiënt vasthoudt.")
        )
    if dosage.pause_seconds and dosage.hold_seconds is None:
        errors.setdefault("pause_seconds", []).append(
            _("Een pauze tussen herhalingen hoort bij vasthouden: vul ook de tijd vasthouden in.")
        )
    if dosage.tempo_down_seconds is not None and dosage.tempo_up_seconds is None:
        errors.setdefault("tempo_up_seconds", []).append(
            _("Vul ook het tempo omhoog in, of laat het tempo omlaag leeg.")
        )
    if dosage.rest_max_seconds is not None:
        if dosage.rest_min_seconds is None:
            errors.setdefault("rest_min_seconds", []).append(
                _("Vul ook de minimale rust in, of laat de maximale rust leeg.")
            )
        elif dosage.rest_max_seconds < dosage.rest_min_seconds:
            errors.setdefault("rest_max_seconds", []).append(
                _("De maximale rust is korter dan de minimale rust.")
            )
    if len(dosage.note) > NOTE_MAX_LENGTH:
        errors["note"] = [
            _("Een opmerking is hoogstens %(n)d tekens lang.") % {"n": NOTE_MAX_LENGTH}
        ]
    return errors


def criteria_errors(*, min_days: int, qualifying_sessions: int) -> dict[str, list[str]]:
    """A phase's criteria outside the rule's ranges, per field, in Dutch."""
    errors: dict[str, list[str]] = {}
    low, high = MIN_DAYS_RANGE
    if not low <= min_days <= high:
        errors["min_days"] = _range_error(low, high)
    low, high = QUALIFYING_SESSIONS_RANGE
    if not low <= qualifying_sessions <= high:
        errors["qualifying_sessions"] = _range_error(low, high)
    return errors


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


def _check_physiotherapist(plan: PatientPlan, user: User) -> None:
    if not (user.is_superuser or (user.is_physiotherapist and plan.physiotherapist_id == user.pk)):
        raise PermissionDenied


def _editable_plan(plan_id: int, physiotherapist: User) -> PatientPlan:
    plan = PatientPlan.objects.select_for_update().select_related("patient").get(pk=plan_id)
    _check_physiotherapist(plan, physiotherapist)
    if not plan.is_active:
        raise ValidationError(
            _("Dit schema is afgerond of gestopt: je kunt het niet meer aanpassen.")
        )
    return plan


def _describe(prescription: PlanPrescription) -> str:
    return _("fase %(phase)d, %(exercise)s: %(dosage)s") % {
        "phase": prescription.phase,
        "exercise": prescription.exercise.name,
        "dosage": prescription.dosage,
    }


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
    plan = assign_plan(
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
        "criteria": "; ".join(_describe_criteria(phase) for phase in plan.phases.all()),
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


def _describe_criteria(phase: PlanPhase) -> str:
    return _("fase %(n)d: %(sessions)d sessies op rij, minimaal %(days)d dagen") % {
        "n": phase.number,
        "sessions": phase.qualifying_sessions,
        "days": phase.min_days,
    }


@transaction.atomic
def update_phase_criteria(
    *, plan_id: int, physiotherapist: User, number: int, min_days: int, qualifying_sessions: int
) -> PlanPhase:
    """Change when a patient may leave one phase of their plan (never in its template)."""
    plan = _editable_plan(plan_id, physiotherapist)
    phase = plan.phases.select_for_update().get(number=number)
    errors = criteria_errors(min_days=min_days, qualifying_sessions=qualifying_sessions)
    if errors:
        raise ValidationError(errors)
    before = _describe_criteria(phase)
    phase.min_days = min_days
    phase.qualifying_sessions = qualifying_sessions
    phase.save(update_fields=["min_days", "qualifying_sessions"])
    audit.record(
        actor=physiotherapist,
        action=AuditEvent.Action.PLAN_CHANGE,
        subject=plan.patient,
        detail=_("Criteria aangepast: %(before)s → %(after)s.")
        % {"before": before, "after": _describe_criteria(phase)},
    )
    return phase


@transaction.atomic
def update_prescription(
    *, plan_id: int, prescription_id: int, physiotherapist: User, dosage: Dosage
) -> PlanPrescription:
    """Change the dosage of one exercise in a plan (never in its template)."""
    plan = _editable_plan(plan_id, physiotherapist)
    prescription = (
        plan.prescriptions.select_related("exercise").select_for_update().get(pk=prescription_id)
    )
    errors = dosage_errors(dosage)
    if errors:
        raise ValidationError(errors)
    before = _describe(prescription)
    for field, value in asdict(dosage).items():
        setattr(prescription, field, value)
    prescription.save()
    audit.record(
        actor=physiotherapist,
        action=AuditEvent.Action.PLAN_CHANGE,
        subject=plan.patient,
        detail=_("Dosering aangepast: %(before)s → %(after)s.")
        % {"before": before, "after": prescription.dosage},
    )
    return prescription


@transaction.atomic
def add_prescription(
    *, plan_id: int, physiotherapist: User, phase: int, exercise: Exercise, dosage: Dosage
) -> PlanPrescription:
    """Add an exercise from the library to one phase of a plan, after the others."""
    plan = _editable_plan(plan_id, physiotherapist)
    errors = dosage_errors(dosage)
    if phase not in PHASES:
        errors["__all__"] = [_("Kies fase 1, 2, 3 of 4.")]
    # Hip bent with the knee straight presses the tendon against the sit bone (Goom et al.
    # 2016): never in a plan for that tendon.
    if exercise.compresses_tendon and plan.condition == ConditionKind.TENDINOPATHY:
        errors["exercise"] = [
            _(
                "%(exercise)s drukt de pees tegen het zitbot (heup gebogen met een gestrekte "
                "knie). Zo'n oefening hoort niet in een schema voor peesklachten bij het "
                "zitbot. Kies een andere oefening."
            )
            % {"exercise": exercise.name}
        ]
    if errors:
        raise ValidationError(errors)
    last = plan.prescriptions.filter(phase=phase).aggregate(last=Max("order"))["last"]
    prescription = PlanPrescription.objects.create(
        plan=plan, phase=phase, exercise=exercise, order=(last or 0) + 1, **asdict(dosage)
    )
    audit.record(
        actor=physiotherapist,
        action=AuditEvent.Action.PLAN_CHANGE,
        subject=plan.patient,
        detail=_("Oefening toegevoegd: %(what)s.") % {"what": _describe(prescription)},
    )
    return prescription


@transaction.atomic
def remove_prescription(*, plan_id: int, prescription_id: int, physiotherapist: User) -> None:
    """Take an exercise out of one phase of a plan; a phase keeps at least one exercise."""
    plan = _editable_plan(plan_id, physiotherapist)
    prescription = (
        plan.prescriptions.select_related("exercise").select_for_update().get(pk=prescription_id)
    )
    if plan.prescriptions.filter(phase=prescription.phase).count() <= 1:
        raise ValidationError(
            _("Een fase heeft minstens één oefening nodig. Voeg eerst een andere oefening toe.")
        )
    what = _describe(prescription)
    prescription.delete()
    audit.record(
        actor=physiotherapist,
        action=AuditEvent.Action.PLAN_CHANGE,
        subject=plan.patient,
        detail=_("Oefening verwijderd: %(what)s.") % {"what": what},
    )
