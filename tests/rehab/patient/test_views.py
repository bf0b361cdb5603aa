import datetime
import re

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from conditions.models import StrainGrade
from rehab.models import (
    Exercise,
    ExerciseEntry,
    PatientPlan,
    PhaseTransition,
    PlanPrescription,
    SessionLog,
)
from rehab.services import phases
from tests.factories import (
    full_sets,
    make_admin,
    make_log,
    make_patient,
    make_physiotherapist,
    make_plan,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fixed_today")]

START = datetime.date(2026, 11, 1)
TODAY = datetime.date(2026, 11, 12)
HTMX = {"HTTP_HX_REQUEST": "true"}


def day(n: int) -> datetime.date:
    return datetime.date(2026, 11, n)


def log(plan, date, pain=2, morning=2, sets=None) -> SessionLog:
    return make_log(plan, date, today=TODAY, pain=pain, morning=morning, sets=sets)


def logged_in(client, user):
    client.force_login(user)
    return client


@pytest.fixture
def plan():
    return make_plan(start_date=START)


@pytest.fixture
def patient_client(client, plan):
    return logged_in(client, plan.patient)


def form_data(plan: PatientPlan, **overrides) -> dict:
    data = {"date": TODAY.isoformat(), "pain_during": "2", "note": ""}
    data.update({f"sets_{pk}": str(sets) for pk, sets in full_sets(plan).items()})
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def counts() -> tuple[int, int, int]:
    return (
        SessionLog.objects.count(),
        ExerciseEntry.objects.count(),
        PhaseTransition.objects.count(),
    )


def text(response) -> str:
    """The page's text with tags removed and whitespace collapsed, for phrase checks."""
    return " ".join(re.sub(r"<[^>]+>", " ", response.content.decode()).split())


def group(response, field_id: str) -> str:
    """The HTML of the form group of one field (from field.html or pain_field.html)."""
    html = response.content.decode()
    start = html.index(f'id="group-{field_id}"')
    return html[start : html.index("</div>", html.index("</label>", start))]


# Public pages


def test_the_programme_shows_four_phases_with_exercises_and_the_pain_rule(client):
    response = client.get(reverse("patient:programme"))
    assert response.status_code == 200
    html, page = response.content.decode(), text(response)
    for phase in (
        "Fase 1: vasthouden",
        "Fase 2: korter worden onder belasting",
        "Fase 3: zwaarder, en langer worden onder belasting",
        "Fase 4: sneller en richting sport",
    ):
        assert f">{phase}</h2>" in html
    for dosage in (
        "5 × 45 seconden vasthouden, 1 s pauze ertussen",
        "4 × 8 herhalingen · 3 s omhoog, 3 s omlaag · 30–60 s rust",
        "4 × 8 herhalingen · elke herhaling ongeveer 3 s · 30 s rust",
        "3 × 15 herhalingen · 2 min rust",
    ):
        assert dosage in page
    assert re.search(
        r'<img class="exercise-card__image" src="/static/svg/exercises/squat-jump\.[0-9a-f]+\.svg"'
        r' alt="Links: staand met de knieën licht gebogen\.',
        html,
    )
    assert "niet meer dan 4 op een schaal van 0 (geen pijn) tot 10" in page
    assert "Oefen 3 tot 4 keer per week." in page
    assert "minstens 3 tot 4 maanden" in page
    assert "graad 1 (mild): meestal 2 tot 3 weken" in page
    assert "graad 2 (matig): meestal 4 tot 8 weken" in page
    assert "graad 3 (ernstig): meestal 3 tot 6 maanden" in page
    assert "de heupbuigers en de quadriceps" in page
    # The stretches and the prevention exercises are in their own sections.
    extra = html[html.index('id="extra-oefeningen"') :]
    for slug in ("glute-bridge", "clamshell", "plank", "dead-bug", "nordic-hamstring-curl"):
        assert reverse("patient:exercise", kwargs={"slug": slug}) in extra
    assert reverse("patient:exercise", kwargs={"slug": "single-leg-bridge"}) not in extra
    flexibility = html[html.index('id="soepel"') : html.index('id="extra-oefeningen"')]
    for slug in ("hip-flexor-stretch", "quadriceps-stretch"):
        assert reverse("patient:exercise", kwargs={"slug": slug}) in flexibility


def test_the_programme_offers_no_exercise_that_presses_on_the_tendon(client):
    html = client.get(reverse("patient:programme")).content.decode()
    compressive = Exercise.objects.filter(compresses_tendon=True)
    assert compressive.filter(slug="hamstring-stretch").exists()
    for exercise in compressive:
        assert reverse("patient:exercise", kwargs={"slug": exercise.slug}) not in html


def test_the_programme_gives_self_care_for_the_tendon_with_its_source(client):
    html = client.get(reverse("patient:programme")).content.decode()
    self_care = html[html.index('id="zelf-doen"') : html.index('id="soepel"')]
    assert "zacht kussen" in self_care and "sta regelmatig even op" in self_care
    assert "niet voorover met een gestrekte knie" in self_care
    assert "sprint minder en ren minder heuvel op" in self_care
    assert f"{reverse('references')}#bron-goom-2016" in self_care
    sources = client.get(reverse("references")).content.decode()
    assert 'id="bron-goom-2016"' in sources
    assert "Proximal hamstring tendinopathy: clinical aspects" in sources


def test_a_compressive_exercise_says_it_is_not_for_tendon_complaints(client):
    warning = "Niet bij peesklachten bij het zitbot"
    stretch = client.get(reverse("patient:exercise", kwargs={"slug": "hamstring-stretch"}))
    assert warning in stretch.content.decode()
    bridge = client.get(reverse("patient:exercise", kwargs={"slug": "single-leg-bridge"}))
    assert warning not in bridge.content.decode()


def test_the_programme_links_each_phase_sheet(client):
    html = client.get(reverse("patient:programme")).content.decode()
    for phase in (1, 2, 3, 4):
        assert f'href="{reverse("sheets:public", kwargs={"phase": phase})}"' in html


def test_the_programme_takes_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    # 8: the programme, its phases and prescriptions, extras, stretches, the strain
    # templates and their grades, the review line.
    with django_assert_max_num_queries(8):
        client.get(reverse("patient:programme"))


def test_the_programme_shows_each_strain_grade_its_pathway_and_recovery_time(client):
    grade = StrainGrade.objects.get(grade=2)
    grade.recovery_max_weeks = 9
    grade.save()

    page = text(client.get(reverse("patient:programme")))

    assert "graad 2 (matig): meestal 4 tot 9 weken" in page
    assert "Hamstringblessure graad 3 (ernstig): van voorzichtig belasten tot sport" in page
    assert "Fase 1: voorzichtig belasten: minstens 21 dagen, en 4 sessies op rij" in page
    assert "eerst naar een sportarts of orthopedisch chirurg" in page


def test_an_exercise_page_has_steps_mistakes_and_the_dosage(client):
    response = client.get(reverse("patient:exercise", kwargs={"slug": "single-leg-arabesque"}))
    assert response.status_code == 200
    html, page = response.content.decode(), text(response)
    assert "<h1>Arabesque op één been (single leg arabesque)</h1>" in html
    assert "De hamstrings terwijl ze langer worden onder belasting, en je balans." in page
    exercise = Exercise.objects.get(slug="single-leg-arabesque")
    assert len(exercise.steps) >= 3 and exercise.mistakes
    for line in (*exercise.steps, *exercise.mistakes):
        assert f"<li>{line}</li>" in html
    assert "Fase 3: zwaarder, en langer worden onder belasting" in page
    assert "4 × 8 herhalingen · elke herhaling ongeveer 3 s · 30 s rust" in page
    assert 'alt="Links: rechtop staand op één been.' in html


def test_a_running_step_points_to_the_strain_pathway(client):
    page = text(client.get(reverse("patient:exercise", kwargs={"slug": "tempo-run"})))

    assert "Deze oefening hoort bij het schema na een hamstringblessure." in page
    assert "hoort niet bij een vaste fase" not in page


def test_an_extra_exercise_explains_it_has_no_fixed_phase(client):
    page = text(client.get(reverse("patient:exercise", kwargs={"slug": "plank"})))
    assert "Deze oefening hoort niet bij een vaste fase." in page


def test_an_unknown_exercise_is_a_404(client):
    assert client.get("/oefeningen/bestaat-niet/").status_code == 404


ADMIN_MODELS = [
    "exercise",
    "plantemplate",
    "templateprescription",
    "patientplan",
    "sessionlog",
    "phasetransition",
]


@pytest.mark.parametrize("model", ADMIN_MODELS)
def test_the_admin_lists_and_opens_each_model(client, model):
    plan = make_plan(start_date=START)
    log(plan, day(3))
    for date in (day(5), day(8)):
        log(plan, date)
    phases.advance_phase(plan_id=plan.pk, user=plan.patient, expected_phase=1, today=TODAY)
    logged_in(client, make_admin())
    changelist = client.get(reverse(f"admin:rehab_{model}_changelist"))
    assert changelist.status_code == 200
    obj = {
        "exercise": lambda: plan.prescriptions.first().exercise,
        "plantemplate": lambda: plan.template,
        "templateprescription": lambda: plan.template.phases.first().prescriptions.first(),
        "patientplan": lambda: plan,
        "sessionlog": lambda: plan.logs.first(),
        "phasetransition": lambda: plan.transitions.first(),
    }[model]()
    assert client.get(reverse(f"admin:rehab_{model}_change", args=[obj.pk])).status_code == 200


def test_phase_transitions_are_read_only_in_the_admin(client):
    logged_in(client, make_admin())
    assert client.get(reverse("admin:rehab_phasetransition_add")).status_code == 403


# Access


MY_PAGES = ["patient:my_plan", "patient:my_history"]


@pytest.mark.parametrize("name", MY_PAGES)
def test_anonymous_visitors_are_sent_to_the_login(client, name):
    response = client.get(reverse(name))
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_anonymous_posts_are_sent_to_the_login(client, plan):
    response = client.post(
        reverse("patient:log_session", kwargs={"plan_id": plan.pk}), form_data(plan)
    )
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))
    assert SessionLog.objects.count() == 0


