"""Trying again, in time, what the project file refused. The writer tries the changes a full disk made it hold with the
next change, and the scoring controller tries the scores the file refused when the writer writes again after ever more
decisions (:data:`.scoring_controller.BACKOFF_MOST`); a teacher who stops deciding on a full disk, and frees some
space, would see nothing written until the sheet is closed. So, while anything is held, a timer has it tried again
after a wait that grows (15 s, 30 s, 1 min, … at most 5 min) and stops once everything is written; the next refusal
waits the first delay again. The try itself is the controller's (``attempt``): the writer's own, queued to its thread
and never waited for, and the scores on a worker, one save at a time; never on the GUI thread."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QTimer

FIRST_MS = 15_000    # the first wait after something was refused
MOST_MS = 300_000    # the longest wait: each try refused again doubles it, up to this


class HeldRetry(QObject):
    """Calls ``attempt()`` (GUI thread) after a growing wait while ``held()`` says something is not written yet.
    :meth:`update` after every news of the project file: it starts the wait if something is held and none runs, and
    stops it (the next wait the first again) once nothing is. ``first_ms`` and ``most_ms`` may be set at any time."""

    def __init__(self, held: Callable[[], bool], attempt: Callable[[], None], parent: QObject | None = None,
                 first_ms: int = FIRST_MS, most_ms: int = MOST_MS) -> None:
        super().__init__(parent)
        self.held, self.attempt = held, attempt
        self.first_ms, self.most_ms = first_ms, most_ms
        self.tries = 0           # tries since something was last refused with nothing held before
        self._wait = 0           # the wait before the next try (0: the first)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._due)

    def update(self) -> None:
        if not self.held():
            self.timer.stop()
            self._wait, self.tries = 0, 0
        elif not self.timer.isActive():
            self.timer.start(self._wait or self.first_ms)

    def _due(self) -> None:
        if not self.held():
            self._wait, self.tries = 0, 0
            return
        self.tries += 1
        self.attempt()
        self._wait = min(2 * (self._wait or self.first_ms), max(self.most_ms, self.first_ms))
        self.timer.start(self._wait)
