"""Whether the fitting process is still starting, slowly, while a fit waits for it: for the learning line.

On a busy machine the fitting child's first start (its imports of numpy, scipy and scikit-learn) may take minutes; the
fit waits for it on the learning lane (:mod:`grader_app.learn.fit_process`), never on the GUI thread. Meanwhile the
window says that learning is still starting, not only that the model is learning: :class:`StartWatch` looks at the
fitter once a second while a fit is under way and the child is not ready, and says when that changes (``changed``),
so the learning controller's line follows.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

LOOK_MS = 1000   # how often the fitter is looked at while its child starts


class StartWatch(QObject):
    changed = Signal()   # :attr:`slow` reads differently

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fitter = None
        self.slow = False   # a fit waits for a child that has been starting for a while
        self._timer = QTimer(self)
        self._timer.setInterval(LOOK_MS)
        self._timer.timeout.connect(self._look)

    def follow(self, fitter) -> None:
        """A fit starts on ``fitter`` (a FitProcess, or None): looked at until its child is ready."""
        self._fitter = fitter
        if fitter is not None and fitter.starting_for is not None and not self._timer.isActive():
            self._timer.start()
        self._look()

    def stop(self) -> None:
        self._fitter = None
        self._look()

    def _look(self) -> None:
        fitter = self._fitter
        slow = fitter is not None and fitter.starting_slowly
        if fitter is None or fitter.starting_for is None:
            self._timer.stop()
        if slow != self.slow:
            self.slow = slow
            self.changed.emit()
