"""Writes of the physiotherapist's pages: assigning and adjusting a patient's plan.

Keyword-only, typed, each in one transaction that locks the plan row. Bad input raises
`ValidationError` with Dutch field errors and writes nothing. Only the plan's own copy of
the prescriptions (`PlanPrescription`) changes: a template never does. Every change is
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

from .models import PHASES, ConditionKind, Exercise, PatientPlan, PlanPrescription, PlanTemplate
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


def dosage_errors(dosage: Dosage) -> dict[str, list[str]]:
    """Every problem with a dosage, per field, in Dutch."""
    errors: dict[str, list[str]] = {}
    for field, (low, high) in DOSAGE_RANGES.items():
        value = getattr(dosage, field)
        if value is not None and not low <= value <= high:
            errors[field] = [
                _("Vul een getal in van %(low)d tot en met %(high)d.") % {"low": low, "high": high}
            ]
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
    qualifying_sessions: int,
    min_days_in_phase: int,
    mode: str,
    today: datetime.date,
) -> PatientPlan:
    """Give a patient a new plan; their earlier active plan from this physiotherapist stops."""
    if not (physiotherapist.is_superuser or physiotherapist.is_physiotherapist):
        raise PermissionDenied
    errors: dict[str, list[str]] = {}
    if not patient.is_patient:
        errors["__all__"] = [_("Alleen een patiënt kan een schema krijgen.")]
    if template.condition == ConditionKind.STRAIN:
        if grade not in (1, 2, 3):
            errors["grade"] = [_("Kies de graad van de blessure: 1, 2 of 3.")]
    else:
        grade = None
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
    low, high = QUALIFYING_SESSIONS_RANGE
    if not low <= qualifying_sessions <= high:
        errors["qualifying_sessions"] = [
            _("Vul een getal in van %(low)d tot en met %(high)d.") % {"low": low, "high": high}
        ]
    low, high = MIN_DAYS_RANGE
    if not low <= min_days_in_phase <= high:
        errors["min_days_in_phase"] = [
            _("Vul een getal in van %(low)d tot en met %(high)d.") % {"low": low, "high": high}
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
        grade=grade,
        start_phase=start_phase,
        max_pain=max_pain,
        qualifying_sessions=qualifying_sessions,
        min_days_in_phase=min_days_in_phase,
        mode=mode,
    )
    detail = _(
        "Schema toegewezen: %(template)s, begint in fase %(phase)d op %(date)s; pijngrens "
        "%(max_pain)d, %(sessions)d sessies op rij, minimaal %(days)d dagen per fase; %(mode)s."
    ) % {
        "template": template.name + (f" (graad {grade})" if grade else ""),
        "phase": start_phase,
        "date": start_date.isoformat(),
        "max_pain": max_pain,
        "sessions": qualifying_sessions,
        "days": min_days_in_phase,
        "mode": plan.get_mode_display(),
    }
    if stopped:
        detail += " " + _("Het vorige schema is gestopt.")
    audit.record(
        actor=physiotherapist, action=AuditEvent.Action.PLAN_CHANGE, subject=patient, detail=detail
    )
    return plan


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
