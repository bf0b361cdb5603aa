"""Hostile input to every POST endpoint of the site, posted by the user who may post there.

Hypothesis fills each form's real fields (and a few made-up ones) with plausible values,
and attacks some of them: huge and negative numbers, floats, empty strings, whitespace,
unicode, emoji, right-to-left text, NUL bytes, HTML, SQL fragments, 10 000 characters, odd
dates; a field may also be missing or sent twice. Some examples are htmx requests.

What every answer must keep:
- no server error: a status below 500, and no exception out of a view;
- a refused request (4xx, a page with an error summary, an error message with a redirect)
  changes no row of any model of accounts, conditions or rehab. The one expected side effect,
  named per endpoint: a re-rendered patient record writes its "record viewed" audit line;
- every row written fits PostgreSQL, the production database: SQLite stores 300 characters
  in a varchar(255), a NUL byte in text and any integer, PostgreSQL refuses all three with
  a server error. The axes tables are checked too (they are not compared: a failed login is
  counted there on purpose);
- a redirect stays on this site, and the HTML payloads never come back unescaped, neither
  in the answer nor in the page a successful POST redirects to;
- no form changes anyone's role or admin rights, nor gives them to a new account.

ENDPOINTS lists every URL that accepts POST and GET_ONLY every other one; two tests hold
both lists against the URL configuration, so a new form cannot escape. Django's admin
(/beheer/) is left out: its forms are Django's own, for staff only.

Each example runs in a savepoint that is rolled back: every example meets the same world,
and failed logins never add up to a django-axes lockout.
"""

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import pytest
from axes.models import AccessAttempt
from django.apps import apps
from django.contrib import messages
from django.contrib.auth.tokens import default_token_generator
from django.db import models, transaction
from django.db.backends.base.operations import BaseDatabaseOperations
from django.test import Client
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import url_has_allowed_host_and_scheme, urlsafe_base64_encode
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from accounts.models import AuditEvent, User
from accounts.tokens import invitation_kwargs
from conditions.selfcheck_forms import OUTCOME_STEP, QUESTIONS, STEP_COUNT
from rehab.models import (
    DOSAGE_RANGES,
    RETURN_TO_SPORT_ITEMS,
    Exercise,
    PatientPlan,
    PlanPrescription,
    PlanTemplate,
    SessionLog,
)
from rehab.rules import MAX_PAIN_LIMIT, MIN_DAYS_RANGE, QUALIFYING_SESSIONS_RANGE
from rehab.services import outcomes, phases, reminders, sessions
from rehab.services.plans import MAX_DAYS_BACK
from tests.factories import PASSWORD, make_patient, make_physiotherapist, make_plan
from tests.url_walk import named_urls

EXAMPLES = 30  # per endpoint: 19 endpoints, well under a minute on two cores

# The values an attacker tries, by kind. Each kind is one branch of HOSTILE, so the rare
# kinds (a 10 000-character string) turn up as often as the common ones.
HTML = ('<script>alert("xss")</script>', '"><img src=x onerror=alert(1)>')
REFLECTED = ('<script>alert("xss")</script>', "<img src=x onerror=alert(1)>")
NUMBERS = (
    "9" * 50,
    str(2**63),
    str(2**63 - 1),
    str(-(2**63) - 1),
    "-1",
    "-0",
    "1.5",
    "4.0",
    "1e3",
    "1e309",
    "NaN",
    "-inf",
    "0x10",
    "\u0663",  # ARABIC-INDIC DIGIT THREE: Python's int() reads it as 3
    "\uff13",  # FULLWIDTH DIGIT THREE
)
TEXT = (
    "",
    " ",
    "\t\r\n",
    "\x00",
    "2\x00",
    "\U0001f9b5\U0001f525",  # emoji
    "\u0645\u0631\u062d\u0628\u0627 \u05e9\u05dc\u05d5\u05dd",  # Arabic and Hebrew
    "\u202eevil\u202c",  # a right-to-left override
    "\u200b",  # zero width space
    *HTML,
    "1; DROP TABLE rehab_sessionlog; --",
    "' OR 1=1 --",
    '" OR ""="',
    "%",
    "_",
    "true",
    "null",
    "[]",
    "{}",
)
LONG = (
    "x" * 10_000,
    "\u00e9" * 10_000,
    "a" * 300 + "@example.org",
    "\U0001f9b5" * 2_000,
)
DATES = (
    "31-02-2026",
    "2026-02-31",
    "9999-12-31",
    "0001-01-01",
    "00-00-0000",
    "12-11-2026",
    "2026-11-12T00:00:00Z",
    "1-1-1",
)
HOSTILE = st.one_of(
    st.sampled_from(NUMBERS),
    st.sampled_from(TEXT),
    st.sampled_from(LONG),
    st.sampled_from(DATES),
    st.text(),
    st.integers().map(str),
    st.floats().map(str),
)
# Names no form has: attempts to set what a form must not let through.
UNKNOWN_FIELDS = (
    "id",
    "patient",
    "physiotherapist",
    "role",
    "is_superuser",
    "is_staff",
    "status",
    "current_phase",
    "plan",
    "sets",
    "sets_999999",
    "note",
    "veld[]",
    "pijn\U0001f9b5",
)
HUGE_IDS = (2**63, 10**20)

