import datetime

import pytest
from django.core.exceptions import ValidationError

from rehab.patient.forms import MorningPainForm, SessionLogForm
from rehab.web import add_service_errors
from tests.factories import make_plan

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 11, 12)


@pytest.fixture
def phase_three():
    plan = make_plan(start_date=datetime.date(2026, 11, 1), start_phase=3)
    return list(plan.prescriptions.filter(phase=3).select_related("exercise"))


def data(prescriptions, **overrides):
    values = {"date": "2026-11-12", "pain_during": "3", "note": ""}
    values.update({f"sets_{p.pk}": str(p.sets) for p in prescriptions})
    values.update(overrides)
    return {k: v for k, v in values.items() if v is not None}


def make_form(prescriptions, **overrides):
    return SessionLogForm(
        data(prescriptions, **overrides), prescriptions=prescriptions, today=TODAY
    )


def test_one_sets_field_per_prescribed_exercise_in_session_order(phase_three):
    form = SessionLogForm(prescriptions=phase_three, today=TODAY)
    names = list(form.fields)
    assert names == [
        "date",
        *(f"sets_{p.pk}" for p in phase_three),
        "pain_during",
        "note",
    ]
    first = form.fields[f"sets_{phase_three[0].pk}"]
    assert first.label == "Zittende beencurl op één been (seated one leg curl): sets gedaan"
    assert (first.min_value, first.max_value) == (0, 4)
    assert (
        first.help_text == "Op je schema: 4 × 8 herhalingen · 3 s omhoog, 3 s omlaag · 30 s rust."
    )


def test_a_valid_form_gives_the_sets_per_prescription(phase_three):
    first, second = phase_three
    form = make_form(phase_three, **{f"sets_{second.pk}": "2"})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["date"] == TODAY
    assert form.cleaned_data["pain_during"] == 3
    assert form.sets_completed == {first.pk: 4, second.pk: 2}


@pytest.mark.parametrize("value", ["2026-11-10", "10-11-2026", "10/11/2026"])
def test_dates_are_read_in_iso_and_dutch_order(phase_three, value):
    form = make_form(phase_three, date=value)
    assert form.is_valid(), form.errors
    assert form.cleaned_data["date"] == datetime.date(2026, 11, 10)


def test_the_date_input_is_a_date_picker_bounded_by_the_phase_and_today(phase_three):
    form = SessionLogForm(
        prescriptions=phase_three, today=TODAY, phase_started=datetime.date(2026, 11, 1)
    )
    html = str(form["date"])
    assert 'type="date"' in html
    assert 'value="2026-11-12"' in html
    assert 'min="2026-11-01"' in html and 'max="2026-11-12"' in html


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("pain_during", "11", "Kies een pijnscore van 0 tot en met 10."),
        ("pain_during", "", "Kies hoeveel pijn je had tijdens het oefenen, van 0 tot en met 10."),
        ("date", "gisteren", "Vul een echte datum in, bijvoorbeeld 12-11-2026."),
        ("date", "", "Vul de datum van je sessie in."),
        ("sets", "5", "Op je schema staan 4 sets: vul hoogstens 4 in."),
        ("sets", "-2", "Vul 0 of meer in."),
        ("sets", "1.5", "Vul een heel getal in, bijvoorbeeld 4."),
        ("sets", "", "Vul in hoeveel sets je van deze oefening hebt gedaan."),
        ("note", "x" * 1001, "Je opmerking is te lang: gebruik hoogstens 1000 tekens (nu 1001)."),
    ],
)
def test_every_field_explains_its_error_in_dutch(phase_three, field, value, message):
    name = f"sets_{phase_three[0].pk}" if field == "sets" else field
    form = make_form(phase_three, **{name: value})
    assert not form.is_valid()
    assert form.errors[name] == [message]


def test_errors_are_tied_to_the_ids_that_field_html_renders(phase_three):
    name = f"sets_{phase_three[0].pk}"
    form = make_form(phase_three, **{name: "9"})
    form.is_valid()
    html = str(form[name])
    assert f'aria-describedby="id_{name}_helptext id_{name}_error"' in html
    assert 'aria-invalid="true"' in html


def test_the_pain_score_is_a_radio_group_of_eleven_numbers(phase_three):
    form = SessionLogForm(prescriptions=phase_three, today=TODAY)
    choices = [(choice.data["value"], choice.choice_label) for choice in form["pain_during"]]
    assert choices == [(n, str(n)) for n in range(11)]
    assert form["pain_during"].widget_type == "radioselect"


def test_the_morning_form_names_the_session():
    form = MorningPainForm(session_date=datetime.date(2026, 11, 11))
    assert form.fields["pain_next_morning"].label == (
        "Hoeveel pijn had je de ochtend na je sessie van woensdag 11 november?"
    )
    assert not MorningPainForm({"pain_next_morning": "12"}).is_valid()
    assert MorningPainForm({"pain_next_morning": "0"}).is_valid()


def test_service_errors_land_on_their_fields_or_on_the_form(phase_three):
    form = make_form(phase_three)
    assert form.is_valid()
    add_service_errors(
        form,
        ValidationError(
            {
                "date": ["Een sessie in de toekomst kun je nog niet bijhouden."],
                "sets_999999": ["Vul een aantal sets in van 0 tot en met 4."],
                "__all__": ["Deze oefening hoort niet bij je huidige fase."],
            }
        ),
    )
    assert form.errors["date"] == ["Een sessie in de toekomst kun je nog niet bijhouden."]
    assert form.non_field_errors() == [
        "Vul een aantal sets in van 0 tot en met 4.",
        "Deze oefening hoort niet bij je huidige fase.",
    ]


def test_a_plain_service_error_goes_on_the_form(phase_three):
    form = make_form(phase_three)
    form.is_valid()
    add_service_errors(form, ValidationError("Dit schema is afgerond of gestopt."))
    assert form.non_field_errors() == ["Dit schema is afgerond of gestopt."]
