"""Every URL of the site, for every kind of visitor: the full access matrix.

The URL list comes from the URL configuration itself, so a new URL without a line in
EXPECTED fails `test_every_url_has_an_expectation` instead of escaping the matrix.

Five visitors: anonymous, patient A and physiotherapist X (A's physiotherapist), patient B
and physiotherapist Y (B's). Each URL is requested with A's objects (A's plan, log,
prescription, invitation …) and again with B's. EXPECTED gives the statuses for A's
objects in the order (anonymous, A, B, X, Y); for B's objects the roles swap, so the same
line is checked in the order (anonymous, B, A, Y, X).
"""

import hashlib
from dataclasses import dataclass

import pytest
from django.contrib.auth.tokens import default_token_generator
from django.test import Client
from django.urls import URLPattern, reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from accounts.models import AuditEvent, User
from accounts.tokens import invitation_kwargs
from rehab.models import (
    RETURN_TO_SPORT_ITEMS,
    OutcomeMeasurement,
    PatientPlan,
    PhaseTransition,
    PlanPrescription,
    PskActivity,
    PskScore,
    ReminderSettings,
    ReturnToSportCheck,
    SessionLog,
)
from rehab.services import outcomes, phases, reminders
from tests.factories import make_patient, make_physiotherapist, make_plan
from tests.url_walk import named_urls

VISITORS = ("anonymous", "patient_a", "patient_b", "physio_x", "physio_y")
OK = "ok"  # a POST by someone with access: anything but a server error
LOGIN = "login"  # a redirect to the login page

PUBLIC = (200, 200, 200, 200, 200)
PATIENT_PAGE = (LOGIN, 200, 200, 403, 403)
PATIENT_OBJECT = (LOGIN, 200, 404, 403, 403)
PHYSIO_PAGE = (LOGIN, 403, 403, 200, 200)
PHYSIO_OBJECT = (LOGIN, 403, 403, 200, 404)
ANY_USER = (LOGIN, 200, 200, 200, 200)
POST_ONLY = (405, 405, 405, 405, 405)
# POST: who gets in (OK) and what the others get; None = everyone may post (no 5xx only).
POST_PATIENT_OBJECT = (LOGIN, OK, 404, 403, 403)
POST_PHYSIO_PAGE = (LOGIN, 403, 403, OK, OK)
POST_PHYSIO_OBJECT = (LOGIN, 403, 403, OK, 404)

