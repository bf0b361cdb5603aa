"""Writes for the outcome measures: open a measurement at its moment, the patient's answers,
the physiotherapist's request and their correction of an activity's wording.

When: at the plan's start (`plans.copy_template`), at each phase change and at completion
(`phases._move`), and whenever the physiotherapist asks. A plan has at most one open
measurement; a moment while one is open adds nothing.
"""

import datetime
from collections.abc import Mapping

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from accounts import audit
from accounts.models import AuditEvent, User

from .. import clock
from ..models import (
    PSK_ACTIVITY_MAX_LENGTH,
    PSK_MAX_ACTIVITIES,
    GlobalEffect,
    OutcomeMeasurement,
    PatientPlan,
    PskActivity,
    PskScore,
)
from .base import check_physiotherapist, locked_plan

Moment = OutcomeMeasurement.Moment


def open_measurement(
    plan: PatientPlan, *, moment: str, closes_phase: int | None = None, by: User | None = None
) -> OutcomeMeasurement:
    """The plan's open measurement: the one already open, or a new one for this moment.

    Callers hold the plan's row lock (or made the plan in this transaction), so two
    moments at once cannot both add one; the database's unique condition backs that up.
    """
    existing = plan.measurements.open().first()
    if existing is not None:
        return existing
    return OutcomeMeasurement.objects.create(
        plan=plan,
        moment=moment,
        closes_phase=closes_phase,
        requested_at=clock.now(),
        requested_by=by,
    )


@transaction.atomic
def request_measurement(*, plan_id: int, physiotherapist: User) -> OutcomeMeasurement:
    """The physiotherapist asks for a measurement now (the button on the record)."""
    plan = locked_plan(plan_id)
    check_physiotherapist(plan, physiotherapist)
    if plan.is_stopped:
        raise ValidationError(_("Dit schema is gestopt: vraag een meting bij het nieuwe schema."))
    measurement = open_measurement(plan, moment=Moment.ON_REQUEST, by=physiotherapist)
    audit.record(
        actor=physiotherapist,
        action=AuditEvent.Action.PLAN_CHANGE,
        subject=plan.patient,
        detail=_("Meting gevraagd (%(moment)s).") % {"moment": measurement.get_moment_display()},
    )
    return measurement


def asks_global_effect(measurement: OutcomeMeasurement) -> bool:
    """The GPE compares with the start, so the first measurement of a plan does not ask it."""
    return measurement.plan.measurements.completed().exclude(pk=measurement.pk).exists()


def _activity_errors(activities: Mapping[int, str], scores: Mapping[int, int | None]) -> dict:
    errors: dict[str, list[str]] = {}
    named = {n: name.strip() for n, name in activities.items() if name and name.strip()}
    if len(named) > PSK_MAX_ACTIVITIES:
        errors["activities"] = [_("Kies hoogstens %(n)d activiteiten.") % {"n": PSK_MAX_ACTIVITIES}]
        return errors
    if not named:
        errors["activity_1"] = [
            _("Schrijf minstens één activiteit op die moeilijk gaat door je klacht.")
        ]
    for n in range(1, PSK_MAX_ACTIVITIES + 1):
        name = named.get(n, "")
        if not name and scores.get(n) is not None:
            errors[f"activity_{n}"] = [_("Schrijf op bij welke activiteit deze score hoort.")]
        elif len(name) > PSK_ACTIVITY_MAX_LENGTH:
            errors[f"activity_{n}"] = [
                _("Een activiteit is hoogstens %(n)d tekens lang.") % {"n": PSK_ACTIVITY_MAX_LENGTH}
            ]
        elif name and scores.get(n) is None:
            errors[f"score_{n}"] = [
                _("Kies hoe moeilijk „%(activity)s” nu gaat, van 0 tot en met 10.")
                % {"activity": name}
            ]
    extra = [n for n in activities if not 1 <= n <= PSK_MAX_ACTIVITIES and activities[n].strip()]
    if extra:
        errors["activities"] = [_("Kies hoogstens %(n)d activiteiten.") % {"n": PSK_MAX_ACTIVITIES}]
    return errors


