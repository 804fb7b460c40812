"""The review screen driven by key presses: scores, undo/redo, a group decision, comments — each
checked in the session and in the project file on disk (read with a second sqlite3 connection)."""
from __future__ import annotations

import sqlite3
import sys
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from counts_text import spaced
from grader_app.io.project_store import ProjectStore
from grader_app.ui.scoring_controller import ScoringController
from ui_helpers import decisions_on_disk, review_view

# Qt's offscreen platform warns whenever a shown top-level window's minimum size changes.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def view(qtbot, graded):
    """The review screen on the session of ``graded`` (the conftest's), without its store."""
    return review_view(qtbot, graded[0], width=900, height=700)


def test_digit_and_enter_decide_and_write_the_project(qtbot, view, graded):
    session, store = graded
    assert view.progress_label.text() == f"1 of {len(session.answers)} to review"
    assert view.current_key() == 0
    qtbot.keyClick(view, Qt.Key_2)
    assert session.final_score(0) == 2
    assert session.status(0) in ("reviewed", "overridden")
    assert decisions_on_disk(store) == {0: (2, "")}
    assert view.current_key() == 1 and view.progress_label.text().startswith("2 of ")
    model_score = session.predictions[1].score
    with qtbot.waitSignal(view.decisionsMade) as sig:
        qtbot.keyClick(view, Qt.Key_Return)
    assert sig.args == [[1]]
    assert session.final_score(1) == model_score and session.status(1) == "reviewed"
    assert decisions_on_disk(store) == {0: (2, ""), 1: (model_score, "")}
    assert view.current_key() == 2


def test_a_digit_typed_with_shift_scores_as_on_an_azerty_keyboard(qtbot, view, graded):
    """On a French or Belgian (AZERTY) keyboard the top row's digits are typed with Shift: Qt gives the digit's key
    with Shift held. It scores as the digit does, written to the project file; the keypad's digits still score."""
    session, store = graded
    qtbot.keyClick(view, Qt.Key_2, Qt.ShiftModifier)
    assert session.final_score(0) == 2 and decisions_on_disk(store) == {0: (2, "")}
    assert view.current_key() == 1
    qtbot.keyClick(view, Qt.Key_0, Qt.ShiftModifier)
    assert decisions_on_disk(store) == {0: (2, ""), 1: (0, "")}
    qtbot.keyClick(view, Qt.Key_1, Qt.KeypadModifier)
    assert decisions_on_disk(store) == {0: (2, ""), 1: (0, ""), 2: (1, "")}


