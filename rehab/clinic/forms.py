"""The physiotherapist's forms.

Forms check the shape of the input (whole numbers in range, a real date, a choice that
exists); the services in `rehab.services` check the rest, and their `ValidationError` lands
on these forms through `rehab.web.submit`.
"""

import datetime

from django import forms
from django.conf import settings
from django.utils import translation
from django.utils.functional import keep_lazy_text
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from conditions.models import StrainGrade

from ..models import (
    DOSAGE_RANGES,
    PHASES,
    PSK_ACTIVITY_MAX_LENGTH,
    RETURN_TO_SPORT_ITEMS,
    Exercise,
    PatientPlan,
    PlanTemplate,
)
from ..rules import MAX_PAIN_LIMIT, MIN_DAYS_RANGE, QUALIFYING_SESSIONS_RANGE
from ..services.phases import CHECK_NOTE_MAX_LENGTH
from ..services.prescriptions import NOTE_MAX_LENGTH, Dosage


def grade_choices() -> list[tuple[int, str]]:
    """The grades with their recovery time, read from the one home of those figures."""
    return [
        (
            grade.grade,
            gettext("%(grade)s: %(feel)s Herstel meestal in %(recovery)s.")
            % {
                "grade": grade,
                "feel": grade.what_you_feel,
                "recovery": grade.recovery_display,
            },
        )
        for grade in StrainGrade.objects.order_by("grade")
    ]


@keep_lazy_text
def with_limit(message: str) -> str:
    """A message naming the pain limit, from the rule's one constant, in the active language."""
    return message % {"limit": MAX_PAIN_LIMIT}


PHASE_CHOICES = [(n, _("Fase %(n)d") % {"n": n}) for n in PHASES]


def number_field(
    label: str,
    low: int,
    high: int,
    *,
    required: bool = False,
    help_text: str = "",
    initial: int | None = None,
    required_message: str = "",
) -> forms.IntegerField:
    """A whole number from `low` to `high`, with Dutch messages that name the range."""
    out_of_range = _("Vul een getal in van %(low)d tot en met %(high)d.") % {
        "low": low,
        "high": high,
    }
    return forms.IntegerField(
        label=label,
        required=required,
        min_value=low,
        max_value=high,
        initial=initial,
        help_text=help_text,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
        error_messages={
            "required": required_message or out_of_range,
            "invalid": _("Vul een heel getal in."),
            "min_value": out_of_range,
            "max_value": out_of_range,
        },
    )


