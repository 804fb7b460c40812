"""A write of the project file that fails on the store's writer thread still reaches the teacher: in
the real main window, the review screen shows the same sentence as before (a moment later, on the GUI
thread), the status bar says it too, the decision stays in memory and is written once the disk lets it."""
from __future__ import annotations

import json
import sqlite3
import threading

import pytest
from PySide6.QtCore import Qt

from grader_app.io.project_store import ProjectStore
from grader_app.ui.main_window import REVIEW
from ui_helpers import accept_mapping, make_long_csv

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SENTENCE = "⚠ Your decision is kept but could not be saved to answers.grader-project (1 unsaved); check the disk"


def decisions_on_disk(path) -> dict:
    con = sqlite3.connect(str(path))
    try:
        return {k: json.loads(s) for k, s in con.execute("SELECT answer_key, score FROM decisions")}
    finally:
        con.close()


def _reviewing(qtbot, window, tmp_path):
    """A five-student sheet opened, scored and under review from its first answer."""
    sheet = make_long_csv(tmp_path / "answers.csv", n_students=5)
    window.open_sheet(sheet)
    accept_mapping(qtbot, window)
    keys = [a.key for a in window.session.answers]
    window.show_review(keys, keys[0])
    return window.session, window.store, keys, window.review_view


def test_a_failed_background_write_reaches_the_review_screen_on_the_gui_thread(qtbot, window, tmp_path, monkeypatch):
    session, store, keys, view = _reviewing(qtbot, window, tmp_path)
    assert window.pages.currentIndex() == REVIEW and view.current_key() == keys[0]

    heard_on: list[bool] = []
    window.scoring.writeFailed.connect(lambda _e: heard_on.append(threading.current_thread() is threading.main_thread()))
    real_write = ProjectStore._write
    failing = {"on": True}

    def disk_full(self, fn, *args, **kwargs):
        def run(conn):
            if failing["on"]:   # SQLite's own error inside the transaction, as on a full disk
                raise sqlite3.OperationalError("database or disk is full")
            return fn(conn)
        return real_write(self, run, *args, **kwargs)

    monkeypatch.setattr(ProjectStore, "_write", disk_full)
    qtbot.keyClick(view, Qt.Key.Key_2)
    assert session.decisions[keys[0]].score == 2                # kept in memory at once
    qtbot.waitUntil(lambda: view.message_label.text().startswith(SENTENCE), timeout=10000)
    assert heard_on and all(heard_on)                           # delivered on the GUI thread
    assert window.statusBar().currentMessage().startswith(SENTENCE.removeprefix("⚠ "))
    assert set(store.unsaved) == {keys[0]} and keys[0] not in decisions_on_disk(store.path)

    failing["on"] = False                                       # room again: the next decision carries both
    second = view.current_key()
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert store.flush()
    on_disk = decisions_on_disk(store.path)
    assert on_disk[keys[0]] == 2 and on_disk[second] == 1
    assert store.unsaved == {} and store.last_error is None


def test_a_project_file_deleted_during_review_is_written_again_and_the_status_bar_says_so(qtbot, window, tmp_path):
    session, store, keys, view = _reviewing(qtbot, window, tmp_path)
    qtbot.keyClick(view, Qt.Key.Key_2)
    assert store.flush()
    path = store.path
    path.unlink()                                               # deleted while the review is open
    second = view.current_key()
    qtbot.keyClick(view, Qt.Key.Key_1)
    bar = window.statusBar()   # in a few words, that nothing is lost first; the whole news is its tooltip
    qtbot.waitUntil(lambda: bar.currentMessage() == f"Nothing is lost: {path.name} is back.", timeout=10000)
    assert "wrote it again" in bar.toolTip() and "nothing is lost" in bar.toolTip()
    assert not view.message_label.text().startswith("⚠")      # not shown as a failure
    assert decisions_on_disk(path) == {keys[0]: 2, second: 1}
    assert store.last_error is None and store.unsaved == {}
