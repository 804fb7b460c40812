"""QA (a question scored by a model made from last year's marked sheet): the review's line under the question said "Any
score on this question's scale can be given, not only the scores its model learned from: type a score from 0 to 2."
where the model had learned from marks of 0, 1 and 2, every score of that scale: there was no other score to give, and
the teacher was left looking for the one the model had not learned. Where the model learned every score of the scale
the line now says only that the question is marked on her model's scale and how to type a score; where it learned some
(marks of 0 and 2 on a 0-2 scale) the line says, as before, that the others can be given too. The real window, its
"Make models from a marked sheet…", then this year's sheet of the question, in English and Spanish."""
from __future__ import annotations

import csv
import random
from pathlib import Path

import pytest

from grader_app.ui import i18n
from test_learning_window import window  # noqa: F401  (the window fixture)
from test_main_window import _open_by_drop
from ui_helpers import learn_dialog_for

SCIENCE = "membrane osmosis diffusion protein channel transport active passive gradient energy".split()
SOME = "water cell moves inside outside through wall small big thing".split()
OFF = "plants green sun happy dog house car blue music pizza".split()
POOLS = {0: OFF, 1: SOME, 2: SCIENCE}
ALL_SAID = {"en": "This question is marked on your model's scale: type a score from 0 to 2.",
            "es": "Esta pregunta se puntúa en la escala de tu modelo: escribe una puntuación de 0 a 2."}
OTHERS = {"en": "not only the scores its model learned from", "es": "no solo las que aprendió su modelo"}


def _write(path: Path, rows) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student", "Question", "Answer", "Mark"])
        w.writerows(rows)
    return path


def _review_line(qtbot, window, tmp_path, monkeypatch, marks: tuple) -> str:  # noqa: F811
    """The line under the question on the review of this year's sheet of question Q7, whose model was made from a
    marked sheet of 60 answers marked ``marks`` in turn (each from its own words)."""
    rng = random.Random(4)
    rows = [(f"S{i}", "Q7", " ".join(rng.sample(POOLS[m], 5)), m) for i, m in enumerate(marks[i % len(marks)]
                                                                                      for i in range(60))]
    learn_dialog_for(qtbot, window, _write(tmp_path / "last year" / "marked.csv", rows), monkeypatch).ok_button.click()
    qtbot.waitUntil(lambda: window.library.get("q7") is not None, timeout=60000)
    now = [(f"T{i}", "Q7", " ".join(rng.sample(POOLS[marks[i % len(marks)]], 5)), "") for i in range(20)]
    dlg = _open_by_drop(qtbot, window, _write(tmp_path / "this year" / "answers.csv", now))
    assert dlg.chosen()["Q7"] == "q7"                      # the model made from the marked sheet scores it
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        dlg.ok_button.click()
    qtbot.waitUntil(lambda: window.learning.ready, timeout=30000)
    window.results.request_review()
    qtbot.waitUntil(lambda: window.pages.currentIndex() == 2, timeout=10000)
    return window.review_view.rubric_label.text()


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_model_that_learned_every_score_of_the_scale_is_not_said_to_miss_some(qtbot, window, tmp_path,  # noqa: F811
                                                                                  monkeypatch, lang):
    assert i18n.install(lang)
    try:
        line = _review_line(qtbot, window, tmp_path, monkeypatch, (0, 1, 2))
    finally:
        i18n.install("en")
    assert line == ALL_SAID[lang]


def test_a_model_that_learned_some_scores_of_the_scale_still_says_the_others_can_be_given(qtbot, window,  # noqa: F811
                                                                                          tmp_path, monkeypatch):
    line = _review_line(qtbot, window, tmp_path, monkeypatch, (0, 2))
    assert OTHERS["en"] in line and line.endswith("type a score from 0 to 2.")
