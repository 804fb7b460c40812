"""Audit of a keyboard-only review: the teacher typed 3 for an answer the model scores 2, went back with ← to read it
again and pressed Enter to go on. Enter ("accept the model's score") put the model's 2 in place of the teacher's 3, on
disk, said nothing and moved on: the teacher's own mark was gone without a word. Now the first Enter on an answer that
holds a score of the teacher's other than the model's changes nothing and says so; Enter again gives the model's score
(one undoable step), → goes on with the teacher's kept. Where the teacher's score is the model's, Enter goes on at once.
The real review screen on a sheet scored by a tiny model through onnxruntime, its decisions read back from the project
file by a second connection."""
from __future__ import annotations

from PySide6.QtCore import Qt

from ui_helpers import decisions_on_disk, review_view

UNDO = Qt.KeyboardModifier.ControlModifier


def _other(session, key):
    """A score of the answer's question other than the model's."""
    said = session.model_row(key).score
    return next(v for v in session.items[session.answers[key].item].labels if v != said)


def _first_with_model(session, rv):
    while session.model_row(rv.current_key()) is None:
        rv.next()
    return rv.current_key()


def test_enter_on_an_answer_the_teacher_scored_otherwise_asks_first(qtbot, graded):
    session, store = graded
    rv = review_view(qtbot, session, store)
    key = _first_with_model(session, rv)
    mine, model = _other(session, key), session.model_row(key).score
    qtbot.keyClick(rv, Qt.Key.Key_0 + int(mine))
    assert rv.current_key() != key
    qtbot.keyClick(rv, Qt.Key.Key_Left)
    assert rv.current_key() == key
    qtbot.keyClick(rv, Qt.Key.Key_Return)
    assert rv.current_key() == key and session.decisions[key].score == mine   # nothing changed, still here
    assert decisions_on_disk(store)[key][0] == mine
    said = rv.message_label.text()
    assert said == (f"You gave this answer {mine}; the model says {model}. Press Enter again to give it the model's "
                    f"{model}, or → to keep yours and go on."), said
    qtbot.keyClick(rv, Qt.Key.Key_Right)                      # keeps the teacher's, goes on
    assert rv.current_key() != key and session.decisions[key].score == mine
    qtbot.keyClick(rv, Qt.Key.Key_Left)
    qtbot.keyClick(rv, Qt.Key.Key_Return)                     # asked again, after coming back
    assert session.decisions[key].score == mine
    qtbot.keyClick(rv, Qt.Key.Key_Return)                     # the same again: the model's score
    assert session.decisions[key].score == model and rv.current_key() != key
    assert decisions_on_disk(store)[key][0] == model
    qtbot.keyClick(rv, Qt.Key.Key_Z, UNDO)                    # one step takes it back
    assert session.decisions[key].score == mine


def test_enter_on_the_models_own_score_goes_on_at_once(qtbot, graded):
    session, store = graded
    rv = review_view(qtbot, session, store)
    key = _first_with_model(session, rv)
    qtbot.keyClick(rv, Qt.Key.Key_Return)
    qtbot.keyClick(rv, Qt.Key.Key_Left)
    assert rv.current_key() == key
    qtbot.keyClick(rv, Qt.Key.Key_Return)
    assert rv.current_key() != key and rv.message_label.text() == ""
    assert decisions_on_disk(store)[key][0] == session.model_row(key).score
