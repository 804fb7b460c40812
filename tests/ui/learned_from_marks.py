"""The real window on a sheet whose question without a model (``test_learning_window.OWN``, 30 answers unlike each
other) has learned a model from the teacher's first marks, for the tests of what the window shows of that model's
scores for the very answers it learned from."""
from __future__ import annotations

from grader_app import workflow
from grader_app.ui import learning_controller
from test_learning_window import OWN, _open, mark_until


def window_with_a_learned_model(qtbot, make_window, tmp_path, monkeypatch):
    """The window (1200 × 800) with the sheet opened and scored, the review on, and the question's answers marked (as
    the review offers them, at most 8 marks) until its learned model has learned from 4 marks or more; the learning
    settled. A model behind the marks fits again 0.1 s after the last (1.5 s in the app). The window and the session."""
    monkeypatch.setattr(learning_controller, "CATCH_UP_MS", 100)
    window = make_window((1200, 800))
    s = _open(qtbot, window, tmp_path, unlike=True, n=30)
    window.results.request_review()
    mark_until(qtbot, window, lambda: OWN in window.learning.models and window.learning.models[OWN].n_marks >= 4, 8)
    assert s.items[OWN].bundle_id == workflow.LEARNED + OWN
    qtbot.waitUntil(lambda: not window.learning.busy, timeout=30000)
    return window, s
