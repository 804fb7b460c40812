"""A shipped model's scored batch brings its rows (a Prediction per answer) made by the scoring worker: the GUI thread,
storing each batch as it landed (ScoringController._batch -> Batch.apply -> GradingSession.set_predictions), built every
one of them while scoring ran (scripts/bench_gui_stalls.py --class-answers). The real window, a real sheet scored by
the shipped models on its real task manager; which thread made each Prediction is noted as it is made."""
from __future__ import annotations

import threading

import pytest

from grader_app.core.prediction import Prediction
from grader_app.ui import scoring_controller
from ui_helpers import open_and_score, write_csv

ITEMS = ("asap-sas-1", "asap-sas-5")
TEXTS = ("the cell membrane controls what enters and leaves the cell", "mrna leaves the nucleus through a pore",
         "you need to know how much vinegar was used and the size of the containers")


@pytest.fixture
def made(monkeypatch):
    """Every Prediction made, as (made on the GUI thread, while the GUI thread stored a batch, the row), and every
    batch stored: (its question, its keys, its probabilities)."""
    seen: list[tuple[bool, bool, Prediction]] = []
    batches: list[tuple[str, list[int], list]] = []
    storing = [False]
    real_post_init = Prediction.__post_init__
    real_batch = scoring_controller.ScoringController._batch

    def noted(self):
        real_post_init(self)
        gui = threading.current_thread() is threading.main_thread()
        seen.append((gui, gui and storing[0], self))

    def batch(self, b):
        if b.keys:
            batches.append((b.item, list(b.keys), [list(p) for p in b.probabilities]))
        storing[0] = True
        try:
            return real_batch(self, b)
        finally:
            storing[0] = False
    monkeypatch.setattr(Prediction, "__post_init__", noted)
    monkeypatch.setattr(scoring_controller.ScoringController, "_batch", batch)
    return seen, batches


def test_a_shipped_models_rows_are_made_by_the_scoring_worker_and_stored_as_the_session_would_make_them(
        qtbot, window, tmp_path, made):
    seen, batches = made
    rows = [(f"S{i:03d}", f"Student {i}", ITEMS[i % 2], f"{TEXTS[i % 3]} {i}") for i in range(80)]
    s = open_and_score(qtbot, window, write_csv(tmp_path / "class.csv", ["Student ID", "Name", "Question", "Answer"],
                                                rows))
    keys = [k for item in ITEMS for k in s.keys_for(item)]
    assert len(keys) == 80 and all(k in s.predictions for k in keys)
    assert batches and sorted(k for _, ks, _ in batches for k in ks) == sorted(keys)
    assert not [row for _, storing, row in seen if storing]       # none made as a batch was stored
    off_gui = {id(row) for gui, _, row in seen if not gui}
    assert all(id(s.predictions[k]) in off_gui for k in keys)      # each stored row is one the worker made
    # ... and is what the session makes of the model's rows itself, under its question's labels and rule
    for item, ks, probabilities in batches:
        info = s.items[item]
        assert [s.predictions[k] for k in ks] == [Prediction(tuple(float(x) for x in p), info.labels, info.cutpoints)
                                                  for p in probabilities]
        assert all(s.predictions[k].labels == info.labels and s.predictions[k].cutpoints == info.cutpoints
                   for k in ks)
