"""What the review keeps (QA): groups found after the review opened reach it without moving the teacher; a member
pulled out of its group stays out after the project is opened again (and back in after its undo); a question that
learns from the marks shows no position that jumps, only the answers left, which only goes down. Real sheets,
project files, review screen and window."""
from __future__ import annotations

import re

from PySide6.QtCore import Qt

from counts_text import spaced
from grader_app import workflow
from test_group_review import GROUP, like_project
from test_learning_window import _mark_current, _open, window  # noqa: F401  (the fixture)
from test_review_waiting_comment import _open as reopened
from ui_helpers import review_view


def _grouped(qtbot, session, store):
    found, _ = workflow.group_questions({"asap-sas-1": (session.keys_for("asap-sas-1"), [a.text for a in session.answers])})
    return review_view(qtbot, session, store, groups=found["groups"], typical=found["typical"])


def _pull_member(qtbot, view) -> int:
    view.go_to(GROUP[0])
    assert view.current_unit() == GROUP
    qtbot.keyClick(view, Qt.Key.Key_Down)
    member = view.current_key()
    qtbot.keyClick(view, Qt.Key.Key_P)
    assert view.current_unit() == [member]                  # on screen on its own
    return member


def test_a_member_pulled_out_stays_out_when_the_project_is_opened_again(qtbot, tmp_path):
    session, store = like_project(tmp_path)
    try:
        member = _pull_member(qtbot, _grouped(qtbot, session, store))
    finally:
        store.close()
    prepared = reopened(tmp_path / "class.csv", tmp_path / "bundles")
    try:
        assert prepared.store.pulled_out == {member}
        view = _grouped(qtbot, prepared.session, prepared.store)
        view.go_to(GROUP[0])
        assert member not in view.current_unit() and len(view.current_unit()) == len(GROUP) - 1
        qtbot.keyClick(view, Qt.Key.Key_2)                  # the group's score ...
        assert member not in prepared.session.decisions     # ... never reaches the answer taken out of it
    finally:
        prepared.store.close()


def test_the_undo_of_a_pull_out_is_in_the_project_file_too(qtbot, tmp_path):
    session, store = like_project(tmp_path)
    try:
        view = _grouped(qtbot, session, store)
        _pull_member(qtbot, view)
        qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert view.current_unit() == GROUP
    finally:
        store.close()
    prepared = reopened(tmp_path / "class.csv", tmp_path / "bundles")
    try:
        assert prepared.store.pulled_out == set()
        view = _grouped(qtbot, prepared.session, prepared.store)
        view.go_to(GROUP[0])
        assert view.current_unit() == GROUP
    finally:
        prepared.store.close()


def test_groups_found_after_the_review_opened_reach_it_on_the_same_answer(qtbot, window, tmp_path):  # noqa: F811
    s = _open(qtbot, window, tmp_path)
    lc = window.learning
    groups, typical = lc.groups, lc.typical
    member = next(k for k in groups if sum(1 for g in groups.values() if g == groups[k]) > 1 and k not in typical)
    lc.groups, lc.typical = {}, set()                      # as when Enter came before the grouping was done
    window.show_review([a.key for a in s.answers], member)
    rv = window.review_view
    assert rv.current_unit() == [member]
    lc.groups, lc.typical = groups, typical
    lc.groupsReady.emit()                                  # the grouping is done
    assert len(rv.current_unit()) > 1 and member in rv.current_unit()
    assert rv.current_key() == member                      # still the answer the teacher was on, in its group


def test_a_question_that_learns_shows_only_the_answers_left_which_never_go_up(qtbot, window, tmp_path):  # noqa: F811
    _open(qtbot, window, tmp_path)
    window.results.request_review()
    rv = window.review_view
    lefts = []
    for _ in range(6):
        text = spaced(rv.progress_label.text())
        assert "to review" not in text and "answers left to decide" in text
        lefts.append(int(re.match(r"(\d+) of", text).group(1)))
        _mark_current(qtbot, window)
        qtbot.waitUntil(lambda: not window.learning.busy, timeout=30000)
    assert lefts == sorted(lefts, reverse=True) and lefts[-1] < lefts[0]
    assert "no fixed order" in rv.progress_label.toolTip()
