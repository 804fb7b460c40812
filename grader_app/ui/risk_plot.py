"""A small risk–coverage plot from a bundle's calibration table, with the current threshold marked.

x: the share of answers accepted without the teacher (coverage); y: the upper bound on the error
among them. Each question with a table is one line; the chosen question is drawn strongest and its
point at the current threshold is marked with a circle and a label (never colour alone). With all
questions shown, each line has its own dash pattern and a legend under the plot names it and says
what its threshold gives.
"""
from __future__ import annotations

import math
import re

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..core.review import RiskPoint, point_at
from .i18n import percent

translate = QCoreApplication.translate

STYLES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine, Qt.PenStyle.DashDotLine,
          Qt.PenStyle.DashDotDotLine)
LEGEND_ROWS = 6
PLOT_LINES = 6        # the plotted area's height, in lines of text, when there is room
MIN_PLOT_LINES = 5    # and at least (the x and y axes' labels and the legend come on top)
HEADROOM = MIN_PLOT_LINES / (MIN_PLOT_LINES - 1.5)   # the axis's top over the highest bound: a clear band for words


def mark_texts(mark: RiskPoint | None) -> tuple[str, str, str]:
    """What the current threshold gives, in words, in three lengths, longest first: 'takes 56 %, at most 4 % wrong'
    (or that it takes none)."""
    if mark is None or mark.coverage <= 0:
        none = translate("RiskPlot", "takes none")
        return translate("RiskPlot", "takes none: every answer to you"), none, none
    cov, err = percent(mark.coverage), percent(mark.error_upper)
    return (translate("RiskPlot", "takes {share}, at most {wrong} wrong").format(share=cov, wrong=err),
            translate("RiskPlot", "takes {share}, ≤ {wrong} wrong").format(share=cov, wrong=err),
            translate("RiskPlot", "{share}, ≤ {wrong} wrong").format(share=cov, wrong=err))


Columns = dict[int, list[tuple[float, float]]]


def taken_columns(lines: list[list[QPointF]], pad: float) -> Columns:
    """For each pixel column, the heights the lines pass through there (``pad`` more on every side): what a label
    must keep clear of."""
    cols: Columns = {}
    for line in lines:
        for a, b in zip(line, line[1:] or line):
            (x0, y0), (x1, y1) = sorted(((a.x(), a.y()), (b.x(), b.y())))
            for col in range(math.floor(x0 - pad), math.ceil(x1 + pad) + 1):
                lo, hi = max(x0, col - pad), min(x1, col + 1 + pad)
                ys = (y0, y1) if x1 == x0 else (y0 + (y1 - y0) * (lo - x0) / (x1 - x0),
                                                y0 + (y1 - y0) * (hi - x0) / (x1 - x0))
                cols.setdefault(col, []).append((min(ys) - pad, max(ys) + pad))
    return cols


def blocked(rect: QRectF, cols: Columns) -> int:
    """How many pixel columns of ``rect`` a line passes through."""
    return sum(any(lo < rect.bottom() and hi > rect.top() for lo, hi in cols.get(col, ()))
               for col in range(math.floor(rect.left()), math.ceil(rect.right())))


def is_clear(rect: QRectF, cols: Columns) -> bool:
    return not any(lo < rect.bottom() and hi > rect.top()
                   for col in range(math.floor(rect.left()), math.ceil(rect.right())) for lo, hi in cols.get(col, ()))


def places(size: QSizeF, area: QRectF, near: QPointF) -> list[QRectF]:
    """Where a label of ``size`` can go inside ``area`` (2 px in), the places nearest the point ``near`` first."""
    w, h = size.width(), size.height()
    span_x, span_y = area.width() - 4 - w, area.height() - 4 - h
    if span_x < 0 or span_y < 0:
        return []
    step = max(2.0, math.sqrt(span_x * span_y / 1500))   # a few thousand places at most, however large the plot

    def steps(start: float, span: float) -> list[float]:
        return [start + i * step for i in range(int(span / step) + 1)] + [start + span]

    def gap(r: QRectF) -> float:
        dx = max(r.left() - near.x(), 0.0, near.x() - r.right())
        dy = max(r.top() - near.y(), 0.0, near.y() - r.bottom())
        return math.hypot(dx, dy) + 0.01 * math.hypot(r.center().x() - near.x(), r.center().y() - near.y())

    return sorted((QRectF(x, y, w, h) for x in steps(area.left() + 2, span_x) for y in steps(area.top() + 2, span_y)),
                  key=gap)