HTMX = {"HX-Request": "true"}
ERROR_MARKUP = ('class="error-summary"', 'class="error-message"')
PROJECT_APPS = ("accounts", "conditions", "rehab")
AXES_MODELS = tuple(apps.get_app_config("axes").get_models())
INTEGER_RANGES = BaseDatabaseOperations.integer_field_ranges  # PostgreSQL's: the standard ones


# The world each endpoint is attacked in


@dataclass
class World:
    today: datetime.date
    physio: User
    patient: User  # advances herself; three qualifying sessions, two still pending
    plan: PatientPlan
    approval_patient: User  # her physiotherapist decides; she meets the rule, has not asked
    approval_plan: PatientPlan
    requested_plan: PatientPlan  # approval mode, and the patient asked to move on
    strain_plan: PatientPlan  # phase 4 of a strain, the rule met: waits for the checklist
    invited: User  # no password yet: the invitation link works

    def actor(self, name: str) -> User | None:
        return None if name == "anonymous" else getattr(self, name)


def _plan_with_sessions(patient: User, physio: User, today: datetime.date, **options):
    plan = make_plan(
        patient=patient,
        physiotherapist=physio,
        start_date=today - datetime.timedelta(days=14),
        **options,
    )
    sets = {p.pk: p.sets for p in plan.prescriptions.filter(phase=plan.current_phase)}
    for days_ago in (6, 4, 2, 1):
        log = sessions.log_session(
            plan=plan,
            date=today - datetime.timedelta(days=days_ago),
            pain_during=2,
            sets_completed=sets,
            today=today,
        )
        if days_ago > 1:
            sessions.record_next_morning_pain(log=log, pain=2, today=today)
    return plan


TODAY = datetime.date(2026, 11, 12)


@pytest.fixture
def world(db, travel_to) -> World:
    travel_to(TODAY)
    today = TODAY
    physio = make_physiotherapist(name="Fysio Vijandig")
    patient = make_patient(name="Patiënt P", physiotherapist=physio)
    plan = _plan_with_sessions(patient, physio, today)
    sessions.log_session(
        plan=plan,
        date=today,
        pain_during=2,
        sets_completed={p.pk: p.sets for p in plan.prescriptions.filter(phase=1)},
        today=today,
    )
    approval_patient = make_patient(name="Patiënt Q", physiotherapist=physio)
    approval_plan = _plan_with_sessions(approval_patient, physio, today, mode="approval")
    # Her first outcome measurement named two PSK activities; the physiotherapist may reword them.
    outcomes.record_measurement(
        measurement_id=approval_plan.measurements.get().pk,
        patient=approval_patient,
        activities={1: "Traplopen", 2: "Lang zitten"},
        scores={1: 7, 2: 6},
        pain=5,
        global_effect=None,
        today=today,
    )
    requester = make_patient(name="Patiënt R", physiotherapist=physio)
    requested_plan = _plan_with_sessions(requester, physio, today, mode="approval")
    phases.request_advance(plan_id=requested_plan.pk, user=requester, expected_phase=1, today=today)
    sprinter = make_patient(name="Patiënt S", physiotherapist=physio)
    strain_plan = _plan_with_sessions(
        sprinter, physio, today, template="hamstringblessure-graad-2", start_phase=4
    )
    phases.advance_phase(plan_id=strain_plan.pk, user=sprinter, expected_phase=4, today=today)
    invited = make_patient(name="Patiënt I", physiotherapist=physio)
    invited.set_unusable_password()
    invited.save()
    return World(
        today=today,
        physio=physio,
        patient=patient,
        plan=plan,
        approval_patient=approval_patient,
        approval_plan=approval_plan,
        requested_plan=requested_plan,
        strain_plan=strain_plan,
        invited=invited,
    )