@pytest.mark.parametrize("name", MY_PAGES)
def test_physiotherapists_get_403_on_patient_pages(client, name):
    logged_in(client, make_physiotherapist())
    assert client.get(reverse(name)).status_code == 403


def test_a_physiotherapist_cannot_log_for_their_patient(client):
    physio = make_physiotherapist()
    plan = make_plan(physiotherapist=physio, start_date=START)
    logged_in(client, physio)
    response = client.post(
        reverse("patient:log_session", kwargs={"plan_id": plan.pk}), form_data(plan)
    )
    assert response.status_code == 403
    assert SessionLog.objects.count() == 0


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("patient:log_session", "plan_id"),
        ("patient:advance_phase", "plan_id"),
        ("patient:request_advance", "plan_id"),
    ],
)
def test_another_persons_plan_is_a_404_and_nothing_changes(client, name, key):
    other = make_plan(start_date=START)
    for date in (day(3), day(5), day(8)):
        log(other, date)
    logged_in(client, make_plan(start_date=START).patient)
    before = counts()
    data = {**form_data(other), "expected_phase": "1"}
    response = client.post(reverse(name, kwargs={key: other.pk}), data)
    assert response.status_code == 404
    assert counts() == before
    other.refresh_from_db()
    assert other.current_phase == 1


