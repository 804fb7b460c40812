"""The sentence at the top of the results when several models take answers: each question's auto-accepted
answers are counted with an accuracy estimate or without one, and the words name the right model(s): one model,
several models, a mix, a question whose model learns from the teacher's marks. And the threshold panel's two
buttons leave a question no model scores yet alone (its model, learned later, keeps its own guarantee)."""
from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from grader_app.core import review
from grader_app.ui.i18n import unbroken
from grader_app.ui.wording import Unestimated, plain_sentence
from grader_app.workflow import use_learned_model
from ui_helpers import results_view, scored_session

TABLE = [{"threshold": t, "coverage": round(1.0 - t * 0.8, 3), "error": round(0.3 * (1 - t), 3),
          "error_upper": round(0.35 * (1 - t) + 0.01, 3)} for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)]


def _auto(session, item: str) -> int:
    return sum(1 for k in session.keys_for(item) if session.status(k) == review.AUTO)


def _learn(session, item: str, qualified: bool = True):
    """What the learning controller does once a model learned from the teacher's marks is fitted."""
    n = len(session.keys_for(item))
    rows = np.full((n, 4), 0.02)
    rows[:, 0] = 0.94 - np.linspace(0.0, 0.6, n)    # confidences from 0.94 down, spread over the table's range
    rows[:, 1] = 1.0 - rows.sum(axis=1) + rows[:, 1]
    model = SimpleNamespace(labels=(0, 1, 2, 3), threshold=0.6, qualified=qualified, review={"table": TABLE},
                            probabilities=rows)
    return use_learned_model(session, item, model)


def test_several_models_some_with_an_estimate_some_without(qtbot, shipped_bundles):
    session = scored_session(shipped_bundles, n_students=10)
    view = results_view(qtbot, session)
    view.threshold.set_value(0.2)      # asap-sas-1 below the lowest threshold its model was checked at
    low, kept = _auto(session, "asap-sas-1"), _auto(session, "asap-sas-5")
    assert low and kept
    text = view.sentence.text()
    assert "for this model" not in text                       # two models: "this" would be a guess
    assert f"of the other {low + kept}, {kept} are expected to be at least" in text
    assert f"and {low} are accepted with no accuracy estimate for the model of asap-sas-1." in text
    # the other question below its table too: neither model has an estimate
    view.threshold.apply_to_all(0.2)
    assert view.sentence.text().endswith(f"the other {low + _auto(session, 'asap-sas-5')} are accepted with no "
                                         "accuracy estimate for their models.")
    # both back within their tables: the estimate for all of them
    view.threshold.reset()
    assert "no accuracy estimate" not in view.sentence.text() and "expected to be at least" in view.sentence.text()


def test_one_model_without_an_estimate_is_this_model(qtbot, shipped_bundles):
    session = scored_session(shipped_bundles, n_students=10, items=("asap-sas-1",))
    view = results_view(qtbot, session)
    view.threshold.set_value(0.2)
    assert view.sentence.text().endswith(f"the other {_auto(session, 'asap-sas-1')} are accepted with no accuracy "
                                         "estimate for this model.")


def test_a_question_learning_from_the_teachers_marks_counts_on_its_own(qtbot, shipped_bundles):
    session = scored_session(shipped_bundles, n_students=10, items=("asap-sas-1", "own-question"))
    view = results_view(qtbot, session)
    # its model learned from the teacher's marks; the teacher moved its threshold below the model's table
    view.model_learned(_learn(session, "own-question") | session.set_threshold(0.2, "own-question"))
    view.refresh()
    mine, shipped = _auto(session, "own-question"), _auto(session, "asap-sas-1")
    assert mine and shipped
    text = view.sentence.text()
    assert f"of the other {mine + shipped}, {shipped} are expected to be at least" in text
    assert f"and {mine} are accepted with no accuracy estimate for the model of own-question." in text


@pytest.mark.parametrize("unestimated, words", [
    (Unestimated(5, ("q1",), models=1, only_model=True), "; the other 5 are accepted with no accuracy estimate for "
                                                         "this model."),
    (Unestimated(5, ("q1",), models=1, only_model=False), "; the other 5 are accepted with no accuracy estimate for "
                                                          "the model of q1."),
    (Unestimated(5, ("q1", "q2"), models=2, only_model=False), "; the other 5 are accepted with no accuracy "
                                                               "estimate for their models."),
    (Unestimated(2, ("q2",), models=1, only_model=False), "; of the other 5, 3 are expected to be at least 91\u00a0% right "
                                                          "and 2 are accepted with no accuracy estimate for the model "
                                                          "of q2."),
])
def test_the_words_for_one_model_several_and_a_mix(qapp, unestimated, words):
    assert plain_sentence(4, 5, 0.917 if unestimated.count < 5 else None, unestimated=unestimated) == \
        "4 answers need you" + words
    # the callers that know only the session's single estimate keep their sentence
    assert plain_sentence(4, 5, None) == "4 answers need you; the other 5 are accepted with no accuracy estimate for " \
                                         "this model."
    assert plain_sentence(4, 5, 0.95) == "4 answers need you; the other 5 are expected to be at least 95\u00a0% right."


