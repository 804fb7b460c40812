"""The work that starts as scoring ends (the learning grouping, the export's LMS counts, the review screen's imports)
waits until the results, their figures with them, have been painted: started at once, it took the GUI thread as the
results were to be shown. A window that paints nothing (hidden, minimised) has them started by the cap; a window
closed before has none started. The real main window on a real sheet, the real worker pool."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QObject
from PySide6.QtWidgets import QWidget

from grader_app.ui import review_page
from grader_app.ui.after_paint import PAINT_CAP_MS, after_results_painted
from ui_helpers import accept_mapping, make_long_csv

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

JOBS = ("group answers", "export fit", "import the review screen")


class _Paints(QObject):
    """Logs "paint" in ``log`` for each paint of ``view`` or a widget in it (the whole application's events seen)."""

    def __init__(self, view: QWidget, log: list) -> None:
        super().__init__()
        self.view, self.log = view, log
        QCoreApplication.instance().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if (event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
                and (watched is self.view or self.view.isAncestorOf(watched))):
            self.log.append("paint")
        return False

    def stop(self) -> None:
        QCoreApplication.instance().removeEventFilter(self)


def _log_jobs(window, monkeypatch) -> list:
    """The names of the three jobs' worker tasks, logged as each is started (the review screen's modules taken as not
    yet imported, their import a no-op)."""
    log: list = []
    monkeypatch.setattr(review_page, "VIEW_MODULE", "grader_app.ui.review_view, not imported in this test")
    monkeypatch.setattr(review_page, "import_view", lambda: None)
    real = window.tasks.run

    def run(fn, *args, **kw):
        if kw.get("name") in JOBS:
            log.append(kw["name"])
            if window.isVisible() and window.results.figures_pending():
                log.append("before the figures")
        return real(fn, *args, **kw)
    monkeypatch.setattr(window.tasks, "run", run)
    return log


def test_the_jobs_start_only_once_the_results_are_painted_and_in_order(qtbot, window, tmp_path, monkeypatch):
    log = _log_jobs(window, monkeypatch)
    window.scoringFinished.connect(lambda: log.append("scored"))
    paints = None

    def watch() -> None:
        nonlocal paints
        paints = _Paints(window.results, log)
    window.scoringFinished.connect(watch)   # the paints after scoring ended
    window.open_sheet(make_long_csv(tmp_path / "answers.csv"))
    accept_mapping(qtbot, window)
    try:
        qtbot.waitUntil(lambda: all(job in log for job in JOBS), timeout=10000)
    finally:
        paints.stop()
    assert log[0] == "scored"
    first_job = min(log.index(job) for job in JOBS)
    assert "paint" in log[:first_job], log    # none before the results' first paint after scoring
    assert [e for e in log if e in JOBS] == list(JOBS)   # one each, in this order
    assert "before the figures" not in log   # the results' figures (worked out on a worker) were painted first
    qtbot.waitUntil(lambda: window.learning.ready, timeout=20000)   # the answers grouped as before


def test_a_hidden_window_has_them_started_by_the_cap(qtbot, window, tmp_path, monkeypatch):
    log = _log_jobs(window, monkeypatch)
    window.hide()   # (or minimised, or off screen): nothing is painted
    clock = QElapsedTimer()
    window.scoringFinished.connect(clock.start)
    window.open_sheet(make_long_csv(tmp_path / "answers.csv"))
    accept_mapping(qtbot, window)
    assert log == []
    qtbot.waitUntil(lambda: all(job in log for job in JOBS), timeout=5000)
    assert clock.elapsed() >= PAINT_CAP_MS - 50
    assert log == list(JOBS)


def test_a_window_closed_before_has_none_started(qtbot, window, tmp_path, monkeypatch):
    log = _log_jobs(window, monkeypatch)
    window.hide()
    window.open_sheet(make_long_csv(tmp_path / "answers.csv"))
    accept_mapping(qtbot, window)
    window.close()
    assert window.session is None
    qtbot.wait(PAINT_CAP_MS + 300)
    assert log == []


def test_the_wait_alone(qtbot):
    """The helper on its own: called once, after the paint (not before) of a shown view showing what it waits for, by
    the cap for a hidden one, never for one deleted first."""
    shown, hidden, gone = QWidget(), QWidget(), QWidget()
    qtbot.addWidget(shown)
    qtbot.addWidget(hidden)
    log: list = []
    paints = _Paints(shown, log)
    shown.show()
    qtbot.waitExposed(shown)
    qtbot.wait(50)
    log.clear()
    ready: list = []
    after_results_painted(shown, lambda: log.append("called"), 5000, lambda: bool(ready))
    after_results_painted(hidden, lambda: log.append("hidden called"), 300)
    after_results_painted(gone, lambda: log.append("gone called"), 100)
    gone.deleteLater()
    qtbot.wait(150)
    assert log == []   # nothing painted yet, no cap reached
    shown.update()   # painted before what it waits for is shown: not yet
    qtbot.waitUntil(lambda: "paint" in log, timeout=2000)
    qtbot.wait(100)
    assert "called" not in log
    ready.append(True)
    log.clear()
    shown.update()
    qtbot.waitUntil(lambda: "called" in log, timeout=2000)
    paints.stop()
    assert log.index("paint") < log.index("called")
    qtbot.waitUntil(lambda: "hidden called" in log, timeout=2000)
    qtbot.wait(100)
    assert log.count("called") == 1 and "gone called" not in log
