"""Writes for rehab: keyword-only, typed, each in one transaction.

Bad input raises `ValidationError` (field errors in Dutch) and writes nothing; a refused
phase change raises `ProgressionRefused` with the rule's decision.
"""

import datetime
from collections.abc import Mapping

from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.db import transaction
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from accounts import audit
from accounts.models import AuditEvent, User

from . import clock
from .models import (
    LAST_PHASE,
    RETURN_TO_SPORT_ITEMS,
    ConditionKind,
    PatientPlan,
    PhaseTransition,
    PlanPhase,
    PlanPrescription,
    PlanTemplate,
    ReturnToSportCheck,
    SessionLog,
    TemplatePrescription,
)
from .reasons import sentences
from .rules import Decision, evaluate_progression

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
CHECK_NOTE_MAX_LENGTH = ReturnToSportCheck._meta.get_field("note").max_length


class ProgressionRefused(Exception):
    """The rule (or the plan's state) does not allow this phase change."""

    def __init__(self, message: str, decision: Decision | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.decision = decision


@transaction.atomic
def assign_plan(
    *,
    patient: User,
    template: PlanTemplate,
    start_date: datetime.date,
    physiotherapist: User | None = None,
    start_phase: int = 1,
    max_pain: int = 4,
    mode: str = PatientPlan.Mode.PATIENT_ADVANCES,
) -> PatientPlan:
    """Give a patient a plan with its own copy of the template's prescriptions and criteria.

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
    PlanPrescription.objects.bulk_create(
        PlanPrescription(
            plan=plan, phase=source.phase.number, **{f: getattr(source, f) for f in COPIED_FIELDS}
        )
        for source in TemplatePrescription.objects.filter(phase__template=template).select_related(
            "phase"
        )
    )
    return plan


def current_decision(plan: PatientPlan, *, today: datetime.date) -> Decision:
    """The rule's verdict on the current phase of a plan."""
    logs = plan.logs.filter(phase=plan.current_phase, date__gte=plan.phase_started)
    return evaluate_progression(
        sessions=[log.as_result() for log in logs],
        phase_started=plan.phase_started,
        today=today,
        criteria=plan.criteria,
    )


@transaction.atomic
def log_session(
    *,
    plan: PatientPlan,
    date: datetime.date,
    pain_during: int,
    sets_completed: Mapping[int, int],
    today: datetime.date,
    note: str = "",
) -> SessionLog:
    """Record a session of the current phase; logging a date again edits that session.

    `sets_completed` maps each prescription id of the current phase to the sets done.
    """
    plan = PatientPlan.objects.select_for_update().get(pk=plan.pk)
    prescriptions = list(plan.prescriptions.filter(phase=plan.current_phase))
    errors: dict[str, list[str]] = {}
    if not plan.is_active:
        raise ValidationError(
            _("Dit schema is afgerond of gestopt: je kunt geen sessies meer bijhouden.")
        )
    if date > today:
        errors["date"] = [_("Een sessie in de toekomst kun je nog niet bijhouden.")]
    elif date < plan.phase_started:
        errors["date"] = [
            _("Deze datum ligt voor het begin van je huidige fase (%(day)s).")
            % {"day": date_format(plan.phase_started, "j F Y")}
        ]
    if not 0 <= pain_during <= 10:
        errors["pain_during"] = [_("Kies een pijnscore van 0 tot en met 10.")]
    for prescription in prescriptions:
        done = sets_completed.get(prescription.pk)
        if done is None or not 0 <= done <= prescription.sets:
            errors[f"sets_{prescription.pk}"] = [
                _("Vul een aantal sets in van 0 tot en met %(sets)d.") % {"sets": prescription.sets}
            ]
    unknown = set(sets_completed) - {p.pk for p in prescriptions}
    if unknown:
        errors["__all__"] = [_("Deze oefening hoort niet bij je huidige fase.")]
    if errors:
        raise ValidationError(errors)

    log, _created = SessionLog.objects.update_or_create(
        plan=plan,
        date=date,
        defaults={
            "phase": plan.current_phase,
            "pain_during": pain_during,
            "all_sets_completed": all(sets_completed[p.pk] >= p.sets for p in prescriptions),
            "note": note,
        },
    )
    log.entries.all().delete()
    log.entries.bulk_create(
        log.entries.model(
            session=log,
            prescription=p,
            exercise_id=p.exercise_id,
            sets_prescribed=p.sets,
            sets_completed=sets_completed[p.pk],
        )
        for p in prescriptions
    )
    return log


@transaction.atomic
def record_next_morning_pain(*, log: SessionLog, pain: int, today: datetime.date) -> SessionLog:
    """Add (or correct) the pain felt the morning after a session."""
    if not 0 <= pain <= 10:
        raise ValidationError({"pain_next_morning": [_("Kies een pijnscore van 0 tot en met 10.")]})
    if log.date >= today:
        raise ValidationError(
            {"pain_next_morning": [_("De pijn van de ochtend erna vul je morgen in.")]}
        )
    # The plan first, as log_session locks it: the same order everywhere, so no deadlock.
    plan = PatientPlan.objects.select_for_update().get(pk=log.plan_id)
    if not plan.is_active:
        raise ValidationError(_("Dit schema is afgerond of gestopt."))
    log.pain_next_morning = pain
    log.save(update_fields=["pain_next_morning", "updated_at"])
    return log


def _locked_plan(plan_id: int) -> PatientPlan:
    return PatientPlan.objects.select_for_update().select_related("patient").get(pk=plan_id)


def _earlier_move(plan: PatientPlan, expected_phase: int) -> PhaseTransition | None:
    """The move a simultaneous request already made out of `expected_phase`, if it was the last."""
    latest = plan.transitions.exclude(kind=PhaseTransition.Kind.REQUEST).first()
    moves_on = (
        PhaseTransition.Kind.ADVANCE,
        PhaseTransition.Kind.APPROVE,
        PhaseTransition.Kind.COMPLETE,
    )
    if latest is not None and latest.from_phase == expected_phase and latest.kind in moves_on:
        return latest
    return None


def _move(
    plan: PatientPlan,
    *,
    to_phase: int,
    kind: str,
    by: User,
    reasons: list[str] | tuple[str, ...],
    today: datetime.date,
) -> PhaseTransition:
    from_phase = plan.current_phase
    completing = kind == PhaseTransition.Kind.COMPLETE or (
        kind in (PhaseTransition.Kind.ADVANCE, PhaseTransition.Kind.APPROVE)
        and from_phase == LAST_PHASE
    )
    if completing:
        kind = PhaseTransition.Kind.COMPLETE
        to_phase = LAST_PHASE
        plan.status = PatientPlan.Status.COMPLETED
    else:
        plan.current_phase = to_phase
        plan.phase_started = today
        plan.status = PatientPlan.Status.ACTIVE
    plan.advance_requested_at = None
    plan.save(
        update_fields=[
            "current_phase",
            "phase_started",
            "status",
            "advance_requested_at",
            "updated_at",
        ]
    )
    transition = PhaseTransition.objects.create(
        plan=plan,
        kind=kind,
        from_phase=from_phase,
        to_phase=to_phase,
        created_by=by,
        reasons="\n".join(reasons),
    )
    audit.record(
        actor=by,
        action=AuditEvent.Action.PHASE_CHANGE,
        subject=plan.patient,
        detail=f"{transition.get_kind_display()}: fase {from_phase} → {to_phase}. "
        + " ".join(reasons),
    )
    return transition


@transaction.atomic
def advance_phase(
    *, plan_id: int, user: User, expected_phase: int, today: datetime.date
) -> PhaseTransition:
    """The patient goes to the next phase when the rule allows it.

    The plan row is locked and the rule evaluated again, so twenty simultaneous clicks
    make one transition; the later clicks get that same transition back.
    """
    plan = _locked_plan(plan_id)
    if plan.patient_id != user.pk and not user.is_superuser:
        raise PermissionDenied
    if plan.current_phase != expected_phase or not plan.is_active:
        earlier = _earlier_move(plan, expected_phase)
        if earlier is not None:
            return earlier
        raise ProgressionRefused(_("Je schema is intussen veranderd. Bekijk je schema opnieuw."))
    if plan.mode == PatientPlan.Mode.PHYSIO_APPROVES:
        raise ProgressionRefused(
            _("Bij dit schema geeft je fysiotherapeut toestemming voor de volgende fase.")
        )
    if plan.needs_return_to_sport_check and plan.advance_requested_at is not None:
        return plan.transitions.filter(kind=PhaseTransition.Kind.REQUEST).first()
    decision = current_decision(plan, today=today)
    if not decision.may_advance:
        raise ProgressionRefused(_("Je kunt nog niet door naar de volgende fase."), decision)
    if plan.needs_return_to_sport_check:
        return _ask(plan, user=user, decision=decision)
    return _move(
        plan,
        to_phase=plan.current_phase + 1,
        kind=PhaseTransition.Kind.ADVANCE,
        by=user,
        reasons=sentences(decision.reasons),
        today=today,
    )


@transaction.atomic
def request_advance(
    *, plan_id: int, user: User, expected_phase: int, today: datetime.date
) -> PatientPlan:
    """In approval mode: a patient who meets the rule asks the physiotherapist."""
    plan = _locked_plan(plan_id)
    if plan.patient_id != user.pk and not user.is_superuser:
        raise PermissionDenied
    if plan.current_phase != expected_phase or not plan.is_active:
        raise ProgressionRefused(_("Je schema is intussen veranderd. Bekijk je schema opnieuw."))
    if plan.advance_requested_at is not None:
        return plan
    decision = current_decision(plan, today=today)
    if not decision.may_advance:
        raise ProgressionRefused(_("Je kunt nog niet door naar de volgende fase."), decision)
    _ask(plan, user=user, decision=decision)
    return plan


def _ask(plan: PatientPlan, *, user: User, decision: Decision) -> PhaseTransition:
    """The patient meets the rule and waits: for approval, or for the return-to-sport check."""
    plan.advance_requested_at = clock.now()
    plan.save(update_fields=["advance_requested_at", "updated_at"])
    return PhaseTransition.objects.create(
        plan=plan,
        kind=PhaseTransition.Kind.REQUEST,
        from_phase=plan.current_phase,
        to_phase=min(plan.current_phase + 1, LAST_PHASE),
        created_by=user,
        reasons="\n".join(sentences(decision.reasons)),
    )


def _check_physiotherapist(plan: PatientPlan, user: User) -> None:
    if not (user.is_superuser or (user.is_physiotherapist and plan.physiotherapist_id == user.pk)):
        raise PermissionDenied


@transaction.atomic
def approve_advance(
    *, plan_id: int, physiotherapist: User, expected_phase: int, today: datetime.date
) -> PhaseTransition:
    """The physiotherapist approves a patient's request for the next phase."""
    plan = _locked_plan(plan_id)
    _check_physiotherapist(plan, physiotherapist)
    if plan.current_phase != expected_phase or not plan.is_active:
        earlier = _earlier_move(plan, expected_phase)
        if earlier is not None:
            return earlier
        raise ProgressionRefused(_("Het schema is intussen veranderd."))
    if plan.advance_requested_at is None:
        raise ProgressionRefused(_("De patiënt heeft niet gevraagd om door te gaan."))
    if plan.needs_return_to_sport_check:
        raise ProgressionRefused(
            _(
                "Een schema voor een hamstringblessure rond je af met de "
                "terugkeer-naar-sportcheck. De patiënt traint door in fase 4 tot die klaar is."
            )
        )
    decision = current_decision(plan, today=today)
    reasons = [
        _("Goedgekeurd door %(name)s.") % {"name": physiotherapist.full_name},
        *sentences(decision.reasons),
    ]
    return _move(
        plan,
        to_phase=plan.current_phase + 1,
        kind=PhaseTransition.Kind.APPROVE,
        by=physiotherapist,
        reasons=reasons,
        today=today,
    )


@transaction.atomic
def override_phase(
    *,
    plan_id: int,
    physiotherapist: User,
    to_phase: int,
    reason: str,
    today: datetime.date,
) -> PhaseTransition:
    """The physiotherapist moves a plan forward or back regardless of the rule."""
    plan = _locked_plan(plan_id)
    _check_physiotherapist(plan, physiotherapist)
    errors = {}
    if not reason.strip():
        errors["reason"] = [_("Schrijf op waarom je de fase verandert.")]
    if not 1 <= to_phase <= LAST_PHASE:
        errors["to_phase"] = [_("Kies fase 1, 2, 3 of 4.")]
    elif to_phase == plan.current_phase and plan.is_active:
        errors["to_phase"] = [_("Het schema staat al in fase %(n)d.") % {"n": to_phase}]
    if errors:
        raise ValidationError(errors)
    kind = (
        PhaseTransition.Kind.OVERRIDE_FORWARD
        if to_phase > plan.current_phase
        else PhaseTransition.Kind.STEP_BACK
    )
    return _move(
        plan,
        to_phase=to_phase,
        kind=kind,
        by=physiotherapist,
        reasons=[reason.strip()],
        today=today,
    )


@transaction.atomic
def complete_return_to_sport(
    *,
    plan_id: int,
    physiotherapist: User,
    answers: Mapping[str, bool],
    note: str,
    today: datetime.date,
) -> PhaseTransition:
    """The physiotherapist completes a strain plan with the return-to-sport checklist.

    Every item must be met; otherwise the `ValidationError` names each one that is not and
    nothing is saved: the patient trains on in the last phase. The plan row is locked, so a
    double submit makes one completion; the later submit gets that same completion back.
    """
    plan = _locked_plan(plan_id)
    _check_physiotherapist(plan, physiotherapist)
    if plan.condition != ConditionKind.STRAIN:
        raise ProgressionRefused(_("De terugkeer-naar-sportcheck hoort bij een hamstringblessure."))
    if not plan.is_active:
        earlier = _earlier_move(plan, LAST_PHASE)
        if earlier is not None and earlier.kind == PhaseTransition.Kind.COMPLETE:
            return earlier
        raise ProgressionRefused(_("Dit schema is afgerond of gestopt."))
    if plan.current_phase != LAST_PHASE:
        raise ProgressionRefused(
            _("De terugkeer-naar-sportcheck doe je in fase 4. Het schema staat in fase %(n)d.")
            % {"n": plan.current_phase}
        )
    errors = {
        name: [_("Nog niet in orde: %(item)s.") % {"item": label}]
        for name, (label, _explanation) in RETURN_TO_SPORT_ITEMS.items()
        if answers.get(name) is not True
    }
    if len(note) > CHECK_NOTE_MAX_LENGTH:
        errors["note"] = [
            _("Een opmerking is hoogstens %(n)d tekens lang.") % {"n": CHECK_NOTE_MAX_LENGTH}
        ]
    if errors:
        if set(errors) != {"note"}:
            errors[NON_FIELD_ERRORS] = [
                _(
                    "Nog niet alles is in orde. Er is niets opgeslagen: de patiënt traint door "
                    "in fase 4."
                )
            ]
        raise ValidationError(errors)
    check = ReturnToSportCheck.objects.create(
        plan=plan,
        completed_by=physiotherapist,
        note=note.strip(),
        **dict.fromkeys(RETURN_TO_SPORT_ITEMS, True),
    )
    reasons = [
        _("Terugkeer-naar-sportcheck samen met de patiënt gedaan door %(name)s. In orde:")
        % {"name": physiotherapist.full_name},
        *check.items,
    ]
    if check.note:
        reasons.append(_("Opmerking: %(note)s") % {"note": check.note})
    return _move(
        plan,
        to_phase=LAST_PHASE,
        kind=PhaseTransition.Kind.COMPLETE,
        by=physiotherapist,
        reasons=reasons,
        today=today,
    )
