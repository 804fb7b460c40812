"""A question's learner whose marks were taken back until fewer than two different scores are left: its model (and the
session's rows from it) are dropped, so no score the teacher took back goes on scoring the class; with two scores left
nothing is dropped. (The window's side of it: tests/ui/test_learning_marks_taken_back.py.) A real sheet, real fits."""
from __future__ import annotations

from grader_app import workflow
from grader_app.core import review
from grader_app.core.session import Decision, GradingSession, ItemInfo
from grader_app.io.columns import guess_columns
from grader_app.io.readers import read_sheet
from test_learn_needs_marks import _csv


def test_a_model_the_marks_left_cannot_teach_is_dropped_with_its_scores(tmp_path, ice_class):
    texts, scores = ice_class
    sheet = read_sheet(_csv(tmp_path / "class.csv", [(f"S{i}", "own", t, "") for i, t in enumerate(texts[:40])]))
    mapping = guess_columns(sheet)
    mapping.item_column, mapping.answer_column = "Question", "Answer"
    session = GradingSession(sheet, mapping, {"own": ItemInfo(item="own", title="Ice", prompt="Why does ice float?")})
    keys = session.keys_for("own")
    learner = workflow.QuestionLearner("own", keys, [session.answers[k].text for k in keys])
    for k, score in zip(keys[:6], (0, 2, 0, 2, 0, 2)):
        session.restore(k, Decision(score=score, at=f"2026-03-02T09:00:0{k}+00:00"))
    learner.sync(session)
    assert learner.drop(session) is None                  # two scores: the marks teach a model
    learner.use(session, learner.fit_function()())
    assert session.items["own"].bundle_id == workflow.LEARNED + "own" and all(k in session.predictions for k in keys)

    for k in keys[1:6:2]:                                 # every 2 taken back: the marks left hold one score
        session.restore(k, None)
    learner.sync(session)
    change = learner.drop(session)
    assert change is not None and "own" in change.items
    assert learner.assistant.model is None and not learner.wants_fit()
    info = session.items["own"]
    assert (info.bundle_id, info.labels, info.title, info.prompt) == (None, (), "Ice", "Why does ice float?")
    assert not any(k in session.predictions for k in keys)
    assert all(session.status(k) == review.UNSCORED for k in keys if k not in session.decisions)
    assert workflow.learns(session, "own")
    assert learner.drop(session) is None                  # nothing more to drop

    session.restore(keys[1], Decision(score=2, at="2026-03-02T09:01:00+00:00"))   # a second score again: it learns anew
    learner.sync(session)
    assert learner.wants_fit()
    model = learner.fit_function()()
    learner.use(session, model)
    assert model.n_marks == 4 and all(k in session.predictions for k in keys)
