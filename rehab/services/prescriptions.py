"""Writes of a plan's exercises: a dosage changed, an exercise added or taken out.

Only the plan's own copy (`PlanPrescription`) changes, never its template. Every change is
written to the audit trail.
"""

from dataclasses import asdict, dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from accounts import audit
from accounts.models import AuditEvent, User

from ..models import DOSAGE_RANGES, PHASES, ConditionKind, Exercise, PlanPrescription
from .base import editable_plan, range_error

NOTE_MAX_LENGTH = PlanPrescription._meta.get_field("note").max_length


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
            errors[field] = range_error(low, high)
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


def _describe(prescription: PlanPrescription) -> str:
    return _("fase %(phase)d, %(exercise)s: %(dosage)s") % {
        "phase": prescription.phase,
        "exercise": prescription.exercise.name,
        "dosage": prescription.dosage,
    }


@transaction.atomic
def update_prescription(
    *, plan_id: int, prescription_id: int, physiotherapist: User, dosage: Dosage
) -> PlanPrescription:
    """Change the dosage of one exercise in a plan (never in its template)."""
    plan = editable_plan(plan_id, physiotherapist)
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
    plan = editable_plan(plan_id, physiotherapist)
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
    plan = editable_plan(plan_id, physiotherapist)
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
