"""Undo survives opening the sheet again. A teacher marks answers, the sheet is closed (or Grader quits, or crashes) and
opened again: Ctrl+Z used to do nothing. Now the project file keeps the last steps, each written with its decisions,
and Ctrl+Z undoes the last decision exactly, says which answer it changed and shows it; a group's score is undone in
one step; redo works; a step whose answer no longer holds what the step left (the sheet edited outside Grader, the
score changed outside, another model's score) is refused with one sentence and writes nothing; a project saved before
the steps were kept opens with nothing to undo; Grader killed right after a few steps loses none of them. The real main
window on a real sheet, its real project file read back by a connection of its own (the last test kills a real child
process with SIGKILL)."""
from __future__ import annotations

import csv
import signal
import sqlite3
import textwrap

from PySide6.QtCore import Qt

from grader_app.ui.main_window import RESULTS, REVIEW
from child_opens_sheet import OPENS_SHEET
from kill_runner import killed_child, needs_sigkill
from test_pull_out_undo import GROUP, reviewing
from test_review_waiting_comment import OWN, ROWS, on_disk
from ui_helpers import rows_sheet, scored_on_disk

UNDO, REDO = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _key(score: int):
    return getattr(Qt.Key, f"Key_{score}")


def _reopen(qtbot, window, tmp_path):
    """Close the sheet (its project written and closed), open it again and open the review on what needs the teacher;
    returns (session, store, review view)."""
    with qtbot.waitSignal(window.sheetClosed, timeout=10000):
        window.close_sheet()
    with qtbot.waitSignal(window.sessionReady, timeout=10000):
        window.open_sheet(tmp_path / "class.csv")
    qtbot.waitUntil(lambda: window.learning.ready, timeout=30000)
    window.results.request_review()
    assert window.pages.currentIndex() == REVIEW
    return window.session, window.store, window.review_view


def _steps_on_disk(store) -> list[tuple[int, int]]:
    """(seq, done) of each undo step the project file keeps, read by a connection of its own."""
    assert store.flush()
    con = sqlite3.connect(str(store.path))
    try:
        return con.execute("SELECT seq, done FROM undo_steps ORDER BY seq").fetchall()
    finally:
        con.close()


def _marked(qtbot, window, tmp_path):
    """Student 1 scored 2, the group of four alike answers 1 (one key), Student 3 scored 3; returns the model's
    scores then."""
    session, store, view = reviewing(qtbot, window, tmp_path)
    qtbot.keyClick(view, _key(2))
    assert view.current_unit() == GROUP
    qtbot.keyClick(view, _key(1))                       # the whole group at once: one step
    assert view.current_key() == 2
    qtbot.keyClick(view, _key(3))
    assert scored_on_disk(store) == {0: 2, **dict.fromkeys(GROUP, 1), 2: 3}
    assert _steps_on_disk(store) == [(1, 1), (2, 1), (3, 1)]   # each step written with its decisions
    return session


def test_ctrl_z_after_the_sheet_is_opened_again_undoes_the_last_decision_and_the_group(qtbot, window, tmp_path):
    _marked(qtbot, window, tmp_path)
    s, store, view = _reopen(qtbot, window, tmp_path)
    assert 2 in s.decisions and 2 not in view.queue.keys()   # decided: not on the list the review opened on
    assert window.undo_stack.count() == 3 and window.undo_stack.index() == 3

    qtbot.keyClick(view, Qt.Key.Key_Z, UNDO)
    assert view.message_label.text() == "Undone: score 3 for Student 3 · S03."
    assert view.current_key() == 2 and 2 not in s.decisions      # shown, as it was before: no score of the teacher's
    assert view.decision_label.text().startswith("Not decided yet.")
    assert scored_on_disk(store) == {0: 2, **dict.fromkeys(GROUP, 1)}

    qtbot.keyClick(view, Qt.Key.Key_Z, UNDO)                      # the group's score: one step, every member
    assert view.message_label.text() == "Undone: score 1 for 4 answers in a group."
    assert sorted(view.current_unit()) == GROUP and not any(k in s.decisions for k in GROUP)
    assert scored_on_disk(store) == {0: 2}
    assert _steps_on_disk(store) == [(1, 1), (2, 0), (3, 0)]

    qtbot.keyClick(view, Qt.Key.Key_Z, REDO)
    assert view.message_label.text() == "Redone: score 1 for 4 answers in a group."
    assert scored_on_disk(store) == {0: 2, **dict.fromkeys(GROUP, 1)}

    # where she left it is kept too: opened once more, the score of Student 3 is still to redo
    s, store, view = _reopen(qtbot, window, tmp_path)
    assert window.undo_stack.count() == 3 and window.undo_stack.index() == 2
    qtbot.keyClick(view, Qt.Key.Key_Z, REDO)
    assert view.message_label.text() == "Redone: score 3 for Student 3 · S03."
    assert s.decisions[2].score == 3 and scored_on_disk(store)[2] == 3
    qtbot.keyClick(view, Qt.Key.Key_Z, UNDO)
    qtbot.keyClick(view, Qt.Key.Key_Z, UNDO)
    qtbot.keyClick(view, Qt.Key.Key_Z, UNDO)
    assert view.message_label.text() == "Undone: score 2 for Student 1 · S01."
    assert s.decisions == {} and scored_on_disk(store) == {}
    qtbot.keyClick(view, Qt.Key.Key_Z, UNDO)
    assert view.message_label.text() == "Nothing to undo."


