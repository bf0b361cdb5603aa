"""How much change in an outcome measure counts: the minimal clinically important
difference (MCID) of each measure, as pure functions (no Django, no clock).

The figures and their sources (also on /bronnen/):
- Pain, NPRS 0–10: a drop of about 2 points or about 30% (Farrar et al., Pain 2001;
  doi 10.1016/S0304-3959(01)00349-9).
- PSK, 0–10 per activity: the PSK is the Dutch form of the Patient-Specific Functional
  Scale (PSFS), with the scale turned round (0 = no trouble). For the PSFS the minimum
  important difference is 1.3 points for a small change (2.3 medium, 2.7 large), on the
  0–10 scale (Abbott & Schmitt, J Orthop Sports Phys Ther 2014; doi 10.2519/jospt.2014.5248).
- GPE, 7 points: no difference but a level. "Veel beter" or "helemaal hersteld" counts
  as a clinically important improvement: the anchor Farrar et al. 2001 used on the same
  7-point scale of change; the GPE is reliable but leans on how the patient is now
  (Kamper et al., J Clin Epidemiol 2010; doi 10.1016/j.jclinepi.2009.09.009).
"""

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

# Their keys on /bronnen/ (conditions' Reference): cited on the physiotherapist's record.
SOURCES = ("farrar-2001", "abbott-2014", "kamper-2010", "beurskens-1996")
NPRS_MCID_POINTS = 2
NPRS_MCID_FRACTION = 0.30
PSK_MCID_POINTS = 1.3
# GPE 1 = "helemaal hersteld", 2 = "veel beter": at or below this counts as improved.
GPE_IMPROVED_AT_MOST = 2
GPE_RANGE = (1, 7)
SCORE_RANGE = (0, 10)


class Direction(StrEnum):
    BETTER = "better"
    WORSE = "worse"
    SAME = "same"


@dataclass(frozen=True)
class Change:
    """A score at the start and now, on a scale where lower is better (PSK, NPRS)."""

    start: float
    latest: float
    important: bool  # the change reaches the MCID (better or worse)
    mcid_points: float  # the MCID, for the table
    mcid_percent: int | None = None  # pain also counts at this share of the start

    @property
    def improvement(self) -> float:
        return round(self.start - self.latest, 1)

    @property
    def direction(self) -> Direction:
        if self.latest < self.start:
            return Direction.BETTER
        if self.latest > self.start:
            return Direction.WORSE
        return Direction.SAME

    @property
    def is_better(self) -> bool:
        return self.direction == Direction.BETTER

    @property
    def is_worse(self) -> bool:
        return self.direction == Direction.WORSE

    @property
    def size(self) -> float:
        return abs(self.improvement)


def _check(score: float, low: int, high: int) -> None:
    if not low <= score <= high:
        raise ValueError(f"A score must be {low}..{high}, not {score}.")


def nprs_change(start: int, latest: int) -> Change:
    """Pain: important at 2 points, or 30% of the start, whichever is reached first."""
    _check(start, *SCORE_RANGE)
    _check(latest, *SCORE_RANGE)
    difference = abs(start - latest)
    relative = difference / start if start else 0.0
    important = difference >= NPRS_MCID_POINTS or (
        latest < start and relative >= NPRS_MCID_FRACTION
    )
    return Change(
        start=start,
        latest=latest,
        important=important,
        mcid_points=NPRS_MCID_POINTS,
        mcid_percent=round(NPRS_MCID_FRACTION * 100),
    )


def psk_change(start: float, latest: float) -> Change:
    """One PSK activity, or the mean of the activities: important at 1.3 points."""
    _check(start, *SCORE_RANGE)
    _check(latest, *SCORE_RANGE)
    # Rounded first: 0.1-steps of a mean must not fall just under the line by float error.
    important = round(abs(start - latest), 1) >= PSK_MCID_POINTS
    return Change(start=start, latest=latest, important=important, mcid_points=PSK_MCID_POINTS)


def mean(scores: Sequence[int]) -> float:
    if not scores:
        raise ValueError("A mean needs at least one score.")
    return round(sum(scores) / len(scores), 1)


def gpe_improved(score: int) -> bool:
    """The patient reports a clinically important improvement."""
    _check(score, *GPE_RANGE)
    return score <= GPE_IMPROVED_AT_MOST
