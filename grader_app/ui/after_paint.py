"""Work held back until a view has been painted: what starts as scoring ends (the learning grouping, the export's counts,
the review screen's imports) would otherwise take the GUI thread (and the GIL) just as the results are to be shown."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

PAINT_CAP_MS = 500   # what waits for a paint starts by then even if none comes (a hidden or minimised window)


class _AfterPaint(QObject):
    """Calls ``callback`` once: on the turn of the event loop after ``view`` (or a widget in it) was next painted with
    ``shown()`` true, or after ``cap_ms`` if it is not (a hidden or minimised window paints nothing). Gone with the
    view: a view deleted first calls nothing."""

    def __init__(self, view: QWidget, callback: Callable[[], None], cap_ms: int, shown: Callable[[], bool]) -> None:
        super().__init__(view)
        self._view, self._shown = view, shown
        self._callback: Callable[[], None] | None = callback
        self._app = app = QCoreApplication.instance()
        # the whole application's events are looked at, as the view's own paint is skipped when only its table is
        # painted (the table covers it); only until the next paint, a few milliseconds
        if app is not None:
            app.installEventFilter(self)
        QTimer.singleShot(cap_ms, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Paint and self._callback is not None and isinstance(watched, QWidget)
                and (watched is self._view or self._view.isAncestorOf(watched)) and self._shown()):
            self._stop_watching()
            QTimer.singleShot(0, self, self._fire)   # once this paint (and the rest of the window's) is done
        return False

    def _stop_watching(self) -> None:
        if self._app is not None and shiboken6.isValid(self._app):
            self._app.removeEventFilter(self)
        self._app = None

    def _fire(self) -> None:
        callback, self._callback, self._shown = self._callback, None, lambda: False
        self._stop_watching()
        self.deleteLater()
        if callback is not None:
            callback()


def after_results_painted(view: QWidget, callback: Callable[[], None], cap_ms: int = PAINT_CAP_MS,
                          shown: Callable[[], bool] = lambda: True) -> QObject:
    """Call ``callback`` once ``view`` has been painted showing what it waits to show (``shown()`` true at the paint:
    the results' figures, worked out on a worker after scoring), on the next turn of the event loop; or after
    ``cap_ms`` at the latest; never if ``view`` is deleted first. Returns the object holding the wait (a child of
    ``view``)."""
    return _AfterPaint(view, callback, cap_ms, shown)
