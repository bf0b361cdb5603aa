import datetime
import re

import pytest
from django.template.loader import render_to_string
from hypothesis import given
from hypothesis import strategies as st

from rehab.charts import MIN_SLOT_FOR_MARKERS, ChartSession, Frame, pain_chart

START = datetime.date(2026, 11, 2)


def session(offset: int, during: int, morning: int | None = None, phase: int = 1):
    return ChartSession(
        date=START + datetime.timedelta(days=offset),
        phase=phase,
        pain_during=during,
        pain_next_morning=morning,
    )


def chart_of(sessions, width=200, right=80, limit=4):
    frame = Frame.inside(width, 140, left=20, right=right, top=20, bottom=20)
    return pain_chart(sessions, limit=limit, frame=frame)


def test_each_session_gets_a_slot_in_date_order_and_pain_runs_bottom_to_top():
    # Plot area: x 20..120 (100 wide), y 20..120 (100 high); two sessions → slots of 50.
    chart = chart_of([session(3, during=10, morning=5), session(0, during=0, morning=2)])
    assert [(p.x, p.y, p.value) for p in chart.during] == [(45, 120, 0), (95, 20, 10)]
    assert [(p.x, p.y) for p in chart.morning] == [(45, 100), (95, 70)]
    assert chart.during_path == "M45 120 L95 20"
    assert chart.morning_path == "M45 100 L95 70"
    assert (chart.first_date, chart.last_date) == (START, START + datetime.timedelta(days=3))


def test_the_limit_line_sits_at_the_plans_maximum_pain():
    assert chart_of([session(0, 2)], limit=4).limit_y == 80
    assert chart_of([session(0, 2)], limit=3).limit_y == 90
    assert [(t.value, t.y) for t in chart_of([session(0, 2)]).ticks] == [
        (0, 120),
        (2, 100),
        (4, 80),
        (6, 60),
        (8, 40),
        (10, 20),
    ]


def test_a_missing_next_morning_breaks_the_dashed_line():
    chart = chart_of(
        [
            session(0, 2, 2),
            session(1, 2, 3),
            session(2, 2, None),
            session(3, 2, 1),
            session(4, 2, 1),
        ]
    )
    # Slots of 20: x = 30, 50, 70, 90, 110; the gap at x = 70 is not bridged.
    assert chart.morning_path == "M30 100 L50 90 M90 110 L110 110"
    assert [p.x for p in chart.morning] == [30, 50, 90, 110]
    assert len(chart.during) == 5


def test_a_lone_point_draws_a_marker_but_no_line():
    chart = chart_of([session(0, 3, None)])
    assert chart.during_path == "" and chart.morning_path == ""
    assert [(p.x, p.y) for p in chart.during] == [(70, 90)]
    assert chart.show_markers


def test_phase_bands_cover_the_slots_of_each_run_of_a_phase():
    sessions = [
        session(0, 2, 2, phase=1),
        session(2, 2, 2, phase=1),
        session(4, 3, 2, phase=1),
        session(9, 3, 3, phase=2),
        session(11, 3, 3, phase=2),
        session(13, 5, 4, phase=1),  # the physiotherapist stepped back
    ]
    chart = chart_of(sessions, width=700, right=100)  # plot 20..600: slots of 96.67
    assert [(b.phase, b.x, b.width) for b in chart.bands] == [
        (1, 20, 290),
        (2, 310, 193.33),
        (1, 503.33, 96.67),
    ]
    assert [(b.phase, b.long_label) for b in chart.bands] == [(1, True), (2, True), (1, True)]
    assert [b.shaded for b in chart.bands] == [True, False, True]
    assert chart.bands[0].label_x == 165


def test_a_narrow_band_gets_a_short_label():
    sessions = [session(i, 2, 2, phase=1) for i in range(20)] + [session(21, 2, 2, phase=2)]
    chart = chart_of(sessions)
    assert [(b.phase, b.long_label) for b in chart.bands] == [(1, True), (2, False)]


def test_the_template_writes_a_long_label_in_words_and_a_short_one_as_a_number():
    sessions = [session(i, 2, 2, phase=1) for i in range(20)] + [session(21, 2, 2, phase=2)]
    svg = render_to_string("rehab/includes/pain_chart.html", {"chart": chart_of(sessions)})
    labels = re.findall(r'class="pain-chart__band-label"[^>]*>([^<]*)<', svg)
    assert labels == ["Fase 1", "2"]


def test_markers_are_left_out_when_sessions_are_too_close_to_tell_apart():
    many = [session(i, i % 5, i % 4) for i in range(500)]
    chart = pain_chart(many, limit=4)
    assert not chart.show_markers
    assert chart.plot_width / 500 < MIN_SLOT_FOR_MARKERS
    assert chart.during_path.count("L") == 499


def test_an_empty_chart():
    chart = pain_chart([], limit=4)
    assert chart.is_empty
    assert chart.bands == () and chart.during_path == "" and chart.first_date is None
    assert chart.max_during is None and chart.max_morning is None


def test_highest_scores_for_the_summary():
    chart = chart_of([session(0, 3, None), session(1, 6, 2), session(2, 1, 5)])
    assert (chart.max_during, chart.max_morning) == (6, 5)


@given(
    st.lists(
        st.tuples(st.integers(0, 10), st.one_of(st.none(), st.integers(0, 10)), st.integers(1, 4)),
        min_size=1,
        max_size=60,
    ),
    st.integers(0, 4),
)
def test_everything_stays_inside_the_plot(rows, limit):
    sessions = [session(i, d, m, phase=p) for i, (d, m, p) in enumerate(rows)]
    chart = pain_chart(sessions, limit=limit)
    for point in (*chart.during, *chart.morning):
        assert chart.left <= point.x <= chart.right
        assert chart.top <= point.y <= chart.bottom
    assert chart.top <= chart.limit_y <= chart.bottom
    assert sum(b.width for b in chart.bands) == pytest.approx(chart.plot_width, abs=0.05)
    xs = [p.x for p in chart.during]
    assert xs == sorted(xs) and len(set(xs)) == len(xs)