def test_another_persons_session_is_a_404(client):
    other = make_plan(start_date=START)
    entry = log(other, day(11), morning=None)
    logged_in(client, make_plan(start_date=START).patient)
    url = reverse("patient:record_morning_pain", kwargs={"log_id": entry.pk})
    response = client.post(url, {"pain_next_morning": "3"})
    assert response.status_code == 404
    entry.refresh_from_db()
    assert entry.pain_next_morning is None


def test_an_admin_sees_only_their_own_plan_on_the_patient_pages(client):
    make_plan(start_date=START)
    admin = make_admin()
    admin.role = "patient"
    admin.save()
    logged_in(client, admin)
    response = client.get(reverse("patient:my_plan"))
    assert response.status_code == 200
    assert "Je hebt nog geen oefenschema." in text(response)


@pytest.mark.parametrize(
    "name",
    [
        "patient:log_session",
        "patient:advance_phase",
        "patient:request_advance",
        "patient:record_morning_pain",
    ],
)
def test_endpoints_only_take_post(patient_client, plan, name):
    key = "log_id" if name == "patient:record_morning_pain" else "plan_id"
    assert patient_client.get(reverse(name, kwargs={key: plan.pk})).status_code == 405


# Mijn schema


def test_without_a_plan_the_page_explains_who_assigns_one(client):
    logged_in(client, make_patient())
    response = client.get(reverse("patient:my_plan"))
    assert response.status_code == 200
    assert "Je fysiotherapeut maakt een schema voor je." in text(response)


def test_a_completed_plan_is_congratulated(client, plan):
    PatientPlan.objects.filter(pk=plan.pk).update(status=PatientPlan.Status.COMPLETED)
    logged_in(client, plan.patient)
    response = client.get(reverse("patient:my_plan"))
    assert "Gefeliciteerd" in text(response)
    assert reverse("patient:my_history") in response.content.decode()


def test_my_plan_shows_the_phase_exercises_form_and_verdict(patient_client, plan):
    response = patient_client.get(reverse("patient:my_plan"))
    assert response.status_code == 200
    page = text(response)
    assert "Je zit in fase 1 van 4" in page
    assert "Fase 1: vasthouden" in page and "nu bezig" in page
    assert 'aria-current="step"' in response.content.decode()
    # Today's exercise with its dosage and illustration.
    assert "Brug op één been (single leg bridge)" in page
    assert "5 × 45 seconden vasthouden, 1 s pauze ertussen" in page
    assert re.search(
        r'<img class="exercise-card__image" '
        r'src="/static/svg/exercises/single-leg-bridge\.[0-9a-f]+\.svg" alt="Links: liggend',
        response.content.decode(),
    )
    # The verdict in plain words.
    assert "Nog niet" in page
    assert "Nog 3 sessies zonder pijn boven de 4 nodig." in page
    # The log form: a real form with an htmx enhancement.
    html = response.content.decode()
    url = reverse("patient:log_session", kwargs={"plan_id": plan.pk})
    assert f'method="post" action="{url}" hx-post="{url}"' in html
    assert 'type="date"' in html and f'value="{TODAY.isoformat()}"' in html
    advance_url = reverse("patient:advance_phase", kwargs={"plan_id": plan.pk})
    assert advance_url not in html and "Ga naar fase 2" not in page


