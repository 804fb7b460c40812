"""A comment written on an answer that has no score yet (its question has no model) waits for the score, and it
is on disk the moment it is written: Grader killed right after it, the sheet opened again shows it on that answer,
the score typed then takes it exactly as before, and undo and redo of the comment and of that score leave the
project file as the screen says. Real sheets, real project files, the real review screen and comment dialog;
the first test kills a real child process with SIGKILL."""
from __future__ import annotations

import json
import signal
import sqlite3
import textwrap
from pathlib import Path

import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from grader_app import workflow
from grader_app.bundles.library import Library
from grader_app.core.sheet import ColumnMapping
from grader_app.io.project_store import project_path_for
from grader_app.ui.review_view import ReviewView
from child_opens_sheet import OPENS_SHEET
from kill_runner import killed_child, needs_sigkill
from ui_helpers import review_view, rows_sheet

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
MAPPING = dict(id_column="Student ID", name_column="Name", item_column="Question", answer_column="Answer")
ROWS = [("asap-sas-1", "the cell membrane controls what enters and leaves the cell"),
        ("Own question", "Paint the doghouse white."),
        ("Own question", "Black, it is warmer."),
        ("asap-sas-1", "water")]
OWN = 1   # the first answer to the question without a model

# Opens the sheet as the window does (workflow.prepare_session: the project restored and attached), writes a
# comment on the answer without a model through the real comment dialog, says so once the store's writer has written
# it (it waits; it asks for nothing), and idles until it is killed: it never closes or flushes anything.
CHILD = OPENS_SHEET + textwrap.dedent("""
    from PySide6.QtGui import QUndoStack

    key = int(sys.argv[3])
    stack = QUndoStack()
    view = ReviewView(prepared.session, stack, prepared.store)
    view.set_queue([a.key for a in prepared.session.answers])
    view.go_to(key)
    view.edit_comment()
    dialog = view.comment_dialog
    dialog.editor.setPlainText(sys.argv[4])
    dialog.accept()                                  # Save
    prepared.store._writer.wait_for()
    print("COMMENTED", flush=True)
    time.sleep(600)
""")


def _open(sheet_path: Path, folder: Path) -> workflow.Prepared:
    """The sheet opened again as the window opens it (restored and attached)."""
    prepared = workflow.prepare_session(sheet_path, workflow.read_sheet(sheet_path), ColumnMapping(**MAPPING), {},
                                        Library.load([folder]))
    workflow.score_all(prepared.session, prepared.bundles)
    return prepared


def _view(qtbot, prepared) -> ReviewView:
    view = review_view(qtbot, prepared.session, prepared.store)
    view.go_to(OWN)
    return view


def on_disk(store) -> tuple[dict, dict]:
    """(decisions, comments waiting for a score) as a connection of its own reads them, once the writer is done."""
    assert store.flush()
    con = sqlite3.connect(str(store.path))
    try:
        decisions = {k: (json.loads(s), c) for k, s, c in con.execute("SELECT answer_key, score, comment FROM decisions")}
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        waiting = dict(con.execute("SELECT answer_key, comment FROM waiting_comments")) if "waiting_comments" in tables \
            else {}
    finally:
        con.close()
    return decisions, waiting


def _save_comment(qtbot, view, text: str) -> None:
    """C, select what the editor holds, type ``text``, Ctrl+Enter: what the teacher does."""
    qtbot.keyClick(view, Qt.Key.Key_C)
    dlg = view.comment_dialog
    dlg.editor.selectAll()
    qtbot.keyClicks(dlg.editor, text)
    qtbot.keyClick(dlg.editor, Qt.Key.Key_Return, CTRL)


@needs_sigkill
def test_a_comment_waiting_for_its_score_survives_a_kill_and_goes_with_the_score_typed_after(qtbot, tmp_path):
    sheet_path, folder = rows_sheet(tmp_path, ROWS)
    with killed_child(tmp_path, CHILD, sheet_path, folder, OWN, "Why white?") as proc:
        assert proc.stdout.readline().strip() == "COMMENTED", proc.stderr.read()
    assert proc.returncode == -signal.SIGKILL

    prepared = _open(sheet_path, folder)
    store, session = prepared.store, prepared.session
    try:
        assert store.path == project_path_for(sheet_path)
        view = _view(qtbot, prepared)
        assert view.comment_label.text() == "Comment: Why white?"          # shown with its answer, still waiting
        assert OWN not in session.decisions and session.waiting_comments == {OWN: "Why white?"}
        qtbot.keyClick(view, Qt.Key.Key_C)
        assert view.comment_dialog.editor.toPlainText() == "Why white?"
        view.comment_dialog.reject()
        qtbot.keyClick(view, Qt.Key.Key_3)                                # the score takes it, as before
        decision = session.decisions[OWN]
        assert (decision.score, decision.comment) == (3, "Why white?") and session.waiting_comments == {}
        assert on_disk(store) == ({OWN: (3, "Why white?")}, {})
        qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)                          # the score undone: the comment waits again
        assert view.current_key() == OWN and view.comment_label.text() == "Comment: Why white?"
        assert on_disk(store) == ({}, {OWN: "Why white?"})
        qtbot.keyClick(view, Qt.Key.Key_Z, CTRL | SHIFT)                  # redone: taken again
        assert session.decisions[OWN] is decision and on_disk(store) == ({OWN: (3, "Why white?")}, {})
    finally:
        store.close()


