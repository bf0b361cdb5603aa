"""Reads for the outcome measures: a plan's measurements over time, the charts, the change
since the start against each measure's MCID, and the patient's progress in plain words."""

from dataclasses import dataclass

from django.db.models import Prefetch
from django.utils.translation import gettext as _

from ..models import GlobalEffect, OutcomeMeasurement, PatientPlan, PskActivity, PskScore
from ..outcome_charts import OutcomeChart, outcome_chart
from ..outcome_rules import (
    GPE_RANGE,
    SCORE_RANGE,
    Change,
    gpe_improved,
    mean,
    nprs_change,
    psk_change,
)


@dataclass(frozen=True)
class Row:
    """One completed measurement, its scores in the order of the activities."""

    measurement: OutcomeMeasurement
    scores: tuple[int | None, ...]
    names: tuple[str, ...]

    @property
    def cells(self) -> tuple[tuple[str, int | None], ...]:
        return tuple(zip(self.names, self.scores, strict=True))

    @property
    def psk_mean(self) -> float | None:
        known = [s for s in self.scores if s is not None]
        return mean(known) if known else None


@dataclass(frozen=True)
class ActivityChange:
    activity: PskActivity
    change: Change


@dataclass(frozen=True)
class Outcomes:
    plan: PatientPlan
    activities: tuple[PskActivity, ...]
    rows: tuple[Row, ...]
    open: OutcomeMeasurement | None
    psk_chart: OutcomeChart
    pain_chart: OutcomeChart
    gpe_chart: OutcomeChart
    activity_changes: tuple[ActivityChange, ...]
    psk_mean_change: Change | None
    pain_change: Change | None
    latest_gpe: int | None

    @property
    def has_measurements(self) -> bool:
        return bool(self.rows)

    @property
    def has_change(self) -> bool:
        return len(self.rows) >= 2

    @property
    def latest_gpe_label(self) -> str:
        return GlobalEffect(self.latest_gpe).label if self.latest_gpe else ""

    @property
    def gpe_improved(self) -> bool:
        return self.latest_gpe is not None and gpe_improved(self.latest_gpe)


def measurements_of(plan: PatientPlan):
    return plan.measurements.prefetch_related(
        Prefetch("psk_scores", queryset=PskScore.objects.select_related("activity"))
    ).select_related("requested_by")


def outcomes(plan: PatientPlan) -> Outcomes:
    measurements = list(measurements_of(plan))
    # The activities come with their scores: every activity is scored from the first
    # measurement on, and one query fewer keeps Mijn schema's count flat.
    found = {s.activity_id: s.activity for m in measurements for s in m.psk_scores.all()}
    activities = tuple(sorted(found.values(), key=lambda a: a.position))
    completed = sorted(
        (m for m in measurements if not m.is_open), key=lambda m: (m.completed_on, m.pk)
    )
    rows = tuple(
        Row(
            measurement=m,
            scores=tuple(
                next((s.score for s in m.psk_scores.all() if s.activity_id == a.pk), None)
                for a in activities
            ),
            names=tuple(a.name for a in activities),
        )
        for m in completed
    )
    dates = [row.measurement.completed_on for row in rows]
    low, high = SCORE_RANGE
    psk_series = [(a.name, [row.scores[i] for row in rows]) for i, a in enumerate(activities)]
    activity_changes = []
    if len(rows) >= 2:
        first, last = rows[0], rows[-1]
        for i, activity in enumerate(activities):
            if first.scores[i] is not None and last.scores[i] is not None:
                activity_changes.append(
                    ActivityChange(activity, psk_change(first.scores[i], last.scores[i]))
                )
    first_mean = rows[0].psk_mean if rows else None
    last_mean = rows[-1].psk_mean if rows else None
    gpes = [row.measurement.global_effect for row in rows if row.measurement.global_effect]
    return Outcomes(
        plan=plan,
        activities=activities,
        rows=rows,
        open=next((m for m in measurements if m.is_open), None),
        psk_chart=outcome_chart(dates, psk_series, low=low, high=high),
        pain_chart=outcome_chart(
            dates, [(_("Pijn"), [row.measurement.pain for row in rows])], low=low, high=high
        ),
        gpe_chart=outcome_chart(
            dates,
            [(_("Ervaren effect"), [row.measurement.global_effect for row in rows])],
            low=GPE_RANGE[0],
            high=GPE_RANGE[1],
        ),
        activity_changes=tuple(activity_changes),
        psk_mean_change=psk_change(first_mean, last_mean)
        if len(rows) >= 2 and first_mean is not None and last_mean is not None
        else None,
        pain_change=nprs_change(rows[0].measurement.pain, rows[-1].measurement.pain)
        if len(rows) >= 2
        else None,
        latest_gpe=gpes[-1] if gpes else None,
    )


def progress_lines(result: Outcomes) -> list[str]:
    """The patient's progress in plain words: "Traplopen: van 7 naar 3"."""
    if not result.has_change:
        return []
    lines = [
        _("%(activity)s: van %(start)d naar %(latest)d")
        % {"activity": item.activity.name, "start": item.change.start, "latest": item.change.latest}
        for item in result.activity_changes
    ]
    if result.pain_change is not None:
        lines.append(
            _("Pijn: van %(start)d naar %(latest)d")
            % {"start": result.pain_change.start, "latest": result.pain_change.latest}
        )
    return lines
