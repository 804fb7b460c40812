"""A row of visible score buttons: what the digit keys do, for the mouse; and what the question is out of.

"Score:  [0] [1] [2] [3]   out of 3 · the model's scale" for one answer, "Give all 4:  [0] [1] [2] [3]" for a group.
A scale in half points gets a second row under it, each half under its whole point ([4,5] under [4]); a scale of more
than :data:`MOST_BUTTONS` whole points gets no buttons (the keys type any score: :mod:`.review_scale`). The score
already given is marked in words ("✓ 2"), not by colour alone. The buttons never take the keyboard focus, so the
digits keep reaching the review screen. Beside them: what the question is out of and where that comes from, the score
being typed ("Typing: 1…"), and **Change…**, which sets what a question without a shipped model is out of.
"""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from ..core.scale import is_half
from .review_room import FoldingLabel
from .i18n import score as fmt_score   # core.numbers' text of a score, in the locale's digits

MOST_BUTTONS = 11   # 0 to 10: more whole points than that do not fit a 1024-pixel window


class WrapsWhenShort(QLabel):
    """The buttons' label: on one line where the row has room, wrapped between words where it has not. A group's label
    is long in German ("Die 8 übereinstimmenden Antworten bewerten:", about 500 px at 16 pt): on one line beside the
    buttons, the scale's words and Change… it made the window some 1110 px wide, past a 1024-pixel screen. (A plain
    word-wrapped QLabel asks for a quarter of 80 characters' width, so it would wrap even with room to spare.)"""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """As wide as its text on one line (measured as QLabel measures an unwrapped one), as high as that is."""
        m = self.contentsMargins()
        line = self.fontMetrics().boundingRect(QRect(0, 0, 2000, 2000), int(self.alignment()), self.text())
        width = line.width() + m.left() + m.right() + 2 * self.margin()
        return QSize(width, self.heightForWidth(width))


class ScoreButtons(QWidget):
    scoreChosen = Signal(object)
    changeScaleRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scores: tuple = ()
        self.buttons: list[QPushButton] = []
        self.label = WrapsWhenShort(self.tr("Score:"), self)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setVerticalSpacing(2)
        self.typed_label = QLabel(self)   # the score being typed, until Enter or a pause gives it
        font = self.typed_label.font()
        font.setBold(True)
        self.typed_label.setFont(font)
        self.typed_label.hide()
        # what the question is out of, and where that comes from; folds to one line on a short page (review_room)
        self.scale_label = FoldingLabel("", self)
        self.scale_label.setTextFormat(Qt.TextFormat.PlainText)
        self.scale_label.setWordWrap(True)
        self.change_button = QPushButton(self.tr("Change…"), self)
        self.change_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.change_button.setAutoDefault(False)
        self.change_button.setToolTip(self.tr("Set what this question is out of"))
        self.change_button.clicked.connect(lambda _=False: self.changeScaleRequested.emit())
        self.change_button.hide()
        self._row.addWidget(self.label)
        self._row.addLayout(self._grid)
        self._row.addWidget(self.typed_label)
        self._row.addSpacing(12)
        self._row.addWidget(self.scale_label, 1)
        self._row.addWidget(self.change_button)

    def set_scores(self, scores, label: str = "", current=None, tip: str = "") -> None:
        scores = tuple(scores)
        shown = _shown(scores)
        if shown != self._scores:
            for b in self.buttons:   # hidden at once: deleteLater runs only when the event loop gets to it
                self._grid.removeWidget(b)
                b.hide()
                b.deleteLater()
            self.buttons = []
            narrow = len(shown) > 6   # many buttons: as wide as "10,5", so eleven fit beside the scale's words
            for v in shown:
                b = QPushButton(self)
                b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                b.setAutoDefault(False)
                b.clicked.connect(lambda _=False, v=v: self.scoreChosen.emit(v))
                if narrow:
                    b.setMaximumWidth(b.fontMetrics().horizontalAdvance(fmt_score(10.5)) + 16)
                whole = [u for u in shown if not is_half(u)]
                column = next((i for i, u in enumerate(whole) if u == v), None)
                if column is None:   # a half: under its whole point
                    column = max((i for i, u in enumerate(whole) if u < v), default=0)
                self._grid.addWidget(b, 1 if is_half(v) else 0, column)
                self.buttons.append(b)
            self._scores = shown
        label = label or self.tr("Score:")
        self.label.setText(label)
        for v, b in zip(shown, self.buttons):
            mine = current is not None and v == current
            b.setText(("✓ " if mine else "") + fmt_score(v))
            b.setAccessibleName(f"{label.rstrip(':')} {fmt_score(v)}" + (" " + self.tr("(given)") if mine else ""))
            f = b.font()
            f.setBold(mine)
            b.setFont(f)
            b.setToolTip(tip.format(score=fmt_score(v)) if tip else "")

    def set_scale(self, text: str, settable: bool, tip: str = "") -> None:
        """What the question is out of and where that comes from (``text``); ``settable``: Change… is offered; ``tip``:
        how to type a score on it, said beside the words where no button gives one (a scale of more than 0-10)."""
        self.scale_label.setText(text + (" · " + tip if tip and not self.buttons else ""))
        self.scale_label.setToolTip(tip)
        self.change_button.setVisible(settable)

    def show_typed(self, text: str) -> None:
        """The score being typed ("1…"), "" once given or dropped."""
        self.typed_label.setText(self.tr("Typing: {score}…").format(score=text) if text else "")
        self.typed_label.setVisible(bool(text))

    def button_for(self, score) -> QPushButton | None:
        return next((b for v, b in zip(self._scores, self.buttons) if v == score), None)

    def scores(self) -> tuple:
        return self._scores


def _shown(scores: tuple) -> tuple:
    """The scores that get a button: all of them, unless more than :data:`MOST_BUTTONS` are whole points (none then)."""
    return scores if sum(1 for v in scores if not is_half(v)) <= MOST_BUTTONS else ()
