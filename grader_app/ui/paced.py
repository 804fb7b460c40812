"""Work that must run on the GUI thread, done in short slices so the window keeps answering.

Some Qt work belongs on the GUI thread (text layout and painting a PDF: :mod:`.pdf_pages` says why).
Written as a generator that yields after each small step, :class:`Paced` runs it from a zero-length
timer: as many steps as fit in ``slice_ms``, then back to the event loop, so key presses, repaints and
the workers' reports are handled between slices. What a step yields is its progress, ``(done, total)``;
what the generator returns is the result. :func:`run_to_end` runs the same generator at once, for a
caller that can wait (tests, the command line).
"""
from __future__ import annotations

import time
from typing import Any, Callable, Generator, TypeVar

from PySide6.QtCore import QObject, QTimer, Slot

__all__ = ["Paced", "run_to_end", "SLICE_MS"]

SLICE_MS = 20          # at most this long between two turns of the event loop (one step may run longer)
R = TypeVar("R")


def run_to_end(steps: Generator[Any, None, R]) -> R:
    """Every step at once; the generator's return value."""
    while True:
        try:
            next(steps)
        except StopIteration as end:
            return end.value


class Paced(QObject):
    """Run ``steps`` on the GUI thread a slice at a time; ``on_done(result)`` or ``on_error(exc)`` at the end.

    ``on_progress(done, total)`` hears each step's progress. :meth:`cancel` stops between two steps and closes
    the generator (its ``finally`` blocks run); neither callback is called after it. Keep a reference while it
    runs (a parent, or an attribute): a Paced that is let go stops with its timer.
    """

    def __init__(self, steps: Generator[Any, None, Any], on_done: Callable[[Any], None],
                 on_error: Callable[[BaseException], None], on_progress: Callable[[int, int], None] | None = None,
                 slice_ms: float = SLICE_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps: Generator[Any, None, Any] | None = steps
        self._on_done, self._on_error, self._on_progress = on_done, on_error, on_progress
        self._slice_s = slice_ms / 1000.0
        self.slices = 0                      # how many times the event loop turned in between, plus one
        self.longest_ms = 0.0                # the longest slice (a step longer than slice_ms makes it longer)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._slice)

    @property
    def running(self) -> bool:
        return self._steps is not None

    def start(self) -> "Paced":
        self._timer.start()
        return self

    def cancel(self) -> None:
        steps, self._steps = self._steps, None
        self._timer.stop()
        if steps is not None:
            steps.close()

    @Slot()
    def _slice(self) -> None:
        steps = self._steps
        if steps is None:
            return
        start = time.perf_counter()
        self.slices += 1
        try:
            while True:
                value = next(steps)
                if self._on_progress is not None and isinstance(value, tuple) and len(value) == 2:
                    self._on_progress(*value)
                if self._steps is None:                  # cancelled by the progress callback
                    return
                if time.perf_counter() - start >= self._slice_s:
                    break
        except StopIteration as end:
            self._finish(start)
            self._on_done(end.value)
            return
        except Exception as exc:  # reported, like a worker's error
            steps.close()                                # already closed if the generator raised; not if a callback did
            self._finish(start)
            self._on_error(exc)
            return
        self.longest_ms = max(self.longest_ms, (time.perf_counter() - start) * 1000)
        self._timer.start()

    def _finish(self, start: float) -> None:
        self.longest_ms = max(self.longest_ms, (time.perf_counter() - start) * 1000)
        self._steps = None
