"""News on the status bar ("Opened answers.csv", "Restored 60 decisions from …", "Scored 120 answers"): it says what
just happened, so it goes once the teacher moves on, at the next decision (a mark, an undo or a redo), or after its
time, whichever comes first. A warning or failure shown since is left for its own time."""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStatusBar


class StatusNews(QObject):
    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.bar = bar
        self._shown = ""   # the news last shown ("" when none)

    def show(self, text: str, ms: int) -> None:
        self._shown = text
        self.bar.showMessage(text, ms)

    def decided(self) -> None:
        """The teacher made, undid or redid a decision: the news still shown is old news."""
        if self._shown and self.bar.currentMessage() == self._shown:
            self.bar.clearMessage()
        self._shown = ""