# URL name: (GET statuses, POST statuses or None).
EXPECTED: dict[str, tuple[tuple, tuple | None]] = {
    # Public pages
    "home": (PUBLIC, None),
    "condition": (PUBLIC, None),
    "comparison": (PUBLIC, None),
    "treatments": (PUBLIC, None),
    "faq": (PUBLIC, None),
    "references": (PUBLIC, None),
    "patient:programme": (PUBLIC, None),
    "patient:exercise": (PUBLIC, None),
    "selfcheck": (PUBLIC, None),
    "selfcheck_questions": (PUBLIC, None),
    "sheets:public": (PUBLIC, None),
    "sheets:public_html": (PUBLIC, None),
    "healthz": (PUBLIC, None),
    # Accounts
    "login": ((200, 302, 302, 302, 302), None),  # a logged-in user goes to their start page
    "logout": (POST_ONLY, None),
    "password_reset": (PUBLIC, None),
    "password_reset_done": (PUBLIC, None),
    # Django moves the token out of the address into the session, then redirects.
    "password_reset_confirm": ((302, 302, 302, 302, 302), None),
    "password_reset_complete": (PUBLIC, None),
    # The link itself is the key: whoever holds it may choose the invited patient's password.
    "invitation": (PUBLIC, None),
    "account": (ANY_USER, None),
    "account_data": (ANY_USER, None),
    # Other apps' downloads: the FHIR record is offered to patients only.
    "account_download": ((LOGIN, 200, 200, 404, 404), None),
    "account_delete": (PATIENT_PAGE, (LOGIN, OK, OK, 403, 403)),
    # The patient's pages
    "patient:my_plan": (PATIENT_PAGE, None),
    "patient:my_history": (PATIENT_PAGE, None),
    "patient:guided_session": (PATIENT_PAGE, None),
    # The daily loop: anyone with an account chooses their reminders; the calendar feed and
    # the unsubscribe link carry their own secret (a signed or random token), like a key.
    "patient:reminder_settings": (POST_ONLY, (LOGIN, OK, OK, OK, OK)),
    "patient:calendar_renew": (POST_ONLY, (LOGIN, OK, OK, 403, 403)),
    "patient:calendar": (PUBLIC, None),
    "patient:unsubscribe": (PUBLIC, None),
    "patient:log_session": (POST_ONLY, POST_PATIENT_OBJECT),
    "patient:record_morning_pain": (POST_ONLY, POST_PATIENT_OBJECT),
    "patient:advance_phase": (POST_ONLY, POST_PATIENT_OBJECT),
    "patient:request_advance": (POST_ONLY, POST_PATIENT_OBJECT),
    "patient:measurement": (PATIENT_OBJECT, POST_PATIENT_OBJECT),
    "sheets:plan": ((LOGIN, 200, 404, 200, 404), None),
    "sheets:plan_html": ((LOGIN, 200, 404, 200, 404), None),
    "sheets:return_to_sport": ((LOGIN, 200, 404, 200, 404), None),
    "sheets:return_to_sport_html": ((LOGIN, 200, 404, 200, 404), None),
    # The physiotherapist's pages
    "clinic:patients": (PHYSIO_PAGE, None),
    "clinic:patient_new": (PHYSIO_PAGE, POST_PHYSIO_PAGE),
    "clinic:patient": (PHYSIO_OBJECT, None),
    "clinic:patient_invite": (POST_ONLY, POST_PHYSIO_OBJECT),
    "clinic:plan_assign": (PHYSIO_OBJECT, POST_PHYSIO_OBJECT),
    "clinic:plan_edit": (PHYSIO_OBJECT, None),
    "clinic:prescription_update": (POST_ONLY, POST_PHYSIO_OBJECT),
    "clinic:prescription_remove": (POST_ONLY, POST_PHYSIO_OBJECT),
    "clinic:prescription_add": (POST_ONLY, POST_PHYSIO_OBJECT),
    "clinic:phase_criteria": (POST_ONLY, POST_PHYSIO_OBJECT),
    "clinic:plan_approve": (POST_ONLY, POST_PHYSIO_OBJECT),
    "clinic:plan_phase": (POST_ONLY, POST_PHYSIO_OBJECT),
    "clinic:return_to_sport": (PHYSIO_OBJECT, POST_PHYSIO_OBJECT),
    "clinic:measurement_request": (POST_ONLY, POST_PHYSIO_OBJECT),
    "clinic:activity_rename": (POST_ONLY, POST_PHYSIO_OBJECT),
    "clinic:patient_fhir": (PHYSIO_OBJECT, None),
}

# Fixed kwargs, by URL name and kwarg; the others come from the owner's objects.
FIXED_KWARGS = {
    ("patient:exercise", "slug"): "single-leg-bridge",
    ("condition", "slug"): "peesklachten-zitbot",
    ("sheets:public", "phase"): 1,
    ("sheets:public_html", "phase"): 1,
    ("clinic:prescription_add", "phase"): 1,
    ("clinic:phase_criteria", "phase"): 1,
    ("account_download", "key"): "fhir",
}
# Kwargs filled from another of the owner's objects than the one of the same name: the
# return-to-sport check belongs to the owner's completed strain plan.
OTHER_OBJECT = {
    ("clinic:return_to_sport", "plan_id"): "strain_plan_id",
    ("sheets:return_to_sport", "plan_id"): "strain_plan_id",
    ("sheets:return_to_sport_html", "plan_id"): "strain_plan_id",
}