def test_a_step_the_answers_no_longer_match_is_refused_and_writes_nothing(qtbot, window, tmp_path):
    _marked(qtbot, window, tmp_path)
    with qtbot.waitSignal(window.sheetClosed, timeout=10000):
        window.close_sheet()
    # outside Grader: Student 3's score changed in the project file (an older Grader, a hand), Student 1's answer
    # edited in the sheet
    con = sqlite3.connect(str(tmp_path / "class.grader-project"))
    with con:
        con.execute("UPDATE decisions SET score='0' WHERE answer_key=2")
    con.close()
    with open(tmp_path / "class.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    rows[1][3] += " and more"
    with open(tmp_path / "class.csv", "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    with qtbot.waitSignal(window.sessionReady, timeout=10000):
        window.open_sheet(tmp_path / "class.csv")
    qtbot.waitUntil(lambda: window.learning.ready, timeout=30000)
    s, store = window.session, window.store
    assert 0 not in s.decisions and s.decisions[2].score == 0        # the edited answer's decision dropped

    window.results.request_review()
    view = window.review_view
    qtbot.keyClick(view, Qt.Key.Key_Z, UNDO)                          # would put back a score changed since
    assert view.message_label.text() == ("That step cannot be undone or redone any more: Student 3 · S03's answer was "
                                         "changed after it (its score is now 0), so Grader leaves it as it is.")
    assert s.decisions[2].score == 0 and scored_on_disk(store)[2] == 0
    assert _steps_on_disk(store) == [(1, 1), (2, 1)]                  # it left the stack and the file
    qtbot.keyClick(view, Qt.Key.Key_Z, UNDO)                          # the step before it: undone as ever
    assert view.message_label.text() == "Undone: score 1 for 4 answers in a group."
    assert not any(k in s.decisions for k in GROUP)

    qtbot.keyClick(view, Qt.Key.Key_Escape)                           # Edit ▸ Undo on the results table
    assert window.pages.currentIndex() == RESULTS
    window.undo_action.trigger()                                      # Student 1's answer is not as it was
    assert window.statusBar().currentMessage() == (
        "That step cannot be undone or redone any more: an answer it changed is no longer in the sheet as it was "
        "(edited or removed since), so Grader leaves the scores as they are.")
    assert 0 not in s.decisions and scored_on_disk(store) == {2: 0}
    assert window.undo_stack.count() == 1 and _steps_on_disk(store) == [(2, 0)]


def test_undo_that_would_leave_the_answer_to_another_models_score_is_refused(qtbot, window, tmp_path):
    session, store, view = reviewing(qtbot, window, tmp_path)
    model = session.model_score(0)
    qtbot.keyClick(view, Qt.Key.Key_Return)                           # the model's score accepted
    assert session.decisions[0].score == model
    s, store, view = _reopen(qtbot, window, tmp_path)
    other = next(v for v in (0, 1, 2, 3) if v != model)               # scored again by another model: another score
    row = [0.01] * 4
    row[other] = 0.97
    s.set_predictions([0], [row])
    qtbot.keyClick(view, Qt.Key.Key_Z, UNDO)
    assert view.message_label.text() == (f"That step cannot be undone or redone any more: the model's score for "
                                         f"Student 1 · S01's answer is {other} now, where it was {model}, so taking "
                                         "your score off would not bring back what you saw.")
    assert s.decisions[0].score == model and scored_on_disk(store) == {0: model}
    assert window.undo_stack.count() == 0 and _steps_on_disk(store) == []


def test_a_project_saved_before_the_steps_were_kept_opens_with_nothing_to_undo(qtbot, window, tmp_path):
    session, store, view = reviewing(qtbot, window, tmp_path)
    session.decide(0, 2)                                              # written as a Grader before this one wrote it
    session.decide(2, 1)
    assert store.flush()
    con = sqlite3.connect(str(store.path))
    assert con.execute("SELECT count(*) FROM sqlite_master WHERE name='undo_steps'").fetchone() == (0,)
    con.close()
    s, store, view = _reopen(qtbot, window, tmp_path)
    assert {k: d.score for k, d in s.decisions.items()} == {0: 2, 2: 1}
    qtbot.keyClick(view, Qt.Key.Key_Z, UNDO)
    assert view.message_label.text() == "Nothing to undo." and scored_on_disk(store) == {0: 2, 2: 1}
    view.go_to(GROUP[0])
    qtbot.keyClick(view, _key(3))                                     # its first step: the table comes with it
    assert _steps_on_disk(store) == [(1, 1)]
    qtbot.keyClick(view, Qt.Key.Key_Z, UNDO)
    assert view.message_label.text() == "Undone: score 3 for 4 answers in a group."
    assert scored_on_disk(store) == {0: 2, 2: 1}


# Opens the sheet as the window does, with the window's undo stack: a comment written on an answer with no score yet,
# that answer scored (the score takes the comment), another scored; says so once the store's writer has written them
# (it waits; it asks for nothing) and idles until it is killed (it never closes or flushes anything).
CHILD = OPENS_SHEET + textwrap.dedent("""
    from grader_app.ui.undo_steps import UndoSteps

    own = int(sys.argv[3])
    stack = UndoSteps(prepared.session, prepared.store)
    view = ReviewView(prepared.session, stack, prepared.store)
    view.set_queue([a.key for a in prepared.session.answers])
    view.go_to(own)
    view.edit_comment()
    view.comment_dialog.editor.setPlainText("Why white?")
    view.comment_dialog.accept()
    view.decide(3)
    view.go_to(0)
    view.decide(1)
    prepared.store._writer.wait_for()
    print("MARKED", flush=True)
    time.sleep(600)
""")


@needs_sigkill
def test_the_steps_survive_a_crash_a_comment_waiting_for_its_score_too(qtbot, window, tmp_path, shipped_bundles):
    sheet, _ = rows_sheet(tmp_path, ROWS)
    with killed_child(tmp_path, CHILD, sheet, shipped_bundles, OWN) as proc:
        assert proc.stdout.readline().strip() == "MARKED", proc.stderr.read()
    assert proc.returncode == -signal.SIGKILL

    with qtbot.waitSignal(window.sessionReady, timeout=10000):
        window.open_sheet(sheet)
    qtbot.waitUntil(lambda: window.learning.ready, timeout=30000)
    s, store = window.session, window.store
    assert {k: (d.score, d.comment) for k, d in s.decisions.items()} == {OWN: (3, "Why white?"), 0: (1, "")}
    assert window.undo_stack.count() == 3
    window.results.request_review()
    view = window.review_view
    qtbot.keyClick(view, Qt.Key.Key_Z, UNDO)
    assert view.message_label.text() == "Undone: score 1 for Student 1 · S01."
    assert on_disk(store) == ({OWN: (3, "Why white?")}, {})
    qtbot.keyClick(view, Qt.Key.Key_Z, UNDO)                          # the score undone: its comment waits again
    assert view.message_label.text() == "Undone: score 3 for Student 2 · S02."
    assert view.current_key() == OWN and view.comment_label.text() == "Comment: Why white?"
    assert on_disk(store) == ({}, {OWN: "Why white?"})
    qtbot.keyClick(view, Qt.Key.Key_Z, UNDO)
    assert view.message_label.text() == "Undone: comment on Student 2 · S02."
    assert s.waiting_comments == {} and on_disk(store) == ({}, {})
    qtbot.keyClick(view, Qt.Key.Key_Z, REDO)
    qtbot.keyClick(view, Qt.Key.Key_Z, REDO)
    assert on_disk(store) == ({OWN: (3, "Why white?")}, {})