# Plausible values: mostly accepted, near the edges


def mostly(common: st.SearchStrategy, rare: st.SearchStrategy) -> st.SearchStrategy:
    """Mostly `common`, sometimes `rare` (hypothesis favours the 0, so more than one in 8)."""
    return st.integers(0, 7).flatmap(lambda n: rare if n == 0 else common)


def choices(*values: object) -> st.SearchStrategy[str]:
    return st.sampled_from([str(value) for value in values])


def numbers(low: int, high: int, *, blank: bool = False) -> st.SearchStrategy[str]:
    """A whole number in the field's range (or blank); sometimes one just outside it."""
    valid = st.integers(low, high).map(str)
    if blank:
        valid = st.one_of(valid, st.just(""))
    return mostly(valid, choices(low - 1, high + 1))


def dates(today: datetime.date, earliest: int, latest: int = 0) -> st.SearchStrategy[str]:
    """A day from `earliest` to `latest` days after today; sometimes one just outside."""
    offsets = mostly(st.integers(earliest, latest), st.sampled_from((earliest - 1, latest + 1)))
    days = offsets.map(lambda offset: today + datetime.timedelta(days=offset))
    # ISO from the date picker, Dutch when typed by hand.
    return st.one_of(
        days.map(datetime.date.isoformat), days.map(lambda day: day.strftime("%d-%m-%Y"))
    )


def free_text(max_size: int) -> st.SearchStrategy[str]:
    return mostly(st.text(max_size=max_size), st.sampled_from(HTML + TEXT))


def real_or_huge(*real: int) -> st.SearchStrategy[int]:
    """A real id; sometimes one beyond every integer column."""
    return mostly(st.sampled_from(real), st.sampled_from(HUGE_IDS))


def ids(**real: int) -> st.SearchStrategy[dict]:
    return st.fixed_dictionaries({name: real_or_huge(value) for name, value in real.items()})


def phase_seen(phase: int) -> st.SearchStrategy[str]:
    """The hidden `expected_phase`: the phase on the page, or a stale or made-up one."""
    return mostly(choices(phase), numbers(0, 5))


def dosage(prefix: str, like: PlanPrescription) -> dict[str, st.SearchStrategy[str]]:
    """Mostly `like`'s own values (a dosage the rules accept), else any number in range."""
    fields = {}
    for name, (low, high) in DOSAGE_RANGES.items():
        own = getattr(like, name)
        fields[f"{prefix}-{name}"] = mostly(
            choices("" if own is None else own), numbers(low, high, blank=name != "sets")
        )
    fields[f"{prefix}-note"] = free_text(320)
    return fields


def passwords() -> st.SearchStrategy[str]:
    return choices("Lente-Wandeling-2026!", "password", "12345678", "x")


# Valid addresses around the 254 characters of User.email (validators allow 320).
EMAIL_254 = "a" * 64 + "@" + ("b" * 63 + ".") * 2 + "b" * 58 + ".nl"
EMAIL_259 = "a" * 64 + "@" + ("b" * 63 + ".") * 3 + "nl"


def emails(world: World) -> st.SearchStrategy[str]:
    own = world.patient.email
    return st.one_of(
        choices("nieuw@example.org", "Nieuw.Patient@Example.ORG", own, own.upper()),
        choices(EMAIL_254, EMAIL_259),
        st.emails(),
    )


def current_sets(plan: PatientPlan) -> dict[str, st.SearchStrategy[str]]:
    prescriptions = plan.prescriptions.filter(phase=plan.current_phase)
    return {f"sets_{p.pk}": numbers(0, p.sets) for p in prescriptions}


def reset_link(world: World) -> dict[str, str]:
    user = User.objects.get(pk=world.patient.pk)  # the token hashes the last login
    return {
        "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
        "token": default_token_generator.make_token(user),
    }


def open_reset_link(world: World, client: Client) -> None:
    """Django moves the token from the address into the session, then the form posts."""
    response = client.get(reverse("password_reset_confirm", kwargs=reset_link(world)))
    assert response.status_code == 302, "the reset link should work"


def no_fields(world: World, url: dict) -> dict[str, st.SearchStrategy[str]]:
    return {}