def test_undo_and_redo_by_keys_restore_session_and_disk(qtbot, view, graded):
    session, store = graded
    qtbot.keyClick(view, Qt.Key_3)
    qtbot.keyClick(view, Qt.Key_1)
    assert decisions_on_disk(store) == {0: (3, ""), 1: (1, "")}
    qtbot.keyClick(view, Qt.Key_Z, Qt.ControlModifier)
    assert 1 not in session.decisions and decisions_on_disk(store) == {0: (3, "")}
    assert view.current_key() == 1  # the view goes to the answer that was undone
    qtbot.keyClick(view, Qt.Key_Z, Qt.ControlModifier)
    assert session.decisions == {} and decisions_on_disk(store) == {}
    qtbot.keyClick(view, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert session.final_score(0) == 3 and decisions_on_disk(store) == {0: (3, "")}
    qtbot.keyClick(view, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert decisions_on_disk(store) == {0: (3, ""), 1: (1, "")}
    assert "Redone" in view.message_label.text()


def test_changing_a_score_then_undo_puts_back_the_earlier_one(qtbot, view, graded):
    session, store = graded
    qtbot.keyClick(view, Qt.Key_2)
    first = session.decisions[0]
    qtbot.keyClick(view, Qt.Key_Left)
    qtbot.keyClick(view, Qt.Key_0)
    assert decisions_on_disk(store)[0] == (0, "")
    qtbot.keyClick(view, Qt.Key_Z, Qt.ControlModifier)
    assert session.decisions[0] == first  # score, comment and time stamp exactly as before
    assert decisions_on_disk(store)[0] == (2, "")


def test_group_decision_for_identical_answers_and_one_undo(qtbot, view, graded):
    session, store = graded
    key = next(a.key for a in session.answers if session.identical_to(a.key))
    same = session.identical_to(key)
    view.go_to(key)
    assert view.group_button.isVisible()
    assert view.group_button.text() == f"Apply to all {len(same) + 1} identical answers (Ctrl+G)"   # the card's too
    qtbot.keyClick(view, Qt.Key_1)
    view.go_to(key)
    qtbot.keyClick(view, Qt.Key_G, Qt.ControlModifier)
    for k in [key, *same]:
        assert session.final_score(k) == 1
    assert {k for k in decisions_on_disk(store)} == {key, *same}
    qtbot.keyClick(view, Qt.Key_Z, Qt.ControlModifier)  # one step undoes the whole group
    assert set(session.decisions) == {key} and set(decisions_on_disk(store)) == {key}
    unique = next(a.key for a in session.answers if a.text.strip() and not session.identical_to(a.key))
    view.go_to(unique)
    assert not view.group_button.isVisible()


def test_comment_by_key_c(qtbot, view, graded):
    session, store = graded
    qtbot.keyClick(view, Qt.Key_2)
    qtbot.keyClick(view, Qt.Key_Left)
    # no comment: no empty line on the card between the answer and the model's bars
    assert view.comment_label.text() == "" and not view.comment_label.isVisible()
    qtbot.keyClick(view, Qt.Key_C)
    dlg = view.comment_dialog
    assert dlg is not None and dlg.isVisible()
    qtbot.keyClicks(dlg.editor, "Good use of the word membrane")
    dlg.buttons.button(QDialogButtonBox.Save).click()
    assert session.decisions[0].comment == "Good use of the word membrane"
    assert session.final_score(0) == 2
    assert decisions_on_disk(store)[0] == (2, "Good use of the word membrane")
    assert "membrane" in view.comment_label.text() and view.comment_label.isVisible()
    qtbot.keyClick(view, Qt.Key_3)  # a new score keeps the comment
    assert decisions_on_disk(store)[0] == (3, "Good use of the word membrane")


def test_comment_on_undecided_answer_waits_for_its_score(qtbot, view, graded):
    """A comment decides no score (it once accepted the model's): it waits, and Enter's model score takes it."""
    session, store = graded
    view.go_to(4)
    qtbot.keyClick(view, Qt.Key_C)
    dlg = view.comment_dialog
    note = " ".join(w.text() for w in dlg.findChildren(QLabel))
    assert "gives no score" in note and f"Enter accepts the model's {session.predictions[4].score}" in note
    dlg.editor.setPlainText("check spelling")
    dlg.accept()
    assert 4 not in session.decisions and session.waiting_comments == {4: "check spelling"}
    assert 4 not in decisions_on_disk(store)
    qtbot.keyClick(view, Qt.Key_Return)
    assert decisions_on_disk(store)[4] == (session.predictions[4].score, "check spelling")


def test_a_score_outside_the_scale_is_refused_with_a_sentence(qtbot, view, graded):
    session, store = graded
    qtbot.keyClick(view, Qt.Key_7)
    assert view.message_label.text() == "7 is not a score for this question; use one of 0, 1, 2, 3."
    assert session.decisions == {} and decisions_on_disk(store) == {}
    assert view.current_key() == 0


def test_screen_shows_answer_rubric_bars_flags_and_keys(qtbot, view, graded):
    session, _ = graded
    a = session.answers[0]
    assert view.answer_label.text() == a.text
    assert view.answer_label.wordWrap()
    assert view.answer_label.font().pointSizeF() > view.keymap_label.font().pointSizeF()
    assert "Explain how the cell membrane works." in view.prompt_label.text()
    assert "3 — score 3" in view.rubric_label.text()
    bars = view.bars.values()
    assert [b[0] for b in bars] == ["0", "1", "2", "3"]
    assert sum(b[1] for b in bars) == pytest.approx(1000, abs=3)
    best = session.predictions[0].index
    assert "model" in bars[best][2]
    assert "Ctrl+Z" in view.keymap_label.text() and "Enter" in view.keymap_label.text()
    assert "Flagged answers always come to you." in view.decision_label.text()  # answer 0 has a twin
    unsure = next(a.key for a in session.answers
                  if not session.flags[a.key] and session.predictions[a.key].confidence < session.threshold(a.item))
    view.go_to(unsure)
    assert "The model is unsure" in view.decision_label.text()
    blank = next(a.key for a in session.answers if not a.text.strip())
    view.go_to(blank)
    assert view.flag_texts() == ["⚑ blank"]
    assert view.answer_label.text() == "(blank answer)"


def test_navigation_keys_and_escape(qtbot, view):
    qtbot.keyClick(view, Qt.Key_J)
    qtbot.keyClick(view, Qt.Key_Right)
    assert view.current_key() == 2
    qtbot.keyClick(view, Qt.Key_K)
    assert view.current_key() == 1
    qtbot.keyClick(view, Qt.Key_Left)
    qtbot.keyClick(view, Qt.Key_Left)  # stays at the first
    assert view.current_key() == 0
    with qtbot.waitSignal(view.closeRequested):
        qtbot.keyClick(view, Qt.Key_Escape)


def test_queue_start_key_and_all_decided(qtbot, view, graded):
    session, _ = graded
    view.set_queue([3, 5], start_key=5)
    assert view.current_key() == 5 and view.progress_label.text() == "2 of 2 to review"
    qtbot.keyClick(view, Qt.Key_0)
    assert view.current_key() == 3
    qtbot.keyClick(view, Qt.Key_0)
    others = sum(1 for a in session.answers if a.key not in (3, 5) and session.needs_teacher(a.key))
    assert others and view.progress_label.text() == "✓ Done here"          # the others wait in the table
    assert view.end.text() == (f"✓ Every answer here is decided, but {others} more answers in the sheet need you: "
                               "press Esc to go back to the table and review them (Ctrl+2).")
    assert spaced(view.left_label.text()) == "0 of 2 answers left to decide" and view.end.export_button.isHidden()
    view.set_queue([])
    assert view.progress_label.text() == "Nothing to review"
    qtbot.keyClick(view, Qt.Key_1)
    assert set(session.decisions) == {3, 5}


def test_a_failed_save_is_reported_kept_in_memory_and_written_with_the_next_decision(qtbot, view, graded, monkeypatch,
                                                                                     task_manager):
    session, store = graded
    controller = ScoringController(task_manager)    # hears the store's writer thread, as in the main window
    controller.bind(session, {}, store)
    controller.writeFailed.connect(view.show_save_error)
    heard_on = []
    controller.writeFailed.connect(lambda _e: heard_on.append(threading.current_thread() is threading.main_thread()))
    real_write = ProjectStore._write
    calls = {"n": 0}

    def disk_full_once(self, fn, *args, **kwargs):
        def run(conn):
            calls["n"] += 1
            if calls["n"] == 1:  # sqlite's own error, inside the transaction, as on a full disk
                raise sqlite3.OperationalError("database or disk is full")
            return fn(conn)
        return real_write(self, run, *args, **kwargs)

    monkeypatch.setattr(ProjectStore, "_write", disk_full_once)
    qtbot.keyClick(view, Qt.Key_2)                          # returns at once; the store's writer fails a moment later
    assert session.final_score(0) == 2                      # kept in memory
    qtbot.waitUntil(lambda: view.message_label.text().startswith(
        "⚠ Your decision is kept but could not be saved to class.grader-project (1 unsaved); check the disk"),
        timeout=10000)
    assert heard_on == [True]                               # the sentence reached the view on the GUI thread
    assert decisions_on_disk(store, flush=False) == {}                # not on disk yet
    assert set(store.unsaved) == {0} and view.save_error is not None
    qtbot.keyClick(view, Qt.Key_1)                          # the next write carries both
    assert decisions_on_disk(store) == {0: (2, ""), 1: (1, "")}
    assert store.unsaved == {} and "⚠" not in view.message_label.text()
    qtbot.wait(50)                                          # nothing stale arrives afterwards
    assert "⚠" not in view.message_label.text() and heard_on == [True]


def test_comment_dialog_ctrl_enter_saves_and_escape_cancels(qtbot, view, graded):
    session, store = graded
    qtbot.keyClick(view, Qt.Key_1)
    qtbot.keyClick(view, Qt.Key_Left)
    qtbot.keyClick(view, Qt.Key_C)
    dlg = view.comment_dialog
    qtbot.keyClicks(dlg.editor, "first line")
    qtbot.keyClick(dlg.editor, Qt.Key_Return)             # a plain Enter is a new line
    qtbot.keyClicks(dlg.editor, "second line")
    qtbot.keyClick(dlg.editor, Qt.Key_Return, Qt.ControlModifier)
    assert not dlg.isVisible()
    assert decisions_on_disk(store)[0] == (1, "first line\nsecond line")
    qtbot.keyClick(view, Qt.Key_C)
    dlg = view.comment_dialog
    dlg.editor.setPlainText("changed my mind")
    qtbot.keyClick(dlg.editor, Qt.Key_Escape)             # a changed comment: Escape asks first (comment_dialog)
    discard = next(b for b in dlg.asking.buttons() if b.text() == "&Discard")
    discard.click()
    assert not dlg.isVisible()
    assert decisions_on_disk(store)[0] == (1, "first line\nsecond line")


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_reviewing_cannot_run_none_out_of_references(qtbot, view):
    """PySide6 6.12.0 on Python 3.11 drops a reference to None on every void call (QLabel.setText…),
    so a few thousand screen updates aborted the app with 'deallocating None'. Whatever the binding,
    ten million more review-screen updates must not bring None's reference count to zero (the
    guard in grader_app/ui/__init__.py gives it headroom)."""
    view.refresh()
    before = sys.getrefcount(None)
    for _ in range(100):
        view.refresh()
    leak_per_update = max(0.0, (before - sys.getrefcount(None)) / 100)
    assert sys.getrefcount(None) > leak_per_update * 10_000_000


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None, True and False are immortal from Python 3.12 on")
def test_the_ui_package_gives_none_true_and_false_reference_headroom():
    """A leaked reference per call to None, True or False must not be able to abort the app
    ("Fatal Python error: none_dealloc / bool_dealloc"): importing grader_app.ui gives each of them
    2**40 extra references, once."""
    import grader_app.ui  # noqa: F401

    for singleton in (None, True, False):
        assert sys.getrefcount(singleton) > 1 << 39, singleton


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None, True and False are immortal from Python 3.12 on")
def test_emitting_signals_cannot_bring_true_to_zero(qtbot):
    """PySide6 6.12.0 drops a reference to True on each emit that reaches a Python receiver (the source of
    "Fatal Python error: bool_dealloc"; without the guard, about 570 emits abort a bare process, where True
    starts with 573 references). With the guard, ten million more emits of each kind the app uses must not
    bring True's reference count to zero."""
    from PySide6.QtCore import QObject, Signal

    import grader_app.ui  # noqa: F401

    class Emitter(QObject):
        bare = Signal()
        text = Signal(str)
        flag = Signal(bool)

        def on_text(self, _text: str) -> None:
            pass

    e = Emitter()
    e.bare.connect(lambda: None)
    e.text.connect(e.on_text)
    e.flag.connect(lambda _flag: None)
    worst = 0.0
    for emit in (e.bare.emit, lambda: e.text.emit("saved"), lambda: e.flag.emit(False)):
        emit()
        before = sys.getrefcount(True)
        for _ in range(200):
            emit()
        worst = max(worst, (before - sys.getrefcount(True)) / 200)
    assert sys.getrefcount(True) > worst * 10_000_000 * 3
