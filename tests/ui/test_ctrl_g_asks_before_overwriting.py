"""Ctrl+G (the card's score to every identical answer) on copies the teacher already gave another score of her own
asks first, as a digit on a group does (grader_app.ui.review_actions): the first press says which scores it would
replace and changes nothing; Ctrl+G again gives them all the card's score, and one undo gives each its own mark back.
Found playing the teacher: she gave one copy 0 (copied from a neighbour), the card 2, and Ctrl+G turned her 0 into 2
with only "Score 2 given to 4 identical answers" to say so. The review screen driven by keys on a session scored for
real (the conftest's ``graded``), each mark checked in the project file too."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ui_helpers import decisions_on_disk, review_view

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_g_asks_before_it_replaces_another_score_of_the_teacher(qtbot, graded):
    session, store = graded
    view = review_view(qtbot, session, store, width=900, height=700)
    key = next(a.key for a in session.answers if session.identical_to(a.key))
    copies = session.identical_to(key)
    mine = copies[0]
    view.go_to(mine)
    qtbot.keyClick(view, Qt.Key.Key_0)          # her own mark on one copy
    view.go_to(key)
    qtbot.keyClick(view, Qt.Key.Key_2)          # the card's
    view.go_to(key)
    steps = view.undo_stack.count()
    qtbot.keyClick(view, Qt.Key.Key_G, CTRL)
    assert session.decisions[mine].score == 0   # not replaced unasked
    assert all(k not in session.decisions for k in copies[1:])
    assert view.undo_stack.count() == steps and view.current_key() == key
    n = len(copies) + 1
    assert view.message_label.text() == (
        f"1 of these {n} identical answers has another score of yours (0). Press Ctrl+G again to give all {n} of them 2.")
    assert decisions_on_disk(store)[mine][0] == 0

    qtbot.keyClick(view, Qt.Key.Key_G, CTRL)    # asked, and pressed again: all of them
    assert all(session.decisions[k].score == 2 for k in [key, *copies])
    assert {k: v[0] for k, v in decisions_on_disk(store).items() if k in copies} == dict.fromkeys(copies, 2)

    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)    # one undo: her 0 back, the other copies open again
    assert session.decisions[mine].score == 0 and session.decisions[key].score == 2
    assert all(k not in session.decisions for k in copies[1:])
    assert decisions_on_disk(store)[mine][0] == 0


def test_ctrl_g_asks_again_on_another_answer(qtbot, graded):
    """The question is asked on one card for its score: on another card (or the card with another score) Ctrl+G asks
    again; copies with the card's score already or none at all are no reason to ask."""
    session, store = graded
    view = review_view(qtbot, session, store, width=900, height=700)
    key = next(a.key for a in session.answers if session.identical_to(a.key))
    copies = session.identical_to(key)
    elsewhere = next(a.key for a in session.answers if a.key != key and a.key not in copies)
    view.go_to(copies[0])
    qtbot.keyClick(view, Qt.Key.Key_1)
    view.go_to(key)
    qtbot.keyClick(view, Qt.Key.Key_2)
    view.go_to(key)
    qtbot.keyClick(view, Qt.Key.Key_G, CTRL)    # asks
    view.go_to(elsewhere)
    view.go_to(key)
    qtbot.keyClick(view, Qt.Key.Key_G, CTRL)    # asks again: the question was left
    assert session.decisions[copies[0]].score == 1
    assert view.message_label.text().startswith("1 of these ")
    qtbot.keyClick(view, Qt.Key.Key_3)          # another score for the card: asked about anew
    view.go_to(key)
    qtbot.keyClick(view, Qt.Key.Key_G, CTRL)
    assert session.decisions[copies[0]].score == 1 and view.message_label.text().endswith("of them 3.")
    qtbot.keyClick(view, Qt.Key.Key_2)
    view.go_to(copies[0])
    qtbot.keyClick(view, Qt.Key.Key_2)          # her copy has the card's score now: nothing to ask
    view.go_to(key)
    qtbot.keyClick(view, Qt.Key.Key_G, CTRL)
    assert all(session.decisions[k].score == 2 for k in [key, *copies])