@dataclass(frozen=True)
class Endpoint:
    actor: str  # a World attribute, or "anonymous"
    url: Callable[[World], st.SearchStrategy[dict]]  # the URL's kwargs
    # The form's fields, for the world and the URL's kwargs: a strategy of plausible values each.
    fields: Callable[[World, dict], dict[str, st.SearchStrategy[str]]] = no_fields
    htmx_partial: bool = False  # a successful htmx POST answers 200 with a partial
    stores_nothing: bool = False  # whatever the answer, no row changes
    record_view_on_refusal: bool = False  # a refusal re-renders the patient record
    before: Callable[[World, Client], None] | None = None  # per example, before the snapshot


ENDPOINTS: dict[str, Endpoint] = {
    # The patient
    "patient:log_session": Endpoint(
        actor="patient",
        url=lambda w: ids(plan_id=w.plan.pk),
        fields=lambda w, url: {
            "date": dates(w.today, earliest=-14),  # the phase started 14 days ago
            "pain_during": numbers(0, 10),
            "note": free_text(1_100),
            **current_sets(w.plan),
        },
        htmx_partial=True,
    ),
    "patient:record_morning_pain": Endpoint(
        actor="patient",
        # Yesterday's session (accepted), today's (refused: "fill it in tomorrow"), older ones.
        url=lambda w: st.fixed_dictionaries(
            {"log_id": real_or_huge(*w.plan.logs.values_list("pk", flat=True))}
        ),
        fields=lambda w, url: {"pain_next_morning": numbers(0, 10)},
        htmx_partial=True,
    ),
    "patient:advance_phase": Endpoint(
        actor="patient",
        url=lambda w: ids(plan_id=w.plan.pk),
        fields=lambda w, url: {"expected_phase": phase_seen(1)},
    ),
    "patient:request_advance": Endpoint(
        actor="approval_patient",
        url=lambda w: ids(plan_id=w.approval_plan.pk),
        fields=lambda w, url: {"expected_phase": phase_seen(1)},
    ),
    "patient:reminder_settings": Endpoint(
        actor="patient",
        url=lambda w: st.just({}),
        fields=lambda w, url: {
            "morning": choices("on", ""),
            "training": choices("on", ""),
            "digest": choices("on", ""),
            "remind_at": mostly(choices("08:00", "07:30", "21:15"), free_text(20)),
            "training_days": mostly(choices("0", "2", "4", "6"), numbers(-1, 8)),
        },
    ),
    "patient:calendar_renew": Endpoint(actor="patient", url=lambda w: st.just({})),
    # The one-click unsubscribe of RFC 8058: no login, no CSRF token, the signed token is
    # the key; a forged or altered one is a 404.
    "patient:unsubscribe": Endpoint(
        actor="anonymous",
        url=lambda w: st.fixed_dictionaries(
            {
                "unsubscribe_token": choices(
                    reminders.unsubscribe_token(w.patient, "training"),
                    reminders.unsubscribe_token(w.patient, "training") + "x",
                    "x:y",
                )
            }
        ),
        fields=lambda w, url: {"List-Unsubscribe": choices("One-Click")},
    ),
    "patient:measurement": Endpoint(
        actor="patient",
        url=lambda w: ids(measurement_id=w.plan.measurements.get(completed_on__isnull=True).pk),
        fields=lambda w, url: {
            **{f"activity_{n}": free_text(120) for n in (1, 2, 3, 4)},
            **{f"score_{n}": numbers(0, 10, blank=True) for n in (1, 2, 3)},
            "pain": numbers(0, 10),
            "global_effect": numbers(1, 7, blank=True),
        },
    ),
    "account_delete": Endpoint(
        actor="patient",
        url=lambda w: st.just({}),
        fields=lambda w, url: {
            "email": choices(w.patient.email, w.patient.email.upper(), "iemand@example.org")
        },
    ),
    "logout": Endpoint(actor="patient", url=lambda w: st.just({})),
    # The physiotherapist
    "clinic:measurement_request": Endpoint(
        actor="physio", url=lambda w: ids(plan_id=w.approval_plan.pk)
    ),
    "clinic:activity_rename": Endpoint(
        actor="physio",
        url=lambda w: st.fixed_dictionaries(
            {
                "plan_id": st.just(w.approval_plan.pk),
                "activity_id": real_or_huge(
                    *w.approval_plan.psk_activities.values_list("pk", flat=True)
                ),
            }
        ),
        fields=lambda w, url: {f"activity-{url['activity_id']}-name": free_text(120)},
        record_view_on_refusal=True,
    ),
    "clinic:patient_new": Endpoint(
        actor="physio",
        url=lambda w: st.just({}),
        fields=lambda w, url: {
            "full_name": st.one_of(
                free_text(160), choices("Nieuwe Patiënt", "\u00c4" * 150, "\u00c4" * 151)
            ),
            "email": emails(w),
        },
    ),
    "clinic:patient_invite": Endpoint(
        actor="physio",
        url=lambda w: st.fixed_dictionaries(
            {"patient_id": real_or_huge(w.invited.pk, w.patient.pk)}
        ),
    ),
    "clinic:plan_assign": Endpoint(
        actor="physio",
        url=lambda w: ids(patient_id=w.patient.pk),
        fields=lambda w, url: {
            "template": mostly(
                choices(*PlanTemplate.objects.values_list("pk", flat=True)), choices(0)
            ),
            "grade": numbers(1, 3, blank=True),  # blank for a tendinopathy
            "start_phase": numbers(1, 4),
            "start_date": dates(w.today, earliest=-MAX_DAYS_BACK),
            "max_pain": numbers(0, MAX_PAIN_LIMIT),
            "referral_confirmed": choices("", "on", "ja", "0"),
            "mode": mostly(choices(*PatientPlan.Mode.values), choices("admin")),
        },
    ),
    "clinic:phase_criteria": Endpoint(
        actor="physio",
        url=lambda w: st.fixed_dictionaries(
            {"plan_id": real_or_huge(w.plan.pk), "phase": numbers(1, 4).map(int)}
        ),
        fields=lambda w, url: {
            f"criteria{url['phase']}-min_days": numbers(*MIN_DAYS_RANGE),
            f"criteria{url['phase']}-qualifying_sessions": numbers(*QUALIFYING_SESSIONS_RANGE),
        },
    ),
    "clinic:prescription_update": Endpoint(
        actor="physio",
        url=lambda w: real_or_huge(*w.plan.prescriptions.values_list("pk", flat=True)).map(
            lambda pk: {"plan_id": w.plan.pk, "prescription_id": pk}
        ),
        # Every dosage form on the page has its prescription's prefix.
        fields=lambda w, url: dosage(
            f"p{url['prescription_id']}", like=w.plan.prescriptions.order_by("pk").first()
        ),
        htmx_partial=True,
    ),
    "clinic:prescription_add": Endpoint(
        actor="physio",
        url=lambda w: st.fixed_dictionaries(
            {"plan_id": real_or_huge(w.plan.pk), "phase": numbers(1, 4).map(int)}
        ),
        fields=lambda w, url: {
            f"add{url['phase']}-exercise": mostly(
                choices(*Exercise.objects.values_list("pk", flat=True)), choices(0)
            ),
            **dosage(f"add{url['phase']}", like=w.plan.prescriptions.order_by("pk").last()),
        },
    ),
    "clinic:prescription_remove": Endpoint(
        actor="physio",
        # Phases 1 and 2 hold one exercise (refused: a phase keeps one), 3 and 4 hold two.
        url=lambda w: real_or_huge(*w.plan.prescriptions.values_list("pk", flat=True)).map(
            lambda pk: {"plan_id": w.plan.pk, "prescription_id": pk}
        ),
    ),
    "clinic:plan_approve": Endpoint(
        actor="physio",
        # The asked plan (accepted with the right phase) and one nobody asked for (refused).
        url=lambda w: st.fixed_dictionaries(
            {"plan_id": real_or_huge(w.requested_plan.pk, w.plan.pk)}
        ),
        fields=lambda w, url: {"expected_phase": phase_seen(1)},
    ),
    "clinic:plan_phase": Endpoint(
        actor="physio",
        url=lambda w: ids(plan_id=w.plan.pk),
        fields=lambda w, url: {"to_phase": numbers(1, 4), "reason": free_text(1_100)},
        record_view_on_refusal=True,
    ),
    "clinic:return_to_sport": Endpoint(
        actor="physio",
        # The waiting strain plan (accepted when every box is ticked); a tendinopathy plan.
        url=lambda w: st.fixed_dictionaries({"plan_id": real_or_huge(w.strain_plan.pk, w.plan.pk)}),
        fields=lambda w, url: {
            **{name: mostly(choices("on"), choices("", "false")) for name in RETURN_TO_SPORT_ITEMS},
            "note": free_text(1_100),
        },
        record_view_on_refusal=True,
    ),
    # Anyone
    "login": Endpoint(
        actor="anonymous",
        url=lambda w: st.just({}),
        fields=lambda w, url: {
            "username": choices(w.patient.email, w.patient.email.upper(), "niemand@example.org"),
            "password": choices(PASSWORD, "fout"),
            "next": choices(
                "/mijn-schema/",
                "//evil.example/",
                "https://evil.example/",
                "javascript:alert(1)",
                "/\\evil.example",
            ),
        },
    ),
    "password_reset": Endpoint(
        actor="anonymous",
        url=lambda w: st.just({}),
        fields=lambda w, url: {"email": choices(w.patient.email, "niemand@example.org")},
    ),
    "password_reset_confirm": Endpoint(
        actor="anonymous",
        url=lambda w: st.just({**reset_link(w), "token": "set-password"}),
        fields=lambda w, url: {"new_password1": passwords(), "new_password2": passwords()},
        before=open_reset_link,
    ),
    "invitation": Endpoint(
        actor="anonymous",
        url=lambda w: st.sampled_from(
            (invitation_kwargs(w.invited), {**invitation_kwargs(w.invited), "token": "x-y"})
        ),
        fields=lambda w, url: {"new_password1": passwords(), "new_password2": passwords()},
    ),
    "selfcheck_questions": Endpoint(
        actor="anonymous",
        url=lambda w: st.just({}),
        fields=lambda w, url: {
            "step": numbers(1, OUTCOME_STEP),
            "goto": numbers(1, STEP_COUNT),
            **{q.name: choices(*(value.value for value, _label in q.choices)) for q in QUESTIONS},
        },
        stores_nothing=True,  # the answers travel in the form; nothing is kept
    ),
}