def url_patterns():
    return named_urls()


URL_NAMES = sorted({name for name, _route, _pattern in url_patterns()})


@dataclass
class World:
    users: dict[str, User]
    objects: dict[str, dict[str, object]]  # owner ("a" or "b") → kwarg name → value


def _objects_of(
    patient: User, plan: PatientPlan, log: SessionLog, strain_plan: PatientPlan
) -> dict[str, object]:
    def fresh() -> User:
        # Tokens hash the last login, which every force_login changes: make them late.
        return User.objects.get(pk=patient.pk)

    return {
        "patient_id": patient.pk,
        "plan_id": plan.pk,
        "strain_plan_id": strain_plan.pk,
        "log_id": log.pk,
        "prescription_id": plan.prescriptions.first().pk,
        # Read late: a renewal by an earlier POST in the walk gives a new one.
        "feed_token": lambda: reminders.settings_for(patient).calendar_token,
        "unsubscribe_token": reminders.unsubscribe_token(patient, "morning"),
        "measurement_id": plan.measurements.get(completed_on__isnull=True).pk,
        "activity_id": plan.psk_activities.first().pk,
        "invitation": lambda: invitation_kwargs(fresh()),
        "password_reset": lambda: {
            "uidb64": urlsafe_base64_encode(force_bytes(patient.pk)),
            "token": default_token_generator.make_token(fresh()),
        },
    }


@pytest.fixture
def world(db) -> World:
    physio_x = make_physiotherapist(name="Fysio X")
    physio_y = make_physiotherapist(name="Fysio Y")
    users = {"physio_x": physio_x, "physio_y": physio_y}
    objects = {}
    for owner, physio in (("a", physio_x), ("b", physio_y)):
        patient = make_patient(name=f"Patiënt {owner.upper()}", physiotherapist=physio)
        # Invited but not yet accepted, so the invitation link is valid; the test client
        # logs in with force_login.
        patient.set_unusable_password()
        patient.save()
        # An earlier strain plan, completed with the return-to-sport checklist.
        strain_plan = make_plan(
            patient=patient,
            physiotherapist=physio,
            template="hamstringblessure-graad-2",
            start_phase=4,
        )
        phases.complete_return_to_sport(
            plan_id=strain_plan.pk,
            physiotherapist=physio,
            answers=dict.fromkeys(RETURN_TO_SPORT_ITEMS, True),
            note="",
            today=strain_plan.phase_started,
        )
        plan = make_plan(patient=patient, physiotherapist=physio)
        # The first measurement named the activities; the physiotherapist asked for another.
        outcomes.record_measurement(
            measurement_id=plan.measurements.get().pk,
            patient=patient,
            activities={1: "Traplopen"},
            scores={1: 6},
            pain=4,
            global_effect=None,
            today=plan.phase_started,
        )
        outcomes.request_measurement(plan_id=plan.pk, physiotherapist=physio)
        log = SessionLog.objects.create(
            plan=plan,
            phase=1,
            date=plan.phase_started,
            pain_during=2,
            pain_next_morning=None,
            all_sets_completed=True,
        )
        users[f"patient_{owner}"] = patient
        objects[owner] = _objects_of(patient, plan, log, strain_plan)
    return World(users=users, objects=objects)


def _url(name: str, route_pattern: URLPattern, objects: dict) -> str:
    kwargs = {}
    for kwarg in route_pattern.pattern.converters:
        if (name, kwarg) in FIXED_KWARGS:
            kwargs[kwarg] = FIXED_KWARGS[(name, kwarg)]
        elif (name, kwarg) in OTHER_OBJECT:
            kwargs[kwarg] = objects[OTHER_OBJECT[(name, kwarg)]]
        elif kwarg in ("uidb64", "token"):
            source = "password_reset" if name == "password_reset_confirm" else "invitation"
            kwargs[kwarg] = objects[source]()[kwarg]
        elif kwarg in objects:
            value = objects[kwarg]
            kwargs[kwarg] = value() if callable(value) else value
        else:
            raise AssertionError(f"No value for <{kwarg}> of URL {name!r}: add it to the test.")
    return reverse(name, kwargs=kwargs)


