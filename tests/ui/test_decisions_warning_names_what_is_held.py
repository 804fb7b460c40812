"""A comment or a threshold held by a full disk after decisions is named in the decisions' warning. The writer said
the changes it held in one failure, and with decisions among them only counted the decisions ("Your decision is kept
but could not be saved to answers.grader-project (1 unsaved); check the disk…"): a comment or a threshold held after
them went unsaid (the warning, the same as before, was not even said again), so a teacher who quit then, or whose file
went, did not know to write that comment again; once written, the news named the decisions only. Now the decisions'
warning names what is held with them ("Your decision and your comment are kept but could not be saved…"), said again
in its place in the notes as soon as it holds more, and the news once they are written names both ("Saved in
answers.grader-project after all: your decision and your comment."; on the status bar "Nothing is lost: saved after
all.", the whole its tooltip). While the project file is gone, the bar says that first (tests/ui/
test_bar_says_the_file_is_gone.py), and the notes name the threshold held after the decisions.

In the real window with a sheet scored for real; the disk is full as in tests/failing_disk.py."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from failing_disk import failing_copies, failing_writes
from test_decisions_saved_after_all import _idle_under_review
from test_held_changes_saved_after_all import ITEM
from test_unsaved_decisions_up_to_date import MANY, ONE, PROJECT, _comment

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

REASON = "; check the disk has room and the file is not read-only."


def _decided_one(qtbot, view, session, notes) -> int:
    """One answer decided on the full disk (or its group), its warning said; how many decisions that made."""
    before = len(session.decisions)
    qtbot.keyClick(view, Qt.Key.Key_1)
    n = len(session.decisions) - before
    qtbot.waitUntil(lambda: len(notes.problems) >= 1, timeout=10000)
    return n


def _held(n: int, what: str) -> str:
    """The decisions' warning for ``n`` decisions held with ``what``."""
    if n == 1:
        return f"Your decision and {what} are kept but could not be saved to {PROJECT} (1 unsaved){REASON}"
    return f"{n} of your decisions and {what} are kept but could not be saved to {PROJECT}{REASON}"


def _yours(n: int) -> str:
    return "your decision" if n == 1 else f"your {n} decisions"


def test_a_comment_held_after_a_decision_is_named_in_its_warning_and_in_the_news(qtbot, window, tmp_path,
                                                                                   monkeypatch):
    session, store, _keys, view = _idle_under_review(qtbot, window, tmp_path)
    notes, bar = window.notices, window.statusBar()
    before = list(notes.notes)
    disk = failing_writes(monkeypatch)                          # the disk fills up
    n = _decided_one(qtbot, view, session, notes)
    assert len(notes.problems) == 1 and notes.problems[0].startswith(ONE if n == 1 else MANY.format(n=n))
    _comment(qtbot, view, "Name the membrane's job.")            # a comment held after the decision
    both = _held(n, "your comment")
    qtbot.waitUntil(lambda: notes.problems == [both], timeout=10000)   # said again, in its place, naming the comment
    assert notes.notes == before + [both] and bar.currentMessage() == both

    disk["on"] = False                                          # room again: the next change writes them all
    _comment(qtbot, view, "Then its shape.")
    news = f"Saved in {PROJECT} after all: {_yours(n)} and your comment."
    qtbot.waitUntil(lambda: not notes.problems and news in notes.infos, timeout=10000)
    qtbot.waitUntil(lambda: bar.currentMessage() == "Nothing is lost: saved after all.", timeout=10000)
    assert bar.toolTip() == news and notes.notes == before + [news] and store.unsaved == {}


def test_a_threshold_held_after_decisions_while_the_file_is_gone_is_named_in_the_notes(qtbot, window, tmp_path,
                                                                                       monkeypatch):
    session, store, _keys, view = _idle_under_review(qtbot, window, tmp_path)
    notes, bar = window.notices, window.statusBar()
    disk = failing_writes(monkeypatch)                          # the disk fills up, no room for a copy either
    failing_copies(monkeypatch, disk)
    n = _decided_one(qtbot, view, session, notes)
    store.path.unlink()                                         # the file goes: the writer cannot write it again
    assert not store.flush(10)
    qtbot.waitUntil(lambda: len(notes.problems) == 2, timeout=10000)
    gone = notes.problems[1]
    panel = window.results.threshold                            # a threshold held after the decisions
    panel.scope.setCurrentIndex(panel.scope.findData(ITEM))
    panel.slider.setValue(61)
    both = _held(n, "the thresholds")
    qtbot.waitUntil(lambda: notes.problems[0] == both, timeout=10000)   # in its place, naming the thresholds
    assert notes.problems[1] == gone
    brief = f"Not saved yet: {PROJECT} is gone; keep Grader open."
    qtbot.waitUntil(lambda: bar.currentMessage() == brief, timeout=10000)   # the file gone, said first on the bar
    assert bar.toolTip() == f"{gone} {notes.problems[0]}"

    disk["on"] = False                                          # room again: the writer's next try writes it all
    assert store.flush(10) and store.last_error is None
    news = f"Saved in {PROJECT} after all: {_yours(n)} and the thresholds."
    qtbot.waitUntil(lambda: not notes.problems and news in notes.infos, timeout=10000)