GET_ONLY = frozenset(
    {
        "account_download",
        "clinic:patient_fhir",
        "home",
        "condition",
        "comparison",
        "treatments",
        "faq",
        "references",
        "patient:programme",
        "patient:exercise",
        "selfcheck",
        "sheets:public",
        "sheets:public_html",
        "healthz",
        "password_reset_done",
        "password_reset_complete",
        "account",
        "account_data",  # the data export is a GET download
        "patient:my_plan",
        "patient:my_history",
        "patient:guided_session",
        "patient:calendar",
        "sheets:plan",
        "sheets:plan_html",
        "sheets:return_to_sport",
        "sheets:return_to_sport_html",
        "clinic:patients",
        "clinic:patient",
        "clinic:plan_edit",
    }
)


# Hostile form data


@st.composite
def form_data(draw, fields: dict[str, st.SearchStrategy[str]]) -> dict[str, str | list[str]]:
    """Every real field plausible, except the attacked ones; and a few unknown fields."""
    names = sorted(fields)
    attacked = set()
    # A third of the examples attack no field: they get past the forms, to the services.
    if names and draw(st.integers(0, 2)) > 0:
        attacked = draw(st.sets(st.sampled_from(names), min_size=1))
    data: dict[str, str | list[str]] = {}
    for name in names:
        if name not in attacked:
            data[name] = draw(fields[name])
            continue
        how = draw(st.sampled_from(("hostile", "missing", "twice")))
        if how == "hostile":
            data[name] = draw(HOSTILE)
        elif how == "twice":
            either = st.one_of(fields[name], HOSTILE)
            data[name] = [draw(either), draw(either)]
    extra = draw(
        st.dictionaries(
            st.sampled_from([name for name in UNKNOWN_FIELDS if name not in fields]),
            st.one_of(HOSTILE, st.lists(HOSTILE, min_size=2, max_size=3)),
            max_size=2,
        )
    )
    return {**data, **extra}


