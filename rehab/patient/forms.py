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

from ..models import WEEKDAYS, PlanPrescription

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
