"""The review screen records why each answer was marked (grader_app.core.origins): an answer Grader suggested carries
the suggestion's origin, one the teacher went to herself "own", in the session and in the project file the moment it
is decided; a score changed later keeps the answer's origin. Only the first kind choose the learned model's threshold
(grader_app.learn.threshold_marks), and the learning line says so while the teacher's own count for nothing there.
The real main window, its review screen and project file."""
from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

from grader_app.core.origins import OWN, SUGGESTED
from test_learning_window import OWN as QUESTION
from test_learning_window import _mark_current, _open, truth


def test_suggested_and_chosen_marks_keep_their_origin(qtbot, make_window, tmp_path):
    window = make_window((1200, 800))
    s = _open(qtbot, window, tmp_path, unlike=True)
    qtbot.mouseClick(window.results.review_button, Qt.MouseButton.LeftButton)
    rv = window.review_view
    for _ in range(3):   # what Grader suggests, until the model learns (two scores given)
        suggested = list(rv.current_unit())
        _mark_current(qtbot, window)
        assert {s.decisions[k].origin for k in suggested} <= set(SUGGESTED)
        if QUESTION in window.learning.models:
            break
    assert QUESTION in window.learning.models

    offered = set(rv.current_unit())   # the next suggestion is on screen: the teacher goes to another answer instead
    mine = next(k for k in reversed(s.keys_for(QUESTION)) if k not in s.decisions and k not in offered)   # the last
    rv.go_to(mine)
    assert rv.current_unit() == [mine]
    qtbot.keyClick(rv, Qt.Key.Key_0 + truth(s.answers[mine].text))
    qtbot.waitUntil(lambda: not window.learning.busy, timeout=30000)
    assert s.decisions[mine].origin == OWN

    first = suggested[0]   # a suggested answer's score changed later: still the suggestion's
    rv.go_to(first)
    qtbot.keyClick(rv, Qt.Key.Key_1)
    assert s.decisions[first].score == 1 and s.decisions[first].origin in SUGGESTED

    assert window.store.flush()
    with sqlite3.connect(window.store.path) as db:
        on_disk = dict(db.execute("SELECT answer_key, origin FROM decisions").fetchall())
    assert on_disk == {k: d.origin for k, d in s.decisions.items()}

    learner = window.learning.learners[QUESTION]
    qtbot.waitUntil(lambda: not learner.behind() and not window.learning.busy, timeout=30000)
    p = learner.assistant.progress()
    assert p.uncounted >= 1 and not p.qualified
    assert rv.learning_label.text().endswith("Only marks on the answers Grader suggests count towards that; the 1 "
                                             "answer you chose yourself teaches the model but does not.")
