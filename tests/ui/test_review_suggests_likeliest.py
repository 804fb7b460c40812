"""The review screen with the shipped set-6 model, whose decision rule picks another score than the likeliest on some
answers (real bundle, onnxruntime, offscreen Qt): on an answer the teacher must decide, the line under the bars says
the likeliest score and its probability, the ◀ model mark sits on the tallest bar, Enter gives that score, and the
results table's model score and confidence say the same. An answer sent to the teacher only because the rule's pick
is unsure, while the likeliest score reaches the threshold, says why."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from shipped_six import TEXTS, likeliest, parted, scored
from ui_helpers import group_panel

from grader_app.core import review
from grader_app.ui import results_cells
from grader_app.ui.answer_speech import model_said
from grader_app.ui.i18n import percent_down, percent_needed
from grader_app.ui.review_view import ReviewView


@pytest.fixture
def session():
    return scored()


def review_view(qtbot, session, keys) -> ReviewView:
    stack = QUndoStack()
    view = ReviewView(session, stack)
    view._test_stack = stack
    qtbot.addWidget(view)
    view.resize(1024, 600)
    view.show()
    view.set_queue(keys)
    return view


def test_the_screen_says_shows_and_accepts_the_likeliest_score(qtbot, session):
    keys = parted(session)
    assert keys, "the shipped set-6 model no longer parts ways with the arg-max on these answers"
    view = review_view(qtbot, session, keys)
    for i, k in enumerate(keys):
        assert view.current_key() == k
        top, p = likeliest(session, k)
        rule = session.predictions[k]
        said = view.decision_label.text()
        assert f"The model says {top} ({percent_down(p)} sure)." in said
        assert f"({percent_down(rule.confidence)} sure)" not in said              # the rule's unsure pick is not offered
        marks = [r[2] for r in view.bars.values()]
        assert [("◀ model" in m) for m in marks] == [label == top for label in rule.labels]
        assert f"The model says {top}, {percent_down(p)} sure." == model_said(session, k)   # what a screen reader hears
        assert results_cells.display(session, None, k, results_cells.MODEL_SCORE) == str(top)
        assert results_cells.display(session, None, k, results_cells.CONFIDENCE) == percent_down(p)
        qtbot.keyClick(view, Qt.Key_Return)                                  # Enter accepts the model's score
        assert session.decisions[k].score == top and session.status(k) == review.REVIEWED
        if i + 1 < len(keys):
            assert view.current_key() == keys[i + 1]


def test_an_answer_whose_likeliest_score_reaches_the_threshold_says_why_it_came(qtbot, session):
    need = session.threshold("asap-sas-6")
    spread = [k for k in parted(session) if likeliest(session, k)[1] >= need and not session.flags.get(k)]
    assert spread, "none of these answers has a likeliest score above the threshold and the rule's pick below it"
    k = spread[0]
    top, p = likeliest(session, k)
    view = review_view(qtbot, session, [k])
    assert view.decision_label.text() == (
        f"Not decided yet. The model says {top} ({percent_down(p)} sure). Though {percent_down(p)} reaches the "
        f"{percent_needed(need)} it needs, the model does not score this answer alone: the rest of its probability lies "
        f"on scores far from {top}.")
    # the results table: its confidence reaches the threshold, and the status says why it needs review all the same
    assert results_cells.display(session, None, k, results_cells.CONFIDENCE) == percent_down(p)
    assert results_cells.tooltip(session, k, results_cells.STATUS) == (
        "The model's likeliest score reaches the threshold, but the rest of its probability lies on scores far from "
        "it; please check it")


def test_an_answer_below_the_threshold_says_the_likeliest_scores_probability(qtbot, session):
    need = session.threshold("asap-sas-6")
    low = [k for k in parted(session) if likeliest(session, k)[1] < need and not session.flags.get(k)]
    assert low
    top, p = likeliest(session, low[0])
    view = review_view(qtbot, session, low[:1])
    assert results_cells.tooltip(session, low[0], results_cells.STATUS) == "The model is not sure enough; please check it"
    assert view.decision_label.text().endswith(
        f"The model says {top} ({percent_down(p)} sure). The model is unsure: {percent_down(p)} is below the "
        f"{percent_needed(need)} it needs to score alone.")


def test_an_answer_the_model_takes_alone_shows_the_score_that_stands(qtbot, session):
    k = parted(session)[0]
    rule = session.predictions[k]
    session.set_threshold(rule.confidence * 0.99, "asap-sas-6")   # a threshold the rule's pick reaches
    assert session.status(k) == review.AUTO
    view = review_view(qtbot, session, [k])
    said = view.decision_label.text()
    assert f"The model says {rule.score} ({percent_down(rule.confidence)} sure)." in said
    assert "at a threshold this low, it gives the score that weighs all its probabilities" in said
    assert [("◀ model" in r[2]) for r in view.bars.values()] == [label == rule.score for label in rule.labels]
    assert results_cells.display(session, None, k, results_cells.FINAL) == str(rule.score)
    qtbot.keyClick(view, Qt.Key_Return)
    assert session.decisions[k].score == rule.score and session.status(k) == review.REVIEWED



def test_a_groups_members_say_the_likeliest_score(qtbot):
    s = scored([TEXTS[0], TEXTS[0] + " ", TEXTS[6]])   # two copies of one answer the rule parts ways on, and another
    assert parted(s)[:2] == [0, 1]
    top, p = likeliest(s, 0)
    panel = group_panel(qtbot)
    panel.set_group(s, [0, 1], typical=0, selected=None)
    assert panel.models_label.text() == f"The model's scores: {top} for 2."
    assert all(f"model {top} ({percent_down(p)} sure)" in m.head.text() for m in panel.members)
