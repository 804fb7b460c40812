"""QA (a teacher's pass): without a model the line of counts over the table said "0 need review · 0 auto-accepted ·
0 confirmed by you · 0 changed by you · 150 without a model" under "150 answers need you" and beside "Review 150
answers": "0 need review" read as a contradiction at a glance. Now the line starts with the same number as the
sentence and the button, the answers that need the teacher, and says what they are ("150 need you (150 without a
model)"; "9 need you (3 need review, 6 without a model)"); a sheet whose every answer a model scored keeps "3 need
review". The real main window on real sheets, scored by real (tiny) models; in English and German."""
from __future__ import annotations

import re

import pytest

from counts_text import spaced
from in_language import in_language
from ui_helpers import make_long_csv, open_and_score


def _first_count(line: str) -> int:
    return int(re.match(r"\d+", line).group(0))


@pytest.fixture
def window(make_window):
    return make_window((1280, 800))


def test_without_a_model_the_counts_start_with_the_answers_that_need_you(qtbot, window, tmp_path):
    s = open_and_score(qtbot, window, make_long_csv(tmp_path / "class.csv", n_students=5, items=("own-a", "own-b")))
    results = window.results
    assert len(s.answers) == 10 and not s.predictions
    assert results.sentence.text().startswith("10 answers need you")
    assert results.review_button.text().startswith("Review 10 answers")
    # used to be "0 need review · 0 auto-accepted · 0 confirmed by you · 0 changed by you · 10 without a model"
    assert spaced(results.counts.text()) == "10 need you (10 without a model) · 0 auto-accepted · 0 confirmed by you · 0 " \
                                    "changed by you"
    s.decide(s.answers[0].key, 1)
    results.decisions_changed()
    qtbot.waitUntil(lambda: spaced(results.counts.text()).startswith("9 need you"), timeout=5000)
    assert spaced(results.counts.text()).endswith("1 scored by you")
    assert "(9 without a model)" in spaced(results.counts.text())


def test_with_and_without_a_model_the_first_count_is_the_headlines(qtbot, window, tmp_path):
    s = open_and_score(qtbot, window, make_long_csv(tmp_path / "class.csv", n_students=6,
                                                     items=("asap-sas-1", "own-q")))
    results = window.results
    line = spaced(results.counts.text())
    need = results.need
    review_need = sum(1 for k in s.review_queue() if k in s.predictions)
    assert need == len(s.review_queue()) and review_need
    assert results.review_button.text().startswith(f"Review {need} answers")
    assert _first_count(line) == need and line.startswith(f"{need} need you (")
    assert f"({review_need} need review, 6 without a model)" in line or \
           f"({review_need} needs review, 6 without a model)" in line
    assert "without a model" not in line.split(")", 1)[1]   # said once, in the brackets


def test_when_a_model_scores_every_answer_the_line_is_as_before(qtbot, window, tmp_path):
    open_and_score(qtbot, window, make_long_csv(tmp_path / "class.csv", n_students=6, items=("asap-sas-1",)))
    line = spaced(window.results.counts.text())
    need = window.results.need
    assert need and _first_count(line) == need and re.match(r"\d+ needs? review · ", line)
    assert "need you" not in line and "without a model" not in line


def test_the_line_is_said_in_german(qtbot, window, tmp_path):
    with in_language("de"):
        open_and_score(qtbot, window, make_long_csv(tmp_path / "class.csv", n_students=5, items=("own-a", "own-b")))
        line = spaced(window.results.counts.text())
    assert line.startswith("10 warten auf Sie (10 ohne Modell) · 0 automatisch übernommen")
