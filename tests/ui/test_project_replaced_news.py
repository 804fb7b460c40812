"""A project file replaced by another file while open (a sync client put its own version there), on a full disk: the
writer leaves that file alone and writes the project beside it, as "answers (recovered).grader-project"; when the disk
has no room for that copy, the window says "answers.grader-project was replaced by another file while open and could
not be written again (…)" in the notes above the results, on the status bar and on the review line. The news that it
is written beside it after all takes that warning's place, as it does for a file deleted while open
(tests/ui/test_project_written_again_news.py), which is resolved by the same code but was the only one tried in the
window; and if the same commit wrote decisions the full disk had held, the status bar says both in one sentence
(tests/ui/test_written_again_with_held_news.py).

In the real window with a sheet scored for real; the disk is full as in tests/failing_disk.py (the writes and the
copy refused); the project file is replaced on the disk."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from failing_disk import failing_copies, failing_writes
from test_decisions_saved_after_all import _idle_under_review
from test_project_write_errors import decisions_on_disk
from test_unsaved_decisions_up_to_date import MANY, ONE, PROJECT, _comment, _saved_news

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

RECOVERED = "answers (recovered).grader-project"
REPLACED = f"{PROJECT} was replaced by another file while open and could not be written again ("
BESIDE = (f"{PROJECT} was replaced by another file while open; Grader left that file alone and saves your work in "
          f"{RECOVERED} beside it.")
THEIRS = b"the sync client's own version of the file"


def _replaced(qtbot, window, tmp_path, monkeypatch, held: bool):
    """Under review, the disk full (with ``held``: a decision refused first, and its failure said), the project file
    replaced and the writer's try to write it beside that refused: (session, store, view, the first notes, and n, the
    decisions held whose failure was said)."""
    session, store, _keys, view = _idle_under_review(qtbot, window, tmp_path)
    notes, path = window.notices, store.path
    before = list(notes.notes)
    disk = failing_writes(monkeypatch)
    failing_copies(monkeypatch, disk)
    n = 0
    if held:
        qtbot.keyClick(view, Qt.Key.Key_1)
        n = len(session.decisions)                              # the answer shown, or its group
        refused = ONE if n == 1 else MANY.format(n=n)
        qtbot.waitUntil(lambda: any(p.startswith(refused) for p in notes.problems), timeout=10000)
    path.unlink()
    path.write_bytes(THEIRS)                                    # another file in its place
    qtbot.keyClick(view, Qt.Key.Key_2)                          # the writer finds out, and cannot copy it beside
    qtbot.waitUntil(lambda: any(p.startswith(REPLACED) for p in notes.problems), timeout=10000)
    assert store.last_error is not None and store.last_error.kind == "project.replaced_not_rewritten"
    if held:   # that decision is held with the first, and counted with them (tests/ui/test_held_counted_while_gone.py)
        n = len(session.decisions)
        qtbot.waitUntil(lambda: any(p.startswith(MANY.format(n=n)) for p in notes.problems), timeout=10000)
    return session, store, view, before, disk, n


def test_a_project_written_beside_the_file_that_replaced_it_takes_the_place_of_its_warning(
        qtbot, window, tmp_path, monkeypatch):
    session, store, view, before, disk, _n = _replaced(qtbot, window, tmp_path, monkeypatch, held=False)
    notes, bar = window.notices, window.statusBar()
    warning = next(p for p in notes.problems if p.startswith(REPLACED))
    assert "database or disk is full" in warning
    assert notes.notes == before + [warning]
    assert bar.currentMessage() == warning and view.message_label.text() == "⚠ " + warning

    disk["on"] = False                                          # room again: the next change writes it beside
    _comment(qtbot, view, "Name the membrane's job.")           # (a comment leaves the message line as it is)
    qtbot.waitUntil(lambda: bar.currentMessage() == f"Nothing is lost: saved in {RECOVERED}.", timeout=10000)
    assert bar.toolTip() == BESIDE                              # the whole news a glance away, and in the notes
    assert store.flush(10) and store.last_error is None and store.unsaved == {}
    assert store.path == tmp_path / RECOVERED
    assert (tmp_path / PROJECT).read_bytes() == THEIRS          # the other file left alone
    assert set(decisions_on_disk(tmp_path / RECOVERED)) == set(session.decisions) != set()
    assert notes.problems == [] and notes.notes == before + [BESIDE]   # in the warning's place, once
    assert view.message_label.text() == BESIDE and view.save_error is None   # no "⚠": the news in its place
    qtbot.keyClick(view, Qt.Key.Key_0)                          # news, like any: gone with the next decision
    assert BESIDE not in view.message_label.text()


def test_written_beside_with_the_decisions_the_full_disk_held_the_bar_says_both(qtbot, window, tmp_path, monkeypatch):
    session, store, view, before, disk, n = _replaced(qtbot, window, tmp_path, monkeypatch, held=True)
    notes, bar = window.notices, window.statusBar()
    disk["on"] = False
    _comment(qtbot, view, "Name the membrane's job.")
    both = f"Nothing is lost: saved in {RECOVERED}."              # in a few words (the notes say each whole)
    qtbot.waitUntil(lambda: bar.currentMessage() == both, timeout=10000)
    assert store.flush(10) and store.last_error is None and store.unsaved == {}
    assert set(decisions_on_disk(tmp_path / RECOVERED)) == set(session.decisions)
    held_news = _saved_news(n).replace(PROJECT, RECOVERED)      # said where they are now
    assert notes.problems == [] and notes.notes == before + [held_news, BESIDE]