class PatientForm(forms.Form):
    full_name = forms.CharField(
        label=_("Naam"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
        error_messages={
            "required": _("Vul de naam van de patiënt in."),
            "max_length": _("Een naam is hoogstens %(limit_value)d tekens lang."),
        },
    )
    email = forms.EmailField(
        label=_("E-mailadres"),
        help_text=_("Hierheen sturen we de uitnodiging. Met dit adres logt de patiënt in."),
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
        error_messages={
            "required": _("Vul het e-mailadres van de patiënt in."),
            "invalid": _("Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl."),
        },
    )
    # Not required: without a choice the invitation goes out in the language of this page,
    # and the patient's first visit sets it.
    language = forms.ChoiceField(
        label=_("Taal van de patiënt"),
        help_text=_("De uitnodiging en de site zijn dan in deze taal."),
        choices=settings.LANGUAGES,
        required=False,
        error_messages={"invalid_choice": _("Kies Nederlands of Engels.")},
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["language"].initial = translation.get_language()


class PlanAssignForm(forms.Form):
    template = forms.ModelChoiceField(
        label=_("Schema"),
        queryset=PlanTemplate.objects.order_by("condition", "name"),
        empty_label=None,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Kies een schema."),
            "invalid_choice": _("Kies een van de schema's hieronder."),
        },
    )
    grade = forms.TypedChoiceField(
        label=_("Graad van de blessure"),
        help_text=_("Alleen bij een hamstringblessure. Kies dezelfde graad als het schema."),
        choices=grade_choices,
        coerce=int,
        required=False,
        empty_value=None,
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": _("Kies graad 1, 2 of 3.")},
    )
    start_phase = forms.TypedChoiceField(
        label=_("Begin in fase"),
        choices=PHASE_CHOICES,
        coerce=int,
        initial=1,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Kies de fase waarin de patiënt begint."),
            "invalid_choice": _("Kies fase 1, 2, 3 of 4."),
        },
    )
    start_date = forms.DateField(
        label=_("Begindatum"),
        help_text=_("Vandaag of eerder, als de patiënt al begonnen is."),
        error_messages={
            "required": _("Vul de begindatum in."),
            "invalid": _("Vul een echte datum in, bijvoorbeeld 12-11-2026."),
        },
    )
    max_pain = forms.IntegerField(
        label=_("Pijngrens"),
        min_value=0,
        max_value=MAX_PAIN_LIMIT,
        initial=MAX_PAIN_LIMIT,
        help_text=with_limit(
            _(
                "De hoogste pijn (0–10) die tijdens het oefenen en de ochtend erna mag. "
                "Standaard %(limit)d; lager mag, hoger niet."
            )
        ),
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
        error_messages={
            "required": with_limit(_("Vul de pijngrens in, van 0 tot en met %(limit)d.")),
            "invalid": with_limit(_("Vul een heel getal in, van 0 tot en met %(limit)d.")),
            "min_value": with_limit(_("Vul een getal in van 0 tot en met %(limit)d.")),
            "max_value": with_limit(
                _(
                    "De pijngrens is hoogstens %(limit)d: meer pijn bij het oefenen is niet "
                    "verstandig. Lager mag wel."
                )
            ),
        },
    )
    referral_confirmed = forms.BooleanField(
        label=_(
            "Een sportarts of orthopedisch chirurg heeft de patiënt beoordeeld, zo nodig met "
            "een scan."
        ),
        help_text=_(
            "Verplicht bij graad 3. Een vermoedelijke graad 3 of een losgescheurde pees "
            "(avulsie) verwijs je eerst door: soms is een operatie nodig."
        ),
        required=False,
    )
    mode = forms.ChoiceField(
        label=_("Naar de volgende fase"),
        choices=PatientPlan.Mode.choices,
        initial=PatientPlan.Mode.PATIENT_ADVANCES,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Kies hoe de patiënt naar de volgende fase gaat."),
            "invalid_choice": _("Kies een van de twee manieren."),
        },
    )

    def __init__(self, *args, today: datetime.date, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["start_date"].initial = today
        self.fields["start_date"].widget = forms.DateInput(
            attrs={"type": "date", "max": today.isoformat()}, format="%Y-%m-%d"
        )


class PhaseCriteriaForm(forms.Form):
    """When a patient may leave one phase of their plan, besides the pain limit."""

    min_days = number_field(
        _("Minimaal aantal dagen in deze fase"),
        *MIN_DAYS_RANGE,
        required=True,
        required_message=_("Vul het minimale aantal dagen in."),
    )
    qualifying_sessions = number_field(
        _("Sessies op rij binnen de pijngrens"),
        *QUALIFYING_SESSIONS_RANGE,
        required=True,
        required_message=_("Vul het aantal sessies op rij in."),
        help_text=_("Zoveel sessies op rij, ook de ochtend erna binnen de grens."),
    )


class DosageForm(forms.Form):
    """One exercise's dosage in a plan; the fields of `services.prescriptions.Dosage`."""

    sets = number_field(
        _("Sets"),
        *DOSAGE_RANGES["sets"],
        required=True,
        required_message=_("Vul het aantal sets in."),
    )
    repetitions = number_field(_("Herhalingen per set"), *DOSAGE_RANGES["repetitions"])
    hold_seconds = number_field(_("Vasthouden (seconden)"), *DOSAGE_RANGES["hold_seconds"])
    pause_seconds = number_field(
        _("Pauze tussen de herhalingen (seconden)"), *DOSAGE_RANGES["pause_seconds"]
    )
    tempo_up_seconds = number_field(
        _("Tempo omhoog (seconden)"), *DOSAGE_RANGES["tempo_up_seconds"]
    )
    tempo_down_seconds = number_field(
        _("Tempo omlaag (seconden)"), *DOSAGE_RANGES["tempo_down_seconds"]
    )
    rest_min_seconds = number_field(
        _("Rust tussen sets, minimaal (seconden)"), *DOSAGE_RANGES["rest_min_seconds"]
    )
    rest_max_seconds = number_field(
        _("Rust tussen sets, maximaal (seconden)"), *DOSAGE_RANGES["rest_max_seconds"]
    )
    note = forms.CharField(
        label=_("Opmerking voor de patiënt"),
        required=False,
        max_length=NOTE_MAX_LENGTH,
        error_messages={"max_length": _("Een opmerking is hoogstens %(limit_value)d tekens lang.")},
    )

    @property
    def dosage(self) -> Dosage:
        return Dosage(**{name: self.cleaned_data[name] for name in Dosage.__dataclass_fields__})


class AddExerciseForm(DosageForm):
    exercise = forms.ModelChoiceField(
        label=_("Oefening uit de bibliotheek"),
        queryset=Exercise.objects.order_by("name"),
        empty_label=_("Kies een oefening"),
        error_messages={
            "required": _("Kies een oefening."),
            "invalid_choice": _("Kies een oefening uit de lijst."),
        },
    )
    field_order = ["exercise"]


class PhaseChangeForm(forms.Form):
    """Advance or step back regardless of the rule: always with a reason."""

    to_phase = forms.TypedChoiceField(
        label=_("Naar fase"),
        choices=PHASE_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Kies de fase waar de patiënt naartoe gaat."),
            "invalid_choice": _("Kies fase 1, 2, 3 of 4."),
        },
    )
    reason = forms.CharField(
        label=_("Waarom"),
        help_text=_("De reden wordt bewaard bij de faseovergang."),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={
            "required": _("Schrijf op waarom je de fase verandert."),
            "max_length": _("Schrijf hoogstens %(limit_value)d tekens."),
        },
    )


