"""A model learned from the teacher's marks that does not qualify yet takes no answer, whatever threshold is asked for
(as ``grader score`` marks every answer of such a model `needs review`): QA set the slider of a question with 21 marks
to 50 % and 121 answers were auto-accepted with no check behind them (16 wrong), written to the export as auto, until
a refit three marks later dropped them again. The session refuses the threshold, the panel's slider is disabled with
the reason said. And, once it qualifies, the learning line's expected accuracy is the one at the session's threshold
(the headline's), not at the model's own. A real sheet, real fits."""
from __future__ import annotations

from grader_app import workflow
from grader_app.core import review
from test_learned_threshold_follows_model import _marked, _taken


def test_the_session_refuses_a_threshold_for_a_learned_model_without_a_guarantee(tmp_path, ice_class):
    session, learner, keys = _marked(tmp_path, ice_class, 21)
    model = learner.fit_function()()
    learner.use(session, model)
    assert not model.qualified and _taken(session, keys) == 0
    change = session.set_threshold(0.5, "own")
    assert not change and "own" not in session.thresholds
    assert session.threshold("own") == workflow.NOT_YET and _taken(session, keys) == 0
    session.set_thresholds({"own": 0.0})
    assert _taken(session, keys) == 0
    learner.sync(session)
    assert learner.assistant.progress().auto == 0


def test_the_panel_disables_the_slider_and_says_why(tmp_path, ice_class, qtbot):
    from grader_app.ui.threshold_panel import ThresholdPanel

    session, learner, keys = _marked(tmp_path, ice_class, 21)
    learner.use(session, learner.fit_function()())
    panel = ThresholdPanel()
    qtbot.addWidget(panel)
    panel.set_session(session)
    assert panel.current_item() == "own"
    assert not panel.slider.isEnabled() and not panel.spin.isEnabled()
    assert panel.effect.text().startswith("Question own: its model learns from your marks and cannot vouch for any "
                                          "answer yet, so it takes none on its own and its scores are suggestions")
    panel.set_value(0.5)
    assert "own" not in session.thresholds and _taken(session, keys) == 0
    assert panel.slider.value() == panel.spin.value() == 100   # it shows what the session uses


def test_the_learning_line_says_the_accuracy_at_the_sessions_threshold(tmp_path, ice_class):
    session, learner, keys = _marked(tmp_path, ice_class)
    model = learner.fit_function()()
    learner.use(session, model)
    assert model.qualified
    for at in (0.5, 0.99, model.threshold):
        session.set_threshold(at, "own")
        learner.sync(session)
        p = learner.assistant.progress()
        assert p.expected_accuracy == review.expected_accuracy(list(session.items["own"].risk), session.threshold("own"))
