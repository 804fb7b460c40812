"""A window let go of is freed when Python's cycle collector next runs: in the app from the collector's timer
(grader_app/ui/gc_guard.py), in the middle of whatever another window is doing. Its teardown must then raise nothing
into the event loop (pytest-qt fails a test on any exception there). CI once failed so in a test that had nothing to do
with it: a window made and never shown, collected later, had the results page's filter row asked its size after Qt's
teardown had begun and the row's items were gone ("Internal C++ object (QWidgetItem) already deleted", from
flow_layout.py). Here a window is freed by collections run from timers while another window lays itself out anew."""
from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QTimer

from grader_app.ui import menus
from main_windows import shown_main_window
from ui_helpers import make_long_csv, open_and_score

SIZES = ((900, 600), (640, 480), (1200, 800), (700, 900))


def _collected_amid(qtbot, other, held) -> None:
    """Collections run from timers while ``other`` is resized and lays out anew; what ``held`` refers to must be
    freed by them."""
    for size in SIZES:
        QTimer.singleShot(0, gc.collect)
        other.resize(*size)
        QTimer.singleShot(1, gc.collect)
        qtbot.wait(30)
    assert held() is None, "the window let go of was not freed by the collections"


def test_a_window_never_shown_freed_amid_another_windows_events_raises_nothing(qtbot, shipped_bundles, task_manager):
    from grader_app.bundles.library import Library
    from grader_app.ui.main_window import MainWindow

    other = shown_main_window(qtbot, task_manager)
    window = MainWindow(library=Library.default(), tasks=task_manager)
    held = weakref.ref(window)
    del window
    _collected_amid(qtbot, other, held)


def test_a_closed_window_with_its_review_freed_amid_another_windows_events_raises_nothing(
        qtbot, shipped_bundles, task_manager, tmp_path, font_16):
    from grader_app.bundles.library import Library
    from grader_app.ui.main_window import MainWindow

    other = shown_main_window(qtbot, task_manager)
    window = MainWindow(library=Library.default(), tasks=task_manager)
    window.resize(520, 420)   # at 16 pt the filter row and the review's actions wrap
    window.show()
    qtbot.waitExposed(window)
    session = open_and_score(qtbot, window, make_long_csv(tmp_path / "class.csv"))
    window.show_review(session.review_queue(), None)
    qtbot.wait(30)
    window.pages.setCurrentIndex(menus.RESULTS)
    qtbot.wait(30)
    held = weakref.ref(window)
    del session
    window.close()
    qtbot.waitUntil(lambda: task_manager.pool.activeThreadCount() == 0, timeout=30000)
    del window
    _collected_amid(qtbot, other, held)
