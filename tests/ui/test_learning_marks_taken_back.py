"""Marks taken back (Ctrl+Z) on a question that learns from them, in the real main window: the learned model must not
outlive the marks it learned from. Found in a QA pass: after the teacher undid every mark, each answer still showed the
learned model's score (review bars, "model 2 (51 % sure)", "need review" rather than "without a model"), Enter accepted
it and Ctrl+G gave it to identical answers, because nothing dropped the model once the marks left could teach none.

Now: undo that leaves marks of two different scores refits the model on them; undo that leaves fewer drops the model
and its scores (the answers are the teacher's again, with no model score to accept or copy); new marks teach it anew."""
from __future__ import annotations

import csv

from PySide6.QtCore import Qt

from counts_text import spaced
from grader_app.core import review
from test_learning_window import OWN, _mark_current, mark_until, make_sheet, window  # noqa: F401  (the window fixture)
from test_main_window import _open_by_drop

TWIN = "osmosis moves water across the membrane"
UNDO = Qt.KeyboardModifier.ControlModifier


def _open_with_twins(qtbot, window, tmp_path):  # noqa: F811
    """The learning test class (test_learning_window.make_sheet) and two students who wrote the same answer."""
    sheet = make_sheet(tmp_path / "class" / "answers.csv")
    with open(sheet, "a", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([["T001", "Twin One", OWN, TWIN], ["T002", "Twin Two", OWN, TWIN]])
    dlg = _open_by_drop(qtbot, window, sheet)
    assert dlg.chosen()[OWN] is None                     # no model for it: it learns from the marks
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        dlg.ok_button.click()
    qtbot.waitUntil(lambda: window.learning.ready, timeout=30000)
    return window.session


def _undo(qtbot, window) -> None:  # noqa: F811
    qtbot.keyClick(window.review_view, Qt.Key.Key_Z, UNDO)
    qtbot.waitUntil(lambda: not window.learning.busy, timeout=30000)


def _scores(s) -> set:
    return {d.score for k in s.keys_for(OWN) if (d := s.decisions.get(k)) is not None}


def test_undo_refits_on_the_marks_left_and_drops_the_model_when_they_can_teach_none(qtbot, window, tmp_path):  # noqa: F811
    s = _open_with_twins(qtbot, window, tmp_path)
    keys = s.keys_for(OWN)
    twins = [k for k in keys if s.answers[k].text == TWIN]
    window.results.request_review()
    rv = window.review_view
    for _ in range(8):                                   # marks of both scores: a model learns from them
        _mark_current(qtbot, window)
        if OWN in window.learning.models:
            break
    _mark_current(qtbot, window)                         # one more decision (one undo takes it back)
    qtbot.waitUntil(lambda: not window.learning.busy, timeout=30000)
    assert len(_scores(s)) == 2 and all(k in s.predictions for k in keys)
    before = window.learning.models[OWN]

    # undo that leaves both scores: the model is learned again from the marks left, not kept from the ones taken back
    _undo(qtbot, window)
    assert len(_scores(s)) == 2
    refit = window.learning.models[OWN]
    assert refit is not before and refit.n_marks == sum(1 for k in keys if k in s.decisions)

    # undo until the marks left hold one score: the model and its scores go, though marks are left
    while len(_scores(s)) == 2:
        _undo(qtbot, window)
    assert any(k in s.decisions for k in keys)
    assert OWN not in window.learning.models and OWN not in window.learning.learned_items()
    assert s.items[OWN].bundle_id is None and not s.items[OWN].labels
    assert not any(k in s.predictions for k in keys)
    assert all(s.status(k) == review.UNSCORED for k in keys if k not in s.decisions)
    qtbot.waitUntil(lambda: f"{sum(1 for k in keys if k not in s.decisions)} without a model"
                    in spaced(window.results.counts.text()), timeout=5000)

    # every mark taken back: Enter and Ctrl+G have no model score to give
    while any(k in s.decisions for k in keys):
        _undo(qtbot, window)
    assert OWN not in window.learning.models and not any(k in s.predictions for k in keys)
    assert "marks: mark a few answers" in rv.learning_label.text()
    rv.go_to(twins[0])
    assert not rv.accept_button.isEnabled()             # nothing to accept: the button is off, Enter says why
    qtbot.keyClick(rv, Qt.Key.Key_Return)
    assert twins[0] not in s.decisions and "no model score to accept" in rv.message_label.text()
    qtbot.keyClick(rv, Qt.Key.Key_G, UNDO)
    assert not any(k in s.decisions for k in twins)

    # marks of two scores again: a model learns from them anew and scores every answer
    mark_until(qtbot, window, lambda: OWN in window.learning.models, 8)
    model = window.learning.models[OWN]
    assert model is not refit and model.n_marks == sum(1 for k in keys if k in s.decisions)
    assert all(k in s.predictions for k in keys)
    rv.go_to(next(k for k in keys if k not in s.decisions))
    assert rv.accept_button.isEnabled()                 # the learned model's score can be accepted
