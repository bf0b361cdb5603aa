"""The self-check's outcome in Dutch words (conditions/selfcheck_text.py)."""

import pytest

from conditions.selfcheck import Kind, Outcome, Reason, ReasonCode, sign_reasons
from conditions.selfcheck_text import because, clause, explanation, explanations, heading
from conditions.warning_signs import Sign, Urgency


def because_of(sign: Sign) -> Reason:
    return Reason(ReasonCode.WARNING_SIGN, sign=sign)


# Every reason the self-check can give: its own codes, and what each warning sign gives.
EVERY_REASON = {Reason(code) for code in ReasonCode if code is not ReasonCode.WARNING_SIGN} | {
    reason for sign in Sign for reason in sign_reasons(sign)
}
CLAUSES = {
    Reason(ReasonCode.GRADUAL_ONSET): "de pijn geleidelijk begon",
    Reason(ReasonCode.SUDDEN_ONSET): "de pijn plotseling begon",
    Reason(ReasonCode.BOTH_LEGS): "je het in allebei je benen voelt",
    Reason(ReasonCode.ONE_LEG): "je de pijn vooral in één been voelt",
    Reason(ReasonCode.BETTER_WITH_REST): "het beter wordt met rust",
    Reason(ReasonCode.UNDER_3_DAYS): "de pijn minder dan 3 dagen geleden begon",
    Reason(ReasonCode.NOT_BETTER_AFTER_3_DAYS): "de pijn na 3 dagen niet beter wordt met rust",
    because_of(Sign.NO_IMPROVEMENT): "de pijn na 2 weken nog niet beter is",
    Reason(ReasonCode.WALKS_REASONABLY): "je nog redelijk kunt lopen",
    Reason(ReasonCode.WALKING_HURTS): "lopen duidelijk pijn doet",
    Reason(ReasonCode.LEG_WEAK): "je been zwak voelt",
    Reason(ReasonCode.PAIN_AT_SIT_BONE): "de pijn rond je zitbot zit",
    Reason(ReasonCode.SITTING_HURTS): "zitten pijn doet",
    because_of(Sign.SUDDEN_SIT_BONE_PAIN): "de pijn bij je zitbot plotseling begon",
    Reason(ReasonCode.UNDER_18): "je jonger bent dan 18",
    because_of(
        Sign.SADDLE_NUMBNESS
    ): "je een doof gevoel rond je anus, billen of kruis hebt, of je plas "
    "of ontlasting niet goed kunt ophouden",
    because_of(Sign.POP): "je een knap voelde",
    because_of(Sign.CANNOT_WALK): "je bijna niet kunt lopen",
    because_of(Sign.SWELLING_OR_BRUISING): "je een zwelling of blauwe plek hebt",
    because_of(
        Sign.NUMBNESS_AFTER_INJURY
    ): "je een doof gevoel of tintelingen in je been hebt na een plotselinge blessure",
    because_of(Sign.NUMBNESS): "je een doof gevoel of tintelingen in je been hebt",
    because_of(Sign.WARM_CALF): "je kuit dik, warm en pijnlijk is",
    because_of(Sign.FEVER_OR_ILL): "je koorts hebt of je ziek voelt",
    because_of(Sign.WEAK_FOOT): "je voet zwak is",
    because_of(Sign.FALL_OR_BLOW): "de pijn begon na een val of een harde klap",
    because_of(Sign.NIGHT_PAIN): "je ook ’s nachts of in rust pijn hebt",
    because_of(Sign.WEIGHT_LOSS_OR_CANCER): "je afvalt zonder reden, of kanker hebt of had",
    because_of(Sign.BELOW_KNEE_OR_BACK): "je ook pijn onder je knie of in je rug hebt",
    because_of(Sign.TRAINING_PAIN_ABOVE_LIMIT): "de pijn bij het oefenen boven de 4 komt",
    because_of(Sign.CANNOT_EXERCISE): "oefenen niet lukt door de pijn",
    because_of(Sign.STIFFNESS_OR_RECURRENCE): "je stijf blijft of de klacht steeds terugkomt",
}


def outcome(*reasons: Reason, kind=Kind.UNCLEAR, **values) -> Outcome:
    return Outcome(kind=kind, reasons=reasons, **values)


