"""The patient's forms: log a session, and the pain of the morning after.

Forms check the shape of the input (a date, whole numbers, a score 0–10, the prescribed
number of sets); the services check what depends on the plan's state (dates, a finished
plan) and their `ValidationError` is put back onto these forms by `rehab.web.submit`.
"""

import datetime
from collections.abc import Iterable

from django import forms
from django.forms.boundfield import BoundField
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from ..models import PSK_MAX_ACTIVITIES, WEEKDAYS, GlobalEffect, PlanPrescription

PAIN_CHOICES = [(score, str(score)) for score in range(11)]


def pain_field(*, label: str, required_message: str) -> forms.TypedChoiceField:
    return forms.TypedChoiceField(
        label=label,
        choices=PAIN_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={
            "required": required_message,
            "invalid_choice": _("Kies een pijnscore van 0 tot en met 10."),
        },
    )


class SessionLogForm(forms.Form):
    date = forms.DateField(
        label=_("Datum van de sessie"),
        error_messages={
            "required": _("Vul de datum van je sessie in."),
            "invalid": _("Vul een echte datum in, bijvoorbeeld 12-11-2026."),
        },
    )
    pain_during = pain_field(
        label=_("Hoeveel pijn had je tijdens het oefenen?"),
        required_message=_("Kies hoeveel pijn je had tijdens het oefenen, van 0 tot en met 10."),
    )
    note = forms.CharField(
        label=_("Opmerking (mag leeg blijven)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={
            "max_length": _(
                "Je opmerking is te lang: gebruik hoogstens %(limit_value)d tekens "
                "(nu %(show_value)d)."
            )
        },
    )

    def __init__(
        self,
        *args,
        prescriptions: Iterable[PlanPrescription],
        today: datetime.date,
        phase_started: datetime.date | None = None,
        **kwargs,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.prescriptions = list(prescriptions)
        self.fields["date"].initial = today
        date_attrs = {"type": "date", "max": today.isoformat()}
        if phase_started is not None and phase_started <= today:
            date_attrs["min"] = phase_started.isoformat()
        # The browser's date picker sends and shows ISO dates whatever the page's language.
        self.fields["date"].widget = forms.DateInput(attrs=date_attrs, format="%Y-%m-%d")
        sets_fields = {}
        for prescription in self.prescriptions:
            sets_fields[self.sets_field_name(prescription)] = forms.IntegerField(
                label=_("%(exercise)s: sets gedaan") % {"exercise": prescription.exercise.name},
                help_text=_("Op je schema: %(dosage)s.") % {"dosage": prescription.dosage},
                min_value=0,
                max_value=prescription.sets,
                widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
                error_messages={
                    "required": _("Vul in hoeveel sets je van deze oefening hebt gedaan."),
                    "invalid": _("Vul een heel getal in, bijvoorbeeld %(sets)d.")
                    % {"sets": prescription.sets},
                    "min_value": _("Vul 0 of meer in."),
                    "max_value": _(
                        "Op je schema staan %(limit_value)s sets: vul hoogstens %(limit_value)s in."
                    ),
                },
            )
        # Date, then the sets, then the pain and the note: the order of the session itself.
        ordered = {"date": self.fields["date"], **sets_fields}
        ordered.update((name, field) for name, field in self.fields.items() if name != "date")
        self.fields = ordered

    @staticmethod
    def sets_field_name(prescription: PlanPrescription) -> str:
        # The same key the service uses in its errors, so they land on the right field.
        return f"sets_{prescription.pk}"

    def sets_fields(self) -> list[BoundField]:
        return [self[self.sets_field_name(p)] for p in self.prescriptions]

    @property
    def sets_completed(self) -> dict[int, int]:
        return {p.pk: self.cleaned_data[self.sets_field_name(p)] for p in self.prescriptions}


class MorningPainForm(forms.Form):
    pain_next_morning = pain_field(
        label=_("Hoeveel pijn had je de ochtend erna?"),
        required_message=_("Kies hoeveel pijn je de ochtend erna had, van 0 tot en met 10."),
    )

    def __init__(self, *args, session_date: datetime.date | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if session_date is not None:
            self.fields["pain_next_morning"].label = _(
                "Hoeveel pijn had je de ochtend na je sessie van %(day)s?"
            ) % {"day": date_format(session_date, "l j F")}


class ReminderSettingsForm(forms.Form):
    """Which reminders a person wants, when, and (patients) on which days they train."""

    morning = forms.BooleanField(
        label=_("Herinner me de ochtend na een sessie aan mijn pijnscore"), required=False
    )
    training = forms.BooleanField(label=_("Herinner me op mijn oefendagen"), required=False)
    digest = forms.BooleanField(
        label=_("Stuur me elke dag een overzicht als patiënten aandacht nodig hebben"),
        required=False,
    )
    remind_at = forms.TimeField(
        label=_("Tijdstip van de herinnering"),
        help_text=_("Bijvoorbeeld 08:00."),
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        error_messages={
            "required": _("Vul een tijdstip in, bijvoorbeeld 08:00."),
            "invalid": _("Vul een tijdstip in als uren en minuten, bijvoorbeeld 08:00."),
        },
    )
    training_days = forms.TypedMultipleChoiceField(
        label=_("Mijn oefendagen"),
        help_text=_("Kies 3 of 4 dagen, met een rustdag ertussen."),
        choices=WEEKDAYS,
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Kies dagen van maandag tot en met zondag.")},
    )

    PATIENT_FIELDS = ("morning", "training", "remind_at", "training_days")
    PHYSIOTHERAPIST_FIELDS = ("digest", "remind_at")

    def __init__(self, *args, patient: bool, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        keep = self.PATIENT_FIELDS if patient else self.PHYSIOTHERAPIST_FIELDS
        self.fields = {name: field for name, field in self.fields.items() if name in keep}

    def choices(self) -> dict:
        data = dict(self.cleaned_data)
        if "training_days" in data:
            data["training_days"] = ",".join(str(day) for day in sorted(set(data["training_days"])))
        return data


SCORE_CHOICES = PAIN_CHOICES


class MeasurementForm(forms.Form):
    """The outcome measures: the PSK (activities named once, then scored), pain, the GPE.

    The form checks the shape (a score is a whole number 0–10, a known GPE answer); the
    service (`outcomes.record_measurement`) checks the rest: how many activities, an empty
    activity, a missing score, and its errors land on these fields.
    """

    pain = pain_field(
        label=_("Hoeveel pijn heb je nu meestal door je klacht?"),
        required_message=_("Kies hoeveel pijn je nu meestal hebt, van 0 tot en met 10."),
    )

    def __init__(self, *args, activities=(), asks_global_effect: bool = False, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.activities = list(activities)
        self.asks_global_effect = asks_global_effect
        self.first_time = not self.activities
        self.positions = (
            [a.position for a in self.activities]
            if self.activities
            else list(range(1, PSK_MAX_ACTIVITIES + 1))
        )
        fields = {}
        for n in self.positions:
            if self.first_time:
                fields[f"activity_{n}"] = forms.CharField(
                    label=_("Activiteit %(n)d") % {"n": n},
                    required=False,
                    # The service gives the Dutch message; the browser must not cut it off.
                    widget=forms.TextInput(attrs={"autocomplete": "off"}),
                )
                label = _("Hoe moeilijk gaat activiteit %(n)d nu?") % {"n": n}
            else:
                activity = next(a for a in self.activities if a.position == n)
                label = _("Hoe moeilijk gaat „%(activity)s” nu?") % {"activity": activity.name}
            fields[f"score_{n}"] = forms.TypedChoiceField(
                label=label,
                choices=SCORE_CHOICES,
                coerce=int,
                required=False,
                empty_value=None,
                widget=forms.RadioSelect,
                error_messages={"invalid_choice": _("Kies een score van 0 tot en met 10.")},
            )
        if asks_global_effect:
            fields["global_effect"] = forms.TypedChoiceField(
                label=_("Hoe gaat het nu met je klacht, vergeleken met het begin van je schema?"),
                choices=GlobalEffect.choices,
                coerce=int,
                required=False,
                empty_value=None,
                widget=forms.RadioSelect,
                error_messages={"invalid_choice": _("Kies een van de antwoorden.")},
            )
        self.fields = {**fields, **self.fields}
        # The service names a missing pain score together with the other missing answers.
        self.fields["pain"].required = False
        self.fields["pain"].empty_value = None

    def activity_fields(self) -> list[tuple[BoundField | None, BoundField]]:
        return [
            (self[f"activity_{n}"] if self.first_time else None, self[f"score_{n}"])
            for n in self.positions
        ]

    def clean(self) -> dict:
        data = super().clean()
        named = [name for name in self.activities_posted.values() if name.strip()]
        if self.first_time and len(named) > PSK_MAX_ACTIVITIES:
            self.add_error(
                None, _("Kies hoogstens %(n)d activiteiten.") % {"n": PSK_MAX_ACTIVITIES}
            )
        return data

    @property
    def activities_posted(self) -> dict[int, str]:
        """Every activity_<n> sent, also beyond the third: the service refuses those."""
        posted = {}
        for key in self.data:
            number = key.removeprefix("activity_")
            if key.startswith("activity_") and number.isascii() and number.isdigit():
                posted[int(number)] = str(self.data.get(key, ""))
        return posted

    @property
    def scores(self) -> dict[int, int | None]:
        return {n: self.cleaned_data.get(f"score_{n}") for n in self.positions}
