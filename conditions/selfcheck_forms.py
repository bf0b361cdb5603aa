"""The self-check's questions as one small Django form per step, and the walk through them.

Nothing is stored: every answer travels in the form as a hidden field and is validated
again on every request. `resolve` turns the posted data into the screen to show next.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum

from django import forms
from django.forms import BoundField
from django.utils.functional import Promise
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .selfcheck import (
    Age,
    Answers,
    Course,
    Legs,
    Location,
    Onset,
    Outcome,
    RedFlag,
    Training,
    Walking,
    YesNo,
    evaluate,
)
from .selfcheck_text import because, explanations, heading
from .warning_sign_labels import css_modifier


@dataclass(frozen=True)
class Question:
    name: str  # the form field and the attribute of Answers
    enum: type[Enum]
    label: Promise
    choices: tuple[tuple[Enum, Promise], ...]
    required_message: Promise
    hint: Promise | str = ""
    multiple: bool = False  # a checkbox group, with NONE as "none of these"


def _yes_no(yes: Promise, no: Promise) -> tuple[tuple[Enum, Promise], ...]:
    return ((YesNo.YES, yes), (YesNo.NO, no))


QUESTIONS: tuple[Question, ...] = (
    Question(
        name="onset",
        enum=Onset,
        label=_("Hoe begon de pijn?"),
        choices=(
            (Onset.GRADUAL, _("Geleidelijk: het werd langzaam erger")),
            (Onset.SUDDEN, _("Plotseling, tijdens het sporten of bewegen")),
        ),
        required_message=_("Kies hoe de pijn begon."),
    ),
    Question(
        name="pop",
        enum=YesNo,
        label=_("Voelde of hoorde je een knap toen de pijn begon?"),
        hint=_("Bijvoorbeeld een knappend of scheurend gevoel achter in je bovenbeen."),
        choices=_yes_no(_("Ja, ik voelde of hoorde een knap"), _("Nee")),
        required_message=_("Kies of je een knap voelde of hoorde."),
    ),
    Question(
        name="legs",
        enum=Legs,
        label=_("Voel je de pijn in allebei je benen?"),
        choices=(
            (Legs.BOTH, _("Ja, in allebei ongeveer even erg")),
            (Legs.ONE, _("Nee, vooral in één been")),
        ),
        required_message=_("Kies of je de pijn in allebei je benen voelt."),
    ),
    Question(
        name="walking",
        enum=Walking,
        label=_("Kun je normaal lopen en op je been staan?"),
        choices=(
            (Walking.NORMAL, _("Ja, dat gaat redelijk goed")),
            (
                Walking.PAINFUL_WEAK,
                _("Het lukt, maar lopen doet duidelijk pijn en mijn been is zwak"),
            ),
            (Walking.HARDLY, _("Nee, lopen lukt bijna niet")),
        ),
        required_message=_("Kies hoe goed je kunt lopen."),
    ),
    Question(
        name="swelling",
        enum=YesNo,
        label=_("Zie je een zwelling of een blauwe plek op je bovenbeen?"),
        hint=_("Die kan een paar uur na het begin van de pijn ontstaan."),
        choices=_yes_no(_("Ja"), _("Nee")),
        required_message=_("Kies of je een zwelling of blauwe plek ziet."),
    ),
    Question(
        name="numbness",
        enum=YesNo,
        label=_("Heb je een doof gevoel of tintelingen in je been?"),
        choices=_yes_no(_("Ja"), _("Nee")),
        required_message=_("Kies of je een doof gevoel of tintelingen hebt."),
    ),
    Question(
        name="course",
        enum=Course,
        label=_("Wanneer begon de pijn, en wordt het beter met rust?"),
        choices=(
            (Course.UNDER_3_DAYS, _("Minder dan 3 dagen geleden")),
            (Course.IMPROVING, _("3 dagen geleden of langer, en het wordt beter met rust")),
            (
                Course.NOT_IMPROVING,
                _("3 dagen tot 2 weken geleden, en het wordt niet beter of juist erger"),
            ),
            (Course.NOT_IMPROVING_2_WEEKS, _("Meer dan 2 weken geleden, en het wordt niet beter")),
        ),
        required_message=_("Kies wanneer de pijn begon."),
    ),
    Question(
        name="location",
        enum=Location,
        label=_("Waar zit de pijn vooral?"),
        choices=(
            (Location.SIT_BONE, _("Rond mijn zitbot: het bot onder in je bil waar je op zit")),
            (Location.THIGH, _("In de achterkant van mijn bovenbeen, tussen bil en knie")),
        ),
        required_message=_("Kies waar de pijn vooral zit."),
    ),
    Question(
        name="sitting_pain",
        enum=YesNo,
        label=_("Doet zitten pijn?"),
        hint=_("Bijvoorbeeld als je lang zit, of op een harde stoel."),
        choices=_yes_no(_("Ja, zitten doet pijn of maakt het erger"), _("Nee")),
        required_message=_("Kies of zitten pijn doet."),
    ),
    Question(
        name="red_flags",
        enum=RedFlag,
        label=_("Heb je een of meer van deze klachten?"),
        hint=_("Kies alles wat bij je past."),
        choices=(
            (
                RedFlag.SADDLE,
                _(
                    "Een doof gevoel rond je anus, billen of kruis, of je kunt je plas of "
                    "ontlasting niet goed ophouden"
                ),
            ),
            (RedFlag.CALF, _("Een dikke, warme en pijnlijke kuit")),
            (RedFlag.FEVER, _("Koorts, of je voelt je ziek")),
            (
                RedFlag.WEAK_FOOT,
                _(
                    "Een zwakke voet: je kunt je voet of tenen niet goed optillen, "
                    "of je voet sleept"
                ),
            ),
            (RedFlag.FALL, _("De pijn begon na een val, of na een harde klap op je bil of been")),
            (
                RedFlag.NIGHT_PAIN,
                _("Ook ’s nachts of in rust pijn, die niet minder wordt als je anders gaat liggen"),
            ),
            (
                RedFlag.WEIGHT_LOSS,
                _("Je valt af zonder dat je het probeert, of je hebt of had kanker"),
            ),
            (RedFlag.BELOW_KNEE_OR_BACK, _("Ook pijn onder je knie, of pijn in je rug")),
            (RedFlag.NONE, _("Nee, geen van deze")),
        ),
        required_message=_(
            "Kies minstens één antwoord. Heb je geen van deze klachten? Kies dan "
            "‘Nee, geen van deze’."
        ),
        multiple=True,
    ),
    Question(
        name="training",
        enum=Training,
        label=_("Doe je al oefeningen voor deze klacht?"),
        choices=(
            (Training.NO, _("Nee, nog niet")),
            (Training.GOING_WELL, _("Ja, en dat gaat goed")),
            (
                Training.PAIN_ABOVE_LIMIT,
                _("Ja, maar de pijn komt bij het oefenen boven de 4 (op een schaal van 0 tot 10)"),
            ),
            (Training.CANNOT, _("Ja, maar oefenen lukt niet door de pijn")),
            (
                Training.STIFF_OR_RECURRING,
                _("Ja, maar ik blijf stijf, of de klacht komt steeds terug"),
            ),
        ),
        required_message=_("Kies of je al oefeningen doet."),
    ),
    Question(
        name="age",
        enum=Age,
        label=_("Hoe oud ben je?"),
        hint=_("Bij jongeren groeit het bot nog. Dat maakt soms verschil."),
        choices=((Age.UNDER_18, _("Jonger dan 18 jaar")), (Age.ADULT, _("18 jaar of ouder"))),
        required_message=_("Kies hoe oud je bent."),
    ),
)
STEP_COUNT = len(QUESTIONS)
OUTCOME_STEP = STEP_COUNT + 1


class NoneOrSomeField(forms.MultipleChoiceField):
    """Checkboxes with "none of these" among them: that answer stands alone."""

    def validate(self, value):
        super().validate(value)
        if RedFlag.NONE.value in value and len(value) > 1:
            raise forms.ValidationError(NONE_WITH_OTHERS, code="none_with_others")


NONE_WITH_OTHERS = _(
    "Je koos ‘Nee, geen van deze’ en ook een klacht. Kies alleen de klachten die je hebt, "
    "of alleen ‘Nee, geen van deze’."
)


def _step_form(question: Question) -> type[forms.Form]:
    field_class, widget = (
        (NoneOrSomeField, forms.CheckboxSelectMultiple)
        if question.multiple
        else (forms.ChoiceField, forms.RadioSelect)
    )
    field = field_class(
        label=question.label,
        help_text=question.hint,
        choices=[(value.value, label) for value, label in question.choices],
        widget=widget,
        error_messages={
            "required": question.required_message,
            "invalid_choice": _("Dit antwoord kennen we niet. Kies een van de antwoorden."),
        },
    )
    name = "".join(part.title() for part in question.name.split("_")) + "Form"
    return type(name, (forms.Form,), {question.name: field})


# One form per step, in the order of QUESTIONS.
STEP_FORMS: tuple[type[forms.Form], ...] = tuple(_step_form(q) for q in QUESTIONS)

BAD_STEP = _("Er ging iets mis met de zelftest. Begin opnieuw bij de eerste vraag.")
BAD_EARLIER_ANSWER = _("We konden je antwoord op deze vraag niet lezen. Kies opnieuw.")


@dataclass(frozen=True)
class AnswerRow:
    step: int
    question: Promise
    answer: str


@dataclass(frozen=True)
class Screen:
    """What to show: one question (step 1..STEP_COUNT) or the outcome."""

    step: int
    hidden: tuple[tuple[str, str], ...]  # answers that travel along, as (name, value)
    form: forms.Form | None = None
    notice: Promise | None = None
    outcome: Outcome | None = None
    answers: tuple[AnswerRow, ...] = ()
    step_count: int = STEP_COUNT

    @property
    def field(self) -> BoundField | None:
        if self.form is None:
            return None
        return self.form[QUESTIONS[self.step - 1].name]

    @property
    def has_errors(self) -> bool:
        return bool(self.notice or (self.form is not None and self.form.errors))

    @property
    def heading(self) -> str:
        if self.outcome is None:
            return str(QUESTIONS[self.step - 1].label)
        return heading(self.outcome)

    # The outcome in words, for the template: selfcheck_text.py holds them.
    @property
    def because(self) -> str:
        return because(self.outcome)

    @property
    def explanations(self) -> tuple[str, ...]:
        return explanations(self.outcome)

    @property
    def care_card_modifier(self) -> str | None:
        """The care card's modifier for the outcome's urgency; None: no care card."""
        if self.outcome is None or self.outcome.urgency is None:
            return None
        return css_modifier(self.outcome.urgency)

    @property
    def title(self) -> str:
        if self.outcome is not None:
            title = gettext("Uitkomst: %(heading)s") % {"heading": self.heading}
        else:
            title = gettext("Vraag %(step)d van %(count)d: %(question)s") % {
                "step": self.step,
                "count": STEP_COUNT,
                "question": self.heading,
            }
        if self.has_errors:
            title = gettext("Fout: %(title)s") % {"title": title}
        return gettext("%(title)s – Zelftest") % {"title": title}


def first_screen() -> Screen:
    return _question_screen(1, {})


def resolve(data: Mapping[str, str]) -> Screen:
    """The screen that follows a posted step.

    `step` is the step the visitor was on (OUTCOME_STEP on the outcome). Without `goto` the
    visitor answered it and moves on; with `goto` they go back to that step. Every answer
    before the step to show must be valid: a missing or tampered one sends the visitor back
    to that question with a message. A tampered step number starts again at step 1.
    """
    valid, bound = _read_answers(data)
    step = _whole_number(data.get("step"), 1, OUTCOME_STEP)
    if step is None:
        return _question_screen(1, valid, notice=BAD_STEP)
    if "goto" in data:
        target = _whole_number(data.get("goto"), 1, STEP_COUNT)
        if target is None:
            return _question_screen(1, valid, notice=BAD_STEP)
        needed = target - 1
    else:
        target = step + 1 if step <= STEP_COUNT else OUTCOME_STEP
        needed = min(step, STEP_COUNT)
    for index in range(1, needed + 1):
        if QUESTIONS[index - 1].name not in valid:
            answering_now = "goto" not in data and index == step
            notice = None if answering_now else BAD_EARLIER_ANSWER
            return _question_screen(index, valid, form=bound[index], notice=notice)
    if target == OUTCOME_STEP:
        return _outcome_screen(valid)
    return _question_screen(target, valid)


def _read_answers(data: Mapping[str, str]) -> tuple[dict[str, object], dict[int, forms.Form]]:
    """Validate every question's answer on its own: the valid ones, and each bound form."""
    valid: dict[str, object] = {}
    bound: dict[int, forms.Form] = {}
    for index, (question, form_class) in enumerate(
        zip(QUESTIONS, STEP_FORMS, strict=True), start=1
    ):
        form = form_class(data)
        bound[index] = form
        if form.is_valid():
            value = form.cleaned_data[question.name]
            if question.multiple:
                # "None of these" is the empty set: Answers holds only what the visitor has.
                valid[question.name] = frozenset(question.enum(v) for v in value) - {RedFlag.NONE}
            else:
                valid[question.name] = question.enum(value)
    return valid, bound


