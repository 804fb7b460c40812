"""The model's probability for each score of one answer, as labelled bars side by side in one row.

Each score reads "2 ▕█████ 63 %" with "◀ model" under its bar, so the meaning never rests on colour: the model's
pick and the teacher's score are marked in words. One row, not one per score: on a 1024×600 screen the review
keeps the whole chart in sight below the answer's card, whatever the length of its rubric. The percentage is
:func:`.i18n.percent_down`'s, as the results table's confidence (0.996 reads "99 %" in both: rounded to the nearest
here, it read "100 %"); the fill is drawn from the exact probability. A screen reader hears that percentage too: a
bar's value is the whole percent its label shows, on a range of 0–100 (its value was the probability in ‰, 0–1000, so
a bar labelled "64 %" was read as 646), and its accessible description is the label itself.

The percentage is never cut by the edge of the fill (:class:`ProbabilityBar`): the style centres it in the bar, and at
49 % its "4" was half white on blue and half white on white. The fill is painted here in one colour that the text on it
reads against at 4.5:1 at least (:func:`.style.behind_text`): the style's own fill, a gradient from a lighter blue to
the palette's highlight, left white text at 2.9 to 3.7:1.

The row follows the score buttons' scale (``scale``: what the buttons offer), not only the model's scores. A model
learned from the teacher's marks knows only the scores she has given so far: on a question out of 3 marked 0, 1 and 2
it has three scores, and the row showed three bars under four buttons, 3 gone without a word. Each score of the scale
now has its place in the row, in order; a score the model has none of says "no marks yet" where its bar would be, in
grey, with no bar at all. Not a bar at 0 %: that would be a probability the model never worked out, and would read as
"the model weighed 3 and finds it unlikely", while the truth is that it cannot suggest 3 until it has learned from an
answer marked 3. Scores in a row the model has none of share one place ("3–10"), so a scale out of 10 in half points
whose model learned from 0, 4.5 and 10 has five places, not 21 squeezed bars.
"""
from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (QGridLayout, QLabel, QProgressBar, QSizePolicy, QStyle, QStyleOptionProgressBar,
                               QStylePainter, QWidget)

from . import style
from .i18n import percent_down, whole_percent_down
from .i18n import score as score_text
from ..core.session import Prediction


PAD = 4   # between the percentage and the edge of the fill or of the bar


class ProbabilityBar(QProgressBar):
    """A bar whose percentage stands wholly on one side of the fill's edge: inside the fill, at its end, in the
    palette's colour for text on a highlight, when it fits there; else just after the fill, in the colour for text on
    the bar's empty part. Only when the bar is too narrow for either (ten scores in a row) is it centred, in the colour
    for text on the empty part with an outline of that part's colour, which keeps it whole on the fill too.

    Its value is a whole percent (range 0–100, what assistive technology reads); the fill is drawn from :attr:`share`,
    the exact probability (:meth:`show_share`)."""

    share: float | None = None   # the exact probability the fill shows (None: the value's)

    def show_share(self, p: float) -> None:
        """The bar at probability ``p``: filled to it exactly; its value and its text the whole percent
        :func:`~.i18n.percent_down` writes, which its accessible description says too."""
        self.share = min(1.0, max(0.0, float(p)))
        # painted with the rest of the card, once: QProgressBar.setValue paints a bar whose text changes at once, and
        # the new format had it painted again (each answer's four bars cost a fifth of a key on the review screen)
        self.setUpdatesEnabled(False)
        self.setValue(min(100, max(0, whole_percent_down(self.share))))
        text = percent_down(self.share)
        self.setFormat(text)
        self.setUpdatesEnabled(True)   # (which asks for the bar to be painted)
        self.setAccessibleDescription(text)

    def fill_colour(self) -> QColor:
        """The fill's colour: the palette's highlight, darker (or lighter) where the text on it would read below 4.5:1."""
        pal = self.palette()
        return style.behind_text(pal.color(QPalette.ColorRole.Highlight), pal.color(QPalette.ColorRole.HighlightedText))

    def fill_rect(self) -> QRect:
        """The part of the bar that is filled."""
        bar = self.style().subElementRect(QStyle.SubElement.SE_ProgressBarContents, self._option(), self)
        span = max(1, self.maximum() - self.minimum())
        if self.share is not None:
            fill = round(bar.width() * self.share)
        else:
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


def places(labels, scale) -> list[tuple[str, list]]:
    """The row's places in the scale's order: ("bar", [index of a model's score]) or ("gap", [scores of the scale the
    model has none of, one after another]). The model's scores alone where there is no scale, or where one of them is
    not on it (a model's own labels: no gap to show)."""
    labels, scale = list(labels), list(scale)
    if not scale or any(not any(v == lab for v in scale) for lab in labels):
        return [("bar", [i]) for i in range(len(labels))]
    out: list[tuple[str, list]] = []
    for v in scale:
        i = next((i for i, lab in enumerate(labels) if lab == v), None)
        if i is not None:
            out.append(("bar", [i]))
        elif out and out[-1][0] == "gap":
            out[-1][1].append(v)
        else:
            out.append(("gap", [v]))
    return out


