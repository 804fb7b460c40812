"""Cold-start probe: note when the main window is first painted (used by scripts/bench_build.py).

When the environment variable ``GRADER_STARTUP_PROBE`` names a file, :func:`install` watches the
given window; on its first paint event it writes ``time.monotonic()`` (a clock shared by every
process on the machine, so the benchmark can subtract the moment it launched the app) to that
file and quits the application. Without the variable it does nothing and costs nothing.
"""
from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV = "GRADER_STARTUP_PROBE"


class FirstPaintWatcher(QObject):
    """Calls ``on_paint(monotonic_seconds)`` once, on the first paint event of the watched window
    or of any widget inside it (the window's own background may be hidden by its children)."""

    def __init__(self, widget: QWidget, on_paint) -> None:
        super().__init__(widget)
        self._widget = widget
        self._on_paint = on_paint
        self.painted_at: float | None = None
        app = QApplication.instance()
        assert app is not None, "watch the first paint once the application exists"
        self._app = app
        app.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if (self.painted_at is None and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget)
                and obj.window() is self._widget):
            self.painted_at = time.monotonic()
            self._app.removeEventFilter(self)
            self._on_paint(self.painted_at)
        return False


def install(window: QWidget) -> FirstPaintWatcher | None:
    """Arm the probe on ``window`` if GRADER_STARTUP_PROBE is set; return the watcher (or None)."""
    target = os.environ.get(ENV)
    if not target:
        return None

    def record(stamp: float) -> None:
        Path(target).write_text(f"{stamp:.6f}\n", encoding="ascii")
        QTimer.singleShot(0, QApplication.quit)

    return FirstPaintWatcher(window, record)
