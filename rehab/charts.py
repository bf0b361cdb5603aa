"""The geometry of the pain chart: a pure function from sessions to coordinates.

The template only draws what this module computes, so the chart is tested without a
browser. It imports nothing from Django: the template writes the words. x is one slot per
session in date order (not a time axis): a phase with many sessions gets a wide band, and a
gap of a few days takes no room. y is pain 0–10, 0 at the bottom.
"""

import datetime
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Protocol

PAIN_TOP = 10
# Below this slot width markers would overlap into a smear; the lines stay.
MIN_SLOT_FOR_MARKERS = 6.0
# A band narrower than this gets its number only ("2"), not "Fase 2".
MIN_BAND_FOR_LONG_LABEL = 56.0
MARKER_SIZE = 8.0


class Positioned(Protocol):
    """A point of a line on any chart here (the pain chart's Point, an outcome Mark)."""

    x: float
    y: float


@dataclass(frozen=True)
class ChartSession:
    date: datetime.date
    phase: int
    pain_during: int
    pain_next_morning: int | None


@dataclass(frozen=True)
class Point:
    x: float
    y: float
    value: int
    date: datetime.date

    @property
    def square_x(self) -> float:
        return rounded(self.x - MARKER_SIZE / 2)

    @property
    def square_y(self) -> float:
        return rounded(self.y - MARKER_SIZE / 2)


@dataclass(frozen=True)
class Band:
    phase: int
    x: float
    width: float
    long_label: bool  # room for "Fase 2"; else only "2" (the template writes the words)
    label_x: float
    shaded: bool  # every other band is shaded; the labels carry the meaning


@dataclass(frozen=True)
class Tick:
    value: int
    y: float

    @property
    def label_y(self) -> float:
        # Text is placed by its baseline: 5 units down centres 14-unit digits on the line.
        return rounded(self.y + 5)


@dataclass(frozen=True)
class Frame:
    """A chart's canvas and its plot area inside it; every chart here has one."""

    width: int
    height: int
    left: float
    right: float
    top: float
    bottom: float

    @property
    def plot_width(self) -> float:
        return self.right - self.left

    @property
    def plot_height(self) -> float:
        return self.bottom - self.top

    @property
    def tick_label_x(self) -> float:
        return rounded(self.left - 8)

    @classmethod
    def inside(
        cls, width: int, height: int, *, left: float, right: float, top: float, bottom: float
    ) -> "Frame":
        """A canvas whose plot area keeps these margins from its edges."""
        return cls(
            width, height, float(left), float(width - right), float(top), float(height - bottom)
        )

    def slot(self, count: int) -> float:
        """The width of one of `count` equal slots across the plot."""
        return self.plot_width / count if count else self.plot_width


# Room on the right for the limit's label.
PAIN_FRAME = Frame.inside(640, 300, left=40, right=72, top=30, bottom=34)


@dataclass(frozen=True)
class PainChart(Frame):
    limit: int
    limit_y: float
    ticks: tuple[Tick, ...]
    bands: tuple[Band, ...]
    during: tuple[Point, ...]
    morning: tuple[Point, ...]
    during_path: str
    morning_path: str
    show_markers: bool
    first_date: datetime.date | None
    last_date: datetime.date | None

    @property
    def is_empty(self) -> bool:
        return not self.during

    # Where the labels go: next to the plot, never on top of a line.
    @property
    def band_label_y(self) -> float:
        return rounded(self.top - 10)

    @property
    def date_label_y(self) -> float:
        return rounded(self.bottom + 24)

    @property
    def limit_label_x(self) -> float:
        return rounded(self.right + 6)

    @property
    def limit_label_y(self) -> float:
        return rounded(self.limit_y + 5)

    @property
    def marker_size(self) -> float:
        return MARKER_SIZE

    @property
    def max_during(self) -> int | None:
        return max((p.value for p in self.during), default=None)

    @property
    def max_morning(self) -> int | None:
        return max((p.value for p in self.morning), default=None)


def pain_chart(
    sessions: Sequence[ChartSession],
    *,
    limit: int,
    frame: Frame = PAIN_FRAME,
) -> PainChart:
    """Coordinates for the chart of `sessions` (any order) with a line at `limit`."""
    ordered = sorted(sessions, key=lambda s: s.date)
    slot = frame.slot(len(ordered))

    def x_of(index: int) -> float:
        return rounded(frame.left + slot * (index + 0.5))

    def y_of(pain: int) -> float:
        return rounded(frame.bottom - frame.plot_height * pain / PAIN_TOP)

    during = tuple(
        Point(x=x_of(i), y=y_of(s.pain_during), value=s.pain_during, date=s.date)
        for i, s in enumerate(ordered)
    )
    # A missing next-morning score breaks the dashed line rather than bridging the gap.
    morning_runs: list[list[Point]] = [[]]
    for i, s in enumerate(ordered):
        if s.pain_next_morning is None:
            morning_runs.append([])
        else:
            morning_runs[-1].append(
                Point(
                    x=x_of(i), y=y_of(s.pain_next_morning), value=s.pain_next_morning, date=s.date
                )
            )
    return PainChart(
        **asdict(frame),
        limit=limit,
        limit_y=y_of(limit),
        ticks=tuple(Tick(value=v, y=y_of(v)) for v in range(0, PAIN_TOP + 1, 2)),
        bands=_bands(ordered, left=frame.left, slot=slot),
        during=during,
        morning=tuple(point for run in morning_runs for point in run),
        during_path=svg_path([during]),
        morning_path=svg_path(morning_runs),
        show_markers=slot >= MIN_SLOT_FOR_MARKERS,
        first_date=ordered[0].date if ordered else None,
        last_date=ordered[-1].date if ordered else None,
    )


def _bands(ordered: Sequence[ChartSession], *, left: float, slot: float) -> tuple[Band, ...]:
    """One band per run of consecutive sessions in the same phase (a step back is a new run)."""
    runs: list[tuple[int, int, int]] = []  # phase, first index, count
    for index, session in enumerate(ordered):
        if runs and runs[-1][0] == session.phase:
            phase, first, count = runs[-1]
            runs[-1] = (phase, first, count + 1)
        else:
            runs.append((session.phase, index, 1))
    bands = []
    for n, (phase, first, count) in enumerate(runs):
        # Both edges from the slots, so that the rounded widths add up to the plot's width.
        x = rounded(left + slot * first)
        band_width = rounded(rounded(left + slot * (first + count)) - x)
        bands.append(
            Band(
                phase=phase,
                x=x,
                width=band_width,
                long_label=band_width >= MIN_BAND_FOR_LONG_LABEL,
                label_x=rounded(x + band_width / 2),
                shaded=n % 2 == 0,
            )
        )
    return tuple(bands)


def svg_path(runs: Sequence[Sequence[Positioned]]) -> str:
    """An SVG path: "M x y L x y …" per run; runs of one point draw nothing."""
    parts = []
    for run in runs:
        if len(run) < 2:
            continue
        parts.append(f"M{svg_number(run[0].x)} {svg_number(run[0].y)}")
        parts.extend(f"L{svg_number(p.x)} {svg_number(p.y)}" for p in run[1:])
    return " ".join(parts)


def rounded(value: float) -> float:
    return round(value, 2)


def svg_number(value: float) -> str:
    return f"{value:g}"
