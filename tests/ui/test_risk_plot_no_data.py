"""The risk plot of questions whose models have no calibration data says so, of the one question the panel has
("No calibration data for this question") or of several; it said "these questions" of a single one (QA)."""
from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtGui import QPainter

from ui_helpers import results_view, scored_session


@pytest.mark.parametrize("items, words", [
    (("asap-sas-1",), "No calibration data for this question"),
    (("asap-sas-1", "asap-sas-5"), "No calibration data for these questions")])
def test_the_plot_without_calibration_data_says_one_question_or_several(qtbot, shipped_bundles, monkeypatch,
                                                                         items, words):
    session = scored_session(shipped_bundles, n_students=4, items=items)
    for item in items:                                   # models without a risk table
        session.set_item_info(replace(session.items[item], risk=()))
    view = results_view(qtbot, session)
    plot = view.threshold.plot
    assert not plot.has_data() and plot.no_data_text() == words

    drawn: list[str] = []
    draw = QPainter.drawText

    def spy(painter, *args):
        drawn.extend(a for a in args if isinstance(a, str))
        return draw(painter, *args)

    monkeypatch.setattr(QPainter, "drawText", spy)
    plot.grab()                                          # painted for real
    assert drawn == [words]
