"""Group review on the real review screen: answers that look alike are shown together (the typical
answer, every member, the model's scores), scored with one key or one visible button, a member is
pulled out before or after the decision, and one undo step undoes a group decision — each answer's
own decision checked in the session and in the project file on disk."""
from __future__ import annotations


import pytest
from PySide6.QtCore import Qt

from counts_text import spaced
from grader_app import workflow
from ui_helpers import review_view, scored_on_disk, scored_rows_project

LIKE = ["The cell membrane controls what goes in and out of the cell.",
        "the cell membrane controls what goes in and out of the cell",
        "The cell membrane controls what goes in and out of the cell!!",
        "Cell membrane controls what goes in and out of a cell."]
OTHERS = ["Plants need light to grow tall.", "Mitochondria release energy from food.",
          "I do not remember this one at all.", "Osmosis moves water through a membrane."]
# the four LIKE answers (keys 1, 3, 4, 6) among the OTHERS
LIKE_AMONG_OTHERS = [OTHERS[0], LIKE[0], OTHERS[1], LIKE[1], LIKE[2], OTHERS[2], LIKE[3], OTHERS[3]]


def like_project(tmp_path):
    """A project of eight scored answers to asap-sas-1, the four LIKE ones (keys 1, 3, 4, 6) among the OTHERS."""
    return scored_rows_project(tmp_path, [("asap-sas-1", t) for t in LIKE_AMONG_OTHERS])


@pytest.fixture
def graded(tmp_path):
    """(session, store) of :func:`like_project`; the store is closed when the test ends."""
    session, store = like_project(tmp_path)
    yield session, store
    store.close()


def grouped_view(qtbot, session):
    """The review screen over ``session``'s answers to asap-sas-1, grouped as the app groups them."""
    found, _learners = workflow.group_questions({"asap-sas-1": (session.keys_for("asap-sas-1"),
                                                                [a.text for a in session.answers])})
    return review_view(qtbot, session, groups=found["groups"], typical=found["typical"])


@pytest.fixture
def view(qtbot, graded):
    return grouped_view(qtbot, graded[0])


GROUP = [1, 3, 4, 6]   # the keys of the LIKE answers


def _to_group(qtbot, view) -> None:
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.current_unit() == GROUP


def test_a_group_is_shown_typical_answer_members_and_model_scores(qtbot, view, graded):
    session, _ = graded
    assert view.current_unit() == [0]            # a single answer first, as before
    assert not view.card.showing_group() and view.answer_label.isVisible()
    _to_group(qtbot, view)
    panel = view.group_panel
    assert view.card.showing_group() and panel.isVisible() and not view.answer_label.isVisible()
    assert panel.typical_label.text() in LIKE
    assert panel.heading.text().startswith("4 answers that look alike")
    assert [m.key for m in panel.members] == GROUP
    for m in panel.members:                      # each member readable in full, with the model's score
        assert m.text.text() == session.answers[m.key].text and m.text.wordWrap()
        assert f"model {session.predictions[m.key].score} (" in m.head.text()
        assert m.pull_button.isVisible()
    assert panel.models_label.text().startswith("The model's scores: ")
    assert view.progress_label.text() == "2–5 of 8 to review"   # the group takes the places of its four answers
    assert spaced(view.left_label.text()) == "8 of 8 answers left to decide · 6 need you"   # two a model accepted
    assert [b.text() for b in view.score_buttons.buttons] == ["0", "1", "2", "3"]
    assert view.score_buttons.label.text() == "Give all 4:"
    assert all(b.isVisible() for b in view.score_buttons.buttons)


def test_the_position_says_what_it_counts_beside_the_answers_left(qtbot, view, graded):
    """Found in a QA pass: "1 of 73" beside "84 of 84 left to decide" read as a contradiction (a group was one step
    of the review, each of its answers one to decide). Both count answers now: a group takes as many places as it
    has answers, as the tooltip and the accessible description say."""
    _to_group(qtbot, view)
    left = "8 of 8 answers left to decide · 6 need you"
    assert (view.progress_label.text(), spaced(view.left_label.text())) == ("2–5 of 8 to review", left)
    tip = view.progress_label.toolTip()
    assert tip == ("Your place among the answers to review: a group of answers that look alike takes as many places as "
                   "it has answers.")
    assert spaced(view.progress_label.accessibleDescription()) == left + " " + tip


