"""The review screen with a bundle that carries a decision rule. The probability bars mark the score the model
gives: for an answer the teacher must decide (its rule's pick is below the threshold) the likeliest one, the tallest
bar, which the line under them gives with its probability and Enter accepts; for one the model takes alone (the rule's
pick reaches the threshold), the rule's pick, which stands. Real bundle, onnxruntime, offscreen Qt."""
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

COIN_TOSS = "It is a coin toss between nought and three, says the model"   # (0.40, 0.05, 0.15, 0.40)
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


def test_the_bars_mark_the_score_the_model_gives(qtbot, session):
    bars = ProbabilityBars()
    qtbot.addWidget(bars)
    pred = session.predictions[0]                                    # the rule's pick, 2 (15 %): below the 50 %
    bars.set_prediction(session.model_says(0), pred.labels)
    rows = bars.values()
    assert [r[0] for r in rows] == ["0", "1", "2", "3"]
    assert [r[1] for r in rows] == [400, 50, 150, 400]              # the probabilities are shown as they are
    assert [("model" in r[2]) for r in rows] == [True, False, False, False]   # the likeliest 0 (the first of two)
    bars.set_prediction(pred, pred.labels)                           # the rule's reading marks its own pick
    assert [("model" in r[2]) for r in bars.values()] == [False, False, True, False]
    bars.set_prediction(session.model_says(1), pred.labels, decided=1)
    assert [r[2] for r in bars.values()] == ["◀ model", "✔ your score", "", ""]


def shown(qtbot, session) -> ReviewView:
    stack = QUndoStack()
    view = ReviewView(session, stack)
    view._test_stack = stack
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    view.set_queue([0, 1])
    return view


def marked(view) -> list[bool]:
    return [("model" in r[2]) for r in view.bars.values()]


def test_the_review_screen_shows_and_accepts_the_likeliest_score_for_the_teacher_to_decide(qtbot, session):
    view = shown(qtbot, session)
    assert view.current_key() == 0
    assert marked(view) == [True, False, False, False]
    assert "The model says 0 (40" in view.decision_label.text()
    qtbot.keyClick(view, Qt.Key_Return)                               # Enter accepts the model's score
    assert session.decisions[0].score == 0
    assert view.current_key() == 1
    # the rule's pick, 1, is 10 %: the answer is the teacher's though the likeliest 0 reaches the threshold, and says so
    assert view.decision_label.text().startswith("Not decided yet. The model says 0 (70")
    assert "reaches the 50" in view.decision_label.text()
    assert marked(view) == [True, False, False, False]


def test_an_answer_the_rule_takes_alone_shows_and_accepts_the_rules_score(qtbot, session):
    session.set_threshold(0.12)                                      # the rule's 2 (15 %) reaches it: it stands
    assert session.final_score(0) == 2 and session.needs_teacher(1)
    view = shown(qtbot, session)
    assert marked(view) == [False, False, True, False]
    assert "The model says 2 (15" in view.decision_label.text()
    qtbot.keyClick(view, Qt.Key_Return)
    assert session.decisions[0].score == 2
