"""Undo and redo of a pull-out in the real main window: Ctrl+Z right after P puts the member back in its
group (and gives back a group score the pull-out took off it, on disk too), never an earlier, unrelated
decision; Ctrl+Shift+Z pulls it out again."""
from __future__ import annotations

from PySide6.QtCore import Qt

from review_windows import class_sheet, review_grouped
from test_group_review import LIKE, OTHERS
from ui_helpers import scored_on_disk

TEXTS = [OTHERS[0], LIKE[0], OTHERS[1], LIKE[1], LIKE[2], OTHERS[2], LIKE[3], OTHERS[3]]
GROUP = [1, 3, 4, 6]   # the keys of the LIKE answers
UNDO, REDO = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def reviewing(qtbot, window, tmp_path):
    view = review_grouped(qtbot, window, class_sheet(tmp_path / "class.csv", TEXTS))
    assert view.current_unit() == [0]
    return window.session, window.store, view


def test_undo_right_after_a_pull_out_puts_the_member_back_not_an_earlier_decision(qtbot, window, tmp_path):
    session, store, view = reviewing(qtbot, window, tmp_path)
    qtbot.keyClick(view, Qt.Key.Key_2)                     # Student 1 scored; on to the group
    assert view.current_unit() == GROUP and session.decisions[0].score == 2
    qtbot.keyClick(view, Qt.Key.Key_Down)
    member = view.current_key()
    qtbot.keyClick(view, Qt.Key.Key_P)                     # pulled out before the group is scored
    assert view.current_unit() == [member] and view.queue.units[view.queue.unit_of(member)] == [member]
    qtbot.keyClick(view, Qt.Key.Key_Z, UNDO)
    assert view.message_label.text() == f"Undone: pull Student {member + 1} · S{member + 1:02d} out of the group."
    assert session.decisions[0].score == 2 and scored_on_disk(store) == {0: 2}    # the earlier decision stays
    assert view.current_unit() == GROUP and view.current_key() == member   # back in its group, at its place
    qtbot.keyClick(view, Qt.Key.Key_Z, REDO)
    assert view.message_label.text() == f"Redone: pull Student {member + 1} · S{member + 1:02d} out of the group."
    assert view.queue.units[view.queue.unit_of(member)] == [member] and scored_on_disk(store) == {0: 2}
    qtbot.keyClick(view, Qt.Key.Key_Z, UNDO)
    qtbot.keyClick(view, Qt.Key.Key_Z, UNDO)               # then the earlier decision, in its turn
    assert session.decisions == {} and scored_on_disk(store) == {} and view.current_unit() == [0]


def test_undo_of_a_pull_out_after_the_group_score_gives_it_back_on_disk(qtbot, window, tmp_path):
    session, store, view = reviewing(qtbot, window, tmp_path)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_3)                     # the group scored 3
    assert scored_on_disk(store) == dict.fromkeys(GROUP, 3)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    member = view.group_panel.members[2].key
    qtbot.mouseClick(view.group_panel.members[2].pull_button, Qt.MouseButton.LeftButton)
    assert member not in session.decisions and member not in scored_on_disk(store)
    qtbot.keyClick(view, Qt.Key.Key_Z, UNDO)
    assert session.decisions[member].score == 3 and scored_on_disk(store) == dict.fromkeys(GROUP, 3)
    assert view.current_unit() == GROUP
    qtbot.keyClick(view, Qt.Key.Key_Z, REDO)
    assert member not in session.decisions and member not in scored_on_disk(store)
    assert view.queue.units[view.queue.unit_of(member)] == [member]