def test_undo_and_redo_of_a_waiting_comment_are_on_disk_and_an_edit_after_an_undo_is_kept(qtbot, tmp_path):
    """Saving a waiting comment is a step of its own (Ctrl+Z takes it back, on disk too). After the score is
    undone, an edit of the comment that waits again is a new step: redo can no longer give the score with the
    old comment and drop the new one; the next score takes the edited comment."""
    sheet_path, folder = rows_sheet(tmp_path, ROWS)
    prepared = _open(sheet_path, folder)
    store = prepared.store
    try:
        view = _view(qtbot, prepared)
        _save_comment(qtbot, view, "Why white?")
        assert on_disk(store) == ({}, {OWN: "Why white?"})
        _save_comment(qtbot, view, "Why is white cooler?")
        assert on_disk(store) == ({}, {OWN: "Why is white cooler?"})
        qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
        assert view.message_label.text() == "Undone: comment on Student 2 · S02."
        assert view.comment_label.text() == "Comment: Why white?" and on_disk(store) == ({}, {OWN: "Why white?"})
        qtbot.keyClick(view, Qt.Key.Key_Z, CTRL | SHIFT)
        assert on_disk(store) == ({}, {OWN: "Why is white cooler?"})

        qtbot.keyClick(view, Qt.Key.Key_2)
        assert on_disk(store) == ({OWN: (2, "Why is white cooler?")}, {})
        qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
        view.go_to(OWN)
        _save_comment(qtbot, view, "Say why.")                          # edited while it waits again
        assert on_disk(store) == ({}, {OWN: "Say why."})
        qtbot.keyClick(view, Qt.Key.Key_Z, CTRL | SHIFT)                  # nothing to redo: the edit is the last step
        assert view.message_label.text() == "Nothing to redo." and on_disk(store) == ({}, {OWN: "Say why."})
        qtbot.keyClick(view, Qt.Key.Key_1)
        assert on_disk(store) == ({OWN: (1, "Say why.")}, {})
    finally:
        store.close()


def test_a_waiting_comment_is_not_written_into_the_graded_sheet_until_its_score_is(qtbot, tmp_path):
    """The export is made from the decisions only (see grader_app.core.session): a waiting comment beside no
    score would read as a graded answer."""
    sheet_path, folder = rows_sheet(tmp_path, ROWS)
    prepared = _open(sheet_path, folder)
    try:
        view = _view(qtbot, prepared)
        _save_comment(qtbot, view, "Why white?")
        out = workflow.export_graded(prepared.session, tmp_path / "graded.csv")
        graded = pd.read_csv(out, dtype=str, keep_default_na=False)
        assert "Why white?" not in graded.to_csv()
        qtbot.keyClick(view, Qt.Key.Key_3)
        graded = pd.read_csv(workflow.export_graded(prepared.session, tmp_path / "graded.csv"), dtype=str,
                             keep_default_na=False)
        assert "Why white?" in graded.iloc[OWN].tolist()
    finally:
        prepared.store.close()


def test_a_comment_on_an_auto_accepted_answer_goes_out_with_the_score_it_is_accepted_with(qtbot, tmp_path):
    """An answer the model's score is accepted for without review already has its final score: a comment on it is
    saved with that score (on disk at once, and in the graded sheet), not held back as waiting for a score."""
    sheet_path, folder = rows_sheet(tmp_path, ROWS)
    prepared = _open(sheet_path, folder)
    try:
        session = prepared.session
        session.set_threshold(0.0, "asap-sas-1")          # the teacher lets the model's surest answers through
        auto = next(a.key for a in session.answers if a.item == "asap-sas-1" and not session.flags.get(a.key)
                    and session.final_score(a.key) is not None)
        model = session.predictions[auto].score
        view = review_view(qtbot, session, prepared.store)
        view.go_to(auto)
        qtbot.keyClick(view, Qt.Key.Key_C)
        dlg = view.comment_dialog
        assert "without your review" in " ".join(w.text() for w in dlg.findChildren(QLabel))
        qtbot.keyClicks(dlg.editor, "Well explained.")
        qtbot.keyClick(dlg.editor, Qt.Key.Key_Return, CTRL)
        decisions, waiting = on_disk(prepared.store)
        assert decisions[auto] == (model, "Well explained.") and auto not in waiting
    finally:
        prepared.store.close()
