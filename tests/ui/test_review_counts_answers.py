"""The review screen's top line counted groups at one moment and answers at another (QA): "1 of 8 to review" became
"1 of 5" when the groups arrived while the review was open, and "of 6" when a member was pulled out; on a question
that learns from the marks the bold count turned from a place in the list into the answers left once the grouping
brought its model. Every count there is of answers now, from the first answer to the last: the totals never change
during a review, the answers left change only when something is decided, and a group's place is the places of its
answers ("2–5 of 8"). The real review screen with a real LearningController grouping on its worker."""
from __future__ import annotations

import re

from PySide6.QtCore import Qt

from counts_text import spaced
from grader_app.core.review import AUTO
from grader_app.ui.learning_controller import LearningController
from test_group_review import GROUP, LIKE, OTHERS, like_project
from ui_helpers import one_question_session, review_view


def _counts(view) -> tuple[str, str]:
    """The place and the answers left; the answers that need the teacher said beside them where a model accepted some
    of those left (tests/ui/test_review_of_all_says_need_you.py), checked here and left out."""
    place, left = spaced(view.progress_label.text()), spaced(view.left_label.text())
    s = view.session
    need = sum(1 for k in view.queue.keys() if s.needs_teacher(k))
    if any(s.status(k) == AUTO for k in view.queue.keys() if k not in s.decisions):
        assert left.endswith(f" · {need} need you"), left
        left = left.removesuffix(f" · {need} need you")
    return place, left


def _total(view) -> int:
    return int(re.fullmatch(r"(?:\d+–)?\d+ of (\d+) to review", view.progress_label.text()).group(1))


def test_the_counts_stay_answers_when_groups_arrive_are_decided_and_a_member_is_pulled_out(qtbot, tmp_path,
                                                                                             task_manager):
    session, store = like_project(tmp_path)
    learning = LearningController(task_manager)
    try:
        learning.bind(session)
        view = review_view(qtbot, session, store)
        view.set_learning(learning)
        view.set_queue([a.key for a in session.answers], start_key=GROUP[1])   # opened before the grouping is done
        assert view.current_unit() == [GROUP[1]]
        assert _counts(view) == ("4 of 8 to review", "8 of 8 answers left to decide")
        learning.start()                                   # the groups arrive: the same answer, now in its group
        qtbot.waitUntil(lambda: len(view.current_unit()) > 1, timeout=30000)
        assert view.current_unit() == GROUP and view.current_key() == GROUP[1]
        assert _counts(view) == ("2–5 of 8 to review", "8 of 8 answers left to decide")
        qtbot.keyClick(view, Qt.Key.Key_Down)              # a member pulled out: no decision, no count changes
        member = view.current_key()
        qtbot.keyClick(view, Qt.Key.Key_P)
        assert view.current_unit() == [member] and _total(view) == 8   # on screen on its own, right after the group
        assert _counts(view) == ("5 of 8 to review", "8 of 8 answers left to decide")
        qtbot.keyClick(view, Qt.Key.Key_Left)              # back to the group, the member left for later
        assert _counts(view) == ("2–4 of 8 to review", "8 of 8 answers left to decide")
        qtbot.keyClick(view, Qt.Key.Key_2)                 # the group decided: three answers fewer left
        assert view.current_unit() == [member]             # its member pulled out comes next, in its own place
        assert _counts(view) == ("5 of 8 to review", "5 of 8 answers left to decide")
        qtbot.keyClick(view, Qt.Key.Key_1)
        assert _counts(view) == ("6 of 8 to review", "4 of 8 answers left to decide")
        assert view.accessibleName().startswith("Answer 6 of 8: ")   # a screen reader hears the same count
        view.go_to(GROUP[0])
        assert view.accessibleName().startswith("Answers 2–4 of 8: a group of 3 answers that look alike; ")
    finally:
        learning.unbind()
        store.close()


def test_a_question_that_learns_counts_the_answers_left_before_and_after_its_groups_arrive(qtbot, task_manager):
    texts = [OTHERS[0], LIKE[0], OTHERS[1], LIKE[1], LIKE[2], OTHERS[2], LIKE[3], OTHERS[3]]
    session = one_question_session([(f"S{i}", f"Student {i}", t) for i, t in enumerate(texts)])   # no model: it learns
    learning = LearningController(task_manager)
    try:
        learning.bind(session)
        view = review_view(qtbot, session)
        view.set_learning(learning)
        view.set_queue([a.key for a in session.answers])
        assert not learning.learns("q1")                   # its model comes with the groups, not there yet
        before = _counts(view)
        assert before == ("8 of 8 answers left to decide", "")
        learning.start()
        qtbot.waitUntil(lambda: learning.ready, timeout=30000)
        assert learning.learns("q1")
        assert _counts(view) == before                     # nothing decided: the same words, the same numbers
        assert "no fixed order" in view.progress_label.toolTip()
    finally:
        learning.unbind()
