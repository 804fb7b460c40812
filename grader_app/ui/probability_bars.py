"""The model's probability for each score of one answer, as labelled bars side by side in one row.

Each score reads "2 ▕█████ 63 %" with "◀ model" under its bar, so the meaning never rests on colour: the model's
pick and the teacher's score are marked in words. One row, not one per score: on a 1024×600 screen the review
keeps the whole chart in sight below the answer's card, whatever the length of its rubric.

The percentage is never cut by the edge of the fill (:class:`ProbabilityBar`): the style centres it in the bar, and at
49 % its "4" was half white on blue and half white on white. The fill is painted here in one colour that the text on it
reads against at 4.5:1 at least (:func:`.style.behind_text`): the style's own fill, a gradient from a lighter blue to
the palette's highlight, left white text at 2.9 to 3.7:1.
"""
from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (QGridLayout, QLabel, QProgressBar, QSizePolicy, QStyle, QStyleOptionProgressBar,
                               QStylePainter, QWidget)

from . import style
from .i18n import percent
from .i18n import score as score_text
from ..core.session import Prediction


PAD = 4   # between the percentage and the edge of the fill or of the bar


class ProbabilityBar(QProgressBar):
    """A bar whose percentage stands wholly on one side of the fill's edge: inside the fill, at its end, in the
    palette's colour for text on a highlight, when it fits there; else just after the fill, in the colour for text on
    the bar's empty part. Only when the bar is too narrow for either (ten scores in a row) is it centred, in the colour
    for text on the empty part with an outline of that part's colour, which keeps it whole on the fill too."""

    def fill_colour(self) -> QColor:
        """The fill's colour: the palette's highlight, darker (or lighter) where the text on it would read below 4.5:1."""
        pal = self.palette()
        return style.behind_text(pal.color(QPalette.ColorRole.Highlight), pal.color(QPalette.ColorRole.HighlightedText))

    def fill_rect(self) -> QRect:
        """The part of the bar that is filled."""
        bar = self.style().subElementRect(QStyle.SubElement.SE_ProgressBarContents, self._option(), self)
        span = max(1, self.maximum() - self.minimum())
        fill = round(bar.width() * (self.value() - self.minimum()) / span) if self.value() >= self.minimum() else 0
        inside = self.rect().adjusted(1, 1, -1, -1)   # the groove's frame stays in sight
        return QRect(bar.left(), bar.top(), fill, bar.height()).intersected(inside)

    def text_place(self) -> tuple[QRect, QPalette.ColorRole | None]:
        """Where the percentage is painted, and in which colour (None: centred, outlined: :meth:`_outlined`)."""
        bar = self.style().subElementRect(QStyle.SubElement.SE_ProgressBarContents, self._option(), self)
        fill = self.fill_rect()
        end = fill.left() + fill.width() if fill.width() > 0 else bar.left()   # where the fill stops
        width = self.fontMetrics().horizontalAdvance(self.text())
        if end - bar.left() >= width + 2 * PAD:
            return QRect(end - PAD - width, bar.top(), width, bar.height()), QPalette.ColorRole.HighlightedText
        if bar.left() + bar.width() - end >= width + 2 * PAD:
            return QRect(end + PAD, bar.top(), width, bar.height()), QPalette.ColorRole.Text
        return bar, None

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        place, role = self.text_place()
        painter = QStylePainter(self)
        painter.drawControl(QStyle.ControlElement.CE_ProgressBarGroove, self._option())
        fill = self.fill_rect()
        if fill.width() > 0:
            painter.fillRect(fill, self.fill_colour())
        if not self.isTextVisible():
            return
        if role is None:
            self._outlined(painter, place)
            return
        painter.setPen(self.palette().color(role))
        painter.drawText(place, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), self.text())

    def _outlined(self, painter: QPainter, bar: QRect) -> None:
        """The percentage centred on ``bar``, readable on the fill and off it: the text colour of the empty part,
        outlined with that part's own colour."""
        metrics = self.fontMetrics()
        path = QPainterPath()
        x = bar.left() + (bar.width() - metrics.horizontalAdvance(self.text())) / 2
        y = bar.top() + (bar.height() + metrics.ascent() - metrics.descent()) / 2
        path.addText(x, y, self.font(), self.text())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.strokePath(path, QPen(self.palette().color(QPalette.ColorRole.Base), 3))
        painter.fillPath(path, self.palette().color(QPalette.ColorRole.Text))

    def _option(self) -> QStyleOptionProgressBar:
        """The bar as the style paints it without its text (which some styles put beside the bar, not on it)."""
        opt = QStyleOptionProgressBar()
        self.initStyleOption(opt)
        opt.textVisible = False
        return opt


