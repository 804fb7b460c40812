"""What a full disk held while the project file was gone (deleted while open, and no room to write it again) is counted
and named up to date. Once the writer had said the file could not be written again, a commit refused after that was
put down to the file ("…was deleted while open and could not be written again…") and the held changes' own warning was
not said again: decisions made then were held but not counted, so the notes still said "Your decision is kept but could
not be saved… (1 unsaved)" with three held, and once the disk had room the news said "your decision" in the notes, on
the status bar and on the review line. Now a refused commit that adds to what is held says the held changes' warning
again, up to date, in its place in the notes (the file's warning stays), and the news counts every one; so for a
comment held and a threshold held after it.

In the real window with a sheet scored for real; the disk is full as in tests/failing_disk.py, the copy that would write
the file again refused too; the project file is deleted on the disk."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from failing_disk import failing_copies, failing_writes
from test_decisions_saved_after_all import _idle_under_review
from test_held_changes_saved_after_all import ITEM, NOT_YET
from test_project_write_errors import decisions_on_disk
from test_project_written_again_news import BACK, GONE
from test_unsaved_decisions_up_to_date import MANY, ONE, PROJECT, _comment, _saved_news
from test_written_again_with_held_news import BOTH

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _gone_while_held(qtbot, window, store, monkeypatch, hold) -> tuple[dict, list[str]]:
    """The disk fills up (no room for a copy of the file either), ``hold()`` makes a change the writer holds and its
    warning is said; then the project file is deleted and the writer's next try says it could not be written again.
    The switch of the full disk, and the warnings the notes hold then (the held changes', then the file's)."""
    notes = window.notices
    said = list(notes.notes)
    disk = failing_writes(monkeypatch)
    failing_copies(monkeypatch, disk)
    first = hold()
    qtbot.waitUntil(lambda: any(p.startswith(first) for p in notes.problems), timeout=10000)
    store.path.unlink()                                         # the writer finds out at its next try
    assert not store.flush(10)
    qtbot.waitUntil(lambda: any(p.startswith(GONE) for p in notes.problems), timeout=10000)
    warnings = notes.notes[len(said):]
    assert len(warnings) == 2 and warnings[0].startswith(first) and warnings[1].startswith(GONE)
    return disk, said


def test_decisions_held_after_the_file_could_not_be_written_again_are_counted_in_the_notes_on_the_bar_and_the_review_line(
        qtbot, window, tmp_path, monkeypatch):
    session, store, _keys, view = _idle_under_review(qtbot, window, tmp_path)
    notes, bar, path = window.notices, window.statusBar(), store.path
    decided = dict(session.decisions)

    def decide():
        qtbot.keyClick(view, Qt.Key.Key_1)
        n = len(session.decisions) - len(decided)               # the answer shown, or its group
        return ONE if n == 1 else MANY.format(n=n)

    disk, said = _gone_while_held(qtbot, window, store, monkeypatch, decide)
    first = len(session.decisions) - len(decided)
    qtbot.keyClick(view, Qt.Key.Key_2)                          # two more answers decided, held with the first
    qtbot.keyClick(view, Qt.Key.Key_0)
    n = len(session.decisions) - len(decided)
    assert n >= first + 2
    refused = MANY.format(n=n)                                  # the decisions' warning, up to date, in its place
    qtbot.waitUntil(lambda: any(p.startswith(refused) for p in notes.problems), timeout=10000)
    assert set(store.unsaved) == set(session.decisions) - set(decided)
    assert store.last_error is not None and store.last_error.kind == "project.deleted_not_rewritten"   # still gone
    warnings = notes.notes[len(said):]
    assert len(warnings) == 2 and warnings[0].startswith(refused) and warnings[1].startswith(GONE)
    assert view.message_label.text() == (f"⚠ Not saved yet: {PROJECT} is gone; keep Grader open or you lose your {n} "
                                         "decisions.")   # the file gone said first, as on the bar, the decisions counted

    disk["on"] = False                                          # room again: the writer's next try writes it all
    assert store.flush(10) and store.last_error is None and store.unsaved == {}
    qtbot.waitUntil(lambda: bar.currentMessage() == BOTH, timeout=10000)   # in a few words: the notes count them
    assert set(decisions_on_disk(path)) == set(session.decisions) != set()
    assert notes.notes == said + [text for text in (_saved_news(n), BACK) if text not in said]   # each in its place
    assert notes.problems == []
    assert view.message_label.text() == _saved_news(n)          # the news where the warning was, counting all


def test_a_threshold_held_after_a_comment_while_the_file_could_not_be_written_again_is_named_too(
        qtbot, window, tmp_path, monkeypatch):
    _session, store, _keys, view = _idle_under_review(qtbot, window, tmp_path)
    notes, bar = window.notices, window.statusBar()

    def comment():
        _comment(qtbot, view, "Name the membrane's job.")
        return f"Your comment {NOT_YET}"

    disk, said = _gone_while_held(qtbot, window, store, monkeypatch, comment)
    panel = window.results.threshold                            # the results page's slider, the review over it
    panel.scope.setCurrentIndex(panel.scope.findData(ITEM))
    panel.slider.setValue(61)                                   # saved once it rests: held with the comment
    both = f"Your comment and the thresholds {NOT_YET}"
    qtbot.waitUntil(lambda: any(p.startswith(both) for p in notes.problems), timeout=10000)
    warnings = notes.notes[len(said):]
    assert len(warnings) == 2 and warnings[0].startswith(both) and warnings[1].startswith(GONE)

    disk["on"] = False
    assert store.flush(10) and store.last_error is None
    what = "your comment and the thresholds"
    qtbot.waitUntil(lambda: bar.currentMessage() == BOTH, timeout=10000)
    news = f"Saved in {PROJECT} after all: {what}."
    assert notes.notes == said + [text for text in (news, BACK) if text not in said]
    assert notes.problems == []
