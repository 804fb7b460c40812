"""Why a question of a marked sheet teaches no model names its scores as the teacher reads numbers: in German and
Spanish with a decimal comma ("ihre Punktzahl 12,5 in Zeile 12 … (0,5 bis 1,5)"), where the window wrote them as the
core does for the command line, "12.5" and "0.5 bis 1.5". Real marked sheets learned from by the real
``learn_from_sheet``; the reasons as the window says them (``problem_words.words``) in English, German and Spanish."""
from __future__ import annotations

import pytest

from grader_app.learn.from_sheet import LearnError, learn_from_sheet
from in_language import in_language
from invented import invented_class
from sheet_files import write_csv

N = 60
TEXTS, SCORES = invented_class(N, seed=3)
HEAD = ("Student", "Question", "Answer", "Score")
SAID = {
    "stray": {"en": "its score 12.5 in row 12 is far from its other scores (0.5 to 1.5)",
              "de": "ihre Punktzahl 12,5 in Zeile 12 liegt weit weg von ihren anderen Punktzahlen (0,5 bis 1,5)",
              "es": "su puntuación 12,5 en la fila 12 está lejos de sus otras puntuaciones (de 0,5 a 1,5)"},
    "stray_one": {"en": "its score 12.5 in row 12 is far from its other scores (all 1.5)",
                  "de": "ihre Punktzahl 12,5 in Zeile 12 liegt weit weg von ihren anderen Punktzahlen (alle 1,5)",
                  "es": "su puntuación 12,5 en la fila 12 está lejos de sus otras puntuaciones (todas 1,5)"},
}


def _said(problem) -> dict[str, str]:
    from grader_app.ui.problem_words import words

    said = {}
    for lang in ("en", "de", "es"):
        with in_language(lang):
            said[lang] = words(problem)
    return said


@pytest.mark.parametrize("case", ["stray", "stray_one"])
def test_a_stray_score_is_named_with_the_languages_decimal_comma(qapp, tmp_path, case):
    scores = [s / 2 + 0.5 for s in SCORES] if case == "stray" else [1.5] * N
    scores[10] = 12.5   # a typo: 12.5 for 1.5
    rows = [(f"S{i}", "Q1", t, s) for i, (t, s) in enumerate(zip(TEXTS, scores))]
    rows += [(f"S{100 + i}", "Q2", t, s) for i, (t, s) in enumerate(zip(TEXTS, SCORES))]
    res = learn_from_sheet(write_csv(tmp_path / "typo.csv", HEAD, rows), "Score", tmp_path / "o")
    said = _said(res.skipped["Q1"])
    assert {lang: text[:len(SAID[case][lang])] for lang, text in said.items()} == SAID[case]


def test_a_sheet_of_one_score_names_it_with_the_languages_decimal_comma(qapp, tmp_path):
    rows = [(f"S{i}", "Q1", t, 1.5) for i, t in enumerate(TEXTS)]
    with pytest.raises(LearnError) as caught:
        learn_from_sheet(write_csv(tmp_path / "one.csv", HEAD, rows), "Score", tmp_path / "o")
    said = _said(caught.value)
    assert " is 1.5;" in said["en"] and " ist 1,5;" in said["de"] and " son 1,5;" in said["es"], said