def test_a_new_phase_says_how_long_to_wait(client):
    plan = make_plan(start_date=day(9))
    logged_in(client, plan.patient)
    page = text(client.get(reverse("patient:my_plan")))
    assert "Je zit nog maar kort in deze fase: nog 4 dagen wachten." in page


def test_the_pain_scale_is_a_labelled_radio_group_with_anchors(patient_client):
    html = patient_client.get(reverse("patient:my_plan")).content.decode()
    fieldset = html[html.index('<fieldset class="pain-field"') : html.index("</fieldset>")]
    assert "<legend>Hoeveel pijn had je tijdens het oefenen?</legend>" in fieldset
    describedby = re.search(r'aria-describedby="([^"]+)"', fieldset).group(1).split()
    assert "id_pain_during-anchors" in describedby
    assert 'id="id_pain_during-anchors"' in fieldset
    assert "0 = geen pijn" in fieldset and "10 = ergste pijn denkbaar" in fieldset
    for score in range(11):
        assert re.search(
            rf'<label for="id_pain_during_{score}">{score}'
            rf'<input type="radio" name="pain_during" value="{score}"',
            fieldset,
        )


def test_my_plan_links_the_plan_sheet(patient_client, plan):
    html = patient_client.get(reverse("patient:my_plan")).content.decode()
    assert f'href="{reverse("sheets:plan", kwargs={"plan_id": plan.pk})}"' in html


def test_a_missing_next_morning_pain_is_asked_for(patient_client, plan):
    entry = log(plan, day(11), morning=None)
    response = patient_client.get(reverse("patient:my_plan"))
    page = text(response)
    assert "Hoe was de ochtend erna?" in page
    assert "Hoeveel pijn had je de ochtend na je sessie van woensdag 11 november?" in page
    assert (
        reverse("patient:record_morning_pain", kwargs={"log_id": entry.pk})
        in response.content.decode()
    )
    assert "Vul in hoeveel pijn je vanochtend had na de sessie van 11 november." in page


def test_no_prompt_when_the_morning_is_recorded_or_the_session_is_today(patient_client, plan):
    log(plan, day(10))
    log(plan, day(12), morning=None)
    assert "Hoe was de ochtend erna?" not in text(patient_client.get(reverse("patient:my_plan")))


def test_two_sessions_above_the_limit_advise_lowering_the_load(patient_client, plan):
    log(plan, day(9), pain=6, morning=3)
    assert "Twee keer op rij te veel pijn" not in text(
        patient_client.get(reverse("patient:my_plan"))
    )
    log(plan, day(11), pain=7, morning=5)
    page = text(patient_client.get(reverse("patient:my_plan")))
    assert "Twee keer op rij te veel pijn" in page
    assert "Maak de oefeningen lichter" in page
    assert "Neem contact op met je fysiotherapeut" in page


def test_the_verdict_names_the_day_and_score_that_broke_the_streak(patient_client, plan):
    log(plan, day(3))
    log(plan, day(5))
    log(plan, day(10), pain=6)
    page = text(patient_client.get(reverse("patient:my_plan")))
    assert (
        "Je pijn tijdens het oefenen was op 10 november 6/10, hoger dan 4: begin opnieuw te tellen."
        in page
    )
    assert "Je hebt 0 van de 3 sessies op rij die meetellen." in page


def test_when_the_rule_allows_there_is_a_button_to_the_next_phase(patient_client, plan):
    for date in (day(3), day(5), day(8)):
        log(plan, date)
    response = patient_client.get(reverse("patient:my_plan"))
    html = response.content.decode()
    assert "Je mag door naar de volgende fase." in text(response)
    assert f'action="{reverse("patient:advance_phase", kwargs={"plan_id": plan.pk})}"' in html
    assert '<input type="hidden" name="expected_phase" value="1">' in html
    assert "Ga naar fase 2" in html


def test_in_approval_mode_the_button_asks_the_physiotherapist(client):
    plan = make_plan(start_date=START, mode=PatientPlan.Mode.PHYSIO_APPROVES)
    for date in (day(3), day(5), day(8)):
        log(plan, date)
    logged_in(client, plan.patient)
    html = client.get(reverse("patient:my_plan")).content.decode()
    assert f'action="{reverse("patient:request_advance", kwargs={"plan_id": plan.pk})}"' in html
    assert "Vraag je fysiotherapeut om fase 2" in html
    assert reverse("patient:advance_phase", kwargs={"plan_id": plan.pk}) not in html

    response = client.post(
        reverse("patient:request_advance", kwargs={"plan_id": plan.pk}), {"expected_phase": "1"}
    )
    assert response.status_code == 302
    plan.refresh_from_db()
    assert plan.advance_requested_at is not None
    assert plan.transitions.get().kind == PhaseTransition.Kind.REQUEST
    page = text(client.get(reverse("patient:my_plan")))
    assert "Je hebt op" in page and "gevraagd om door te gaan" in page
    assert "Vraag je fysiotherapeut om fase 2" not in page


