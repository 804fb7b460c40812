"""The risk plot keeps its layout (margins, the axes' wrapped words, the lines' points, the ring's words and their
place) and weighs it again only when its size, font, words or data change: a threshold move repainted in
100–460 ms on the GUI thread because every point wrapped the axes' words again (QA s52g finding 6). What it keeps
must always be what a fresh plot would weigh, and the ring's words must go where the one-rectangle-at-a-time rule
put them."""
from __future__ import annotations

import math
import random

import pytest
from PySide6.QtCore import QPointF, QRectF, QSizeF
from PySide6.QtGui import QFont

from in_language import in_language


def _layout(plot) -> tuple:
    return (plot._margins(), plot.plot_area(), plot._scale(), plot._lines(), plot.up_lines(), plot.across_lines(),
            plot.mark_label(), plot.sizeHint(), plot.minimumSizeHint(), plot.legend())


def _fresh(qtbot, tables, thresholds, current, size, font=None):
    from grader_app.ui.risk_plot import RiskPlot

    plot = RiskPlot()
    qtbot.addWidget(plot)
    if font is not None:
        plot.setFont(font)
    plot.set_tables(tables)
    plot.set_thresholds(thresholds, current)
    plot.resize(*size)
    return plot


@pytest.mark.parametrize("current", ["asap-sas-5", None])
def test_the_kept_layout_is_a_fresh_plots_after_every_resize_and_threshold(qtbot, tables, current):
    from grader_app.ui.risk_plot import RiskPlot

    plot = RiskPlot()
    qtbot.addWidget(plot)
    plot.set_tables(tables)
    plot.show()
    qtbot.waitExposed(plot)
    rnd = random.Random(7)
    for size in ((260, 240), (420, 380), (700, 560), (260, 240)):   # back to a size it had: what it kept still holds
        plot.resize(*size)
        for value in (1.0, 0.95, 0.8, 0.6, 0.8, rnd.uniform(0.3, 1.0)):
            thresholds = {"asap-sas-1": 1.0, "asap-sas-5": value, "asap-sas-10": 0.9}
            plot.set_thresholds(thresholds, current)
            plot.grab()   # painted, so the layout is weighed and kept
            assert _layout(plot) == _layout(_fresh(qtbot, tables, thresholds, current, size))
    bigger = QFont(plot.font())
    bigger.setPointSizeF(plot.font().pointSizeF() * 1.5)
    plot.setFont(bigger)   # a new font: the words take other widths and heights
    assert _layout(plot) == _layout(_fresh(qtbot, tables, thresholds, current, (260, 240), bigger))


def test_new_tables_and_another_language_are_weighed_again(qtbot, tables):

    thresholds = {"asap-sas-1": 0.9, "asap-sas-5": 0.82, "asap-sas-10": 1.0}
    plot = _fresh(qtbot, tables, thresholds, "asap-sas-1", (300, 300))
    before = _layout(plot)
    fewer = {k: v for k, v in tables.items() if k != "asap-sas-5"}
    plot.set_tables(fewer)
    assert _layout(plot) == _layout(_fresh(qtbot, fewer, thresholds, "asap-sas-1", (300, 300)))
    assert _layout(plot) != before
    english = plot.mark_label()
    with in_language("de"):
        assert _layout(plot) == _layout(_fresh(qtbot, fewer, thresholds, "asap-sas-1", (300, 300)))
        assert plot.mark_label() != english


# the rule as it was written, one rectangle and one pixel column at a time
def _places(size: QSizeF, area: QRectF, near: QPointF) -> list[QRectF]:
    w, h = size.width(), size.height()
    span_x, span_y = area.width() - 4 - w, area.height() - 4 - h
    if span_x < 0 or span_y < 0:
        return []
    step = max(2.0, math.sqrt(span_x * span_y / 1500))

    def steps(start: float, span: float) -> list[float]:
        return [start + i * step for i in range(int(span / step) + 1)] + [start + span]

    def gap(r: QRectF) -> float:
        dx = max(r.left() - near.x(), 0.0, near.x() - r.right())
        dy = max(r.top() - near.y(), 0.0, near.y() - r.bottom())
        return math.hypot(dx, dy) + 0.01 * math.hypot(r.center().x() - near.x(), r.center().y() - near.y())

    return sorted((QRectF(x, y, w, h) for x in steps(area.left() + 2, span_x) for y in steps(area.top() + 2, span_y)),
                  key=gap)


def _blocked(rect: QRectF, cols) -> int:
    return sum(any(lo < rect.bottom() and hi > rect.top() for lo, hi in cols.get(col, ()))
               for col in range(math.floor(rect.left()), math.ceil(rect.right())))


def test_the_places_weighed_at_once_are_the_rules_one_by_one():
    from grader_app.ui.risk_label import LabelPlaces, taken_columns, with_ring

    rnd = random.Random(3)
    for _ in range(40):
        area = QRectF(rnd.uniform(20, 60), rnd.uniform(10, 40), rnd.uniform(80, 500), rnd.uniform(60, 300))
        lines = [[QPointF(area.left() + area.width() * i / 12, area.top() + rnd.uniform(0, area.height()))
                  for i in range(13)] for _ in range(rnd.randint(1, 4))]
        near = lines[0][rnd.randint(0, 12)]
        cols = with_ring(taken_columns(lines, 1.5), near, rnd.uniform(4, 8))
        size = QSizeF(rnd.uniform(20, 200), rnd.uniform(8, 20))
        ring = QRectF(near.x() - 6, near.y() - 6, 12, 12)
        fast, rule = LabelPlaces(size, area, near, cols), _places(size, area, near)
        assert len(fast) == len(rule)
        if not rule:
            assert fast.first_clear() is None
            continue
        assert fast.first_clear() == next((r for r in rule if _blocked(r, cols) == 0), None)
        assert [fast.rect(i) for i in fast.order] == rule
        assert fast.fewest_lines(ring) == min(rule, key=lambda r: (r.intersects(ring), _blocked(r, cols)))
