"""After P (pull a member out of its group) the next digit scores the member just pulled out, not the rest of the
group, and a digit on a group never silently overwrites the teacher's own different scores of its members.

Found in a QA pass: the group of eight scored 2, the teacher went back to it, chose a member with ↓ and pressed P. The
line under the card said "…the group's score is taken off it: give it its own score", but the screen stayed on the
group ("Give all 7:"), so the 0 typed next replaced the teacher's 2 on the seven other members, and the member pulled
out stayed undecided. Now P shows the member on its own (the score buttons say "Score:"), its score comes from the next
digit, and the review then goes back to its group if the group still has answers left to decide.

A group whose members all hold a score of the teacher's, not all the same one (scored one by one before the groups were
found, or in the table), is not overwritten by one digit: the first press says which scores it holds and changes
nothing; the same digit pressed again gives all of them that score (one undo step), as the teacher then asked twice."""
from __future__ import annotations

from PySide6.QtCore import Qt

from test_group_review import GROUP, grouped_view, like_project
from ui_helpers import scored_on_disk

CTRL = Qt.KeyboardModifier.ControlModifier


def _key(score: int):
    return getattr(Qt.Key, f"Key_{score}")


def test_p_after_the_group_score_shows_the_member_and_the_next_digit_scores_it_alone(qtbot, tmp_path):
    session, store = like_project(tmp_path)
    try:
        view = grouped_view(qtbot, session)
        view.go_to(GROUP[0])
        qtbot.keyClick(view, Qt.Key.Key_2)                      # the whole group scored 2
        assert scored_on_disk(store) == dict.fromkeys(GROUP, 2)
        view.go_to(GROUP[0])
        view.selected = None
        view.refresh()
        qtbot.keyClick(view, Qt.Key.Key_Down)
        member = view.current_key()
        assert member == GROUP[1]
        qtbot.keyClick(view, Qt.Key.Key_P)
        # on screen: the member on its own, as the line under the card says
        assert view.current_unit() == [member] and view.current_key() == member
        assert not view.card.showing_group() and view.answer_label.text() == session.answers[member].text
        assert view.score_buttons.label.text() == "Score:"
        said = view.message_label.text()
        assert said.startswith(f"Student {member + 1} · S{member + 1:02d}'s answer is out of the group")
        assert "type its own score" in said and "← goes back to the group" in said
        qtbot.keyClick(view, Qt.Key.Key_0)
        assert session.decisions[member].score == 0
        rest = [k for k in GROUP if k != member]
        assert {k: session.decisions[k].score for k in rest} == dict.fromkeys(rest, 2)   # the teacher's 2s stay
        assert scored_on_disk(store) == {**dict.fromkeys(rest, 2), member: 0}
        qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)                # the member's own score, alone
        assert member not in session.decisions and all(session.decisions[k].score == 2 for k in rest)
    finally:
        store.close()


def test_p_before_the_group_score_scores_the_member_then_goes_back_to_its_group(qtbot, tmp_path):
    session, store = like_project(tmp_path)
    try:
        view = grouped_view(qtbot, session)
        view.go_to(GROUP[0])
        view.selected = None
        view.refresh()
        qtbot.keyClick(view, Qt.Key.Key_Down)
        member = view.current_key()
        qtbot.keyClick(view, Qt.Key.Key_P)
        assert view.current_unit() == [member]
        assert "type its own score" in view.message_label.text()
        qtbot.keyClick(view, Qt.Key.Key_3)                      # the member's own score ...
        assert scored_on_disk(store) == {member: 3}
        rest = [k for k in GROUP if k != member]
        assert view.current_unit() == rest                      # ... then back to the rest of its group, still open
        assert view.score_buttons.label.text() == "Give all 3:"
        qtbot.keyClick(view, Qt.Key.Key_1)
        assert scored_on_disk(store) == {**dict.fromkeys(rest, 1), member: 3}
    finally:
        store.close()


def test_a_digit_on_a_group_of_different_scores_of_yours_asks_before_it_overwrites_them(qtbot, tmp_path):
    session, store = like_project(tmp_path)
    try:
        own = {GROUP[0]: 2, GROUP[1]: 2, GROUP[2]: 1, GROUP[3]: 3}   # scored one by one before the groups came
        for k, v in own.items():
            session.decide(k, v)
        view = grouped_view(qtbot, session)
        view.go_to(GROUP[0])
        steps = view.undo_stack.count()
        qtbot.keyClick(view, Qt.Key.Key_0)
        assert {k: session.decisions[k].score for k in GROUP} == own and view.undo_stack.count() == steps
        assert view.current_unit() == GROUP
        assert view.message_label.text() == ("You gave the answers in this group different scores (1, 2, 3). Press 0 "
                                             "again to give all 4 of them 0; to change one answer alone, choose it "
                                             "with ↓ and pull it out with P.")
        qtbot.keyClick(view, Qt.Key.Key_1)                      # another digit: asked again for that one
        assert {k: session.decisions[k].score for k in GROUP} == own
        assert "Press 1 again to give all 4 of them 1" in view.message_label.text()
        qtbot.mouseClick(view.score_buttons.button_for(1), Qt.MouseButton.LeftButton)   # the same score again: done
        assert {k: session.decisions[k].score for k in GROUP} == dict.fromkeys(GROUP, 1)
        assert scored_on_disk(store) == dict.fromkeys(GROUP, 1)
        qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)                # one step gives each its own score back
        assert {k: session.decisions[k].score for k in GROUP} == own
        view.go_to(GROUP[0])
        qtbot.keyClick(view, Qt.Key.Key_2)                      # back on the group later: it asks again
        assert {k: session.decisions[k].score for k in GROUP} == own
    finally:
        store.close()


def test_a_group_of_one_score_of_yours_is_rescored_at_once_and_open_members_only_get_a_digit(qtbot, tmp_path):
    session, store = like_project(tmp_path)
    try:
        session.decide(GROUP[0], 3)                             # one member decided, the others open
        view = grouped_view(qtbot, session)
        view.go_to(GROUP[0])
        qtbot.keyClick(view, Qt.Key.Key_1)                      # the open ones only: the teacher's 3 stays
        assert {k: session.decisions[k].score for k in GROUP} == {GROUP[0]: 3, **dict.fromkeys(GROUP[1:], 1)}
        session.decide(GROUP[0], 1)
        view.go_to(GROUP[0])
        qtbot.keyClick(view, Qt.Key.Key_2)                      # all the same score of the teacher's: changed at once
        assert {k: session.decisions[k].score for k in GROUP} == dict.fromkeys(GROUP, 2)
    finally:
        store.close()