# Logging a session


def test_logging_without_javascript_redirects_with_a_message(patient_client, plan):
    response = patient_client.post(
        reverse("patient:log_session", kwargs={"plan_id": plan.pk}),
        form_data(plan, note="Ging goed"),
    )
    assert response.status_code == 302
    assert response.url == reverse("patient:my_plan")
    entry = SessionLog.objects.get(plan=plan)
    assert (entry.date, entry.pain_during, entry.all_sets_completed, entry.note) == (
        TODAY,
        2,
        True,
        "Ging goed",
    )
    page = text(patient_client.get(response.url))
    assert "Je sessie van 12 november is opgeslagen." in page
    assert "Vul morgenochtend in hoeveel pijn je hebt na de sessie van vandaag." in page


def test_logging_with_htmx_returns_the_form_and_the_verdict_in_place(patient_client, plan):
    for date in (day(3), day(5), day(8)):
        log(plan, date)
    assert "Ga naar fase 2" in patient_client.get(reverse("patient:my_plan")).content.decode()
    response = patient_client.post(
        reverse("patient:log_session", kwargs={"plan_id": plan.pk}),
        form_data(plan, pain_during="6"),
        **HTMX,
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" not in html
    assert html.lstrip().startswith('<section id="log-section"')
    assert '<div id="log-feedback" hx-swap-oob="innerHTML">' in html
    assert "Je sessie van 12 november is opgeslagen." in html
    assert '<div id="plan-status" class="plan-status" hx-swap-oob="true">' in html
    assert "Je pijn tijdens het oefenen was op 12 november 6/10" in html
    assert "Ga naar fase 2" not in html
    # The form comes back empty, ready for the next session.
    assert "checked" not in html


def test_logging_the_same_day_again_edits_that_session(patient_client, plan):
    url = reverse("patient:log_session", kwargs={"plan_id": plan.pk})
    patient_client.post(url, form_data(plan, pain_during="2"))
    assert "Je hebt vandaag al een sessie bijgehouden." in text(
        patient_client.get(reverse("patient:my_plan"))
    )
    patient_client.post(url, form_data(plan, pain_during="3"))
    assert SessionLog.objects.get(plan=plan).pain_during == 3


def test_sets_below_the_prescription_are_saved_as_not_all_completed(patient_client, plan):
    (pk,) = full_sets(plan)
    patient_client.post(
        reverse("patient:log_session", kwargs={"plan_id": plan.pk}),
        form_data(plan, **{f"sets_{pk}": "3"}),
    )
    entry = SessionLog.objects.get(plan=plan)
    assert entry.all_sets_completed is False
    assert entry.entries.get().sets_completed == 3


BAD_INPUT = [
    ("pain_during", "11", "Kies een pijnscore van 0 tot en met 10."),
    ("pain_during", "-1", "Kies een pijnscore van 0 tot en met 10."),
    ("pain_during", "veel", "Kies een pijnscore van 0 tot en met 10."),
    ("pain_during", None, "Kies hoeveel pijn je had tijdens het oefenen, van 0 tot en met 10."),
    ("sets", "6", "Op je schema staan 5 sets: vul hoogstens 5 in."),
    ("sets", "-1", "Vul 0 of meer in."),
    ("sets", "twee", "Vul een heel getal in, bijvoorbeeld 5."),
    ("sets", None, "Vul in hoeveel sets je van deze oefening hebt gedaan."),
    ("date", "2026-11-13", "Een sessie in de toekomst kun je nog niet bijhouden."),
    ("date", "2026-10-31", "Deze datum ligt voor het begin van je huidige fase (1 november 2026)."),
    ("date", "31-02-2026", "Vul een echte datum in, bijvoorbeeld 12-11-2026."),
    ("date", None, "Vul de datum van je sessie in."),
    ("note", "x" * 1001, "Je opmerking is te lang: gebruik hoogstens 1000 tekens (nu 1001)."),
]
BAD_IDS = [
    "pain-11",
    "pain-negative",
    "pain-word",
    "pain-missing",
    "sets-above",
    "sets-negative",
    "sets-word",
    "sets-missing",
    "date-future",
    "date-before-plan",
    "date-invalid",
    "date-missing",
    "note-too-long",
]


def field_id(plan, field: str) -> tuple[str, str]:
    if field == "sets":
        (pk,) = full_sets(plan)
        return f"sets_{pk}", f"id_sets_{pk}"
    return field, f"id_{field}"


@pytest.mark.parametrize("htmx", [False, True], ids=["page", "htmx"])
@pytest.mark.parametrize(("field", "value", "message"), BAD_INPUT, ids=BAD_IDS)
def test_bad_input_shows_a_dutch_message_on_the_field_and_saves_nothing(
    patient_client, plan, field, value, message, htmx
):
    name, html_id = field_id(plan, field)
    before = counts()
    response = patient_client.post(
        reverse("patient:log_session", kwargs={"plan_id": plan.pk}),
        form_data(plan, **{name: value}),
        **(HTMX if htmx else {}),
    )
    assert response.status_code == 200
    assert counts() == before
    assert message in group(response, html_id)
    html = response.content.decode()
    if htmx:
        # Only the form again, with its errors.
        assert "<html" not in html and 'id="plan-status"' not in html
        assert 'aria-invalid="true"' in html or field == "pain_during"
    else:
        # On the field, in the error summary, and the page is the full page again.
        assert "Er is een probleem" in text(response)
        assert "<html" in html


def test_a_field_error_is_tied_to_its_input(patient_client, plan):
    (pk,) = full_sets(plan)
    response = patient_client.post(
        reverse("patient:log_session", kwargs={"plan_id": plan.pk}),
        form_data(plan, **{f"sets_{pk}": "9"}),
    )
    html = response.content.decode()
    assert re.search(
        rf'<input type="number" name="sets_{pk}"[^>]*'
        rf'aria-describedby="id_sets_{pk}_helptext id_sets_{pk}_error"',
        html,
    )
    assert f'id="id_sets_{pk}_error"' in html and f'id="id_sets_{pk}_helptext"' in html
    assert f'<a href="#id_sets_{pk}">' in html


def test_a_pain_error_is_tied_to_the_group(patient_client, plan):
    response = patient_client.post(
        reverse("patient:log_session", kwargs={"plan_id": plan.pk}),
        form_data(plan, pain_during=None),
    )
    html = response.content.decode()
    assert re.search(
        r'<fieldset class="pain-field" aria-describedby="[^"]*id_pain_during_error"', html
    )
    assert '<a href="#id_pain_during_0">' in html


def test_a_log_for_a_finished_plan_is_refused_with_409(patient_client, plan):
    PatientPlan.objects.filter(pk=plan.pk).update(status=PatientPlan.Status.COMPLETED)
    response = patient_client.post(
        reverse("patient:log_session", kwargs={"plan_id": plan.pk}), form_data(plan)
    )
    assert response.status_code == 409
    assert "je kunt geen sessies meer bijhouden" in text(response)
    assert SessionLog.objects.count() == 0


def test_a_log_for_a_finished_plan_with_htmx_reloads_the_page(patient_client, plan):
    PatientPlan.objects.filter(pk=plan.pk).update(status=PatientPlan.Status.COMPLETED)
    response = patient_client.post(
        reverse("patient:log_session", kwargs={"plan_id": plan.pk}), form_data(plan), **HTMX
    )
    assert response.status_code == 200
    assert response["HX-Redirect"] == reverse("patient:my_plan")
    assert SessionLog.objects.count() == 0
    assert "je kunt geen sessies meer bijhouden" in text(
        patient_client.get(reverse("patient:my_plan"))
    )


def test_a_prescription_changed_meanwhile_is_not_a_500(patient_client, plan):
    data = form_data(plan)
    PlanPrescription.objects.create(
        plan=plan, phase=1, exercise_id=plan.prescriptions.first().exercise_id, sets=2
    )
    response = patient_client.post(
        reverse("patient:log_session", kwargs={"plan_id": plan.pk}), data
    )
    assert response.status_code == 200
    assert "Vul in hoeveel sets je van deze oefening hebt gedaan." in text(response)
    assert SessionLog.objects.count() == 0


# Next-morning pain


def test_recording_next_morning_pain_without_javascript(patient_client, plan):
    entry = log(plan, day(11), morning=None)
    response = patient_client.post(
        reverse("patient:record_morning_pain", kwargs={"log_id": entry.pk}),
        {"pain_next_morning": "3"},
    )
    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.pain_next_morning == 3
    page = text(patient_client.get(reverse("patient:my_plan")))
    assert "Opgeslagen: de ochtend na 11 november had je 3/10 pijn." in page
    assert "Hoe was de ochtend erna?" not in page


def test_recording_next_morning_pain_with_htmx_updates_the_status(patient_client, plan):
    log(plan, day(3))
    log(plan, day(5))
    entry = log(plan, day(11), morning=None)
    response = patient_client.post(
        reverse("patient:record_morning_pain", kwargs={"log_id": entry.pk}),
        {"pain_next_morning": "1"},
        **HTMX,
    )
    html = response.content.decode()
    assert html.lstrip().startswith('<div id="plan-status" class="plan-status">')
    assert "Opgeslagen: de ochtend na 11 november had je 1/10 pijn." in html
    assert "Je mag door naar de volgende fase." in html
    assert "Hoe was de ochtend erna?" not in html


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("11", "Kies een pijnscore van 0 tot en met 10."),
        (None, "Kies hoeveel pijn je de ochtend erna had, van 0 tot en met 10."),
    ],
)
@pytest.mark.parametrize("htmx", [False, True], ids=["no-js", "htmx"])
def test_bad_next_morning_pain_is_refused_on_the_field(patient_client, plan, value, message, htmx):
    entry = log(plan, day(11), morning=None)
    data = {} if value is None else {"pain_next_morning": value}
    response = patient_client.post(
        reverse("patient:record_morning_pain", kwargs={"log_id": entry.pk}),
        data,
        **(HTMX if htmx else {}),
    )
    assert response.status_code == 200
    assert message in group(response, "id_pain_next_morning")
    entry.refresh_from_db()
    assert entry.pain_next_morning is None


