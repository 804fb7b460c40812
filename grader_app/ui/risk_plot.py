"""A small risk–coverage plot from a bundle's calibration table, with the current threshold marked.

x: the share of answers accepted without the teacher (coverage); y: the upper bound on the error
among them. Each question with a table is one line; the chosen question is drawn strongest and its
point at the current threshold is marked with a circle and a label (never colour alone). With all
questions shown, each line has its own dash pattern and a legend under the plot names it and says
what its threshold gives.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
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


def mark_text(mark: RiskPoint | None, short: bool = False) -> str:
    """What the current threshold gives, in words: 'takes 56 %, at most 4 % wrong' (or that it takes none)."""
    return mark_texts(mark)[2 if short else 0]


def mark_texts(mark: RiskPoint | None) -> tuple[str, str, str]:
    """The same in three lengths, longest first."""
    if mark is None or mark.coverage <= 0:
        none = translate("RiskPlot", "takes none")
        return translate("RiskPlot", "takes none: every answer to you"), none, none
    cov, err = percent(mark.coverage), percent(mark.error_upper)
    return (translate("RiskPlot", "takes {share}, at most {wrong} wrong").format(share=cov, wrong=err),
            translate("RiskPlot", "takes {share}, ≤ {wrong} wrong").format(share=cov, wrong=err),
            translate("RiskPlot", "{share}, ≤ {wrong} wrong").format(share=cov, wrong=err))


def natural_key(text: str) -> list:
    """asap-sas-2 before asap-sas-10."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text)]


class RiskPlot(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._tables: dict[str, list[RiskPoint]] = {}
        self._thresholds: dict[str, float] = {}
        self._current: str | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setToolTip(self.tr("How many answers are accepted without you (across) against how often those could be "
                                "wrong at most (up), from the model's calibration data. The ring marks the current "
                                "threshold."))
        self.setAccessibleName(self.tr("Risk and coverage plot"))

    # ----- data -------------------------------------------------------------------------------
    def set_tables(self, tables: dict[str, list[RiskPoint]]) -> None:
        self._tables = {k: list(v) for k, v in tables.items() if v}
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

    def legend(self) -> list[tuple[str, Qt.PenStyle, tuple[str, str, str]]]:
        """(question, line style, what its threshold gives in three lengths) per line, when all
        questions are shown."""
        if self._current is not None or len(self._tables) < 2:
            return []
        marks = self.marked_points()
        return [(item, STYLES[i % len(STYLES)], mark_texts(marks[item]))
                for i, item in enumerate(sorted(self._tables, key=natural_key))]

    # ----- painting -------------------------------------------------------------------------------
    def _margins(self) -> tuple[float, float, float, float]:
        """(left, top, right, bottom) around the plotted area: the y labels, the y-axis title above, the x labels,
        the x-axis title and the legend below."""
        fm = QFontMetrics(self.font())
        legend = self.legend()
        bottom = fm.height() * (2 + min(len(legend), LEGEND_ROWS)) + 4 + (4 if legend else 0)
        return (fm.horizontalAdvance(percent(1.0)) + fm.horizontalAdvance(" ") * 2, fm.height() * 1.6,
                fm.horizontalAdvance("M"), bottom)

    def _height_for(self, lines: int) -> int:
        """The height that leaves ``lines`` lines of text for the plotted area (besides its labels and legend)."""
        _left, top, _right, bottom = self._margins()
        return int(top + bottom + QFontMetrics(self.font()).height() * lines + 1)

    def sizeHint(self) -> QSize:
        fm = QFontMetrics(self.font())
        return QSize(fm.horizontalAdvance("M") * 26, self._height_for(PLOT_LINES))

    def minimumSizeHint(self) -> QSize:
        """Never squeezed flat: the plotted area keeps MIN_PLOT_LINES lines of height (a page too short for it
        scrolls, see ResultsView)."""
        fm = QFontMetrics(self.font())
        return QSize(fm.horizontalAdvance("M") * 16, self._height_for(MIN_PLOT_LINES))

    def plot_area(self) -> QRectF:
        """Where the lines are drawn, in the widget's coordinates."""
        left, top, right, bottom = self._margins()
        return QRectF(left, top, max(10, self.width() - left - right), max(10, self.height() - bottom - top))

    def up_label(self) -> str:
        """The upward axis's words, shortened with "…" where the panel is narrower (the tooltip says them whole)."""
        return self.fontMetrics().elidedText(self.tr("↑ of those, wrong at most"), Qt.TextElideMode.ElideRight,
                                             self.width())

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
                       self.tr("No calibration data for these questions"))
            p.end()
            return
        # scale to the useful part: bounds at very small coverage (a handful of answers) are near 100 %
        useful = [pt.error_upper for t in self._tables.values() for pt in t if pt.coverage >= 0.05]
        ymax = max(0.05, max(useful) if useful else max(pt.error_upper for t in self._tables.values() for pt in t))
        ymax = min(1.0, ymax * 1.15)

        def at(cov: float, err: float) -> QPointF:
            return QPointF(area.left() + cov * area.width(), area.bottom() - (min(err, ymax) / ymax) * area.height())

        # axes labels
        p.drawText(QRectF(0, area.top(), left - 4, fm.height()),
                   int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), percent(ymax))
        p.drawText(QRectF(0, area.bottom() - fm.height(), left - 4, fm.height()),
                   int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom), percent(0.0))
        p.drawText(QRectF(area.left(), area.bottom() + 2, area.width(), fm.height()),
                   int(Qt.AlignmentFlag.AlignLeft), percent(0.0))
        p.drawText(QRectF(area.left(), area.bottom() + 2, area.width(), fm.height()),
                   int(Qt.AlignmentFlag.AlignRight), percent(1.0))
        across = fm.elidedText(self.tr("taken by the model →"), Qt.TextElideMode.ElideLeft, self.width())
        p.drawText(QRectF(0, area.bottom() + 2 + fm.height(), self.width(), fm.height()),   # the whole width:
                   int(Qt.AlignmentFlag.AlignHCenter), across)                               # longer in German
        p.drawText(QRectF(0, area.top() - fm.height() * 1.5, self.width(), fm.height()),
                   int(Qt.AlignmentFlag.AlignLeft), self.up_label())

        accent = pal.color(QPalette.ColorRole.Highlight)
        faint = QColor(fg)
        faint.setAlpha(90)
        order = sorted(self._tables, key=lambda k: k == self._current)
        style_of = {item: st for item, st, _ in legend}
        for item in order:
            table = sorted(self._tables[item], key=lambda q: q.coverage)
            strong = self._current is None or item == self._current
            path = QPainterPath()
            for i, pt in enumerate(table):
                (path.moveTo if i == 0 else path.lineTo)(at(pt.coverage, pt.error_upper))
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
                c = at(mark.coverage, mark.error_upper)
                r = fm.height() * 0.35
                p.setPen(QPen(fg, 2))
                p.drawEllipse(c, r, r)
                if legend:
                    continue  # the legend says what each ring means
                label = mark_text(mark)
                if fm.horizontalAdvance(label) > area.width() - 4:
                    label = mark_text(mark, short=True)
                w = fm.horizontalAdvance(label)
                x = min(max(area.left() + 2, c.x() - w / 2), area.right() - w - 2)
                y = c.y() - r - 3 if c.y() - r - fm.height() > area.top() else c.y() + r + fm.ascent() + 2
                y = min(y, area.bottom() - 3)
                p.drawText(QPointF(x, y), label)
        # legend: a sample of each line's pattern, the question and what its threshold gives
        y = area.bottom() + 2 + fm.height() * 2 + 4
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
