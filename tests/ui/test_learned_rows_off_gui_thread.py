"""A model learned from the teacher's marks brings its rows (a Prediction per answer) made by the worker that fitted it:
the GUI thread, taking the model into use (LearningController._fitted), built every one of them, ~80 ms for a
10,000-answer question each time a model came in (scripts/bench_gui_stalls.py --learned-answers). The real window, a
real fit on its real task manager; which thread made each Prediction is noted as it is made."""
from __future__ import annotations

import threading

import pytest

from grader_app.core.prediction import Prediction
from grader_app.ui import learning_controller
from test_learning_window import OWN, _open, mark_until


@pytest.fixture
def made(monkeypatch):
    """Every Prediction made, as (made on the GUI thread, while the GUI thread took a model into use, the row)."""
    seen: list[tuple[bool, bool, Prediction]] = []
    taking = [False]
    real_post_init = Prediction.__post_init__
    real_fitted = learning_controller.LearningController._fitted

    def noted(self):
        real_post_init(self)
        gui = threading.current_thread() is threading.main_thread()
        seen.append((gui, gui and taking[0], self))

    def fitted(self, *args):
        taking[0] = True
        try:
            return real_fitted(self, *args)
        finally:
            taking[0] = False
    monkeypatch.setattr(Prediction, "__post_init__", noted)
    monkeypatch.setattr(learning_controller.LearningController, "_fitted", fitted)
    return seen


def test_a_learned_models_rows_are_made_by_its_worker_and_stored_as_the_session_would_make_them(
        qtbot, make_window, tmp_path, made):
    window = make_window((1200, 800))
    s = _open(qtbot, window, tmp_path, unlike=True)
    keys = s.keys_for(OWN)
    window.results.request_review()
    mark_until(qtbot, window, lambda: OWN in window.learning.models, 6)
    model = window.learning.models[OWN]
    assert not [row for _, taking, row in made if taking]          # none made as the model was taken into use
    off_gui = {id(row) for gui, _, row in made if not gui}
    assert all(id(s.predictions[k]) in off_gui for k in keys)      # each stored row is one the worker made
    # ... and is what the session makes of the model's rows itself
    assert [s.predictions[k] for k in keys] == [Prediction(tuple(float(x) for x in p), tuple(model.labels))
                                                for p in model.probabilities]
    assert all(s.predictions[k].labels == s.items[OWN].labels for k in keys)