def test_next_morning_pain_for_a_session_of_today_waits_until_tomorrow(patient_client, plan):
    entry = log(plan, TODAY, morning=None)
    response = patient_client.post(
        reverse("patient:record_morning_pain", kwargs={"log_id": entry.pk}),
        {"pain_next_morning": "2"},
    )
    assert "De pijn van de ochtend erna vul je morgen in." in group(
        response, "id_pain_next_morning"
    )
    entry.refresh_from_db()
    assert entry.pain_next_morning is None


# Advancing


def test_advancing_when_the_rule_allows(patient_client, plan):
    for date in (day(3), day(5), day(8)):
        log(plan, date)
    response = patient_client.post(
        reverse("patient:advance_phase", kwargs={"plan_id": plan.pk}), {"expected_phase": "1"}
    )
    assert response.status_code == 302
    plan.refresh_from_db()
    assert (plan.current_phase, plan.phase_started) == (2, TODAY)
    assert plan.transitions.get().kind == PhaseTransition.Kind.ADVANCE
    page = text(patient_client.get(reverse("patient:my_plan")))
    assert "Je bent nu in fase 2." in page
    assert "Liggende beencurl (lying leg curl)" in page


def test_a_second_click_makes_no_second_transition(patient_client, plan):
    for date in (day(3), day(5), day(8)):
        log(plan, date)
    url = reverse("patient:advance_phase", kwargs={"plan_id": plan.pk})
    patient_client.post(url, {"expected_phase": "1"})
    response = patient_client.post(url, {"expected_phase": "1"})
    assert response.status_code == 302
    assert PhaseTransition.objects.count() == 1