def _whole_number(raw: str | None, low: int, high: int) -> int | None:
    if raw is None or not (raw.isascii() and raw.isdigit()):
        return None
    number = int(raw)
    return number if low <= number <= high else None


def _values(question: Question, answer) -> list[str]:
    """An answer as the form posts it: one value, or every checked box."""
    if not question.multiple:
        return [answer.value]
    # Sorted in the order of the choices, so the same answers always travel the same way.
    order = [value for value, _label in question.choices]
    return [flag.value for flag in sorted(answer, key=order.index)] or [RedFlag.NONE.value]


def _hidden(valid: Mapping[str, object], *, leave_out: str | None = None):
    return tuple(
        (q.name, value)
        for q in QUESTIONS
        if q.name in valid and q.name != leave_out
        for value in _values(q, valid[q.name])
    )


def _answer_text(question: Question, answer) -> str:
    labels = dict(question.choices)
    values = _values(question, answer)
    return ", ".join(str(labels[question.enum(value)]) for value in values)


def _question_screen(
    step: int,
    valid: Mapping[str, object],
    *,
    form: forms.Form | None = None,
    notice: Promise | None = None,
) -> Screen:
    question = QUESTIONS[step - 1]
    if form is None:
        # A later answer given before the visitor went back is shown again, already chosen.
        initial = {}
        if question.name in valid:
            values = _values(question, valid[question.name])
            initial = {question.name: values if question.multiple else values[0]}
        form = STEP_FORMS[step - 1](initial=initial)
    return Screen(
        step=step, hidden=_hidden(valid, leave_out=question.name), form=form, notice=notice
    )


def _outcome_screen(valid: Mapping[str, object]) -> Screen:
    answers = Answers(**valid)
    rows = tuple(
        AnswerRow(step=index, question=q.label, answer=_answer_text(q, valid[q.name]))
        for index, q in enumerate(QUESTIONS, start=1)
    )
    return Screen(step=OUTCOME_STEP, hidden=_hidden(valid), outcome=evaluate(answers), answers=rows)
