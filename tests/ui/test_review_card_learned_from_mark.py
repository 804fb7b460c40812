"""The review card on a question of the teacher's own, once a model learned from her marks, showed on an answer she
had marked (gone back to with ←) the model's probability bars, said "The model says 2, 97 % sure" to a screen reader
and "The model is confident" in the status's tooltip, and offered to accept the model's score: that model's score for
an answer it learned from is fitted to her very mark (the results table, the exports and the group card show none).
Now the card shows no bars there and says why, the screen reader hears the same, and the accept button is off with its
reason (Enter says it and changes nothing). An answer not marked yet keeps the model's bars and accept. The real window,
a real learned model fitted to real marks."""
from __future__ import annotations

from PySide6.QtCore import Qt

from grader_app.ui import learning_controller
from grader_app.ui.style import fmt_score
from learned_from_marks import window_with_a_learned_model
from test_learning_bars_whole_scale import learned_from_marks
from test_learning_window import OWN

FITTED = "fitted to that mark"


def test_the_review_card_shows_no_score_of_the_model_fitted_to_the_teachers_mark(qtbot, make_window, tmp_path,
                                                                                 monkeypatch):
    window, s = window_with_a_learned_model(qtbot, make_window, tmp_path, monkeypatch)
    rv, card = window.review_view, window.review_view.card
    # not marked yet: the model's bars, its score said, and Enter accepts it
    open_ = rv.current_key()
    assert open_ is not None and open_ not in s.decisions and s.model_row(open_) is not None
    assert len(rv.current_unit()) == 1
    assert card.bars.isVisibleTo(rv) and rv.accept_button.isEnabled()
    assert "The model " in rv.accessibleDescription() and FITTED not in rv.accessibleDescription()
    # ← to the answer she marked last
    for _ in range(30):
        qtbot.keyClick(rv, Qt.Key.Key_Left)
        key = rv.current_key()
        if key in s.decisions and len(rv.current_unit()) == 1:
            break
    assert key in s.decisions and len(rv.current_unit()) == 1 and s.model_row(key) is not None
    mine = s.decisions[key].score
    # the card: no bars (nor their heading), and the line under it says why
    assert not card.bars.isVisibleTo(rv) and not card.bars_heading.isVisibleTo(rv)
    assert rv.decision_label.text().startswith(f"Your score: {mine}. This question's model learned from your mark")
    # the screen reader: not the model's fitted score and certainty, but why there is none
    said = rv.accessibleDescription()
    assert "The model says" not in said and "The model suggests" not in said and FITTED in said, said
    assert f"Your score: {mine}." in said, said
    # the status's tooltip: why, not how sure the fitted model is of it
    tip = rv.status_label.toolTip()
    assert FITTED in tip and "%" not in tip, tip
    # accept: off, its tooltip says why; Enter says it, changes nothing and stays on the answer
    assert not rv.accept_button.isEnabled() and FITTED in rv.accept_button.toolTip()
    steps = rv.undo_stack.count()
    qtbot.keyClick(rv, Qt.Key.Key_Return)
    assert rv.current_key() == key and s.decisions[key].score == mine and rv.undo_stack.count() == steps
    assert FITTED in rv.message_label.text()
    # on again to an answer not marked: the model's bars and accept are back
    qtbot.keyClick(rv, Qt.Key.Key_Right)
    other = rv.current_key()
    if other in s.decisions or len(rv.current_unit()) > 1:
        rv.go_to(open_)
        other = open_
    assert other not in s.decisions
    assert card.bars.isVisibleTo(rv) and rv.accept_button.isEnabled() and FITTED not in rv.decision_label.text()


def test_a_group_whose_typical_answer_she_marked_shows_the_bars_of_the_member_enter_scores(qtbot, make_window,
                                                                                         tmp_path, monkeypatch):
    """A group of the learning question whose typical answer the teacher marked, its members unlike it left open (the
    split, ``group_split``): the card showed the typical answer's bars, fitted to her mark, "for the typical answer",
    while Enter gives the member chosen its own model score. The bars are now that member's, and say so."""
    monkeypatch.setattr(learning_controller, "CATCH_UP_MS", 100)   # a fit 0.1 s after the last mark (1.5 s in the app)
    window = make_window((1200, 800))
    s, rv = learned_from_marks(qtbot, window, tmp_path)
    rv.go_to(next(k for k in s.keys_for(OWN) if k not in s.decisions))
    unit = rv.current_unit()
    qtbot.keyClick(rv, Qt.Key.Key_1)   # a new score: the typical answer and those like it; the others stay open
    qtbot.waitUntil(lambda: not window.learning.busy and tuple(window.learning.models[OWN].labels) == (0, 1, 2),
                    timeout=30000)
    typical, chosen = rv.shown_key(unit), rv.current_key()
    assert rv.current_unit() == unit and len(unit) > 1 and s.learned_from_mark(typical)
    assert chosen != typical and chosen not in s.decisions and s.model_row(chosen) is not None
    card = rv.card
    assert card.bars_heading.text() == "The model's probability per score, for the answer chosen"
    p = s.model_says(chosen)
    shown = {v[0]: v[1] for v in card.bars.values()}
    assert shown == {fmt_score(lab): round(pr * 1000) for lab, pr in zip(p.labels, p.probabilities)}
    assert rv.accept_button.isEnabled()   # Enter gives it its own score


def test_a_scored_group_says_what_a_digit_does_there_instead_of_accepting(qtbot, make_window, tmp_path, monkeypatch):
    """A group of the learning question she scored as a whole, gone back to: its typical answer's model score is fitted
    to her mark, so the accept button is off and Enter says why. Its reason said "type a score to change yours", as on
    a single answer, while a digit there gives the whole group that score; it now says so, with the group's size."""
    monkeypatch.setattr(learning_controller, "CATCH_UP_MS", 100)   # a fit 0.1 s after the last mark (1.5 s in the app)
    window = make_window((1200, 800))
    s, rv = learned_from_marks(qtbot, window, tmp_path)
    qtbot.waitUntil(lambda: not window.learning.busy, timeout=30000)
    groups = [g for g in window.learning.learners[OWN].groups if len(g) > 1 and all(k in s.decisions for k in g)]
    assert groups
    rv.go_to(groups[0][0])
    unit = list(rv.current_unit())
    typical = rv.shown_key(unit)
    assert len(unit) > 1 and s.learned_from_mark(typical) and all(k in s.decisions for k in unit)
    said = (f"{FITTED}, so there is no score of its own to accept; type a score to give it to all {len(unit)} answers "
            "of the group.")
    tip = rv.accept_button.toolTip()
    assert not rv.accept_button.isEnabled() and tip.startswith("This question's model learned from your mark on this "
                                                               "group's typical answer: its score for it is ") and \
        tip.endswith(said), tip
    steps = rv.undo_stack.count()
    qtbot.keyClick(rv, Qt.Key.Key_Return)   # Enter: the reason, nothing changed
    assert rv.message_label.text() == tip and rv.undo_stack.count() == steps
    # and a digit does what it says: the whole group gets that score
    other = next(v for v in (0, 1, 2) if v != s.decisions[typical].score)
    qtbot.keyClick(rv, Qt.Key.Key_0 + other)
    if any(s.decisions[k].score != other for k in unit):   # members scored apart: the same digit again
        qtbot.keyClick(rv, Qt.Key.Key_0 + other)
    assert all(s.decisions[k].score == other for k in unit)