def test_advancing_when_the_rule_says_no_is_a_409_with_the_reasons(patient_client, plan):
    log(plan, day(3))
    log(plan, day(5), pain=6)
    before = counts()
    response = patient_client.post(
        reverse("patient:advance_phase", kwargs={"plan_id": plan.pk}), {"expected_phase": "1"}
    )
    assert response.status_code == 409
    page = text(response)
    assert "Je kunt nog niet door naar de volgende fase." in page
    assert "Je pijn tijdens het oefenen was op 5 november 6/10" in page
    assert "Er is niets veranderd aan je schema." in page
    assert counts() == before
    plan.refresh_from_db()
    assert plan.current_phase == 1


@pytest.mark.parametrize("expected", ["2", "", "twee", None])
def test_advancing_from_a_stale_or_broken_form_is_a_409(patient_client, plan, expected):
    for date in (day(3), day(5), day(8)):
        log(plan, date)
    data = {} if expected is None else {"expected_phase": expected}
    response = patient_client.post(
        reverse("patient:advance_phase", kwargs={"plan_id": plan.pk}), data
    )
    assert response.status_code == 409
    assert "Je schema is intussen veranderd." in text(response)
    assert PhaseTransition.objects.count() == 0


def test_advancing_in_approval_mode_is_a_409(client):
    plan = make_plan(start_date=START, mode=PatientPlan.Mode.PHYSIO_APPROVES)
    for date in (day(3), day(5), day(8)):
        log(plan, date)
    logged_in(client, plan.patient)
    response = client.post(
        reverse("patient:advance_phase", kwargs={"plan_id": plan.pk}), {"expected_phase": "1"}
    )
    assert response.status_code == 409
    assert "geeft je fysiotherapeut toestemming" in text(response)
    assert PhaseTransition.objects.count() == 0


def test_asking_before_the_rule_allows_is_a_409(client):
    plan = make_plan(start_date=START, mode=PatientPlan.Mode.PHYSIO_APPROVES)
    logged_in(client, plan.patient)
    response = client.post(
        reverse("patient:request_advance", kwargs={"plan_id": plan.pk}), {"expected_phase": "1"}
    )
    assert response.status_code == 409
    assert "Nog 3 sessies zonder pijn boven de 4 nodig." in text(response)
    plan.refresh_from_db()
    assert plan.advance_requested_at is None


