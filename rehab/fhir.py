"""A patient's record as a FHIR Bundle, built and validated with `fhir.resources`.

FHIR release: R4B (4.3.0), through `fhir.resources.R4B`: the library's top level is R5 and
it ships no plain 4.0.1 package any more. The resources used here (Patient, Observation,
QuestionnaireResponse, CarePlan, Bundle) are the same in R4 and R4B.

What goes in (a collection Bundle):
- `Patient`, with only a name: the least needed to read the rest;
- an `Observation` per pain score: during each session, the next morning and at each
  outcome measurement, coded with LOINC 72514-3 "Pain severity - 0-10 verbal numeric rating
  [Score] - Reported"; `code.text` says which moment;
- a `QuestionnaireResponse` per measurement for the PSK (one item per activity) and one for
  the GPE (from the second measurement on);
- the plan as a `CarePlan`, one activity per phase with its exercises.

Ids are stable UUIDs made from the database keys, so two exports of the same record agree.
"""

import datetime
import uuid

from fhir.resources.R4B.bundle import Bundle

from accounts.models import User

from . import clock
from .models import GlobalEffect, OutcomeMeasurement, PatientPlan, PskActivity, SessionLog

FHIR_VERSION = "4.3.0"
LOINC = "http://loinc.org"
PAIN_CODE = "72514-3"
PAIN_DISPLAY = "Pain severity - 0-10 verbal numeric rating [Score] - Reported"
# The Dutch health and care information model (Nictiz zib PainScore) codes a pain score
# with SNOMED CT; a Dutch system finds it by this code, an international one by LOINC's.
SNOMED = "http://snomed.info/sct"
PAIN_SCORE_SNOMED = "225908003"
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
# Which pain score an Observation holds, in code.text (read back by the tests).
PAIN_DURING = "Pijn tijdens het oefenen (NPRS 0-10)"
PAIN_NEXT_MORNING = "Pijn de ochtend na het oefenen (NPRS 0-10)"
PAIN_AT_MEASUREMENT = "Pijn bij de meting (NPRS 0-10)"
PSK_SCALE = "(0 = geen moeite, 10 = onmogelijk)"
GPE_QUESTION = "Global Perceived Effect (1 = helemaal hersteld, 7 = slechter dan ooit)"
_NAMESPACE = uuid.UUID("6f1c4f0e-5a57-4d39-9b7e-6a0d3c1f2b11")
CARE_PLAN_STATUS = {
    PatientPlan.Status.ACTIVE: "active",
    PatientPlan.Status.COMPLETED: "completed",
    PatientPlan.Status.STOPPED: "revoked",
}


def resource_id(kind: str, pk: object) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"{kind}:{pk}"))


def _ref(kind: str, pk: object) -> dict:
    return {"reference": f"urn:uuid:{resource_id(kind, pk)}"}


def _entry(resource: dict, kind: str, pk: object) -> dict:
    resource["id"] = resource_id(kind, pk)
    return {"fullUrl": f"urn:uuid:{resource['id']}", "resource": resource}


def patient_bundle(patient: User) -> Bundle:
    """The whole record of one patient, validated: an invalid record raises here."""
    plans = list(
        PatientPlan.objects.filter(patient=patient)
        .select_related("template")
        .prefetch_related("phases", "template__phases", "prescriptions__exercise", "logs")
        .order_by("created_at", "pk")
    )
    subject = _ref("patient", patient.pk)
    entries = [
        _entry(
            {
                "resourceType": "Patient",
                "active": patient.is_active,
                "name": [{"text": patient.full_name}],
            },
            "patient",
            patient.pk,
        )
    ]
    activities = {
        a.pk: a for a in PskActivity.objects.filter(plan__patient=patient).order_by("position")
    }
    measurements = (
        OutcomeMeasurement.objects.completed()
        .filter(plan__patient=patient)
        .prefetch_related("psk_scores")
        .order_by("completed_on", "pk")
    )
    for plan in plans:
        entries.append(_entry(_care_plan(plan, subject), "careplan", plan.pk))
        for log in sorted(plan.logs.all(), key=lambda log: log.date):
            entries.extend(_session_pain(log, subject))
    for measurement in measurements:
        entries.extend(_measurement(measurement, activities, subject))
    return Bundle.model_validate(
        {
            "resourceType": "Bundle",
            "id": resource_id("bundle", f"{patient.pk}:{clock.now().isoformat()}"),
            "type": "collection",
            "timestamp": clock.now().isoformat(),
            "entry": entries,
        }
    )


