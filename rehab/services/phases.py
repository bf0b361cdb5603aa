"""Writes that move a plan between phases, and the criteria for leaving a phase.

A refused phase change raises `ProgressionRefused` with the rule's decision. Every move is
written to the audit trail.
"""

import datetime
from collections.abc import Mapping

from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from accounts import audit
from accounts.models import AuditEvent, User

from .. import clock
from ..models import (
    LAST_PHASE,
    RETURN_TO_SPORT_ITEMS,
    ConditionKind,
    PatientPlan,
    PhaseTransition,
    PlanPhase,
    ReturnToSportCheck,
)
from ..reasons import sentences
from ..rules import MIN_DAYS_RANGE, QUALIFYING_SESSIONS_RANGE, Decision, evaluate_progression
from .base import check_physiotherapist, editable_plan, locked_plan, range_error
from .outcomes import Moment, open_measurement

CHECK_NOTE_MAX_LENGTH = ReturnToSportCheck._meta.get_field("note").max_length


class ProgressionRefused(Exception):
    """The rule (or the plan's state) does not allow this phase change."""

    def __init__(self, message: str, decision: Decision | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.decision = decision


def current_decision(plan: PatientPlan, *, today: datetime.date) -> Decision:
    """The rule's verdict on the current phase of a plan."""
    logs = plan.logs.filter(phase=plan.current_phase, date__gte=plan.phase_started)
    return evaluate_progression(
        sessions=[log.as_result() for log in logs],
        phase_started=plan.phase_started,
        today=today,
        criteria=plan.criteria,
    )


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
    # Every phase change and the completion close a stretch of the plan: measure it.
    open_measurement(
        plan,
        moment=Moment.COMPLETION if completing else Moment.PHASE_CHANGE,
        closes_phase=from_phase,
        by=by,
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
    plan = locked_plan(plan_id)
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
    plan = locked_plan(plan_id)
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


@transaction.atomic
def approve_advance(
    *, plan_id: int, physiotherapist: User, expected_phase: int, today: datetime.date
) -> PhaseTransition:
    """The physiotherapist approves a patient's request for the next phase."""
    plan = locked_plan(plan_id)
    check_physiotherapist(plan, physiotherapist)
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
                "terugkeer-naar-sportcheck. De patiënt traint door in fase %(n)d tot die klaar is."
            )
            % {"n": LAST_PHASE}
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
    plan = locked_plan(plan_id)
    check_physiotherapist(plan, physiotherapist)
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
    plan = locked_plan(plan_id)
    check_physiotherapist(plan, physiotherapist)
    if plan.condition != ConditionKind.STRAIN:
        raise ProgressionRefused(_("De terugkeer-naar-sportcheck hoort bij een hamstringblessure."))
    if not plan.is_active:
        earlier = _earlier_move(plan, LAST_PHASE)
        if earlier is not None and earlier.kind == PhaseTransition.Kind.COMPLETE:
            return earlier
        raise ProgressionRefused(_("Dit schema is afgerond of gestopt."))
    if plan.current_phase != LAST_PHASE:
        raise ProgressionRefused(
            _(
                "De terugkeer-naar-sportcheck doe je in fase %(last)d. Het schema staat in "
                "fase %(n)d."
            )
            % {"last": LAST_PHASE, "n": plan.current_phase}
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
                    "in fase %(n)d."
                )
                % {"n": LAST_PHASE}
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


def criteria_errors(*, min_days: int, qualifying_sessions: int) -> dict[str, list[str]]:
    """A phase's criteria outside the rule's ranges, per field, in Dutch."""
    errors: dict[str, list[str]] = {}
    low, high = MIN_DAYS_RANGE
    if not low <= min_days <= high:
        errors["min_days"] = range_error(low, high)
    low, high = QUALIFYING_SESSIONS_RANGE
    if not low <= qualifying_sessions <= high:
        errors["qualifying_sessions"] = range_error(low, high)
    return errors


def describe_criteria(phase: PlanPhase) -> str:
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
    plan = editable_plan(plan_id, physiotherapist)
    phase = plan.phases.select_for_update().get(number=number)
    errors = criteria_errors(min_days=min_days, qualifying_sessions=qualifying_sessions)
    if errors:
        raise ValidationError(errors)
    before = describe_criteria(phase)
    phase.min_days = min_days
    phase.qualifying_sessions = qualifying_sessions
    phase.save(update_fields=["min_days", "qualifying_sessions"])
    audit.record(
        actor=physiotherapist,
        action=AuditEvent.Action.PLAN_CHANGE,
        subject=plan.patient,
        detail=_("Criteria aangepast: %(before)s → %(after)s.")
        % {"before": before, "after": describe_criteria(phase)},
    )
    return phase