def test_advancing_out_of_phase_four_completes_the_plan(client):
    plan = make_plan(start_date=START, start_phase=4)
    for date in (day(3), day(5), day(8)):
        log(plan, date)
    logged_in(client, plan.patient)
    html = client.get(reverse("patient:my_plan")).content.decode()
    assert "Rond je schema af" in html
    client.post(
        reverse("patient:advance_phase", kwargs={"plan_id": plan.pk}), {"expected_phase": "4"}
    )
    plan.refresh_from_db()
    assert plan.status == PatientPlan.Status.COMPLETED
    page = text(client.get(reverse("patient:my_plan")))
    assert "Gefeliciteerd" in page


# History


def test_history_lists_sessions_per_phase_with_a_chart(client):
    plan = make_plan(start_date=START)
    log(plan, day(2), pain=3, morning=2)
    log(plan, day(4), pain=2, morning=2)
    log(plan, day(6), pain=1, morning=1)
    phases.advance_phase(plan_id=plan.pk, user=plan.patient, expected_phase=1, today=day(8))
    plan.refresh_from_db()
    log(plan, day(9), pain=5, morning=None)
    logged_in(client, plan.patient)
    response = client.get(reverse("patient:my_history"))
    assert response.status_code == 200
    html, page = response.content.decode(), text(response)
    assert "4 sessies bijgehouden" in page
    assert "3 sessies in fase 1" in page
    assert "1 sessie in fase 2" in page and "Fase 2: korter worden onder belasting" in page
    assert "niet ingevuld" in page and "boven de grens" in page
    assert "Brug op één been (single leg bridge): 5/5" in page
    assert '<svg class="pain-chart"' in html and 'role="img"' in html
    assert "4 sessies, van 2 november 2026 tot en met 9 november 2026. De grens is 4." in page
    assert "grens 4" in page and "Fase 1" in page and "Fase 2" in page
    assert 'class="pain-chart__during"' in html and 'class="pain-chart__morning"' in html
    assert "Door naar de volgende fase (regel)" in page


def test_history_without_sessions(patient_client):
    response = patient_client.get(reverse("patient:my_history"))
    assert response.status_code == 200
    assert "Je hebt nog geen sessies bijgehouden." in text(response)


# Query counts


def bulk_logs(plan: PatientPlan, n: int) -> None:
    """`n` sessions of phase 1 on consecutive days up to TODAY, with their entries."""
    PatientPlan.objects.filter(pk=plan.pk).update(phase_started=TODAY - datetime.timedelta(days=n))
    prescription = plan.prescriptions.get(phase=1)
    logs = SessionLog.objects.bulk_create(
        SessionLog(
            plan=plan,
            phase=1,
            date=TODAY - datetime.timedelta(days=i),
            pain_during=i % 6,
            pain_next_morning=(i % 5) if i % 7 else None,
            all_sets_completed=True,
        )
        for i in range(n)
    )
    ExerciseEntry.objects.bulk_create(
        ExerciseEntry(
            session=entry,
            prescription=prescription,
            exercise_id=prescription.exercise_id,
            sets_prescribed=5,
            sets_completed=5,
        )
        for entry in logs
    )


def queries_for(client, url: str, plan: PatientPlan, n: int) -> int:
    SessionLog.objects.filter(plan=plan).delete()
    bulk_logs(plan, n)
    caches["fragments"].clear()  # bulk_create sends no signals; count a page drawn anew
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


@pytest.mark.parametrize("name", ["patient:my_plan", "patient:my_history"])
def test_query_count_does_not_grow_with_the_number_of_logs(patient_client, plan, name):
    url = reverse(name)
    patient_client.get(url)  # warm up: session, content types, translations
    few = queries_for(patient_client, url, plan, 10)
    many = queries_for(patient_client, url, plan, 500)
    print(f"\n{name}: {few} queries with 10 logs, {many} with 500 logs")
    assert few == many
    # 8 for the plan itself; 1 for the sessions per week; 2 for the outcome measures (the
    # open measurement, the progress since the start).
    assert few <= 11


def test_my_plan_reads_a_strains_recovery_time_from_its_grade(client):
    strain = make_plan(template="hamstringblessure-graad-2", start_date=START)
    client = logged_in(client, strain.patient)
    expected = "Herstel bij een blessure van graad 2 (matig) duurt meestal 4 tot 8 weken."
    assert expected in client.get(reverse("patient:my_plan")).content.decode()

    grade = StrainGrade.objects.get(grade=2)
    grade.recovery_min_weeks = 5
    grade.save()  # as an editor does in the admin: the kept page is renewed
    html = client.get(reverse("patient:my_plan")).content.decode()
    assert "Herstel bij een blessure van graad 2 (matig) duurt meestal 5 tot 8 weken." in html


def test_my_plan_gives_the_tendinopathy_its_months(patient_client):
    html = patient_client.get(reverse("patient:my_plan")).content.decode()
    assert "Herstel met oefenen duurt minstens 3 tot 4 maanden" in html
    assert "graad" not in html.split("<h1>")[1].split("</p>")[1]
