"""A row of visible score buttons: what the digit keys do, for the mouse; and what the question is out of.

"Score:  [0] [1] [2] [3]   out of 3 · the model's scale" for one answer, "Give all 4:  [0] [1] [2] [3]" for a group.
A scale in half points gets a second row under it, each half under its whole point ([4,5] under [4]); a scale of more
than :data:`MOST_BUTTONS` whole points gets no buttons (the keys type any score: :mod:`.review_scale`). The score
already given is marked in words ("✓ 2"), not by colour alone. The buttons never take the keyboard focus, so the
digits keep reaching the review screen. Beside them: what the question is out of and where that comes from, the score
being typed ("Typing: 1…"), and **Change…**, which sets what a question without a shipped model is out of.

The scale's words go on a line of their own under the buttons where the row has no room for them on one line beside
the buttons (:meth:`ScoreButtons.place_scale`): at 1024×600 and 16 pt, German and Spanish, beside the buttons they took
three lines, and on a short page, folded to one, read "max. 3 Punkte · von Grader…" or "sobre 3 · estimación de Grader,
ya…": that the scale is only Grader's guess, and how to set it, was lost. Under the buttons they have the page's width.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

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
        self._rows = QVBoxLayout(self)   # the buttons' row, and under it the scale's words where the row has no room
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._row = QHBoxLayout()
        self._rows.addLayout(self._row)
        self._slot = QHBoxLayout()       # beside the buttons: the scale's words, or a stretch while they are under them
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
        self._row.addLayout(self._slot, 1)
        self._slot.addWidget(self.scale_label, 1)
        self._row.addWidget(self.change_button)
        self.scale_under = False         # the scale's words on their own line under the buttons
        self._typable: tuple[str, ...] = ()   # every score being typed the row can show ("1", "10", "4,")

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
        self.place_scale()

    def set_typable(self, texts) -> None:
        """The scores being typed the row can show on the question on screen ("1" on one out of 10, "4," in half points;
        none where a digit gives its score at once): the scale's words keep room for the widest of them."""
        self._typable = tuple(texts)
        self.place_scale()

    def typing_width(self) -> int:
        """The width the widest score being typed takes beside the buttons (0 where none can be typed): kept for it
        whether or not one is being typed, so that typing "1…" never moves the scale's words under the buttons, nor
        giving it moves them back (where they only just fitted beside them, the line below jumped with each key)."""
        fm, m = self.typed_label.fontMetrics(), self.typed_label.contentsMargins()
        widest = max((fm.horizontalAdvance(self.tr("Typing: {score}…").format(score=t)) for t in self._typable),
                     default=-1)
        shown = self.typed_label.sizeHint().width() if self.typed_label.isVisibleTo(self) else -1
        most = max(shown, widest + m.left() + m.right() + 2 * self.typed_label.margin() if widest >= 0 else -1)
        return most + max(0, self._row.spacing()) if most >= 0 else 0

    def room_beside(self) -> int:
        """The width the scale's words would have beside the buttons: the row's width less what its label (on one line),
        the buttons, the widest score being typed (:meth:`typing_width`) and Change… ask for (their size hints: no
        layout needs to have run)."""
        spacing = max(0, self._row.spacing())
        parts = [self.label, self.change_button]
        taken = sum(w.sizeHint().width() + spacing for w in parts if w.isVisibleTo(self) or w is self.label)
        return (self.contentsRect().width() - taken - self.typing_width() - self._grid.sizeHint().width() - spacing
                - 12)

    def place_scale(self) -> None:
        """The scale's words beside the buttons where they fit there on one line, else on their own line under them."""
        text = self.scale_label.text()
        m = self.scale_label.contentsMargins()
        wide = self.scale_label.fontMetrics().horizontalAdvance(text) + m.left() + m.right() + 2 * self.scale_label.margin()
        under = bool(text) and self.width() > 0 and wide > self.room_beside()
        if under == self.scale_under:
            return
        self.scale_under = under
        if under:
            self._slot.removeWidget(self.scale_label)
            self._slot.addStretch(1)
            self._rows.addWidget(self.scale_label)
        else:
            self._rows.removeWidget(self.scale_label)
            while self._slot.count():
                self._slot.takeAt(0)
            self._slot.addWidget(self.scale_label, 1)

    def event(self, e: QEvent) -> bool:
        """Once the row is laid out again (its size, the buttons, a text changed), the scale's words are placed anew."""
        done = super().event(e)
        if e.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Resize):
            self.place_scale()
        return done

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
