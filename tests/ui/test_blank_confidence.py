"""A blank answer's confidence is one figure wherever it is shown: the results table's cell, the review screen's bar
for the model's score, the line under the bars and what a screen reader hears, as the graded sheet writes it."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from grader_app.core.flags import BLANK
from grader_app.ui import results_model as rm
from grader_app.ui.i18n import percent_down
from ui_helpers import review_view, scored_session

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_a_blank_answer_shows_the_same_confidence_in_the_table_and_the_review(qtbot, shipped_bundles):
    session = scored_session(shipped_bundles)
    blank = next(a.key for a in session.answers if not a.text.strip())
    assert BLANK in session.flags[blank]
    pred = session.model_row(blank)
    assert pred is not None
    model = rm.ResultsModel(session)
    cell = model.data(model.index(blank, rm.CONFIDENCE))
    assert cell == percent_down(pred.confidence) != ""      # before: an empty cell

    view = review_view(qtbot, session)
    view.go_to(blank)
    bars = view.bars.values()
    shown = next(value for _score, value, mark in bars if "model" in mark)   # the ◀ model bar, in ‰
    assert shown == round(pred.confidence * 1000)
    said = percent_down(pred.confidence)
    assert f"({said} sure)" in view.decision_label.text()
    assert f"{said} sure" in view.accessibleDescription()
    # and the table's tooltip gives the same probabilities the bars show
    assert said in model.data(model.index(blank, rm.CONFIDENCE), Qt.ItemDataRole.ToolTipRole)
