"""A row of visible score buttons: what the digit keys do, for the mouse.

"Score:  [0] [1] [2] [3]" for one answer, "Give all 4:  [0] [1] [2] [3]" for a group. The score
already given is marked in words ("✓ 2"), not by colour alone. The buttons never take the keyboard
focus, so the digits keep reaching the review screen.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ..core.numbers import score_text as fmt_score   # the one copy of the score's text


class ScoreButtons(QWidget):
    scoreChosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scores: tuple = ()
        self.buttons: list[QPushButton] = []
        self.label = QLabel("Score:", self)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.addWidget(self.label)
        self._row.addStretch(1)

    def set_scores(self, scores, label: str = "Score:", current=None, tip: str = "") -> None:
        scores = tuple(scores)
        if scores != self._scores:
            for b in self.buttons:   # hidden at once: deleteLater runs only when the event loop gets to it
                self._row.removeWidget(b)
                b.hide()
                b.deleteLater()
            self.buttons = []
            for i, v in enumerate(scores):
                b = QPushButton(self)
                b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                b.setAutoDefault(False)
                b.clicked.connect(lambda _=False, v=v: self.scoreChosen.emit(v))
                self._row.insertWidget(1 + i, b)
                self.buttons.append(b)
            self._scores = scores
        self.label.setText(label)
        for v, b in zip(scores, self.buttons):
            mine = current is not None and v == current
            b.setText(("✓ " if mine else "") + fmt_score(v))
            b.setAccessibleName(f"{label.rstrip(':')} {fmt_score(v)}" + (" (given)" if mine else ""))
            f = b.font()
            f.setBold(mine)
            b.setFont(f)
            b.setToolTip(tip.format(score=fmt_score(v)) if tip else "")

    def button_for(self, score) -> QPushButton | None:
        return next((b for v, b in zip(self._scores, self.buttons) if v == score), None)

    def scores(self) -> tuple:
        return self._scores
