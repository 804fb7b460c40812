"""A score typed on a question out of 10 is given, not dropped, when the teacher moves on or leaves before the pause
that gives it (ui/review_scale.py, ``typed_first``). "1" waits about a second for a second digit (it may start 10);
before, → (or ←, J, K, N, Ctrl+G, C, a button, leaving the review, closing the sheet or the window) within that second
dropped the typed 1 without a word and the answer stayed unscored. Now the 1 is given first (the same command as Enter
gives it), the review staying on the answer, and the key then does its own work from there; Esc still drops it. In the
real main window on a real sheet, the decisions read back from the project file."""
from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt

from grader_app.ui.main_window import REVIEW, RESULTS, START
from test_question_scale_window import _open, class_sheet
from ui_helpers import decisions_on_disk

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
K = Qt.Key


@pytest.fixture
def window(make_window):
    return make_window((1024, 600))


def _review_out_of_10(qtbot, window, tmp_path):
    view = _open(qtbot, window, class_sheet(tmp_path / "class" / "ten.csv", "Ice floats (10 marks)"))
    assert view.score_buttons.scale_label.text() == "out of 10 · as the sheet says"
    return view


def _typing_1(qtbot, view) -> int:
    """"1" pressed (it may be the start of 10: nothing given yet); the answer on screen."""
    key = view.current_key()
    qtbot.keyClick(view, K.Key_1)
    assert key not in view.session.decisions and view.score_buttons.typed_label.text() == "Typing: 1…"
    return key


def _on_disk(path) -> dict:
    """{answer key: score} as read from the project file by a connection of its own (the store may be closed)."""
    con = sqlite3.connect(str(path))
    try:
        return {k: float(s) for k, s in con.execute("SELECT answer_key, score FROM decisions")}
    finally:
        con.close()


def test_moving_on_within_the_pause_gives_the_typed_score_and_then_moves_from_that_answer(qtbot, window, tmp_path):
    view = _review_out_of_10(qtbot, window, tmp_path)
    s, store = window.session, window.store
    at = view.position
    first = _typing_1(qtbot, view)
    qtbot.keyClick(view, K.Key_Right)                       # at once, within the pause
    assert s.decisions[first].score == 1                     # was: no decision at all
    assert decisions_on_disk(store)[first][0] == 1
    assert view.position == at + 1 and view.current_key() != first   # → moved one on, from the answer scored
    assert view.score_buttons.typed_label.isHidden()

    second = _typing_1(qtbot, view)
    qtbot.keyClick(view, K.Key_K)                            # ← / K: back to the first, the second scored
    assert s.decisions[second].score == 1 and view.position == at and view.current_key() == first
    assert decisions_on_disk(store)[second][0] == 1

    qtbot.keyClick(view, K.Key_Right)
    qtbot.keyClick(view, K.Key_Right)
    third = _typing_1(qtbot, view)
    assert third not in (first, second)
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)   # the Next button, as →
    assert s.decisions[third].score == 1 and decisions_on_disk(store)[third][0] == 1
    assert view.current_key() != third

    fourth = _typing_1(qtbot, view)
    qtbot.keyClick(view, K.Key_Escape)                      # Esc drops it, as documented: nothing given
    assert fourth not in s.decisions and fourth not in decisions_on_disk(store)
    assert window.pages.currentIndex() == REVIEW and view.current_key() == fourth

    qtbot.keyClick(view, K.Key_1, Qt.KeyboardModifier.NoModifier)
    qtbot.keyClick(view, K.Key_Z, Qt.KeyboardModifier.ControlModifier)   # undo: the 1 given, then undone, redo-able
    assert fourth not in s.decisions and view.message_label.text().startswith("Undone: score 1 for ")
    qtbot.keyClick(view, K.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert s.decisions[fourth].score == 1 and decisions_on_disk(store)[fourth][0] == 1


def test_leaving_the_review_within_the_pause_gives_the_typed_score(qtbot, window, tmp_path):
    view = _review_out_of_10(qtbot, window, tmp_path)
    s, store = window.session, window.store
    key = _typing_1(qtbot, view)
    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)   # Back to the table (the button; Esc drops it)
    assert window.pages.currentIndex() == RESULTS
    assert s.decisions[key].score == 1 and decisions_on_disk(store)[key][0] == 1

    view = _open_again(qtbot, window)
    key = _typing_1(qtbot, view)
    with qtbot.waitSignal(window.sheetClosed, timeout=30000):
        window.close_sheet()                                 # File ▸ Close sheet, at once
    assert window.pages.currentIndex() == START
    assert _on_disk(store.path)[key] == 1


def _open_again(qtbot, window):
    window.results.request_review()
    qtbot.waitUntil(lambda: window.pages.currentIndex() == REVIEW, timeout=5000)
    view = window.review_view
    view.setFocus()
    return view


def test_closing_the_window_within_the_pause_gives_the_typed_score(qtbot, window, tmp_path):
    view = _review_out_of_10(qtbot, window, tmp_path)
    store = window.store
    key = _typing_1(qtbot, view)
    window.close()                                           # quitting, at once
    assert not window.isVisible() and window.session is None
    assert _on_disk(store.path)[key] == 1                    # was: not there at all


def test_change_beside_the_buttons_within_the_pause_gives_the_typed_score_first(qtbot, window, tmp_path):
    """Change… (what the question is out of) clicked within the pause: the 1 is given first, one undo step, the review
    staying on the answer; before, the dialog opened on the session without it and the pause gave it behind the dialog,
    moving the review on to the next answer."""
    view = _review_out_of_10(qtbot, window, tmp_path)
    s, store = window.session, window.store
    at = view.position
    key = _typing_1(qtbot, view)
    qtbot.mouseClick(view.score_buttons.change_button, Qt.MouseButton.LeftButton)
    dlg = view.scale_dialog
    assert dlg is not None and dlg.isVisible()
    assert s.decisions[key].score == 1                       # was: no decision while the dialog was open
    assert decisions_on_disk(store)[key][0] == 1
    assert view.score_buttons.typed_label.isHidden()
    qtbot.wait(1300)                                         # past the pause: nothing more given, nothing moves on
    assert view.position == at and view.current_key() == key   # was: moved on behind the dialog
    dlg.reject()
    qtbot.waitUntil(lambda: view.scale_dialog is None or not dlg.isVisible(), timeout=3000)
    view.setFocus()
    assert view.current_key() == key
    qtbot.keyClick(view, K.Key_Z, Qt.KeyboardModifier.ControlModifier)   # one undo step: the 1 taken back
    assert key not in s.decisions and key not in decisions_on_disk(store)