def test_the_answers_left_are_called_answers_and_shown_whole_at_1024_px(qtbot, view, graded):
    """Found in a QA pass: the header said "8 of 8 left to decide" and left it to the tooltip to say what it counts.
    It names answers, whole beside the position, the student and the status in a window 1024 px wide."""
    view.resize(1024, 600)
    _to_group(qtbot, view)
    assert spaced(view.left_label.text()) == "8 of 8 answers left to decide · 6 need you"
    qtbot.waitUntil(lambda: view.left_label.width() >= view.left_label.sizeHint().width())
    assert view.left_label.shown() == view.left_label.text()   # said whole, not short
    graded[0].decide(0, 1)   # one a model accepted: it needed no one
    view.refresh()
    assert spaced(view.left_label.text()) == "7 of 8 answers left to decide · 6 need you"


def test_one_key_scores_the_whole_group_and_a_score_button_rescores_it(qtbot, view, graded):
    session, store = graded
    _to_group(qtbot, view)
    with qtbot.waitSignal(view.decisionsMade) as sig:    # the group's members together: one signal
        qtbot.keyClick(view, Qt.Key.Key_2)
    assert sig.args == [GROUP]
    assert {k: session.decisions[k].score for k in GROUP} == dict.fromkeys(GROUP, 2)
    assert scored_on_disk(store) == dict.fromkeys(GROUP, 2)       # one row per answer in the project file
    assert view.current_unit() == [2]                      # on to the next open answer
    assert spaced(view.left_label.text()) == "4 of 8 answers left to decide · 2 need you"
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.current_unit() == GROUP
    assert view.score_buttons.button_for(2).text() == "✓ 2"   # the group's score, marked in words
    qtbot.mouseClick(view.score_buttons.button_for(1), Qt.MouseButton.LeftButton)
    assert scored_on_disk(store) == dict.fromkeys(GROUP, 1)
    assert all(session.decisions[k].score == 1 for k in GROUP)


def test_pull_out_before_the_decision_keeps_the_member_out_of_it(qtbot, view, graded):
    session, store = graded
    _to_group(qtbot, view)
    qtbot.keyClick(view, Qt.Key.Key_Down)                  # choose the second member
    chosen = view.current_key()
    assert chosen == GROUP[1] and "▶" in view.group_panel.members[1].head.text()
    qtbot.keyClick(view, Qt.Key.Key_P)
    assert view.current_unit() == [chosen]                  # pulled out: its own answer on screen, right after the group
    assert chosen not in session.decisions
    qtbot.keyClick(view, Qt.Key.Key_Left)                   # back to the rest of the group, scored first this time
    assert view.current_unit() == [GROUP[0], GROUP[2], GROUP[3]]
    qtbot.keyClick(view, Qt.Key.Key_3)
    assert scored_on_disk(store) == {GROUP[0]: 3, GROUP[2]: 3, GROUP[3]: 3}
    assert view.current_unit() == [chosen]                  # the member still open comes next
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert scored_on_disk(store)[chosen] == 0


def test_pull_out_after_the_decision_takes_the_group_score_off_it_by_mouse(qtbot, view, graded):
    session, store = graded
    _to_group(qtbot, view)
    qtbot.keyClick(view, Qt.Key.Key_2)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    member = view.group_panel.members[2]
    qtbot.mouseClick(member.pull_button, Qt.MouseButton.LeftButton)
    assert GROUP[2] not in session.decisions and GROUP[2] not in scored_on_disk(store)
    assert all(session.decisions[k].score == 2 for k in GROUP if k != GROUP[2])
    assert "out of the group" in view.message_label.text()
    assert view.current_unit() == [GROUP[2]]                # on screen on its own
    qtbot.mouseClick(view.score_buttons.button_for(1), Qt.MouseButton.LeftButton)
    assert scored_on_disk(store)[GROUP[2]] == 1
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)   # the member's own score
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)   # the pull-out: its group score back
    assert scored_on_disk(store)[GROUP[2]] == 2


def test_one_undo_step_undoes_a_group_decision(qtbot, view, graded):
    session, store = graded
    qtbot.keyClick(view, Qt.Key.Key_1)                     # a single answer first
    assert view.current_unit() == GROUP
    qtbot.keyClick(view, Qt.Key.Key_3)
    assert set(scored_on_disk(store)) == {0, *GROUP}
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert set(session.decisions) == {0} and scored_on_disk(store) == {0: 1}
    assert view.current_unit() == GROUP and "Undone" in view.message_label.text()
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert scored_on_disk(store) == {0: 1, **dict.fromkeys(GROUP, 3)}


def test_enter_gives_the_group_the_typical_answers_model_score(qtbot, view, graded):
    session, store = graded
    _to_group(qtbot, view)
    typical = view.shown_key(GROUP)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert scored_on_disk(store) == dict.fromkeys(GROUP, session.predictions[typical].score)