# What the database holds


def _project_models() -> list[type[models.Model]]:
    return [
        model
        for label in PROJECT_APPS
        for model in apps.get_app_config(label).get_models(include_auto_created=True)
    ]


PROJECT_MODELS = _project_models()
Snapshot = dict[str, list[tuple]]


def snapshot(*, audit_after: int | None = None) -> Snapshot:
    """Every row of every project model; without audit lines after `audit_after`."""
    rows = {}
    for model in PROJECT_MODELS:
        queryset = model._default_manager.order_by("pk")
        if model is AuditEvent and audit_after is not None:
            queryset = queryset.filter(pk__lte=audit_after)
        rows[model._meta.label] = list(queryset.values_list())
    return rows


def user_rights() -> dict[int, tuple[str, bool, bool]]:
    rows = User.objects.values_list("pk", "role", "is_staff", "is_superuser")
    return {pk: tuple(rights) for pk, *rights in rows}


def last_audit_pk() -> int:
    return AuditEvent.objects.order_by("-pk").values_list("pk", flat=True).first() or 0


def unstorable(model: type[models.Model], rows: Iterable[tuple]) -> list[str]:
    """What PostgreSQL would refuse in these rows (SQLite takes it all)."""
    problems = []
    fields = model._meta.concrete_fields
    for row in rows:
        for model_field, value in zip(fields, row, strict=True):
            where = f"{model._meta.label}.{model_field.name}"
            if isinstance(value, str):
                if "\x00" in value:
                    problems.append(f"{where}: a NUL byte")
                limit = (
                    model_field.max_length if isinstance(model_field, models.CharField) else None
                )
                if limit is not None and len(value) > limit:
                    problems.append(f"{where}: {len(value)} characters, the column holds {limit}")
            elif isinstance(value, int) and not isinstance(value, bool):
                low, high = INTEGER_RANGES.get(model_field.get_internal_type(), (value, value))
                if not low <= value <= high:
                    problems.append(f"{where}: {value} is outside {low}..{high}")
    return problems


