"""After every mark on a question of her own, the results table's Model column matched the teacher's Final score on
each row, confidences high, because it showed the learned model's score for the very answers it learned from (out of
fold it agreed far less often): read as "the model is right". A decided answer of a question whose model learns from
the marks now shows a dimmed dash in the Model column, no confidence, and a tooltip saying why; an answer not marked yet keeps the
model's score and confidence. The real window, a real learned model fitted to real marks."""
from __future__ import annotations

from PySide6.QtCore import Qt

from grader_app.ui import results_model as rm
from learned_from_marks import window_with_a_learned_model
from test_learning_window import OWN


def test_a_marked_answer_shows_no_in_sample_score_of_the_model_that_learned_from_it(qtbot, make_window, tmp_path,
                                                                                     monkeypatch):
    window, s = window_with_a_learned_model(qtbot, make_window, tmp_path, monkeypatch)
    keys = s.keys_for(OWN)
    table = window.results.model
    decided = [k for k in keys if k in s.decisions]
    assert len(decided) >= 4 and all(s.model_row(k) is not None for k in decided)   # the model has a row for each
    for k in decided:
        row = table.row_of(k)
        assert table.data(table.index(row, rm.MODEL_SCORE)) == "\u2014"
        assert table.data(table.index(row, rm.CONFIDENCE)) == ""
        tip = table.data(table.index(row, rm.MODEL_SCORE), Qt.ItemDataRole.ToolTipRole)
        assert "fitted to that mark" in tip
        assert table.data(table.index(row, rm.MODEL_SCORE), Qt.ItemDataRole.ForegroundRole) == rm.DIM_TEXT
        assert table.data(table.index(row, rm.MODEL_SCORE), rm.SortRole) == -1.0
    other = next(k for k in keys if k not in s.decisions)   # not marked: the model's own score and confidence
    row = table.row_of(other)
    assert table.data(table.index(row, rm.MODEL_SCORE)) in ("0", "2")
    assert table.data(table.index(row, rm.CONFIDENCE)).endswith("%")
    shipped = next(k for k in s.keys_for("asap-sas-1"))   # a shipped model's answers are as before
    assert table.data(table.index(table.row_of(shipped), rm.MODEL_SCORE)) not in ("", "\u2014")
