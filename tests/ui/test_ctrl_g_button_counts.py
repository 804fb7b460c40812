"""The button for Ctrl+G and the sentence after it count the same answers, and the button is gone when there is nothing
to give. QA: the button said "Apply to the 3 identical answers" (the others) and the sentence after pressing it "Score
1 given to 4 identical answers" (with the card's own answer, which is given the score too); and once all of them had
the card's score, the button was still offered, though pressing it changed nothing ("All 4 identical answers have
score 1 already"). Both now count every copy, the card's answer with them, and the button is hidden while they all
have the card's score. The review screen driven by keys on a session scored for real (the conftest's ``graded``)."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from ui_helpers import review_view

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
CTRL = Qt.KeyboardModifier.ControlModifier


def _count(text: str) -> int:
    found = re.search(r"(\d+) identical answers", text)
    assert found, text
    return int(found.group(1))


def test_ctrl_g_s_button_counts_what_its_sentence_counts_and_goes_when_nothing_is_left_to_give(qtbot, graded):
    session, _store = graded
    view = review_view(qtbot, session, width=900, height=700)
    key = next(a.key for a in session.answers if session.identical_to(a.key))
    copies = [key, *session.identical_to(key)]
    view.go_to(key)
    assert view.group_button.isVisible()
    offered = view.group_button.text()
    assert offered == f"Apply to all {len(copies)} identical answers (Ctrl+G)"
    qtbot.keyClick(view, Qt.Key.Key_1)                      # the card's own score; the copies have none
    view.go_to(key)
    assert view.group_button.isVisible()
    with qtbot.waitSignal(view.told) as said:               # on to the next card: the sentence is news
        qtbot.keyClick(view, Qt.Key.Key_G, CTRL)
    assert all(session.decisions[k].score == 1 for k in copies)
    assert said.args[0].startswith("Score 1 given to ")
    assert _count(said.args[0]) == _count(offered) == len(copies)   # the button promised what was done

    view.go_to(key)                                         # all of them have 1: nothing to give, no button
    assert not view.group_button.isVisible()
    steps = view.undo_stack.count()
    with qtbot.waitSignal(view.told) as said:               # the key still says so, and does nothing
        qtbot.keyClick(view, Qt.Key.Key_G, CTRL)
    assert view.undo_stack.count() == steps
    assert said.args[0] == f"All {len(copies)} identical answers have score 1 already; nothing was changed."

    view.go_to(key)
    qtbot.keyClick(view, Qt.Key.Key_2)                      # another score for the card: something to give again
    assert session.decisions[key].score == 2
    view.go_to(key)
    assert view.group_button.isVisible() and view.group_button.text() == offered
