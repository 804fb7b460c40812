"""The probability bars of the review screen when the next answer's question has fewer scores: the rows
of the last one disappear at once, not when the event loop next gets round to deleting them (a capture of
the real window showed them squeezed between the new rows)."""
from __future__ import annotations

from PySide6.QtWidgets import QProgressBar

from grader_app.core.session import Prediction
from grader_app.ui.probability_bars import ProbabilityBars


def _visible_bars(bars: ProbabilityBars) -> list[QProgressBar]:
    return [b for b in bars.findChildren(QProgressBar) if b.isVisibleTo(bars)]


def test_fewer_scores_leave_no_old_row_painted_before_the_event_loop_runs(qtbot):
    bars = ProbabilityBars()
    qtbot.addWidget(bars)
    bars.show()
    bars.set_prediction(Prediction((0.1, 0.2, 0.3, 0.4), (0, 1, 2, 3)), (0, 1, 2, 3))
    assert len(_visible_bars(bars)) == 4
    bars.set_prediction(Prediction((0.03, 0.10, 0.87), (0, 1, 2)), (0, 1, 2))
    # no event loop has run, so the old rows are not deleted yet: they must not be shown either
    shown = _visible_bars(bars)
    assert len(shown) == 3 and [b.value() for b in shown] == [3, 10, 87]   # whole percents (the fill: exact)
    assert [v[0] for v in bars.values()] == ["0", "1", "2"]
    bars.set_prediction(Prediction((0.5, 0.5), (0, 1)), (0, 1))   # and down again, then up
    bars.set_prediction(Prediction((0.25, 0.25, 0.25, 0.25), (0, 1, 2, 3)), (0, 1, 2, 3))
    assert len(_visible_bars(bars)) == 4