def check_storable(before: Snapshot, after: Snapshot) -> None:
    problems = []
    for model in PROJECT_MODELS:
        label = model._meta.label
        problems += unstorable(model, set(after[label]) - set(before[label]))
    for model in AXES_MODELS:
        problems += unstorable(model, model._default_manager.values_list())
    assert problems == [], f"PostgreSQL would refuse what was stored: {problems}"


def changed_tables(before: Snapshot, after: Snapshot) -> dict[str, tuple[int, int]]:
    return {
        label: (len(before[label]), len(after[label]))
        for label in before
        if before[label] != after[label]
    }


# What an answer is


def error_messages(response) -> list[str]:
    stored = messages.get_messages(response.wsgi_request)
    return [str(message) for message in stored if message.level >= messages.ERROR]


def is_refusal(response, body: str, *, htmx: bool, endpoint: Endpoint) -> bool:
    status = response.status_code
    if 400 <= status < 500 or error_messages(response):
        return True
    if status == 200:
        if any(mark in body for mark in ERROR_MARKUP):
            return True
        # POST-redirect-GET: a success without htmx redirects, so a plain 200 refused.
        return not (htmx and endpoint.htmx_partial)
    return False


def check_answer(response, what: str) -> str:
    assert response.status_code < 500, f"{what}: {response.status_code}"
    for header in ("Location", "HX-Redirect"):
        if header in response:
            # Scheme and host are at the start. Django's check refuses URLs over 2 048
            # characters, and the percent-encoded form of a long path on this site is longer.
            target = response[header]
            assert url_has_allowed_host_and_scheme(target[:200], allowed_hosts={"testserver"}), (
                f"{what}: {header} leaves the site: {target[:200]!r}"
            )
    body = response.content.decode(errors="replace")
    for payload in REFLECTED:
        assert payload not in body, f"{what}: {payload!r} came back unescaped"
    return body


# The tests


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(ENDPOINTS))
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_hostile_post(world, name, data):
    endpoint = ENDPOINTS[name]
    kwargs = data.draw(endpoint.url(world), label="url kwargs")
    post = data.draw(form_data(endpoint.fields(world, kwargs)), label="POST")
    htmx = data.draw(st.booleans(), label="htmx")
    url = reverse(name, kwargs=kwargs)
    with transaction.atomic():
        client = Client()
        actor = world.actor(endpoint.actor)
        if actor is not None:
            client.force_login(actor)
        if endpoint.before is not None:
            endpoint.before(world, client)
        audit_mark = last_audit_pk()
        before = snapshot()
        rights = user_rights()

        response = client.post(url, post, headers=HTMX if htmx else {})

        body = check_answer(response, f"POST {url}")
        after = snapshot()
        check_storable(before, after)
        # No form hands out a role or admin rights: to the poster, or to a new account.
        for pk, rights_now in user_rights().items():
            assert rights_now == rights.get(pk, (User.Role.PATIENT, False, False)), pk
        refused = is_refusal(response, body, htmx=htmx, endpoint=endpoint)
        # `--hypothesis-show-statistics` shows the mix of refusals and successes.
        outcome = (
            "stores nothing" if endpoint.stores_nothing else "refused" if refused else "accepted"
        )
        event(f"{outcome}: {response.status_code}")
        if endpoint.stores_nothing or refused:
            if endpoint.record_view_on_refusal:
                new_audit = AuditEvent.objects.filter(pk__gt=audit_mark)
                assert all(
                    line.action == AuditEvent.Action.RECORD_VIEW and line.actor_id == actor.pk
                    for line in new_audit
                ), "a refusal wrote more than the record-view audit line"
                after = snapshot(audit_after=audit_mark)
            assert changed_tables(before, after) == {}, (
                f"POST {url} was refused ({response.status_code}) but changed rows"
            )
        elif response.status_code in (301, 302, 303):
            # The page after a success shows what was just stored: still no 5xx, no raw HTML.
            target = response["Location"]
            check_answer(client.get(target), f"GET {target} after POST {url}")
            check_storable(before, snapshot())
        transaction.set_rollback(True)


