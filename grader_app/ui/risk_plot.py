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
from typing import Any, Callable, TypeVar

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..core.review import RiskPoint, point_at
from .i18n import percent
from .risk_label import LabelPlaces, taken_columns, with_ring

T = TypeVar("T")

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


def wrapped(fm: QFontMetrics, text: str, width: int) -> list[str]:
    """``text`` broken at its spaces into lines no wider than ``width`` (a single word wider than that keeps a line of
    its own). A last word alone on its line takes the word before it along where the two fit ("↑ wrong among those
    taken, at" / "most" read as a riddle: "↑ wrong among those taken," / "at most")."""
    lines: list[str] = []
    for word in text.split(" "):
        if lines and fm.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    if len(lines) > 1 and " " not in lines[-1] and " " in lines[-2]:
        head, last = lines[-2].rsplit(" ", 1)
        if fm.horizontalAdvance(f"{last} {lines[-1]}") <= width:
            lines[-2:] = [head, f"{last} {lines[-1]}"]
    return lines or [""]


def natural_key(text: str) -> list:
    """asap-sas-2 before asap-sas-10."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text)]


class RiskPlot(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._tables: dict[str, list[RiskPoint]] = {}
        self._asked = 0   # the questions given to set_tables, those without calibration data too
        self._checks: set[str] = set()   # questions whose line is the check of a model that takes nothing: no ring
        self._empty = ""   # what the plot says without any line, if not the general words (no_data_text)
        self._thresholds: dict[str, float] = {}
        self._current: str | None = None
        self._data = 0    # which tables: one more with each set_tables
        self._kept: dict[tuple, Any] = {}   # the layout weighed so far, by what it depends on (see _kept_for)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setToolTip(self.tr("How many answers are accepted without you (across) against how often those could be "
                                "wrong at most (up), from the model's calibration data. The ring marks the current "
                                "threshold."))
        self.setAccessibleName(self.tr("Risk and coverage plot"))

    # ----- data -------------------------------------------------------------------------------
    def set_tables(self, tables: dict[str, list[RiskPoint]], checks=(), empty: str = "") -> None:
        """Each question's table; ``checks``: those of them that are only the check of a model that cannot take any
        answer yet (a model learned from the teacher's marks without its guarantee): their line is drawn, without a
        ring, since no threshold takes an answer; ``empty``: what to say when no question has a table, if the panel
        knows why (else :meth:`no_data_text`'s general words). The same tables again (the panel sets them as a sheet's
        scoring ends) keep what was weighed for them: the lines' places and the ring's words were weighed anew, on the
        GUI thread, at the moment the results appeared."""
        lines = {k: list(v) for k, v in tables.items() if v}
        kept = (lines, set(checks) & set(lines), empty, len(tables))
        if kept == (self._tables, self._checks, self._empty, self._asked):
            return
        self._tables, self._checks, self._empty, self._asked = kept
        self._data += 1
        self.updateGeometry()   # the legend's rows (and so the minimum height) follow the lines
        self.update()

    def set_thresholds(self, thresholds: dict[str, float], current: str | None = None) -> None:
        self._thresholds = dict(thresholds)
        self._current = current
        self.updateGeometry()
        self.update()

    def marked_points(self) -> dict[str, RiskPoint | None]:
        """The table row in force for each question at its current threshold (what the ring shows); None for a check's
        line (no threshold takes an answer there)."""
        return {item: None if item in self._checks else point_at(t, self._thresholds.get(item, 1.0))
                for item, t in self._tables.items()}

    def has_data(self) -> bool:
        return bool(self._tables)

    def no_data_text(self) -> str:
        """What the plot says when none of its questions has calibration data: why, where the panel said it, else of one
        question or of several."""
        if self._empty:
            return self._empty
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

    # ----- layout -------------------------------------------------------------------------------
    def _kept_for(self, key: tuple, make: Callable[[], T]) -> T:
        """``make()``, weighed once for ``key`` (everything it depends on: the size, the font, the words, the data, the
        rings) and kept: a threshold move repaints without wrapping the axes' words and placing every point again
        (that was done for each point of each line, 100–460 ms a move on the GUI thread: QA s52g finding 6)."""
        if key in self._kept:
            return self._kept[key]
        if len(self._kept) > 64:   # sizes and thresholds gone by
            self._kept.clear()
        value = self._kept[key] = make()
        return value

    def _font_key(self) -> str:
        return self.font().toString()

    def _legend_rows(self) -> int:
        """How many questions the legend names (len(legend()), without weighing what their thresholds give)."""
        return 0 if self._current is not None or len(self._tables) < 2 else len(self._tables)

    def _margins(self, width: int | None = None) -> tuple[float, float, float, float]:
        """(left, top, right, bottom) around the plotted area in a plot ``width`` wide (its own width): the y labels,
        the y-axis title above (on as many lines as it needs), the x labels, the x-axis title and the legend below."""
        width = self.width() if width is None else width
        rows = self._legend_rows()
        return self._kept_for(("margins", width, rows, self._font_key(), percent(1.0), self._up_words(),
                               self._across_words()), lambda: self._weigh_margins(width, rows))

    def _weigh_margins(self, width: int, rows: int) -> tuple[float, float, float, float]:
        fm = QFontMetrics(self.font())
        across = len(self.across_lines(width))
        bottom = fm.height() * (1 + across + min(rows, LEGEND_ROWS)) + 4 + (4 if rows else 0)
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

    def _up_words(self) -> str:
        return self.tr("↑ wrong among those taken, at most")

    def _across_words(self) -> str:
        return self.tr("taken by the model →")

    def up_lines(self, width: int | None = None) -> list[str]:
        """The upward axis's words, whole, on as many lines as the plot's width needs (they were cut with "…" in
        German: "↑ höchstens falsch unter den ü…")."""
        return self._wrapped(self._up_words(), self.width() if width is None else width)

    def across_lines(self, width: int | None = None) -> list[str]:
        """The across axis's words, whole, on as many lines as the plot's width needs."""
        return self._wrapped(self._across_words(), self.width() if width is None else width)

    def _wrapped(self, text: str, width: int) -> list[str]:
        return list(self._kept_for(("wrapped", text, width, self._font_key()),
                                   lambda: tuple(wrapped(self.fontMetrics(), text, width))))

    def _scale(self) -> float:
        """The top of the upward axis, from the data alone (it moved with the window's size): the useful part (bounds
        at very small coverage, a handful of answers, are near 100 %) and every ring that says a bound (a "≤ 54 %
        wrong" ring was drawn above a 32 % axis), HEADROOM above them and rounded up to a whole 5 % (1 % below 10 %).
        The headroom is a band at least a line and a half high at the plot's smallest, which no line crosses beyond
        the first twentieth: the ring's words have a place clear of the lines however narrow the plot."""
        marks = tuple(self.marked_points().values())
        return self._kept_for(("scale", self._data, marks), lambda: self._weigh_scale(marks))

    def _weigh_scale(self, marks: tuple[RiskPoint | None, ...]) -> float:
        useful = [pt.error_upper for t in self._tables.values() for pt in t if pt.coverage >= 0.05]
        useful += [pt.error_upper for pt in marks if pt is not None and pt.coverage > 0]
        ymax = max(0.05, max(useful) if useful else max(pt.error_upper for t in self._tables.values() for pt in t))
        top = ymax * HEADROOM
        step = 0.05 if top > 0.1 else 0.01
        return min(1.0, math.ceil(round(top / step, 6)) * step)

    def _at(self, cov: float, err: float) -> QPointF:
        area, ymax = self.plot_area(), self._scale()
        return QPointF(area.left() + cov * area.width(), area.bottom() - (min(err, ymax) / ymax) * area.height())

    def _lines(self) -> dict[str, list[QPointF]]:
        """Each question's line, in the widget's coordinates (kept: see _kept_for; not to be changed)."""
        return self._kept_for(self._lines_key(), self._weigh_lines)

    def _weigh_lines(self) -> dict[str, list[QPointF]]:
        area, ymax = self.plot_area(), self._scale()

        def at(cov: float, err: float) -> QPointF:   # as _at places it
            return QPointF(area.left() + cov * area.width(), area.bottom() - (min(err, ymax) / ymax) * area.height())

        return {item: [at(pt.coverage, pt.error_upper) for pt in sorted(t, key=lambda q: q.coverage)]
                for item, t in self._tables.items()}

    def _lines_key(self) -> tuple:
        """What the lines' places depend on: the data, the plotted area and the upward axis's top."""
        return ("lines", self._data, self.plot_area().getRect(), self._scale())

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
        mark = self.marked_points()[item]
        if mark is None:
            return None
        texts = tuple(dict.fromkeys(mark_texts(mark)))
        lines = self._lines_key()   # the area and the axis's top, so the ring's place, are in it
        return self._kept_for(("label", lines, self._font_key(), texts, item, mark),
                              lambda: self._place_label(texts, mark, lines))

    def _place_label(self, texts: tuple[str, ...], mark: RiskPoint, lines: tuple) -> tuple[str, QRectF, bool] | None:
        fm = QFontMetrics(self.font())
        area, c, r = self.plot_area(), self._at(mark.coverage, mark.error_upper), self._ring_radius()
        # half the 2 px pen and the smoothing
        taken = self._kept_for(("taken", lines), lambda: taken_columns(list(self._lines().values()), 1.5))
        edge = r + 2   # the ring's 2 px pen and 1 px more
        cols = with_ring(taken, c, edge)
        ring = QRectF(c.x() - edge, c.y() - edge, 2 * edge, 2 * edge)

        def spots(text: str) -> LabelPlaces:
            ink = fm.tightBoundingRect(text)   # the letters themselves, 1 px around them
            return LabelPlaces(QSizeF(ink.width() + 2, ink.height() + 2), area, c, cols)

        cut = fm.elidedText(texts[-1], Qt.TextElideMode.ElideRight, int(area.width()) - 6)
        options = [(text, spots(text)) for text in texts]
        options = [(text, at) for text, at in options if len(at)] or [(cut, spots(cut))]   # cut short where none fits
        for text, at in options:
            spot = at.first_clear()
            if spot is not None:
                return (text, spot, False)
        text, at = options[-1]
        if len(at):   # on a box, off the ring, where it covers the fewest lines
            return (text, at.fewest_lines(ring), True)
        return None

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
        marks = self.marked_points()
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
            mark = marks[item]
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
