"""A main window closed and let go of is collected, with all it holds (its pages, its models, its session): the slots
of its menus and of its own wiring held the window (or its methods), and Qt holds a slot where Python's collector
cannot see it, so every window made (by the tests, the self-test) stayed alive, timers and all, until the app quit.
The menus still call the window while it lives."""
from __future__ import annotations

import weakref

from PySide6.QtCore import Qt

from grader_app.ui import menus
from ui_helpers import collect_let_go, make_long_csv, open_and_score


def test_main_window_let_go_of_is_collected_and_its_menus_work_while_it_lives(qtbot, shipped_bundles, task_manager):
    from grader_app.bundles.library import Library
    from grader_app.ui.main_window import MainWindow

    window = MainWindow(library=Library.default(), tasks=task_manager)
    window.show()
    qtbot.waitExposed(window)
    window.pages.setCurrentIndex(menus.RESULTS)
    window.start_action.trigger()   # View ▸ Start screen: the window's method, with the page it is given
    assert window.pages.currentIndex() == menus.START
    window.language_actions["de"].trigger()   # View ▸ Language ▸ Deutsch: saved, and said when it applies
    assert window.settings.language() == "de"
    assert "next time it starts" in window.statusBar().currentMessage()
    window.recent_menu.aboutToShow.emit()   # File ▸ Open recent: filled as it opens
    assert [a.text() for a in window.recent_menu.actions()] == ["No recent sheets"]

    held = weakref.ref(window)
    window.close()   # as the self-test lets its windows go (a deleteLater'd window is C++'s until deleted)
    del window
    collect_let_go()
    assert held() is None, "the main window was closed and let go of but is still alive"


def test_main_window_let_go_of_with_its_review_screen_open_is_collected(qtbot, shipped_bundles, task_manager, tmp_path):
    from grader_app.bundles.library import Library
    from grader_app.ui.main_window import MainWindow

    window = MainWindow(library=Library.default(), tasks=task_manager)
    window.show()
    qtbot.waitExposed(window)
    session = open_and_score(qtbot, window, make_long_csv(tmp_path / "class.csv"))
    window.show_review(session.review_queue(), None)
    assert window.pages.currentIndex() == menus.REVIEW
    window.review_view.closeRequested.emit()   # Esc on the review: back to the table, through the window
    assert window.pages.currentIndex() == menus.RESULTS

    held = weakref.ref(window)
    del session
    window.close()
    qtbot.waitUntil(lambda: task_manager.pool.activeThreadCount() == 0, timeout=30000)
    del window
    collect_let_go()
    assert held() is None, "the main window, its review screen made, was closed and let go of but is still alive"


def test_main_window_let_go_of_with_its_sheet_open_is_collected_and_hears_decisions_while_it_lives(
        qtbot, shipped_bundles, task_manager, tmp_path):
    """The window's listener in its open session (the decisions counted on the status bar, its news made old) held the
    window, and the session is held by the window's results model, which the window's C++ side keeps; so did the slot
    that makes the news old at any undo step, which Qt holds. A window let go of with its sheet open stayed alive until
    the app quit. Both hold the window weakly now, and still act while it lives. Let go of, it is closed as quitting
    closes it (its workers stopped, a grouping among them, its project file saved and closed) and deleted whole: freed
    as it was, it died of a segmentation fault in the collector, or its undo stack called a half-deleted review."""
    from grader_app.bundles.library import Library
    from grader_app.ui.main_window import MainWindow

    window = MainWindow(library=Library.default(), tasks=task_manager)
    window.show()
    qtbot.waitExposed(window)
    session = open_and_score(qtbot, window, make_long_csv(tmp_path / "class.csv"))
    window.show_review(session.review_queue(), None)
    bar, counts = window.statusBar(), window.status_label
    before = counts.text()
    assert before.startswith("0 decided by you")
    qtbot.keyClick(window.review_view, Qt.Key.Key_1)   # a decision (a group's: all of it): the window counts it
    assert session.decisions   # counted once the figures follow, with the answers that need you (one moment's counts)
    qtbot.waitUntil(lambda c=counts: not c.text().startswith("0 decided by you"), timeout=5000)
    window.news.show("Scored 12 answers", 60000)
    window.undo_stack.undo()   # undone: counted again, and the news before it is old
    assert bar.currentMessage() == ""
    qtbot.waitUntil(lambda c=counts: c.text() == before, timeout=5000)
    window.news.show("Scored 12 answers", 60000)
    window.undo_stack.indexChanged.emit(window.undo_stack.index())   # any step (a pull-out, a comment): news old
    assert bar.currentMessage() == ""

    held, kept = weakref.ref(window), weakref.ref(session)
    window.hide()   # let go of as it is, its sheet open (its learning's grouping may still be running)
    del session, bar, counts
    del window
    collect_let_go()
    assert held() is None, "the main window was let go of with its sheet open but is still alive"
    assert kept() is None, "the session of a main window let go of is still alive"
    assert task_manager.pool.activeThreadCount() == 0   # its workers stopped with it