def url_patterns():
    """(name, pattern) of every named URL."""
    return ((name, pattern) for name, _route, pattern in named_urls())


def test_every_url_is_classified():
    names = {name for name, _pattern in url_patterns()}
    assert set(ENDPOINTS) & GET_ONLY == set()
    unclassified = names - set(ENDPOINTS) - GET_ONLY
    assert unclassified == set(), (
        f"New URLs: add a POST endpoint to ENDPOINTS or the name to GET_ONLY: {unclassified}"
    )
    stale = (set(ENDPOINTS) | GET_ONLY) - names
    assert stale == set(), f"These URL names no longer exist: {stale}"


@pytest.mark.django_db
def test_the_classification_matches_the_views():
    """GET_ONLY views answer a POST with 405; the others take it.

    Posted as a visitor, a patient and a physiotherapist: a view may ask for a login before
    it checks the method (the sheets do), so one 405 is enough to call it GET-only.
    """
    dummy = {"int": 1, "slug": "x", "string": "x"}
    users = (None, make_patient(), make_physiotherapist())
    wrong = {}
    for name, pattern in url_patterns():
        kwargs = {
            kwarg: dummy[type(converter).__name__.removesuffix("Converter").lower()]
            for kwarg, converter in pattern.pattern.converters.items()
        }
        statuses = []
        for user in users:
            client = Client()  # fresh: the POST to "logout" ends a session
            if user is not None:
                client.force_login(user)
            statuses.append(client.post(reverse(name, kwargs=kwargs)).status_code)
            if statuses[-1] == 405:
                break
        if (405 in statuses) != (name in GET_ONLY):
            wrong[name] = statuses
    assert wrong == {}, f"URL name: statuses of a POST by a visitor, patient, physio: {wrong}"


# The bugs this module found, pinned down without hypothesis's luck


@pytest.mark.django_db
@pytest.mark.parametrize("login_url", ["/account/inloggen/", "/beheer/login/"])
def test_an_overlong_login_name_fits_the_lockout_table(client, login_url):
    """django-axes stores the name of a failed login in a varchar(255)."""
    client.post(login_url, {"username": "a" * 300 + "@example.org", "password": "fout"})
    assert AccessAttempt.objects.exists()
    assert unstorable(AccessAttempt, AccessAttempt.objects.values_list()) == []


@pytest.mark.django_db
def test_an_address_too_long_for_an_account_is_refused(client):
    physio = make_physiotherapist()
    client.force_login(physio)
    response = client.post(
        reverse("clinic:patient_new"), {"full_name": "Lange Naam", "email": EMAIL_259}
    )
    assert len(EMAIL_259) == 259
    assert response.status_code == 200
    assert "Een e-mailadres is hoogstens 254 tekens lang." in response.content.decode()
    assert not User.objects.filter(full_name="Lange Naam").exists()


@pytest.mark.django_db
def test_the_audit_trail_takes_the_longest_name_and_address(client):
    physio = make_physiotherapist()
    client.force_login(physio)
    response = client.post(
        reverse("clinic:patient_new"), {"full_name": "\u00c4" * 150, "email": EMAIL_254}
    )
    assert len(EMAIL_254) == 254
    assert response.status_code == 302
    assert client.get(response["Location"]).status_code == 200
    assert AuditEvent.objects.filter(action=AuditEvent.Action.RECORD_VIEW).exists()
    assert unstorable(AuditEvent, AuditEvent.objects.values_list()) == []


def test_the_storable_check_sees_what_postgresql_refuses():
    def row(model, **values):
        return tuple(values.get(f.name) for f in model._meta.concrete_fields)

    assert unstorable(SessionLog, [row(SessionLog, pain_during=40_000, note="x\x00")]) == [
        "rehab.SessionLog.pain_during: 40000 is outside 0..32767",
        "rehab.SessionLog.note: a NUL byte",
    ]
    assert unstorable(AuditEvent, [row(AuditEvent, actor_label="x" * 411)]) == [
        "accounts.AuditEvent.actor_label: 411 characters, the column holds 410"
    ]
    assert unstorable(AuditEvent, [row(AuditEvent, actor_label="x" * 410)]) == []
