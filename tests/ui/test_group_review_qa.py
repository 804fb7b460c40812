"""A QA pass over the review of groups, on the real review screen and real project files: what the card says
of a group the teacher has scored, a comment written on a group, a score typed again for a group that already
has it, a flagged member, and a member pulled out before the teacher went back to the table — each checked on
screen, in the session and in the project file."""
from __future__ import annotations


import pytest
from PySide6.QtCore import Qt

from counts_text import spaced
from grader_app.ui.main_window import RESULTS, REVIEW
from test_group_review import LIKE, OTHERS, grouped_view, like_project
from test_pull_out_undo import reviewing
from ui_helpers import decisions_on_disk, review_view, scored_rows_project

CTRL = Qt.KeyboardModifier.ControlModifier
GROUP = [1, 3, 4, 6]   # the keys of the LIKE answers


@pytest.fixture
def graded(tmp_path):
    session, store = like_project(tmp_path)
    yield session, store
    store.close()


@pytest.fixture
def view(qtbot, graded):
    view = grouped_view(qtbot, graded[0])
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.current_unit() == GROUP
    return view


def test_a_scored_group_does_not_say_it_is_not_decided(qtbot, view, graded):
    """The card said "Not decided yet. The model says 2 for the typical answer" under a group the teacher had
    scored ("4 of 4 scored", the ✓ on the button): it says the teacher's score now, and again after undo/redo."""
    assert view.decision_label.text().startswith("Not decided yet")
    qtbot.keyClick(view, Qt.Key.Key_1)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.current_unit() == GROUP and spaced(view.status_label.text()) == "4 of 4 scored"
    assert view.decision_label.text() == "Your score: 1"
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert view.current_unit() == GROUP and spaced(view.status_label.text()) == "0 of 4 scored"
    assert view.decision_label.text().startswith("Not decided yet")
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert spaced(view.status_label.text()) == "4 of 4 scored" and view.decision_label.text() == "Your score: 1"


def test_a_comment_written_on_a_group_is_shown_with_the_student_it_went_to(qtbot, view, graded):
    """C on a group comments on the member the keys act on (the dialog names that student); the comment then
    vanished from the screen (nothing showed it, before or after the group's score). It is shown now, for the
    member chosen, and the other members show none."""
    session, store = graded
    typical = view.current_key()
    qtbot.keyClick(view, Qt.Key.Key_C)
    dlg = view.comment_dialog
    assert view.who(typical) in dlg.windowTitle()
    qtbot.keyClicks(dlg.editor, "Say what the membrane lets through.")
    qtbot.keyClick(dlg.editor, Qt.Key.Key_Return, CTRL)
    assert session.waiting_comments[typical] == "Say what the membrane lets through."   # no score: it waits
    assert typical not in session.decisions
    assert view.current_unit() == GROUP and view.current_key() == typical
    only = f"Comment for {view.who(typical)} only: Say what the membrane lets through."
    assert view.comment_label.text() == only
    qtbot.keyClick(view, Qt.Key.Key_2)                     # the group's score keeps the comment on its member
    assert decisions_on_disk(store) == {k: (2, "Say what the membrane lets through." if k == typical else "") for k in GROUP}
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.comment_label.text() == only
    other = next(k for k in GROUP if k != typical)
    view.selected = other
    view.refresh()
    assert view.comment_label.text() == ""