def test_the_panel_buttons_leave_a_question_without_a_model_alone(qtbot, shipped_bundles):
    """"Use this for every question" and "Use the models' own thresholds" set the questions in the panel's list;
    one no model scores yet keeps no threshold of theirs, so its model learned later takes nothing until it can
    vouch for answers, and then takes them at its own threshold."""
    session = scored_session(shipped_bundles, n_students=10, items=("asap-sas-1", "own-question"))
    view = results_view(qtbot, session)
    panel = view.threshold
    panel.set_value(0.2)
    panel.all_button.click()
    assert session.threshold("asap-sas-1") == 0.2
    panel.reset_button.click()
    view.model_learned(_learn(session, "own-question", qualified=False))   # it cannot vouch for any answer yet
    assert session.threshold("own-question") > 1.0
    assert _auto(session, "own-question") == 0
    _learn(session, "own-question", qualified=True)
    assert session.threshold("own-question") == 0.6


def test_answers_no_model_scores_are_the_ones_that_need_you(qapp):
    """A sheet of the teacher's own question: every answer left is one no model scores. The sentence said "No answer
    needs you. (130 answers without a model are left for you to score)", contradicting itself; now they are the
    answers that need the teacher, in the window and on the command line alike, and the bracket stays for a mix."""
    for sentence in (plain_sentence, review.plain_sentence):
        assert sentence(0, 0, None, unscored=130) == "130 answers need you: no model scores them."
        assert unbroken(sentence(0, 5, 0.95, unscored=130)) == \
            "130 answers need you: no model scores them; the other 5 are expected to be at least 95\u00a0% right."
        assert sentence(4, 0, None, unscored=2) == "6 answers need you (2 with no model to score them)."
    assert review.plain_sentence(0, 0, None, unscored=1) == "1 answer needs you: no model scores it."


def test_the_answers_no_model_scores_add_up_with_the_others(qapp):
    """QA: with a mix, the sentence read "12 answers need you; the other 50 are expected ... (8 answers without a
    model are left for you to score)": 12 + 50 is not the sheet's 70 unless the reader finds the bracket. The
    answers no model scores are counted among those that need the teacher, and the bracket says how many they are."""
    for sentence in (plain_sentence, review.plain_sentence):
        assert unbroken(sentence(12, 50, 0.95, unscored=8)) == \
            "20 answers need you (8 with no model to score them); the other 50 are expected to be at least 95\u00a0% right."
        assert unbroken(sentence(3, 50, 0.95, unscored=1, decided=16)) == \
            "You decided 16 answers and 4 need you (1 with no model to score it); the other 50 are expected to be at " \
            "least 95\u00a0% right."


def test_the_sentence_says_the_teachers_decisions_so_every_answer_is_counted(qtbot, shipped_bundles):
    """QA: with 60 of 90 answers decided the sentence read "24 answers need you; the other 6 ...", and once no answer
    needed the teacher "No answer needs you; the other 17 ...": the answers the teacher decided are said first."""
    assert plain_sentence(24, 6, 0.95, decided=60) == \
        "You decided 60 answers and 24 need you; the other 6 are expected to be at least 95\u00a0% right."
    assert plain_sentence(0, 17, 0.95, decided=73) == \
        "You decided 73 answers; the other 17 are expected to be at least 95\u00a0% right."
    assert plain_sentence(0, 5, 0.95, unscored=130, decided=2) == \
        "You decided 2 answers and 130 need you: no model scores them; the other 5 are expected to be at least " \
        "95\u00a0% right."
    session = scored_session(shipped_bundles, n_students=10, items=("asap-sas-1",))
    view = results_view(qtbot, session)
    queue = session.review_queue()
    assert len(queue) > 2
    for k in queue:
        session.decide(k, 0)
        if k == queue[1]:
            need, auto = len(session.review_queue()), _auto(session, "asap-sas-1")
            view.decisions_changed()
            qtbot.waitUntil(lambda: view.sentence.text().startswith("You decided 2 answers"), timeout=2000)
            verb = "needs" if need == 1 else "need"   # the English catalogue's singular
            assert view.sentence.text().startswith(f"You decided 2 answers and {need} {verb} you; the other {auto} ")
            assert 2 + need + auto == len(session.answers)
    view.decisions_changed()
    decided, auto = len(queue), _auto(session, "asap-sas-1")
    assert auto and decided + auto == len(session.answers)
    qtbot.waitUntil(lambda: view.sentence.text().startswith(f"You decided {decided} answers; the other {auto} "),
                    timeout=2000)
    assert "needs you" not in view.sentence.text()
