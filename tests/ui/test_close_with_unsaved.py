"""Closing a sheet, or quitting, while decisions could not be written to the project file (a full disk) used to close at
once: a 10-second status line, and the decisions were gone when the sheet was opened again. In the real main window,
the decisions are now written once more first (on a worker) and, if the disk still refuses them, the teacher is asked:
try again, export the graded sheet elsewhere, close and lose them, or cancel. The status bar says "· 2 not saved", not
"· saved", meanwhile. The disk is made full as in the other tests of the project file's failures (tests/failing_disk.py:
SQLite's own "database or disk is full" inside the writer's transaction); the decisions are read back from the file."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from failing_disk import failing_writes
from grader_app.ui.main_window import RESULTS, REVIEW, START
from test_project_write_errors import _reviewing, decisions_on_disk

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _two_unsaved(qtbot, window, tmp_path, monkeypatch):
    """The sheet under review, two decisions made while the disk is full: (the full disk's switch, session, store,
    the two keys). The status bar says they are not saved."""
    session, store, keys, view = _reviewing(qtbot, window, tmp_path)
    disk = failing_writes(monkeypatch)
    first = view.current_key()
    qtbot.keyClick(view, Qt.Key.Key_2)
    second = view.current_key()
    qtbot.keyClick(view, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: set(store.unsaved) == {first, second}, timeout=10000)
    qtbot.waitUntil(lambda: window.status_label.text().endswith(" · 2 not saved"), timeout=5000)
    assert "saved" not in window.status_label.text().replace("not saved", "")
    return disk, session, store, (first, second)


def _asked(qtbot, window):
    qtbot.waitUntil(lambda: window.unsaved_close.box is not None and window.unsaved_close.box.isVisible(), timeout=20000)
    return window.unsaved_close.box


def test_closing_the_sheet_asks_and_cancel_keeps_it_open_then_losing_them_is_the_teachers_choice(
        qtbot, window, tmp_path, monkeypatch):
    disk, session, store, (first, second) = _two_unsaved(qtbot, window, tmp_path, monkeypatch)
    window.close_sheet()                                        # File ▸ Close sheet
    box = _asked(qtbot, window)
    assert box.text() == ("2 of your decisions could not be saved to answers.grader-project, even when tried again just "
                          "now; if you close, they are lost.")
    assert box.informativeText() == ("The disk is full: free some space on it and try again, or export the graded "
                                     "sheet to another drive to keep your decisions there.")
    assert window.unsaved_close.lose_button.text() == "Close and &lose 2 decisions"
    assert window.session is session and window.pages.currentIndex() == REVIEW   # nothing closed while asking

    window.unsaved_close.cancel_button.click()                  # Cancel: the sheet stays open, every decision with it
    qtbot.waitUntil(lambda: window.unsaved_close.box is None, timeout=5000)
    assert window.session is session and window.store is store and window.pages.currentIndex() == REVIEW
    assert session.decisions[first].score == 2 and session.decisions[second].score == 1

    window.close_sheet()
    box = _asked(qtbot, window)
    with qtbot.waitSignal(window.sheetClosed, timeout=30000):
        window.unsaved_close.lose_button.click()                # the teacher's choice, said on the button
    assert window.session is None and window.pages.currentIndex() == START
    assert "2 decisions could not be saved to answers.grader-project before it was closed" in window.last_error
    disk["on"] = False
    on_disk = decisions_on_disk(store.path)
    assert first not in on_disk and second not in on_disk      # lost, as the teacher was told


def test_try_again_once_there_is_room_writes_them_and_closes(qtbot, window, tmp_path, monkeypatch):
    disk, session, store, (first, second) = _two_unsaved(qtbot, window, tmp_path, monkeypatch)
    window.close_sheet()
    _asked(qtbot, window)
    disk["on"] = False                                          # the teacher freed some space
    with qtbot.waitSignal(window.sheetClosed, timeout=30000):
        window.unsaved_close.retry_button.click()
    assert window.session is None and not window.last_error
    assert decisions_on_disk(store.path) == {first: 2, second: 1}


def test_decisions_written_when_tried_again_close_without_asking_and_the_status_bar_says_saved(
        qtbot, window, tmp_path, monkeypatch):
    disk, session, store, (first, second) = _two_unsaved(qtbot, window, tmp_path, monkeypatch)
    disk["on"] = False
    assert store.flush()                                        # written after all (the next write would do it too)
    qtbot.waitUntil(lambda: window.status_label.text().endswith(" · saved"), timeout=5000)
    with qtbot.waitSignal(window.sheetClosed, timeout=30000):
        window.close_sheet()
    assert window.unsaved_close.box is None and window.session is None
    assert decisions_on_disk(store.path) == {first: 2, second: 1}


def test_opening_another_sheet_asks_first_and_opens_it_once_the_teacher_let_them_go(qtbot, window, tmp_path, monkeypatch):
    from ui_helpers import make_long_csv

    disk, session, store, _ = _two_unsaved(qtbot, window, tmp_path, monkeypatch)
    other = make_long_csv(tmp_path / "other" / "answers.csv", n_students=3)
    window.open_sheet(other)
    _asked(qtbot, window)
    assert window.session is session
    disk["on"] = False
    window.unsaved_close.lose_button.click()
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=20000)
    assert window.session is None
    window.mapping_dialog.reject()


def test_quitting_asks_too_and_export_elsewhere_keeps_the_window_open(qtbot, window, tmp_path, monkeypatch):
    disk, session, store, (first, second) = _two_unsaved(qtbot, window, tmp_path, monkeypatch)
    qtbot.keyClick(window.review_view, Qt.Key.Key_Escape)
    assert window.pages.currentIndex() == RESULTS
    window.close()                                              # File ▸ Quit, or the window's close button
    _asked(qtbot, window)
    assert window.isVisible() and window.session is session

    window.unsaved_close.export_button.click()                  # the graded sheet to another drive: the sheet stays
    qtbot.waitUntil(lambda: window.export_dialog is not None and window.export_dialog.isVisible(), timeout=5000)
    assert window.isVisible() and window.session is session and window.store is store
    window.export_dialog.reject()

    window.close()
    _asked(qtbot, window)
    window.unsaved_close.lose_button.click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=30000)
    assert window.session is None and "2 decisions could not be saved" in window.last_error
    disk["on"] = False
    assert first not in decisions_on_disk(store.path)


def test_another_reason_is_said_as_the_writer_said_it(qtbot, window, tmp_path, monkeypatch):
    import sqlite3

    from grader_app.io.project_store import ProjectStore

    session, store, keys, view = _reviewing(qtbot, window, tmp_path)
    real_write = ProjectStore._write
    locked = {"on": True}

    def read_only(self, fn, *args, **kwargs):
        def run(conn):   # SQLite's own error inside the transaction, as for a file made read-only
            if locked["on"]:
                raise sqlite3.OperationalError("attempt to write a readonly database")
            return fn(conn)
        return real_write(self, run, *args, **kwargs)

    monkeypatch.setattr(ProjectStore, "_write", read_only)
    qtbot.keyClick(view, Qt.Key.Key_2)
    qtbot.waitUntil(lambda: len(store.unsaved) == 1, timeout=10000)
    window.close_sheet()
    box = _asked(qtbot, window)
    assert box.informativeText() == ("The project file answers.grader-project could not be written (attempt to write a "
                                     "readonly database); check the disk has room and the file is not read-only. Try "
                                     "again once the file can be written, or export the graded sheet to another drive to "
                                     "keep your decisions there.")
    locked["on"] = False                                        # writable again
    with qtbot.waitSignal(window.sheetClosed, timeout=30000):
        window.unsaved_close.retry_button.click()
    assert window.session is None and decisions_on_disk(store.path) == {keys[0]: 2}
