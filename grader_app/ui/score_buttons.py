"""A row of visible score buttons: what the digit keys do, for the mouse.

"Score:  [0] [1] [2] [3]" for one answer, "Give all 4:  [0] [1] [2] [3]" for a group. The score
already given is marked in words ("✓ 2"), not by colour alone. The buttons never take the keyboard
focus, so the digits keep reaching the review screen.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from .i18n import score as fmt_score   # core.numbers' text of a score, in the locale's digits


class ScoreButtons(QWidget):
    scoreChosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scores: tuple = ()
        self.buttons: list[QPushButton] = []
        self.label = QLabel(self.tr("Score:"), self)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.addWidget(self.label)
        self._row.addStretch(1)

    def set_scores(self, scores, label: str = "", current=None, tip: str = "") -> None:
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
        label = label or self.tr("Score:")
        self.label.setText(label)
        for v, b in zip(scores, self.buttons):
            mine = current is not None and v == current
            b.setText(("✓ " if mine else "") + fmt_score(v))
            b.setAccessibleName(f"{label.rstrip(':')} {fmt_score(v)}" + (" " + self.tr("(given)") if mine else ""))
            f = b.font()
            f.setBold(mine)
            b.setFont(f)
            b.setToolTip(tip.format(score=fmt_score(v)) if tip else "")

    def button_for(self, score) -> QPushButton | None:
        return next((b for v, b in zip(self._scores, self.buttons) if v == score), None)

    def scores(self) -> tuple:
        return self._scores
