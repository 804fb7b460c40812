"""A threshold the teacher sets for a question whose model learns from the marks is set for that model: a later fit
replaces the model, and the question goes back to the new model's own threshold (one that does not qualify takes no
answer, whatever the slider said for the old one). And the learning sentence counts at the session's threshold: moved
by the teacher, the answers the model can take and those that need the teacher are the session's. A real sheet, real
fits."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from grader_app import workflow
from grader_app.core import review
from grader_app.core.session import Decision, GradingSession
from own_question_marked import learner_of, own_sheet, session_of
from test_restored_marks_teach import MARKED


def _marked(tmp_path, ice_class, marked: int = MARKED) -> tuple[GradingSession, workflow.QuestionLearner, list[int]]:
    texts, scores = ice_class
    session = session_of(own_sheet(tmp_path / "class.csv", texts))
    keys = session.keys_for("own")
    learner = learner_of(session)
    start = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
    for n, k in enumerate(keys[:marked]):   # one decision every ten seconds
        at = (start + timedelta(seconds=10 * n)).isoformat(timespec="seconds")
        session.restore(k, Decision(score=scores[k], at=at))
    learner.sync(session)
    return session, learner, keys


def _taken(session: GradingSession, keys) -> int:
    return sum(1 for k in keys if session.status(k) == review.AUTO)


def test_a_later_fit_that_does_not_qualify_takes_nothing_whatever_the_teachers_threshold(tmp_path, ice_class):
    session, learner, keys = _marked(tmp_path, ice_class)
    first = learner.fit_function()()
    learner.use(session, first)
    assert first.qualified and _taken(session, keys) > 0
    session.set_threshold(max(0.0, first.threshold - 0.2), "own")   # the teacher lowers the slider for this model
    assert _taken(session, keys) > 0

    for k in keys[12:MARKED]:   # marks taken back: too few left for the next model's guarantee
        session.restore(k, None)
    learner.sync(session)
    assert learner.drop(session) is None and learner.wants_fit()
    later = learner.fit_function()()
    learner.use(session, later)
    assert not later.qualified and not session.items["own"].risk
    assert _taken(session, keys) == 0
    assert "own" not in session.thresholds and session.threshold("own") > 1.0


def test_a_new_model_brings_its_own_threshold_back(tmp_path, ice_class):
    session, learner, keys = _marked(tmp_path, ice_class, MARKED - 10)
    learner.use(session, learner.fit_function()())
    session.set_threshold(0.5, "own")
    texts, scores = ice_class
    for k in keys[MARKED - 10:MARKED]:   # ten marks more: the model is learned again
        session.restore(k, Decision(score=scores[k], at="2026-03-02T10:00:00+00:00"))
    learner.sync(session)
    assert learner.wants_fit()
    again = learner.fit_function()()
    learner.use(session, again)
    assert session.threshold("own") == (again.threshold if again.qualified else workflow.NOT_YET)
    assert "own" not in session.thresholds


def test_the_learning_sentence_counts_at_the_threshold_the_teacher_set(tmp_path, ice_class):
    session, learner, keys = _marked(tmp_path, ice_class)
    model = learner.fit_function()()
    learner.use(session, model)
    assert model.qualified
    left = [k for k in keys if k not in session.decisions]

    def agree() -> None:
        learner.sync(session)
        got = learner.assistant.progress()
        assert got.auto == _taken(session, left)
        assert got.need_you == sum(1 for k in left if session.status(k) != review.AUTO)

    agree()
    at_own = learner.assistant.progress().auto
    session.set_threshold(max(0.0, model.threshold - 0.3), "own")   # more answers taken
    agree()
    assert learner.assistant.progress().auto > at_own
    session.set_threshold(1.0, "own")                                # (nearly) none taken
    agree()
    assert learner.assistant.progress().auto < at_own


def test_the_threshold_panel_says_the_new_model_uses_its_own_threshold(tmp_path, ice_class, qtbot):
    from grader_app.ui.threshold_panel import ThresholdPanel

    session, learner, keys = _marked(tmp_path, ice_class)
    learner.use(session, learner.fit_function()())
    panel = ThresholdPanel()
    qtbot.addWidget(panel)
    panel.set_session(session)
    assert panel.current_item() == "own"
    panel.set_value(0.5)                                   # the teacher's slider, for this model
    assert session.threshold("own") == 0.5 and "learned again" not in panel.effect.text()
    for k in keys[12:MARKED]:
        session.restore(k, None)
    learner.sync(session)
    learner.use(session, learner.fit_function()())         # a new model: its own threshold
    panel.refresh_items()
    assert panel.value() == 1.0 and "own" not in session.thresholds
    # it does not qualify: it takes nothing, and no threshold can make it (test_unqualified_learned_model_takes_no_threshold)
    assert panel.effect.text().startswith("Question own: its model learns from your marks and cannot vouch for any answer")
    assert not panel.slider.isEnabled()
    panel.set_value(0.8)
    assert session.threshold("own") == workflow.NOT_YET


def test_the_threshold_panel_says_a_new_model_that_qualifies_uses_its_own_threshold(tmp_path, ice_class, qtbot):
    from grader_app.ui.threshold_panel import ThresholdPanel

    session, learner, keys = _marked(tmp_path, ice_class)
    learner.use(session, learner.fit_function()())
    panel = ThresholdPanel()
    qtbot.addWidget(panel)
    panel.set_session(session)
    panel.set_value(0.5)
    assert session.threshold("own") == 0.5
    texts, scores = ice_class
    for k in keys[MARKED:MARKED + 20]:   # twenty marks more: the model is learned again
        session.restore(k, Decision(score=scores[k], at="2026-03-02T10:00:00+00:00"))
    learner.sync(session)
    again = learner.fit_function()()
    learner.use(session, again)
    panel.refresh_items()
    assert again.qualified and "own" not in session.thresholds and panel.slider.isEnabled()
    assert panel.effect.text().startswith("Question own: its model learned again from your marks and uses its own "
                                          "threshold again (yours was for the model before); the model takes")
    panel.set_value(0.8)                                   # the teacher chooses again: no more note
    assert session.threshold("own") == 0.8 and "learned again" not in panel.effect.text()
