"""A failure said on the status bar can be read whole in a window 1024 px wide (QA: a failed save, a failed learning
step or a refused drop ran off the status bar's edge, what to do with it). The status bar cuts a message too long
for it with "…" and holds the whole of it in its tooltip (message_bar); a failure that says what to do is also kept
whole in the notes above the results until the teacher closes them (sheet_notices). The real window on a real
sheet: a project-file write refused by the disk (SQLite's own error), and a Word file dropped on the results."""
from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt

from grader_app.io.project_store import ProjectStore
from grader_app.ui.main_window import RESULTS
from grader_app.ui.message_bar import MessageBar
from test_sheet_notices import shown_whole
from ui_helpers import accept_mapping, make_long_csv

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SAVE_FAILED = "Your decision is kept but could not be saved to answers.grader-project (1 unsaved); check the disk"


def opened(qtbot, window, tmp_path):
    """The sheet scored, its answers grouped and the results' figures shown: nothing left to come on its own (a
    grouping that lands mid-test puts the answer on screen in a group; a figures refresh still due repaints the bar)."""
    window.resize(1024, 600)
    window.open_sheet(make_long_csv(tmp_path / "answers.csv", n_students=5))
    accept_mapping(qtbot, window)
    qtbot.waitUntil(lambda: window.width() == 1024 and not window.scoring.busy and window.learning.ready
                    and not window.results.figures_pending(), timeout=30000)
    return window.session


def cut_with_tooltip(bar: MessageBar, text: str) -> bool:
    return bar.currentMessage() == text and "…" in bar.shown_message() and bar.toolTip() == text   # a file's name is cut
    # in its middle first (.message_bar)


def test_a_failed_save_is_whole_in_the_tooltip_and_above_the_results_at_1024(qtbot, window, tmp_path, monkeypatch):
    session = opened(qtbot, window, tmp_path)
    keys = [a.key for a in session.answers]
    alone = next(k for k in keys if k not in window.learning.groups)   # "2" scores it alone: one decision held
    window.show_review(keys, alone)
    real_write = ProjectStore._write

    def disk_full(self, fn, *args, **kwargs):
        def run(_conn):
            raise sqlite3.OperationalError("database or disk is full")
        return real_write(self, run, *args, **kwargs)

    monkeypatch.setattr(ProjectStore, "_write", disk_full)
    qtbot.keyClick(window.review_view, Qt.Key.Key_2)
    bar = window.statusBar()
    qtbot.waitUntil(lambda: bar.currentMessage().startswith(SAVE_FAILED), timeout=10000)
    said = bar.currentMessage()
    assert bar.fontMetrics().horizontalAdvance(said) > bar.message_rect().width()   # too long for the bar at 1024
    assert cut_with_tooltip(bar, said)
    window.show_page(RESULTS)
    notices = window.notices
    assert notices.problems == [said] and notices.text.text().endswith("\u26a0 " + said)
    qtbot.waitUntil(lambda: shown_whole(notices), timeout=3000)
    monkeypatch.setattr(ProjectStore, "_write", real_write)
    notices.dismiss()                                    # read: gone until the next failure
    assert not notices.isVisible() and notices.problems == []


def test_a_refused_drop_on_the_results_is_whole_above_them_alone_after_the_notes_were_closed(qtbot, window,
                                                                                              tmp_path):
    opened(qtbot, window, tmp_path)
    notices = window.notices
    notices.dismiss()
    word = tmp_path / "Marking scheme for the end of term test in biology, year 9.docx"
    word.write_text("not a sheet")
    window.show_page(RESULTS)
    with qtbot.waitSignal(window.start.refused, timeout=5000):
        window.start.handle_paths([word])
    said = window.statusBar().currentMessage()
    assert said.startswith(f"“{word.name}” is a .docx file, which Grader cannot open; drop an Excel (.xlsx)")
    assert cut_with_tooltip(window.statusBar(), said)
    assert notices.notes == [said] and notices.isVisible()   # the closed notes stay closed; the refusal alone
    qtbot.waitUntil(lambda: shown_whole(notices), timeout=3000)
    with qtbot.waitSignal(window.start.refused, timeout=5000):
        window.start.handle_paths([word])                # the same again: kept once
    assert notices.notes == [said]


def test_a_message_that_fits_has_no_tooltip_and_a_narrower_window_cuts_it(qtbot, window):
    bar = window.statusBar()
    assert isinstance(bar, MessageBar)
    window.resize(1024, 600)
    qtbot.waitUntil(lambda: window.width() == 1024, timeout=3000)
    text = "The threshold could not be saved: the disk is full; free some room and move the threshold again."
    bar.showMessage(text)
    assert bar.shown_message() == text and bar.toolTip() == ""
    window.resize(400, 600)
    qtbot.waitUntil(lambda: window.width() < 1024 and bar.toolTip() == text, timeout=3000)
    assert bar.shown_message().endswith("…") and bar.currentMessage() == text
    bar.clearMessage()
    assert bar.toolTip() == ""
