"""A try of what the project file refused, refused again with nothing new to say, stays quiet. Every refused try said its
warning again, and since the window tries in time (tests/ui/test_held_retried_in_time.py) that was every 15 s, 30 s, 1 min,
… while the teacher did nothing: the warning flashed on the status bar again and took the review screen's message line,
in the place of whatever it said (here Ctrl+Y's "Nothing to redo."), though the same decisions were held and the count
was the same. Now a warning is said again only when it says something new (more decisions held: the count on the line and
on the bar goes up, as tests/ui/test_unsaved_decisions_up_to_date.py keeps); the one said stands in the notes.

The real window with a sheet scored for real, the disk full as in tests/failing_disk.py, the tries a few milliseconds
apart (set on the controller's ``retrying``). What is waited for is the window having heard the writer's refusals of the
tries (its own queued handler has run for each), never a time."""
from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt

from failing_disk import failing_writes
from test_decisions_saved_after_all import _idle_under_review
from test_held_retried_in_time import _quick
from test_project_written_again_news import GONE
from test_unsaved_decisions_up_to_date import MANY, ONE
from ui_helpers import accept_mapping, make_long_csv

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

CTRL = Qt.KeyboardModifier.ControlModifier


def _heard(window) -> list:
    """The writer's failures, each appended once the window's own handler of it has run (queued after it)."""
    heard: list = []
    window.scoring._heard.connect(lambda news: heard.append(news[1]), Qt.ConnectionType.QueuedConnection)
    return heard


def _refused_twice_more(qtbot, window, heard: list, kind: str) -> None:
    """Two more tries refused, each heard by the window, after those heard so far."""
    retrying, before = window.scoring.retrying, len(heard)
    qtbot.waitUntil(lambda: sum(e.kind == kind for e in heard[before:]) >= 2, timeout=10000)
    assert retrying.tries >= 2 and retrying.timer.isActive()   # tried in time, and tried on


def test_a_timed_retry_refused_again_leaves_the_review_line_and_the_bar_alone_until_more_is_held(
        qtbot, window, tmp_path, monkeypatch):
    session, store, _keys, view = _idle_under_review(qtbot, window, tmp_path)
    notes, bar = window.notices, window.statusBar()
    heard = _heard(window)
    _quick(window)
    failing_writes(monkeypatch)
    qtbot.keyClick(view, Qt.Key.Key_2)
    n = len(session.decisions)
    refused = ONE if n == 1 else MANY.format(n=n)
    qtbot.waitUntil(lambda: view.message_label.text().startswith("⚠ " + refused), timeout=10000)
    assert bar.currentMessage().startswith(refused)
    qtbot.keyClick(view, Qt.Key.Key_Y, CTRL)                    # nothing to redo: said in the warning's place
    nothing = view.message_label.text()
    assert nothing == "Nothing to redo."
    bar.clearMessage()                                          # the warning's 15 s on the bar are over
    shown: list[str] = []
    bar.messageChanged.connect(shown.append)

    _refused_twice_more(qtbot, window, heard, "project.decisions_unsaved")   # the teacher does nothing
    assert set(store.unsaved) == set(session.decisions)         # refused again: the same decisions held
    assert view.message_label.text() == nothing                 # the line still says what it said
    assert bar.currentMessage() == "" and not [m for m in shown if m]   # no flash of the same warning
    assert [p for p in notes.problems if p.startswith(refused)] == [notes.problems[-1]]   # it stands in the notes, once

    qtbot.keyClick(view, Qt.Key.Key_1)                          # one more decision, refused too: that is new
    more = len(session.decisions)
    assert more > n
    qtbot.waitUntil(lambda: view.message_label.text().startswith("⚠ " + MANY.format(n=more)), timeout=10000)
    assert bar.currentMessage().startswith(MANY.format(n=more))
    assert [p for p in notes.problems if "kept but could not be saved" in p] == [notes.problems[-1]]


def test_a_file_still_gone_at_a_timed_retry_is_not_said_again(qtbot, window, tmp_path):
    folder = tmp_path / "usb"
    window.open_sheet(make_long_csv(folder / "answers.csv", n_students=5))
    accept_mapping(qtbot, window)
    session = window.session
    keys = [a.key for a in session.answers]
    window.show_review(keys, keys[0])
    view = window.review_view
    qtbot.waitUntil(lambda: not window.tasks.busy and not window.scoring.save_pending, timeout=20000)
    assert window.store.flush(10)
    bar = window.statusBar()
    heard = _heard(window)
    _quick(window)

    shutil.rmtree(folder)                                       # the stick was pulled
    qtbot.keyClick(view, Qt.Key.Key_2)
    qtbot.waitUntil(lambda: any(e.kind == "project.deleted_not_rewritten" for e in heard), timeout=10000)
    qtbot.keyClick(view, Qt.Key.Key_Y, CTRL)
    nothing = view.message_label.text()
    assert nothing == "Nothing to redo."
    assert any(p.startswith(GONE) for p in window.notices.problems)
    bar.clearMessage()
    shown: list[str] = []
    bar.messageChanged.connect(shown.append)

    _refused_twice_more(qtbot, window, heard, "project.deleted_not_rewritten")   # still gone, the same problem
    assert view.message_label.text() == nothing and bar.currentMessage() == "" and not [m for m in shown if m]
