"""The review of a question whose model learns from the teacher's marks: the probability bars follow the score buttons'
scale, and the words beside the buttons say plainly where "out of 3" comes from (an audit of the learning review).

Before: the buttons went 0 to 3 while the bars showed only the scores marked so far (0 and 2 here, a teacher who gives 0
or 2), 1 and 3 gone without a word; and the scale's words read "out of 3 · Grader's guess: nothing says what this
question is out of". Now each score of the buttons has its place among the bars, in order, one the model has no mark
of saying "no marks yet" where its bar would be (no 0 % bar: the model worked out no probability for it), and the
words say the guess is Grader's as the sheet does not say, and that Change… sets it. The real main window, the real
learning from marks (the sheet and simulated teacher of test_learning_window)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar

from grader_app.core.session import Prediction
from grader_app.ui.probability_bars import ProbabilityBars
from test_learning_window import OWN, mark_until, _open, quick_catch_up, window  # noqa: F401  (the fixtures)

GUESS_WORDS = "out of 3 · Grader's guess, as the sheet does not say; Change… sets it"


def guess_words(s) -> str:
    """The words beside the buttons of the question guessed 0-3: once the teacher gave 20 marks or more, all short of 3
    (the simulated teacher gives 0s and 2s), they say so (test_scale_out_of_2)."""
    marks = [s.decisions[k].score for k in s.keys_for(OWN) if k in s.decisions]
    if len(marks) < 20 or max(marks) >= 3:
        return GUESS_WORDS
    return f"out of 3 · Grader's guess, but your {len(marks)} marks go no higher than {max(marks)}; Change… sets it"


def _row(bars: ProbabilityBars) -> list[str]:
    """The scores named along the row of bars, left to right, as the teacher reads them."""
    names = [w for w in bars.findChildren(QLabel) if w.isVisibleTo(bars) and w.text()
             and w.text()[0].isdigit() and "%" not in w.text()]
    return [w.text() for w in sorted(names, key=lambda w: w.geometry().x())]


def _bar_of(bars: ProbabilityBars, score: str) -> list[QProgressBar]:
    return [b for b in bars.findChildren(QProgressBar)
            if b.isVisibleTo(bars) and b.accessibleName() == f"probability of score {score}"]


def learned_from_marks(qtbot, window, tmp_path):  # noqa: F811 (the window fixture, passed on)
    """The learning sheet opened and reviewed until a model learns from the simulated teacher's marks (0s and 2s):
    the session and the review view."""
    s = _open(qtbot, window, tmp_path)
    window.results.request_review()
    mark_until(qtbot, window, lambda: OWN in window.learning.models, 10)
    assert OWN in window.learning.models
    return s, window.review_view


def test_the_bars_of_a_learning_question_name_every_score_of_its_buttons(qtbot, quick_catch_up, window,  # noqa: F811
                                                                      tmp_path):
    s, rv = learned_from_marks(qtbot, window, tmp_path)
    assert tuple(window.learning.models[OWN].labels) == (0, 2)
    rv.go_to(next(k for k in s.keys_for(OWN) if k not in s.decisions and len(s.predictions[k].labels) == 2))
    buttons, bars = rv.score_buttons, rv.card.bars
    assert [b.text() for b in buttons.buttons] == ["0", "1", "2", "3"]
    assert buttons.scale_label.text() == guess_words(s) and buttons.change_button.isVisible()

    assert [v[0] for v in bars.values()] == ["0", "2"]   # a bar for each score the model has, its probability on it
    assert _row(bars) == ["0", "1", "2", "3"]             # the row reads as the buttons do
    assert bars.gaps() == [("1", "no marks yet"), ("3", "no marks yet")]
    assert not _bar_of(bars, "1") and not _bar_of(bars, "3")   # no 0 % bar pretending a probability

    one = next(k for k in s.keys_for(OWN) if k not in s.decisions)   # the teacher gives a 1: the model learns it
    rv.go_to(one)
    qtbot.keyClick(rv, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: not window.learning.busy and tuple(window.learning.models[OWN].labels) == (0, 1, 2), timeout=30000)
    rv.go_to(next(k for k in s.keys_for(OWN) if k not in s.decisions))
    assert [v[0] for v in bars.values()] == ["0", "1", "2"] and bars.gaps() == [("3", "no marks yet")]
    assert _row(bars) == ["0", "1", "2", "3"]


def test_scores_in_a_row_the_model_has_no_mark_of_share_one_place(qtbot):
    """A model learned from marks of 0, 4.5 and 10 on a question out of 10 in half points: three bars and the runs
    between them named once each, not 18 places squeezed into the row."""
    bars = ProbabilityBars()
    qtbot.addWidget(bars)
    bars.resize(900, 80)
    bars.show()
    scale = tuple(i / 2 if i % 2 else i // 2 for i in range(21))
    bars.set_prediction(Prediction((0.2, 0.5, 0.3), (0, 4.5, 10)), (0, 4.5, 10), scale=scale)
    assert [v[0] for v in bars.values()] == ["0", "4.5", "10"]
    assert bars.gaps() == [("0.5–4", "no marks yet"), ("5–9.5", "no marks yet")]
    assert _row(bars) == ["0", "0.5–4", "4.5", "5–9.5", "10"]
    bars.set_prediction(Prediction((0.5, 0.5), (0, 1)), (0, 1), scale=(0, 1))   # every score has its bar: no gap
    assert bars.gaps() == [] and _row(bars) == ["0", "1"]
