"""The review's learning line says the decision just made as soon as the key that made it has been handled, in the
real main window: it read the learner's marks as they were before the decision until the learning controller's sync ran
on the next turn of the event loop, so a screen painted in between said "mark a few answers with different scores"
right after two different scores had been given (a member pulled out of its group and given its own score: no
suggestion is asked for then, which had synced the marks), and after an undo the line of the model the undo took away.

Each step reads the line right after the key press, before any event is processed (what a paint right then shows),
then runs the timer's sync itself, at once (so no fit's result can come in between), and reads the line again: the
two must be the same, and differ from the line before the key press."""
from __future__ import annotations

from PySide6.QtCore import Qt

from test_learning_counts_decisions import _open_copies
from test_learning_window import OWN, window  # noqa: F401  (the fixture)


def _settled(qtbot, window) -> None:  # noqa: F811
    qtbot.waitUntil(lambda: not window.learning.busy and not window.learning._dirty, timeout=30000)


def _said_at_once(qtbot, window, *key) -> tuple[str, str, str]:  # noqa: F811
    """The line before ``key``, right after it, and once the learning controller followed it (its timer's sync)."""
    rv = window.review_view
    before = rv.learning_label.text()
    qtbot.keyClick(rv, *key)
    now = rv.learning_label.text()
    assert window.learning._dirty   # the sync has not run yet: nothing was processed since the key
    window.learning._sync()         # what the timer runs on the next turn, run here (it refreshes the review)
    return before, now, rv.learning_label.text()


def test_a_pulled_out_member_given_another_score_is_said_at_once(qtbot, window, tmp_path):  # noqa: F811
    s = _open_copies(qtbot, window, tmp_path)
    rv, keys = window.review_view, s.keys_for(OWN)
    rv.go_to(keys[0])
    qtbot.keyClick(rv, Qt.Key.Key_1)                    # a group of near-copies, all 1
    _settled(qtbot, window)
    rv.go_to(keys[8])
    qtbot.keyClick(rv, Qt.Key.Key_P)                    # one of another group pulled out ...
    before, now, followed = _said_at_once(qtbot, window, Qt.Key.Key_2)   # ... and given 2: two scores now
    assert len({d.score for d in s.decisions.values()}) == 2
    assert now == followed != before                   # before: "all your marks so far are 1" until the sync


def test_an_undo_is_said_at_once(qtbot, window, tmp_path):  # noqa: F811
    s = _open_copies(qtbot, window, tmp_path)
    rv, keys = window.review_view, s.keys_for(OWN)
    for g, score in ((0, 1), (1, 2)):
        rv.go_to(keys[8 * g])
        qtbot.keyClick(rv, Qt.Key.Key_0 + score)
        _settled(qtbot, window)
    assert OWN in window.learning.models                # two scores: a model learned from them
    before, now, followed = _said_at_once(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert {d.score for d in s.decisions.values()} == {1} and OWN not in window.learning.models
    assert now == followed != before                   # before: the line of the model the undo took away
