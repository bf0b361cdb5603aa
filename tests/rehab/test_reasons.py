"""The rule's reasons as the patient's Dutch sentences (rehab/reasons.py)."""

import datetime

import pytest

from rehab.reasons import sentence, sentences
from rehab.rules import Reason, ReasonCode

DAY = datetime.date(2026, 11, 20)


@pytest.mark.parametrize(
    ("reason", "text"),
    [
        (Reason(ReasonCode.NO_SESSIONS), "Je hebt in deze fase nog geen oefensessie bijgehouden."),
        (
            Reason(ReasonCode.SESSIONS_MISSING, count=1, limit=4),
            "Nog 1 sessie zonder pijn boven de 4 nodig.",
        ),
        (
            Reason(ReasonCode.SESSIONS_MISSING, count=3, limit=3),
            "Nog 3 sessies zonder pijn boven de 3 nodig.",
        ),
        (
            Reason(ReasonCode.DAYS_MISSING, count=1),
            "Je zit nog maar kort in deze fase: nog 1 dag wachten.",
        ),
        (
            Reason(ReasonCode.DAYS_MISSING, count=4),
            "Je zit nog maar kort in deze fase: nog 4 dagen wachten.",
        ),
        (
            Reason(ReasonCode.MAY_ADVANCE, count=3, limit=4),
            "Je hebt 3 sessies op rij gedaan zonder pijn boven de 4, ook niet de ochtend erna. "
            "Je mag door naar de volgende fase.",
        ),
        (
            Reason(ReasonCode.PAIN_DURING_ABOVE_LIMIT, date=DAY, score=6, limit=4),
            "Je pijn tijdens het oefenen was op 20 november 6/10, hoger dan 4: "
            "begin opnieuw te tellen.",
        ),
        (
            Reason(ReasonCode.SETS_NOT_COMPLETED, date=DAY),
            "Op 20 november heb je niet alle sets afgemaakt: begin opnieuw te tellen.",
        ),
        (
            Reason(ReasonCode.MORNING_MISSING, date=DAY),
            "Van 20 november ontbreekt je pijn de ochtend erna. Die sessie telt niet mee: "
            "begin opnieuw te tellen.",
        ),
        (
            Reason(ReasonCode.MORNING_ABOVE_LIMIT, date=DAY, score=7, limit=4),
            "Je pijn de ochtend na 20 november was 7/10, hoger dan 4: begin opnieuw te tellen.",
        ),
        (
            Reason(ReasonCode.MORNING_DUE_TOMORROW, date=DAY),
            "Vul morgenochtend in hoeveel pijn je hebt na de sessie van vandaag.",
        ),
        (
            Reason(ReasonCode.MORNING_DUE_TODAY, date=DAY),
            "Vul in hoeveel pijn je vanochtend had na de sessie van 20 november.",
        ),
    ],
    ids=lambda value: value.code.value if isinstance(value, Reason) else None,
)
def test_each_reason_reads_as_a_dutch_sentence(reason, text):
    assert sentence(reason) == text


def test_every_code_has_a_sentence():
    # A new code without a sentence would fail here before a patient sees an empty line.
    values = {"date": DAY, "score": 5, "count": 2, "limit": 4}
    texts = sentences(Reason(code, **values) for code in ReasonCode)
    assert len(set(texts)) == len(ReasonCode)
    assert all(text and "%(" not in text for text in texts)