class ReturnToSportForm(forms.Form):
    """The return-to-sport checklist: a box per item; `services.complete_return_to_sport`
    refuses the checklist, item by item, unless every box is ticked."""

    note = forms.CharField(
        label=_("Opmerking (mag leeg blijven)"),
        help_text=_("Bijvoorbeeld welke testen je deed, of wie meebesliste."),
        required=False,
        max_length=CHECK_NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"max_length": _("Schrijf hoogstens %(limit_value)d tekens.")},
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        items = {
            name: forms.BooleanField(label=label, help_text=explanation, required=False)
            for name, (label, explanation) in RETURN_TO_SPORT_ITEMS.items()
        }
        self.fields = {**items, **self.fields}

    def items(self) -> list:
        return [self[name] for name in RETURN_TO_SPORT_ITEMS]

    @property
    def answers(self) -> dict[str, bool]:
        return {name: self.cleaned_data[name] for name in RETURN_TO_SPORT_ITEMS}


class ActivityNameForm(forms.Form):
    """The physiotherapist corrects the wording of one of the patient's PSK activities."""

    def __init__(self, *args, activity, **kwargs) -> None:
        super().__init__(*args, prefix=f"activity-{activity.pk}", **kwargs)
        self.activity_id = activity.pk
        self.fields["name"].label = _("Activiteit %(n)d") % {"n": activity.position}

    name = forms.CharField(
        label=_("Activiteit"),
        max_length=PSK_ACTIVITY_MAX_LENGTH,
        error_messages={
            "required": _("Schrijf de activiteit op, bijvoorbeeld „traplopen”."),
            "max_length": _("Een activiteit is hoogstens %(limit_value)d tekens lang."),
        },
    )
