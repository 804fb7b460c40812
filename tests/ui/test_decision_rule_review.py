"""The review screen with a bundle that carries a decision rule: the probability bars mark the rule's
score as the model's (not the most probable one), the line under them gives that score and its
probability, and Enter accepts it. Real bundle, onnxruntime, offscreen Qt."""
from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bundles"))   # bundle_graphs
from bundle_graphs import row_model  # noqa: E402
from ui_helpers import make_bundle  # noqa: E402

from grader_app.bundles.library import Library  # noqa: E402
from grader_app.core.grading import match_bundles  # noqa: E402
from grader_app.core.session import GradingSession  # noqa: E402
from grader_app.core.sheet import LONG, ColumnMapping, Sheet  # noqa: E402
from grader_app.text import normalise  # noqa: E402
from grader_app.ui.probability_bars import ProbabilityBars  # noqa: E402
from grader_app.ui.review_view import ReviewView  # noqa: E402
from grader_app.workflow import score_all  # noqa: E402

COIN_TOSS = "A coin toss between nought and three, says the model"   # (0.40, 0.05, 0.15, 0.40)
OTHER = "Anything else the student may have written down"            # (0.70, 0.10, 0.10, 0.10)
MODEL = row_model((0.70, 0.10, 0.10, 0.10), {normalise(COIN_TOSS): (0.40, 0.05, 0.15, 0.40)}, declared=("N", 4))


@pytest.fixture
def session(tmp_path):
    make_bundle(tmp_path / "b", "asap-sas-1", decision={"rule": "expected-score", "cutpoints": [0.5, 1.5, 2.5]},
                model_bytes=MODEL)
    frame = pd.DataFrame({"Student ID": ["S1", "S2"], "Question": ["asap-sas-1"] * 2, "Answer": [COIN_TOSS, OTHER]},
                         dtype=object)
    s = GradingSession(Sheet(frame), ColumnMapping(layout=LONG, id_column="Student ID", item_column="Question",
                                                   answer_column="Answer"))
    score_all(s, match_bundles(s, Library.load([tmp_path / "b"])))
    return s


def test_the_bars_mark_the_rules_score(qtbot, session):
    bars = ProbabilityBars()
    qtbot.addWidget(bars)
    pred = session.predictions[0]
    bars.set_prediction(pred, pred.labels)
    rows = bars.values()
    assert [r[0] for r in rows] == ["0", "1", "2", "3"]
    assert [r[1] for r in rows] == [400, 50, 150, 400]              # the probabilities are shown as they are
    assert [("model" in r[2]) for r in rows] == [False, False, True, False]   # the rule's 2, not the arg-max's 0
    bars.set_prediction(session.predictions[1], pred.labels, decided=1)
    assert [r[2] for r in bars.values()] == ["", "◀ model  ✔ your score", "", ""]


def test_the_review_screen_shows_and_accepts_the_rules_score(qtbot, session):
    stack = QUndoStack()
    view = ReviewView(session, stack)
    view._test_stack = stack
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    view.set_queue([0, 1])
    assert view.current_key() == 0
    marks = [r[2] for r in view.bars.values()]
    assert "model" in marks[2] and not any("model" in m for i, m in enumerate(marks) if i != 2)
    assert "The model says 2 (15" in view.decision_label.text()
    qtbot.keyClick(view, Qt.Key_Return)                               # Enter accepts the model's score
    assert session.decisions[0].score == 2
    assert view.current_key() == 1
    assert "The model says 1 (10" in view.decision_label.text()
    assert "model" in view.bars.values()[1][2]