def wrapped(fm: QFontMetrics, text: str, width: int) -> list[str]:
    """``text`` broken at its spaces into lines no wider than ``width`` (a single word wider than that keeps a line of
    its own)."""
    lines: list[str] = []
    for word in text.split(" "):
        if lines and fm.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]


def natural_key(text: str) -> list:
    """asap-sas-2 before asap-sas-10."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text)]


class RiskPlot(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._tables: dict[str, list[RiskPoint]] = {}
        self._asked = 0   # the questions given to set_tables, those without calibration data too
        self._thresholds: dict[str, float] = {}
        self._current: str | None = None
        self._label: tuple[tuple, tuple[str, QRectF, bool] | None] | None = None   # (what it was for, mark_label())
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setToolTip(self.tr("How many answers are accepted without you (across) against how often those could be "
                                "wrong at most (up), from the model's calibration data. The ring marks the current "
                                "threshold."))
        self.setAccessibleName(self.tr("Risk and coverage plot"))

    # ----- data -------------------------------------------------------------------------------
    def set_tables(self, tables: dict[str, list[RiskPoint]]) -> None:
        self._tables = {k: list(v) for k, v in tables.items() if v}
        self._asked = len(tables)
        self._label = None
        self.updateGeometry()   # the legend's rows (and so the minimum height) follow the lines
        self.update()

    def set_thresholds(self, thresholds: dict[str, float], current: str | None = None) -> None:
        self._thresholds = dict(thresholds)
        self._current = current
        self.updateGeometry()
        self.update()

    def marked_points(self) -> dict[str, RiskPoint | None]:
        """The table row in force for each question at its current threshold (what the ring shows)."""
        return {item: point_at(t, self._thresholds.get(item, 1.0)) for item, t in self._tables.items()}

    def has_data(self) -> bool:
        return bool(self._tables)

    def no_data_text(self) -> str:
        """What the plot says when none of its questions has calibration data: of one question, or of several."""
        if self._asked == 1:
            return self.tr("No calibration data for this question")
        return self.tr("No calibration data for these questions")

    def legend(self) -> list[tuple[str, Qt.PenStyle, tuple[str, str, str]]]:
        """(question, line style, what its threshold gives in three lengths) per line, when all
        questions are shown."""
        if self._current is not None or len(self._tables) < 2:
            return []
        marks = self.marked_points()
        return [(item, STYLES[i % len(STYLES)], mark_texts(marks[item]))
                for i, item in enumerate(sorted(self._tables, key=natural_key))]

    # ----- painting -------------------------------------------------------------------------------
    def _margins(self, width: int | None = None) -> tuple[float, float, float, float]:
        """(left, top, right, bottom) around the plotted area in a plot ``width`` wide (its own width): the y labels,
        the y-axis title above (on as many lines as it needs), the x labels, the x-axis title and the legend below."""
        fm = QFontMetrics(self.font())
        legend = self.legend()
        width = self.width() if width is None else width
        across = len(self.across_lines(width))
        bottom = fm.height() * (1 + across + min(len(legend), LEGEND_ROWS)) + 4 + (4 if legend else 0)
        top = fm.height() * (len(self.up_lines(width)) + 0.6)
        return (fm.horizontalAdvance(percent(1.0)) + fm.horizontalAdvance(" ") * 2, top, fm.horizontalAdvance("M"), bottom)

    def _height_for(self, lines: int) -> int:
        """The height that leaves ``lines`` lines of text for the plotted area (besides its labels and legend, their
        words wrapped as at the plot's narrowest, where they take the most lines)."""
        _left, top, _right, bottom = self._margins(self._least_width())
        return int(top + bottom + QFontMetrics(self.font()).height() * lines + 1)

    def sizeHint(self) -> QSize:
        fm = QFontMetrics(self.font())
        return QSize(fm.horizontalAdvance("M") * 26, self._height_for(PLOT_LINES))

    def minimumSizeHint(self) -> QSize:
        """Never squeezed flat: the plotted area keeps MIN_PLOT_LINES lines of height (a page too short for it
        scrolls, see ResultsView)."""
        return QSize(self._least_width(), self._height_for(MIN_PLOT_LINES))

    def _least_width(self) -> int:
        return QFontMetrics(self.font()).horizontalAdvance("M") * 16

    def plot_area(self) -> QRectF:
        """Where the lines are drawn, in the widget's coordinates."""
        left, top, right, bottom = self._margins()
        return QRectF(left, top, max(10, self.width() - left - right), max(10, self.height() - bottom - top))

    def up_lines(self, width: int | None = None) -> list[str]:
        """The upward axis's words, whole, on as many lines as the plot's width needs (they were cut with "…" in
        German: "↑ höchstens falsch unter den ü…")."""
        return wrapped(self.fontMetrics(), self.tr("↑ of those, wrong at most"), self.width() if width is None else width)

    def across_lines(self, width: int | None = None) -> list[str]:
        """The across axis's words, whole, on as many lines as the plot's width needs."""
        return wrapped(self.fontMetrics(), self.tr("taken by the model →"), self.width() if width is None else width)

    def _scale(self) -> float:
        """The top of the upward axis, from the data alone (it moved with the window's size): the useful part (bounds
        at very small coverage, a handful of answers, are near 100 %) and every ring that says a bound (a "≤ 54 %
        wrong" ring was drawn above a 32 % axis), HEADROOM above them and rounded up to a whole 5 % (1 % below 10 %).
        The headroom is a band at least a line and a half high at the plot's smallest, which no line crosses beyond
        the first twentieth: the ring's words have a place clear of the lines however narrow the plot."""
        useful = [pt.error_upper for t in self._tables.values() for pt in t if pt.coverage >= 0.05]
        useful += [pt.error_upper for pt in self.marked_points().values() if pt is not None and pt.coverage > 0]
        ymax = max(0.05, max(useful) if useful else max(pt.error_upper for t in self._tables.values() for pt in t))
        top = ymax * HEADROOM
        step = 0.05 if top > 0.1 else 0.01
        return min(1.0, math.ceil(round(top / step, 6)) * step)

    def _at(self, cov: float, err: float) -> QPointF:
        area, ymax = self.plot_area(), self._scale()
        return QPointF(area.left() + cov * area.width(), area.bottom() - (min(err, ymax) / ymax) * area.height())

    def _lines(self) -> dict[str, list[QPointF]]:
        """Each question's line, in the widget's coordinates."""
        return {item: [self._at(pt.coverage, pt.error_upper) for pt in sorted(t, key=lambda q: q.coverage)]
                for item, t in self._tables.items()}

    def _ring_radius(self) -> float:
        return QFontMetrics(self.font()).height() * 0.35

    def mark_label(self) -> tuple[str, QRectF, bool] | None:
        """The ring's words when one question is shown, where they go and whether they need a backing box: the
        longest wording that has a place inside the plotted area clear of every line and of the ring, at the place
        nearest the ring; where none has, the shortest (cut short with "…" if need be) on a box, where it covers the
        fewest lines."""
        item = self._current if self._current is not None else next(iter(self._tables), None)
        if item not in self._tables or (self._current is None and len(self._tables) != 1):
            return None
        mark = point_at(self._tables[item], self._thresholds.get(item, 1.0))
        if mark is None:
            return None
        fm = QFontMetrics(self.font())
        texts = list(dict.fromkeys(mark_texts(mark)))
        key = (self.size().toTuple(), self.font().toString(), tuple(texts), sorted(self._thresholds.items()), item)
        if self._label is not None and self._label[0] == key:
            return self._label[1]
        area, c, r = self.plot_area(), self._at(mark.coverage, mark.error_upper), self._ring_radius()
        cols = taken_columns(list(self._lines().values()), 1.5)   # half the 2 px pen and the smoothing
        edge = r + 2   # the ring's 2 px pen and 1 px more
        for ring_x in range(math.floor(c.x() - edge), math.ceil(c.x() + edge) + 1):
            cols.setdefault(ring_x, []).append((c.y() - edge, c.y() + edge))
        ring = QRectF(c.x() - edge, c.y() - edge, 2 * edge, 2 * edge)

        def spots(text: str) -> list[QRectF]:
            ink = fm.tightBoundingRect(text)   # the letters themselves, 1 px around them
            return places(QSizeF(ink.width() + 2, ink.height() + 2), area, c)

        cut = fm.elidedText(texts[-1], Qt.TextElideMode.ElideRight, int(area.width()) - 6)
        options = [(text, spots(text)) for text in texts]
        options = [(text, at) for text, at in options if at] or [(cut, spots(cut))]   # cut short where none fits
        chosen: tuple[str, QRectF, bool] | None = None
        for text, at in options:
            spot = next((rect for rect in at if is_clear(rect, cols)), None)
            if spot is not None:
                chosen = (text, spot, False)
                break
        text, at = options[-1]
        if chosen is None and at:   # on a box, off the ring, where it covers the fewest lines
            chosen = (text, min(at, key=lambda rect: (rect.intersects(ring), blocked(rect, cols))), True)
        self._label = (key, chosen)
        return chosen

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        fg = pal.color(QPalette.ColorRole.WindowText)
        fm = QFontMetrics(self.font())
        left = self._margins()[0]
        legend = self.legend()
        area = self.plot_area()
        p.fillRect(area, pal.color(QPalette.ColorRole.Base))
        p.setPen(QPen(fg, 1))
        p.drawRect(area)
        if not self._tables:
            p.drawText(area, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                       self.no_data_text())
            p.end()
            return
        ymax, at, curves = self._scale(), self._at, self._lines()
        # axes labels
        p.drawText(QRectF(0, area.top(), left - 4, fm.height()),
                   int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), percent(ymax))
        p.drawText(QRectF(0, area.bottom() - fm.height(), left - 4, fm.height()),
                   int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom), percent(0.0))
        p.drawText(QRectF(area.left(), area.bottom() + 2, area.width(), fm.height()),
                   int(Qt.AlignmentFlag.AlignLeft), percent(0.0))
        p.drawText(QRectF(area.left(), area.bottom() + 2, area.width(), fm.height()),
                   int(Qt.AlignmentFlag.AlignRight), percent(1.0))
        across = self.across_lines()
        for i, line in enumerate(across):   # the whole width: longer in German
            p.drawText(QRectF(0, area.bottom() + 2 + fm.height() * (1 + i), self.width(), fm.height()),
                       int(Qt.AlignmentFlag.AlignHCenter), line)
        up = self.up_lines()
        for i, line in enumerate(up):
            p.drawText(QRectF(0, area.top() - fm.height() * (len(up) + 0.5 - i), self.width(), fm.height()),
                       int(Qt.AlignmentFlag.AlignLeft), line)

        accent = pal.color(QPalette.ColorRole.Highlight)
        faint = QColor(fg)
        faint.setAlpha(90)
        order = sorted(self._tables, key=lambda k: k == self._current)
        style_of = {item: st for item, st, _ in legend}
        for item in order:
            strong = self._current is None or item == self._current
            path = QPainterPath()
            for i, point in enumerate(curves[item]):
                (path.moveTo if i == 0 else path.lineTo)(point)
            pen = QPen(accent if strong else faint, 2 if strong else 1)
            pen.setStyle(style_of.get(item, Qt.PenStyle.SolidLine))
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.save()
            p.setClipRect(area)
            p.drawPath(path)
            p.restore()
            mark = point_at(self._tables[item], self._thresholds.get(item, 1.0))
            if mark is not None and strong:
                r = self._ring_radius()
                p.setPen(QPen(fg, 2))
                p.drawEllipse(at(mark.coverage, mark.error_upper), r, r)
        label = None if legend else self.mark_label()   # with a legend, the legend says what each ring means
        if label is not None:
            text, rect, boxed = label
            if boxed:   # no place clear of the lines: the words stay readable on the plot's background
                back = pal.color(QPalette.ColorRole.Base)
                back.setAlpha(230)
                p.fillRect(rect, back)
            p.setPen(QPen(fg, 1))
            ink = fm.tightBoundingRect(text)
            p.drawText(QPointF(rect.left() + 1 - ink.left(), rect.top() + 1 - ink.top()), text)
        # legend: a sample of each line's pattern, the question and what its threshold gives
        y = area.bottom() + 2 + fm.height() * (1 + len(across)) + 4
        sample = fm.horizontalAdvance("MMM")
        room = int(self.width() - 10 - sample)
        for i, (item, style, texts) in enumerate(legend[:LEGEND_ROWS]):
            more = i == LEGEND_ROWS - 1 and len(legend) > LEGEND_ROWS
            pen = QPen(accent, 2)
            pen.setStyle(style)
            p.setPen(pen)
            mid = y + fm.height() / 2
            if not more:
                p.drawLine(QPointF(4, mid), QPointF(4 + sample, mid))
            p.setPen(QPen(fg, 1))
            lines = ([self.tr("… and {count} more").format(count=len(legend) - LEGEND_ROWS + 1)] if more
                     else [f"{item}: {t}" for t in texts])
            line = next((ln for ln in lines if fm.horizontalAdvance(ln) <= room), lines[-1])
            p.drawText(QRectF(8 + sample, y, room, fm.height()),
                       int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                       fm.elidedText(line, Qt.TextElideMode.ElideRight, room))
            y += fm.height()
        p.end()