class ProbabilityBars(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(8)
        self._grid.setVerticalSpacing(0)
        self._rows: list[tuple[QLabel, ProbabilityBar, QLabel]] = []
        self.marks = True   # the words under the bars; not on a short page (set_marks_shown)
        self._empty = QLabel(self)
        self._empty.setWordWrap(True)
        self._grid.addWidget(self._empty, 0, 0, 1, -1)
        self.set_prediction(None, ())

    def set_prediction(self, prediction: Prediction | None, labels, decided=None) -> None:
        """Show one bar per score; mark the model's score and (if any) the teacher's.

        The row widgets are reused while the number of scores stays the same (making new widgets
        for each answer cost a relayout of 100 ms or more); only their values change.
        """
        labels = list(prediction.labels if prediction is not None else labels)
        if prediction is None or not prediction.valid:   # an invalid model output is no score (its flag says why)
            for row in self._rows:
                for w in row:
                    w.hide()
            # no model at all: nothing here (the line under the card says so once: "No model scores this question
            # yet"); a model whose output for this answer was no score: said here, where its bars would be
            self._empty.setText(self.tr("No model score for this answer: type the score yourself.") if prediction else "")
            self._empty.setVisible(prediction is not None)
            return
        self._empty.hide()
        if len(self._rows) != len(labels):
            self._rebuild(len(labels))
        best = prediction.index
        for i, ((name, bar, mark), label, p) in enumerate(zip(self._rows, labels, prediction.probabilities)):
            name.setText(score_text(label))
            bar.setValue(int(round(float(p) * 1000)))
            bar.setFormat(percent(float(p)))
            bar.setAccessibleName(self.tr("probability of score {score}").format(score=score_text(label)))
            notes = []
            if i == best:
                notes.append("◀ " + self.tr("model"))
            if decided is not None and decided == label:
                notes.append("✔ " + self.tr("your score"))
            mark.setText("  ".join(notes))
            for w in (name, mark):
                if w.font().bold() != (i == best):
                    f = w.font()
                    f.setBold(i == best)
                    w.setFont(f)
            for w in (name, bar):
                w.show()
            mark.setVisible(self.marks)

    def set_marks_shown(self, shown: bool) -> None:
        """The words under the bars ("◀ model", "✔ your score") shown or not: on a short page (:mod:`.review_compact`)
        their line gives way, the model's score staying in bold beside its bar and said in words in the sentence under
        the bars, the teacher's marked on its score button ("✓ 2"). Their texts stay (:meth:`values`)."""
        self.marks = shown
        for _name, bar, mark in self._rows:
            mark.setVisible(shown and bar.isVisibleTo(self))

    def _rebuild(self, n: int) -> None:
        for row in self._rows:
            for w in row:
                self._grid.removeWidget(w)
                w.hide()          # at once: deleteLater waits for the event loop, and until then it would still paint
                w.deleteLater()
        self._rows = []
        for column in range(self._grid.columnCount()):
            self._grid.setColumnStretch(column, 0)
        for i in range(n):
            name = QLabel(self)
            name.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            bar = ProbabilityBar(self)
            bar.setRange(0, 1000)
            bar.setTextVisible(True)
            bar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            bar.setMinimumWidth(bar.fontMetrics().horizontalAdvance("100 %") + 12)
            mark = QLabel(self)   # under its bar; wraps when ten scores share the row
            mark.setWordWrap(True)
            mark.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            mark.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            self._grid.addWidget(name, 1, 2 * i)
            self._grid.addWidget(bar, 1, 2 * i + 1)
            self._grid.addWidget(mark, 2, 2 * i + 1)
            self._grid.setColumnStretch(2 * i + 1, 1)
            self._rows.append((name, bar, mark))

    def values(self) -> list[tuple[str, int, str]]:
        """(score, bar value in ‰, mark text) per row, for tests and screen readers."""
        return [(lab.text(), bar.value(), mark.text()) for lab, bar, mark in self._rows]