def test_a_comment_clicked_in_on_a_group_page_says_it_is_for_one_member_only(qtbot, view, graded):
    """A teacher using only the mouse clicks "Comment… (C)" on a group page, writes, clicks Save, then one of the
    "Give all 4" buttons: the comment goes to the member chosen alone, the others get the score without it. The
    card said only "Comment: …" under the whole group, as if it were the group's. It names the member now, and
    the others' feedback on disk has no comment (nothing is given that the card did not say)."""
    session, store = graded
    typical = view.current_key()
    qtbot.mouseClick(view.comment_button, Qt.MouseButton.LeftButton)
    dlg = view.comment_dialog
    qtbot.keyClicks(dlg.editor, "Name the organelle.")
    qtbot.mouseClick(dlg.buttons.button(dlg.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert session.waiting_comments[typical] == "Name the organelle."
    assert view.comment_label.text() == f"Comment for {view.who(typical)} only: Name the organelle."
    assert view.who(typical) and view.comment_label.isVisible()
    two = next(b for b in view.score_buttons.buttons if b.text().strip() == "2")
    qtbot.mouseClick(two, Qt.MouseButton.LeftButton)
    assert decisions_on_disk(store) == {k: (2, "Name the organelle." if k == typical else "") for k in GROUP}


def test_the_same_score_again_for_a_scored_group_leaves_no_empty_undo_step(qtbot, view, graded):
    """A scored group given its score again (a digit, or Enter when that is the model's) pushed a step that changed
    nothing: the next Ctrl+Z "undid" it with nothing to see, and the teacher's real last step stayed. Now nothing is
    pushed, the decisions keep their time, and one Ctrl+Z undoes the group's score."""
    session, store = graded
    qtbot.keyClick(view, Qt.Key.Key_2)
    stamps = {k: session.decisions[k] for k in GROUP}
    steps = view.undo_stack.count()
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_2)
    assert view.undo_stack.count() == steps
    assert {k: session.decisions[k] for k in GROUP} == stamps
    assert "given to" not in view.message_label.text()     # no "Ctrl+Z undoes it" for a step that was not made
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_G, CTRL)               # its identical answers have the score too: nothing to do
    assert view.undo_stack.count() == steps and {k: session.decisions[k] for k in GROUP} == stamps
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert not any(k in session.decisions for k in GROUP) and decisions_on_disk(store) == {}


def test_a_flagged_member_of_a_group_says_its_flag(qtbot, tmp_path):
    """Flags are why an answer comes to the teacher whatever the model says; in a group they were shown for no
    member (the card even said "Flagged answers always come to you." with no flag in sight), so a member with a
    hidden character or with no usable model score went under the group's score unnoticed. Each member's line
    names its flags now, as the chips do for an answer on its own; a clean member's line names none."""
    texts = [LIKE[0], "The cell membrane controls what goes in and\u200b out of the cell.", LIKE[3], OTHERS[0]]
    session, store = scored_rows_project(tmp_path, [("asap-sas-1", t) for t in texts])
    try:
        session.set_predictions([2], [[float("nan")] * len(session.items["asap-sas-1"].labels)])
        assert "hidden characters" in session.flags[1] and "invalid model output" in session.flags[2]
        view = review_view(qtbot, session, groups=dict.fromkeys(range(3), 0), typical=(0,))
        assert view.current_unit() == [0, 1, 2]
        heads = {m.key: m.head.text() for m in view.group_panel.members}
        assert "⚑ " in heads[1] and "hidden characters" in heads[1].split("⚑ ")[1]   # also a copy of the first
        assert heads[2].endswith("⚑ invalid model output") and " sure)" not in heads[2]
        assert "hidden characters" not in heads[0] and "invalid" not in heads[0]
        qtbot.keyClick(view, Qt.Key.Key_2)                 # the group's score reaches the flagged members too
        assert all(session.decisions[k].score == 2 for k in (0, 1, 2))
    finally:
        store.close()


def test_a_member_pulled_out_stays_out_when_the_review_opens_again(qtbot, window, tmp_path):
    """P said "give it its own score"; Esc to look at the table and back (Ctrl+2) put the member back in its group,
    and the group's score then went to it too. It stays out now (right after its group), until its pull-out is
    undone."""
    session, store, view = reviewing(qtbot, window, tmp_path)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    member = view.current_key()
    qtbot.keyClick(view, Qt.Key.Key_P)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.pages.currentIndex() == RESULTS
    window.results.request_review()                        # View ▸ Review answers that need you
    assert window.pages.currentIndex() == REVIEW
    view.go_to(GROUP[0])
    assert member not in view.current_unit() and len(view.current_unit()) == len(GROUP) - 1
    qtbot.keyClick(view, Qt.Key.Key_3)
    assert member not in session.decisions
    assert decisions_on_disk(store) == {k: (3, "") for k in GROUP if k != member}
    assert view.current_unit() == [member]                 # its own answer, next
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)               # the group's score
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)               # the pull-out: back in its group, on the new screen too
    assert view.current_unit() == GROUP and view.current_key() == member and decisions_on_disk(store) == {}
