"""Writes of the patient's log: a session and the next morning's pain."""

import datetime
from collections.abc import Mapping

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from ..models import PatientPlan, SessionLog


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
