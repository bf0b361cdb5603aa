"""The geometry of the outcome charts (PSK, pain, GPE over the measurements): pure.

Like charts.py it imports nothing from Django and the template only draws. x is one slot
per measurement in date order; y runs from `low` at the bottom to `high` at the top, so on
every outcome chart lower is better (less trouble, less pain, "better" on the GPE).
Each line has its own marker shape and dash, so the lines differ in more than colour.
"""

import datetime
from collections.abc import Sequence
from dataclasses import dataclass

MARKERS = ("circle", "square", "diamond")
MARKER_HALF = 4.5


@dataclass(frozen=True)
class Mark:
    x: float
    y: float
    value: int
    date: datetime.date
    shape: str

    @property
    def square_x(self) -> float:
        return _round(self.x - MARKER_HALF)

    @property
    def square_y(self) -> float:
        return _round(self.y - MARKER_HALF)

    @property
    def diamond(self) -> str:
        h = MARKER_HALF + 1
        return (
            f"M{_num(self.x)} {_num(self.y - h)} L{_num(self.x + h)} {_num(self.y)} "
            f"L{_num(self.x)} {_num(self.y + h)} L{_num(self.x - h)} {_num(self.y)} Z"
        )


@dataclass(frozen=True)
class Line:
    index: int  # the style: 0, 1, 2 (dash and marker shape)
    label: str
    marks: tuple[Mark, ...]
    path: str
    shape: str


@dataclass(frozen=True)
class Tick:
    value: int
    y: float

    @property
    def label_y(self) -> float:
        return _round(self.y + 5)


@dataclass(frozen=True)
class DateLabel:
    x: float
    date: datetime.date


@dataclass(frozen=True)
class OutcomeChart:
    width: int
    height: int
    left: float
    right: float
    top: float
    bottom: float
    low: int
    high: int
    ticks: tuple[Tick, ...]
    lines: tuple[Line, ...]
    dates: tuple[DateLabel, ...]

    @property
    def is_empty(self) -> bool:
        return not any(line.marks for line in self.lines)

    @property
    def tick_label_x(self) -> float:
        return _round(self.left - 8)

    @property
    def date_label_y(self) -> float:
        return _round(self.bottom + 22)

    @property
    def marker_size(self) -> float:
        return MARKER_HALF * 2


def outcome_chart(
    dates: Sequence[datetime.date],
    series: Sequence[tuple[str, Sequence[int | None]]],
    *,
    low: int,
    high: int,
    width: int = 560,
    height: int = 240,
    margin_left: float = 36,
    margin_right: float = 24,
    margin_top: float = 16,
    margin_bottom: float = 34,
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
    left, right = float(margin_left), float(width - margin_right)
    top, bottom = float(margin_top), float(height - margin_bottom)
    slot = (right - left) / len(dates) if dates else right - left

    def x_of(i: int) -> float:
        return _round(left + slot * (i + 0.5))

    def y_of(value: int) -> float:
        return _round(bottom - (bottom - top) * (value - low) / (high - low))

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
        lines.append(Line(index=index, label=label, marks=marks, path=_path(runs), shape=shape))
    step = 2 if high - low > 6 else 1
    return OutcomeChart(
        width=width,
        height=height,
        left=left,
        right=right,
        top=top,
        bottom=bottom,
        low=low,
        high=high,
        ticks=tuple(Tick(value=v, y=y_of(v)) for v in range(low, high + 1, step)),
        lines=tuple(lines),
        dates=tuple(DateLabel(x=x_of(i), date=d) for i, d in enumerate(dates)),
    )


def _path(runs: Sequence[Sequence[Mark]]) -> str:
    parts = []
    for run in runs:
        if len(run) < 2:
            continue
        parts.append(f"M{_num(run[0].x)} {_num(run[0].y)}")
        parts.extend(f"L{_num(m.x)} {_num(m.y)}" for m in run[1:])
    return " ".join(parts)


def _round(value: float) -> float:
    return round(value, 2)


def _num(value: float) -> str:
    return f"{value:g}"
