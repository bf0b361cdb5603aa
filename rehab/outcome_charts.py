"""The geometry of the outcome charts (PSK, pain, GPE over the measurements): pure.

Like charts.py it imports nothing from Django and the template only draws. x is one slot
per measurement in date order; y runs from `low` at the bottom to `high` at the top, so on
every outcome chart lower is better (less trouble, less pain, "better" on the GPE).
Each line has its own marker shape and dash, so the lines differ in more than colour.
"""

import datetime
from collections.abc import Sequence
from dataclasses import asdict, dataclass

from .charts import Frame, Tick, rounded, svg_number, svg_path

MARKERS = ("circle", "square", "diamond")
MARKER_HALF = 4.5
OUTCOME_FRAME = Frame.inside(560, 240, left=36, right=24, top=16, bottom=34)


@dataclass(frozen=True)
class Mark:
    x: float
    y: float
    value: int
    date: datetime.date
    shape: str

    @property
    def square_x(self) -> float:
        return rounded(self.x - MARKER_HALF)

    @property
    def square_y(self) -> float:
        return rounded(self.y - MARKER_HALF)

    @property
    def diamond(self) -> str:
        h = MARKER_HALF + 1
        x, y = self.x, self.y
        corners = ((x, y - h), (x + h, y), (x, y + h), (x - h, y))
        return "M" + " L".join(f"{svg_number(cx)} {svg_number(cy)}" for cx, cy in corners) + " Z"


@dataclass(frozen=True)
class Line:
    index: int  # the style: 0, 1, 2 (dash and marker shape)
    label: str
    marks: tuple[Mark, ...]
    path: str
    shape: str


@dataclass(frozen=True)
class DateLabel:
    x: float
    date: datetime.date


@dataclass(frozen=True)
class OutcomeChart(Frame):
    low: int
    high: int
    ticks: tuple[Tick, ...]
    lines: tuple[Line, ...]
    dates: tuple[DateLabel, ...]

    @property
    def is_empty(self) -> bool:
        return not any(line.marks for line in self.lines)

    @property
    def date_label_y(self) -> float:
        return rounded(self.bottom + 22)

    @property
    def marker_size(self) -> float:
        return MARKER_HALF * 2


def outcome_chart(
    dates: Sequence[datetime.date],
    series: Sequence[tuple[str, Sequence[int | None]]],
    *,
    low: int,
    high: int,
    frame: Frame = OUTCOME_FRAME,
) -> OutcomeChart:
    """Coordinates for one value per date per series; None leaves a gap in that line."""
    if high <= low:
        raise ValueError("high must be above low.")
    if len(series) > len(MARKERS):
        raise ValueError(f"At most {len(MARKERS)} lines on one chart.")
    for label, values in series:
        if len(values) != len(dates):
            raise ValueError(f"Series {label!r} needs one value per date.")
        for value in values:
            if value is not None and not low <= value <= high:
                raise ValueError(f"{value} is outside {low}..{high}.")
    slot = frame.slot(len(dates))

    def x_of(i: int) -> float:
        return rounded(frame.left + slot * (i + 0.5))

    def y_of(value: int) -> float:
        return rounded(frame.bottom - frame.plot_height * (value - low) / (high - low))

    lines = []
    for index, (label, values) in enumerate(series):
        shape = MARKERS[index]
        runs: list[list[Mark]] = [[]]
        for i, value in enumerate(values):
            if value is None:
                runs.append([])
                continue
            runs[-1].append(Mark(x=x_of(i), y=y_of(value), value=value, date=dates[i], shape=shape))
        marks = tuple(mark for run in runs for mark in run)
        lines.append(Line(index=index, label=label, marks=marks, path=svg_path(runs), shape=shape))
    step = 2 if high - low > 6 else 1
    return OutcomeChart(
        **asdict(frame),
        low=low,
        high=high,
        ticks=tuple(Tick(value=v, y=y_of(v)) for v in range(low, high + 1, step)),
        lines=tuple(lines),
        dates=tuple(DateLabel(x=x_of(i), date=d) for i, d in enumerate(dates)),
    )