def bundle_json(patient: User) -> str:
    return patient_bundle(patient).model_dump_json(indent=2)


def _pain(value: int, moment: str, day: datetime.date, subject: dict) -> dict:
    return {
        "resourceType": "Observation",
        "status": "final",
        "category": [{"coding": [{"system": OBSERVATION_CATEGORY, "code": "survey"}]}],
        "code": {
            "coding": [
                {"system": LOINC, "code": PAIN_CODE, "display": PAIN_DISPLAY},
                {"system": SNOMED, "code": PAIN_SCORE_SNOMED, "display": "Pain score"},
            ],
            "text": moment,
        },
        "subject": subject,
        "effectiveDateTime": day.isoformat(),
        "valueInteger": value,
    }


def _session_pain(log: SessionLog, subject: dict) -> list[dict]:
    entries = [_entry(_pain(log.pain_during, PAIN_DURING, log.date, subject), "during", log.pk)]
    if log.pain_next_morning is not None:
        morning = log.date + datetime.timedelta(days=1)
        entries.append(
            _entry(
                _pain(log.pain_next_morning, PAIN_NEXT_MORNING, morning, subject), "morning", log.pk
            )
        )
    return entries


def _measurement(measurement: OutcomeMeasurement, activities: dict, subject: dict) -> list[dict]:
    day = measurement.completed_on.isoformat()
    entries = [
        _entry(
            _pain(measurement.pain, PAIN_AT_MEASUREMENT, measurement.completed_on, subject),
            "measure-pain",
            measurement.pk,
        )
    ]
    scores = sorted(measurement.psk_scores.all(), key=lambda s: activities[s.activity_id].position)
    if scores:
        items = [
            {
                "linkId": f"psk-{activities[s.activity_id].position}",
                "text": f"PSK: {activities[s.activity_id].name} {PSK_SCALE}",
                "answer": [{"valueInteger": s.score}],
            }
            for s in scores
        ]
        entries.append(_entry(_response(items, day, subject), "psk", measurement.pk))
    if measurement.global_effect is not None:
        effect = GlobalEffect(measurement.global_effect)
        answer = {"valueCoding": {"code": str(effect.value), "display": str(effect.label)}}
        item = {"linkId": "gpe", "text": GPE_QUESTION, "answer": [answer]}
        entries.append(_entry(_response([item], day, subject), "gpe", measurement.pk))
    return entries


def _response(items: list[dict], day: str, subject: dict) -> dict:
    return {
        "resourceType": "QuestionnaireResponse",
        "status": "completed",
        "subject": subject,
        "authored": day,
        "item": items,
    }


def _phase_status(plan: PatientPlan, number: int) -> str:
    if number < plan.current_phase or plan.is_completed:
        return "completed"
    if number > plan.current_phase:
        return "not-started"
    return "in-progress" if plan.is_active else "stopped"


def _care_plan(plan: PatientPlan, subject: dict) -> dict:
    names = {phase.number: phase for phase in plan.template.phases.all()}
    activities = []
    for phase in plan.phases.all():
        template_phase = names.get(phase.number)
        exercises = [
            f"{p.exercise.name}: {p.dosage}"
            for p in plan.prescriptions.all()
            if p.phase == phase.number
        ]
        title = template_phase.name if template_phase else f"Fase {phase.number}"
        description = f"Fase {phase.number}: {title}."
        if exercises:
            description += " Oefeningen: " + "; ".join(exercises) + "."
        activities.append(
            {"detail": {"status": _phase_status(plan, phase.number), "description": description}}
        )
    return {
        "resourceType": "CarePlan",
        "status": CARE_PLAN_STATUS[plan.status],
        "intent": "plan",
        "title": plan.template.name,
        "description": f"Oefenschema in {len(activities)} fasen; pijngrens {plan.max_pain} op 10.",
        "subject": subject,
        "period": {"start": plan.created_at.date().isoformat()},
        "activity": activities,
    }