def gap_name(scores: list) -> str:
    """A gap's scores as its name says them: "3", or "3–10" for several in a row."""
    return score_text(scores[0]) if len(scores) == 1 else f"{score_text(scores[0])}–{score_text(scores[-1])}"


class ProbabilityBars(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(8)
        self._grid.setVerticalSpacing(0)
        self._rows: list[tuple[QLabel, ProbabilityBar, QLabel]] = []   # the model's scores, in the row's order
        self._gaps: list[tuple[QLabel, QLabel]] = []   # the scale's scores it has none of: their name, "no marks yet"
        self._kinds: tuple = ()   # the kinds of places the widgets are laid out for ("bar", "gap", ...)
        self.marks = True   # the words under the bars; not on a short page (set_marks_shown)
        self._empty = QLabel(self)
        self._empty.setWordWrap(True)
        self._grid.addWidget(self._empty, 0, 0, 1, -1)
        self.set_prediction(None, ())

    def set_prediction(self, prediction: Prediction | None, labels, decided=None, scale=()) -> None:
        """Show one bar per score; mark the model's score and (if any) the teacher's. ``scale``: the scores the score
        buttons offer; one the model has none of is said in its place (see the module).

        The row widgets are reused while the places stay the same (making new widgets for each answer cost a relayout
        of 100 ms or more); only their values change.
        """
        labels = list(prediction.labels if prediction is not None else labels)
        if prediction is None or not prediction.valid:   # an invalid model output is no score (its flag says why)
            for row in [*self._rows, *self._gaps]:
                for w in row:
                    w.hide()
            # no model at all: nothing here (the line under the card says so once: "No model scores this question
            # yet"); a model whose output for this answer was no score: said here, where its bars would be
            self._empty.setText(self.tr("No model score for this answer: type the score yourself.") if prediction else "")
            self._empty.setVisible(prediction is not None)
            return
        self._empty.hide()
        cells = places(labels, scale)
        kinds = tuple(kind for kind, _ in cells)
        if kinds != self._kinds:
            self._rebuild(kinds)
        for (name, gap), scores in zip(self._gaps, [s for kind, s in cells if kind == "gap"]):
            self._show_gap(name, gap, scores)
        best = prediction.index
        probabilities = prediction.probabilities
        for (name, bar, mark), i in zip(self._rows, [s[0] for kind, s in cells if kind == "bar"]):
            label, p = labels[i], probabilities[i]
            name.setText(score_text(label))
            bar.show_share(float(p))
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

    def _show_gap(self, name: QLabel, gap: QLabel, scores: list) -> None:
        """A place for scores of the scale the model has none of: their name and "no marks yet", in grey."""
        name.setText(gap_name(scores))
        gap.setText(self.tr("no marks yet"))
        tip = self.tr("No answer has been marked {scores} yet, so the model gives no probability for it and cannot "
                      "suggest it; it learns a score from the answers you mark with it.").format(scores=gap_name(scores))
        for w in (name, gap):
            w.setToolTip(tip)
            w.show()
        gap.setAccessibleName(self.tr("score {score}: no marks yet").format(score=gap_name(scores)))

    def gaps(self) -> list[tuple[str, str]]:
        """(scores, words) per place of scores the model has none of, shown: for tests and screen readers."""
        return [(name.text(), gap.text()) for name, gap in self._gaps if gap.isVisibleTo(self)]

    def _grey(self) -> QPalette:
        """The palette of a gap's words: half way from the text's colour to the window's, darkened (or lightened) to
        read at 4.5:1 on the window still."""
        pal = QPalette(self.palette())
        text, window = pal.color(QPalette.ColorRole.WindowText), pal.color(QPalette.ColorRole.Window)
        mid = QColor((text.red() + window.red()) // 2, (text.green() + window.green()) // 2,
                     (text.blue() + window.blue()) // 2)
        pal.setColor(QPalette.ColorRole.WindowText, style.behind_text(mid, window))
        return pal

    def _rebuild(self, kinds: tuple) -> None:
        for row in [*self._rows, *self._gaps]:
            for w in row:
                self._grid.removeWidget(w)
                w.hide()          # at once: deleteLater waits for the event loop, and until then it would still paint
                w.deleteLater()
        self._rows, self._gaps, self._kinds = [], [], kinds
        for column in range(self._grid.columnCount()):
            self._grid.setColumnStretch(column, 0)
        for i, kind in enumerate(kinds):
            name = QLabel(self)
            if kind == "gap":   # as wide as its words: the bars keep the room
                name.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                gap = QLabel(self)
                gap.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                font = gap.font()
                font.setItalic(True)
                gap.setFont(font)
                for w in (name, gap):
                    w.setPalette(self._grey())
                self._grid.addWidget(name, 1, 2 * i)
                self._grid.addWidget(gap, 1, 2 * i + 1)
                self._gaps.append((name, gap))
                continue
            name.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            bar = ProbabilityBar(self)
            bar.setRange(0, 100)   # whole percents, as the label: what a screen reader hears (the fill: exact)
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
        """(score, the fill in ‰ of the exact probability, mark text) per row, for tests and screen readers."""
        return [(lab.text(), round(bar.share * 1000) if bar.share is not None else bar.value() * 10, mark.text())
                for lab, bar, mark in self._rows]
