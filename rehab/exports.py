"""rehab's part of a patient's data export (accounts/exports.py): every plan, with its
prescriptions, sessions, phase changes, return-to-sport checks and outcome measures; and
the same record as a FHIR bundle, a download of its own."""

from django.utils.translation import gettext_lazy as _

from accounts.exports import Download
from accounts.models import User

from . import fhir
from .models import RETURN_TO_SPORT_ITEMS, PatientPlan, Reminder, ReminderSettings


def plans_of(user: User) -> list[dict]:
    plans = (
        PatientPlan.objects.filter(patient=user)
        .select_related("template", "physiotherapist")
        .prefetch_related(
            "phases",
            "prescriptions__exercise",
            "logs__entries__exercise",
            "transitions__created_by",
            "return_to_sport_checks__completed_by",
            "psk_activities",
            "measurements__psk_scores__activity",
        )
    )
    return [_plan_data(plan) for plan in plans]


def _plan_data(plan: PatientPlan) -> dict:
    return {
        "schema": plan.template.name,
        "aandoening": plan.get_condition_display(),
        "graad": plan.grade,
        "fysiotherapeut": plan.physiotherapist.full_name if plan.physiotherapist else None,
        "status": plan.get_status_display(),
        "huidige_fase": plan.current_phase,
        "fase_begonnen_op": plan.phase_started.isoformat(),
        "maximale_pijn": plan.max_pain,
        "fasen": [
            {
                "fase": phase.number,
                "sessies_op_rij_nodig": phase.qualifying_sessions,
                "minimaal_dagen_in_fase": phase.min_days,
            }
            for phase in plan.phases.all()
        ],
        "doorgaan": plan.get_mode_display(),
        "doorgaan_gevraagd_op": plan.advance_requested_at.isoformat()
        if plan.advance_requested_at
        else None,
        "aangemaakt_op": plan.created_at.isoformat(),
        "oefeningen": [
            {
                "fase": p.phase,
                "oefening": p.exercise.name,
                "dosering": str(p.dosage),
                "sets": p.sets,
                "herhalingen": p.repetitions,
                "vasthouden_seconden": p.hold_seconds,
                "pauze_seconden": p.pause_seconds,
                "tempo_omhoog_seconden": p.tempo_up_seconds,
                "tempo_omlaag_seconden": p.tempo_down_seconds,
                "rust_minimaal_seconden": p.rest_min_seconds,
                "rust_maximaal_seconden": p.rest_max_seconds,
                "opmerking": p.note,
            }
            for p in plan.prescriptions.all()
        ],
        "sessies": [
            {
                "datum": log.date.isoformat(),
                "fase": log.phase,
                "pijn_tijdens": log.pain_during,
                "pijn_ochtend_erna": log.pain_next_morning,
                "alle_sets_afgemaakt": log.all_sets_completed,
                "opmerking": log.note,
                "oefeningen": [
                    {
                        "oefening": entry.exercise.name,
                        "sets_voorgeschreven": entry.sets_prescribed,
                        "sets_gedaan": entry.sets_completed,
                    }
                    for entry in log.entries.all()
                ],
            }
            for log in plan.logs.all()
        ],
        "faseovergangen": [
            {
                "wanneer": t.created_at.isoformat(),
                "soort": t.get_kind_display(),
                "van_fase": t.from_phase,
                "naar_fase": t.to_phase,
                "door": t.created_by.full_name if t.created_by else None,
                "waarom": t.reason_lines,
            }
            for t in plan.transitions.all()
        ],
        "terugkeer_naar_sportchecks": [
            {
                "wanneer": check.completed_at.isoformat(),
                "door": check.completed_by.full_name if check.completed_by else None,
                "punten": {
                    str(label): getattr(check, name)
                    for name, (label, _hint) in RETURN_TO_SPORT_ITEMS.items()
                },
                "opmerking": check.note,
            }
            for check in plan.return_to_sport_checks.all()
        ],
        "metingen": [
            {
                "moment": m.get_moment_display(),
                "sluit_fase_af": m.closes_phase,
                "gevraagd_op": m.requested_at.isoformat(),
                "ingevuld_op": m.completed_on.isoformat() if m.completed_on else None,
                "pijn": m.pain,
                "ervaren_effect": m.get_global_effect_display() if m.global_effect else None,
                "psk": {s.activity.name: s.score for s in m.psk_scores.all()},
            }
            for m in plan.measurements.all()
        ],
    }


def reminders_of(user: User) -> dict | None:
    """The reminder choices and the reminders sent; the calendar's secret stays out."""
    chosen = ReminderSettings.objects.filter(user=user).first()
    return {
        "keuzes": None
        if chosen is None
        else {
            "ochtendpijn": chosen.morning,
            "oefendag": chosen.training,
            "overzicht": chosen.digest,
            "tijdstip": chosen.remind_at.isoformat(timespec="minutes"),
            "oefendagen": chosen.weekdays,
        },
        "verstuurd": [
            {"soort": r.get_kind_display(), "dag": r.day.isoformat(), "verstuurd_op": r.sent_at}
            for r in Reminder.objects.filter(user=user).order_by("day", "kind")
        ],
    }


FHIR_DOWNLOAD = Download(
    key="fhir",
    label=_("Mijn dossier als FHIR-bestand downloaden"),
    description=_(
        "Je dossier in FHIR (versie R4B), de taal waarin zorgsystemen gegevens uitwisselen: "
        "je pijnscores, je metingen en je schema met de fasen. Handig als je het aan een "
        "andere zorgverlener wilt geven."
    ),
    filename="hamstring-mijn-dossier-fhir",
    extension="json",
    content_type="application/fhir+json; charset=utf-8",
    offered=lambda user: user.is_patient,
    build=fhir.bundle_json,
)