def _score_errors(scores: Mapping[int, int | None], positions) -> dict:
    errors = {}
    for n in positions:
        score = scores.get(n)
        if score is None or not 0 <= score <= 10:
            errors[f"score_{n}"] = [_("Kies een score van 0 tot en met 10.")]
    return errors


@transaction.atomic
def record_measurement(
    *,
    measurement_id: int,
    patient: User,
    activities: Mapping[int, str],
    scores: Mapping[int, int | None],
    pain: int | None,
    global_effect: int | None,
    today: datetime.date,
) -> OutcomeMeasurement:
    """The patient's answers to an open measurement. Bad answers save nothing.

    The first measurement of a plan names the PSK activities (at most three); later ones
    score the same activities, so the scores compare. `activities` is ignored then.
    """
    measurement = (
        OutcomeMeasurement.objects.select_for_update().select_related("plan").get(pk=measurement_id)
    )
    plan = measurement.plan
    if plan.patient_id != patient.pk:
        raise PermissionDenied
    if not measurement.is_open:
        raise ValidationError(_("Deze meting heb je al ingevuld."))
    existing = list(plan.psk_activities.all())
    if existing:
        errors = _score_errors(scores, [a.position for a in existing])
    else:
        errors = _activity_errors(activities, scores)
        named = [n for n, name in activities.items() if name and name.strip()]
        if "activities" not in errors:
            errors.update(
                {k: v for k, v in _score_errors(scores, named).items() if k not in errors}
            )
    if pain is None or not 0 <= pain <= 10:
        errors["pain"] = [_("Kies hoeveel pijn je nu meestal hebt, van 0 tot en met 10.")]
    if asks_global_effect(measurement):
        if global_effect not in GlobalEffect.values:
            errors["global_effect"] = [
                _("Kies hoe het nu met je klacht gaat, vergeleken met het begin.")
            ]
    else:
        global_effect = None
    if errors:
        raise ValidationError(errors)
    if not existing:
        numbered = sorted(n for n, name in activities.items() if name and name.strip())
        existing = PskActivity.objects.bulk_create(
            PskActivity(plan=plan, position=place, name=activities[n].strip())
            for place, n in enumerate(numbered, start=1)
        )
        scores = {a.position: scores[n] for a, n in zip(existing, numbered, strict=True)}
    PskScore.objects.bulk_create(
        PskScore(measurement=measurement, activity=a, score=scores[a.position]) for a in existing
    )
    measurement.pain = pain
    measurement.global_effect = global_effect
    measurement.completed_on = today
    measurement.save(update_fields=["pain", "global_effect", "completed_on"])
    return measurement


@transaction.atomic
def rename_activity(
    *, plan_id: int, physiotherapist: User, activity_id: int, name: str
) -> PskActivity:
    """The physiotherapist corrects an activity's wording; its scores stay with it."""
    plan = locked_plan(plan_id)
    check_physiotherapist(plan, physiotherapist)
    activity = plan.psk_activities.get(pk=activity_id)
    name = name.strip()
    if not name:
        raise ValidationError({"name": [_("Schrijf de activiteit op, bijvoorbeeld „traplopen”.")]})
    if len(name) > PSK_ACTIVITY_MAX_LENGTH:
        raise ValidationError(
            {
                "name": [
                    _("Een activiteit is hoogstens %(n)d tekens lang.")
                    % {"n": PSK_ACTIVITY_MAX_LENGTH}
                ]
            }
        )
    before = activity.name
    activity.name = name
    activity.save(update_fields=["name"])
    audit.record(
        actor=physiotherapist,
        action=AuditEvent.Action.PLAN_CHANGE,
        subject=plan.patient,
        detail=_("PSK-activiteit aangepast: %(before)s → %(after)s.")
        % {"before": before, "after": name},
    )
    return activity