def test_every_reason_has_its_own_clause():
    # A new code or sign without words would fail here before a visitor reads "omdat None".
    assert set(CLAUSES) == EVERY_REASON
    # Two reasons with the same words would be named twice in one sentence.
    assert len(set(CLAUSES.values())) == len(CLAUSES)


@pytest.mark.parametrize(
    "reason", list(CLAUSES), ids=[(reason.sign or reason.code).value for reason in CLAUSES]
)
def test_each_reason_reads_as_a_dutch_clause_after_omdat(reason):
    assert clause(reason) == CLAUSES[reason]


@pytest.mark.parametrize(
    ("reasons", "text"),
    [
        ((because_of(Sign.WARM_CALF),), "omdat je kuit dik, warm en pijnlijk is"),
        (
            (because_of(Sign.POP), because_of(Sign.SWELLING_OR_BRUISING)),
            "omdat je een knap voelde en je een zwelling of blauwe plek hebt",
        ),
        (
            (
                Reason(ReasonCode.SUDDEN_ONSET),
                Reason(ReasonCode.WALKING_HURTS),
                Reason(ReasonCode.LEG_WEAK),
            ),
            "omdat de pijn plotseling begon, lopen duidelijk pijn doet en je been zwak voelt",
        ),
        (
            (
                because_of(Sign.CANNOT_WALK),
                because_of(Sign.NUMBNESS_AFTER_INJURY),
                because_of(Sign.BELOW_KNEE_OR_BACK),
                because_of(Sign.NO_IMPROVEMENT),
            ),
            "omdat je bijna niet kunt lopen, je een doof gevoel of tintelingen in je been hebt "
            "na een plotselinge blessure, je ook pijn onder je knie of in je rug hebt en de pijn "
            "na 2 weken nog niet beter is",
        ),
    ],
    ids=["one", "two", "three", "four"],
)
def test_the_reasons_read_as_one_dutch_clause_in_their_order(reasons, text):
    assert because(outcome(*reasons)) == text


def test_every_sign_has_an_explanation():
    assert all(explanation(sign) for sign in Sign)


@pytest.mark.parametrize(
    ("sign", "words"),
    [
        (Sign.POP, "binnen een paar weken"),
        (Sign.GROWTH_PLATE, "röntgenfoto"),
        (Sign.WARM_CALF, "trombose"),
        (Sign.SADDLE_NUMBNESS, "blijvende schade"),
    ],
    ids=lambda value: value.value if isinstance(value, Sign) else None,
)
def test_an_explanation_says_why_the_sign_matters(sign, words):
    assert words in explanation(sign)


def test_signs_that_share_an_explanation_give_it_once_in_the_signs_order():
    signs = (Sign.POP, Sign.WARM_CALF, Sign.SUDDEN_SIT_BONE_PAIN)
    assert explanations(outcome(*map(because_of, signs), warning_signs=signs)) == (
        explanation(Sign.POP),
        explanation(Sign.WARM_CALF),
    )
    assert explanations(outcome(Reason(ReasonCode.GRADUAL_ONSET))) == ()


@pytest.mark.parametrize(
    ("kind", "grade", "urgency", "text"),
    [
        (Kind.SORENESS, None, None, "Waarschijnlijk gewone spierpijn"),
        (Kind.STRAIN, 1, None, "Dit lijkt op een lichte hamstringblessure (graad 1)"),
        (
            Kind.STRAIN,
            2,
            Urgency.WITHIN_DAYS,
            "Dit lijkt op een matige hamstringblessure (graad 2)",
        ),
        (
            Kind.TENDINOPATHY,
            None,
            Urgency.NEXT_APPOINTMENT,
            "Je klachten passen bij peesklachten bij het zitbot",
        ),
        (Kind.UNCLEAR, None, None, "Je klachten passen niet duidelijk bij één beeld"),
        (Kind.SEE_DOCTOR, None, Urgency.EMERGENCY, "Bel nu 112 of de huisartsenpost"),
        (Kind.SEE_DOCTOR, 3, Urgency.SAME_DAY, "Laat je been vandaag nog nakijken"),
        (Kind.SEE_DOCTOR, None, Urgency.WITHIN_DAYS, "Laat je been binnen een paar dagen nakijken"),
    ],
)
def test_the_heading_names_the_outcome_and_how_soon(kind, grade, urgency, text):
    assert (
        heading(outcome(Reason(ReasonCode.GRADUAL_ONSET), kind=kind, grade=grade, urgency=urgency))
        == text
    )