def _client(world: World, visitor: str) -> Client:
    client = Client()
    if visitor != "anonymous":
        client.force_login(world.users[visitor])
    return client


def _order(owner: str) -> tuple[str, ...]:
    """The visitors in EXPECTED's order for `owner`'s objects: the roles swap for B."""
    if owner == "a":
        return VISITORS
    return ("anonymous", "patient_b", "patient_a", "physio_y", "physio_x")


def _fingerprint() -> str:
    """Everything a refused request must leave alone."""
    parts = [
        list(User.objects.order_by("pk").values_list("pk", "email", "password", "is_active")),
        list(PatientPlan.objects.order_by("pk").values_list()),
        list(PlanPrescription.objects.order_by("pk").values_list()),
        list(SessionLog.objects.order_by("pk").values_list()),
        list(PhaseTransition.objects.order_by("pk").values_list()),
        list(ReturnToSportCheck.objects.order_by("pk").values_list()),
        list(ReminderSettings.objects.order_by("pk").values_list()),
        list(OutcomeMeasurement.objects.order_by("pk").values_list()),
        list(PskActivity.objects.order_by("pk").values_list()),
        list(PskScore.objects.order_by("pk").values_list()),
        AuditEvent.objects.count(),
    ]
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def _status(response) -> int | str:
    if response.status_code == 302 and response["Location"].startswith("/account/inloggen/"):
        return LOGIN
    return response.status_code


def test_every_url_has_an_expectation():
    missing = [name for name in URL_NAMES if name not in EXPECTED]
    assert missing == [], f"Add these URL names to EXPECTED in {__file__}: {missing}"
    stale = [name for name in EXPECTED if name not in URL_NAMES]
    assert stale == [], f"These URL names no longer exist: {stale}"


def test_the_walk_finds_nested_urls():
    names = set(URL_NAMES)
    assert {"clinic:patient", "login", "patient:my_plan", "home"} <= names
    assert not any(name.startswith("admin") for name in names)


@pytest.mark.parametrize("owner", ["a", "b"])
def test_get_matrix(world, owner):
    got, want = {}, {}
    for name, _route, pattern in url_patterns():
        expected = EXPECTED[name][0]
        for visitor, status in zip(_order(owner), expected, strict=True):
            client = _client(world, visitor)
            response = client.get(_url(name, pattern, world.objects[owner]))
            got[(name, visitor)] = _status(response)
            want[(name, visitor)] = status
    wrong = {key: (got[key], want[key]) for key in got if got[key] != want[key]}
    assert wrong == {}, f"(url name, visitor): (got, expected): {wrong}"


@pytest.mark.parametrize("owner", ["a", "b"])
def test_post_matrix(world, owner):
    """An empty POST to every URL: never a 5xx; refused visitors change nothing."""
    wrong = {}
    for name, _route, pattern in url_patterns():
        post_expected = EXPECTED[name][1] or (OK,) * len(VISITORS)
        for visitor, expected in zip(_order(owner), post_expected, strict=True):
            client = _client(world, visitor)
            before = _fingerprint()
            response = client.post(_url(name, pattern, world.objects[owner]))
            status = _status(response)
            if status != LOGIN and status >= 500:
                wrong[(name, visitor)] = (status, "no 5xx")
            elif expected != OK:
                if status != expected:
                    wrong[(name, visitor)] = (status, expected)
                elif _fingerprint() != before:
                    wrong[(name, visitor)] = (status, "changed data")
    assert wrong == {}, f"(url name, visitor): (got, expected): {wrong}"
