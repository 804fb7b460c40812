"""A worksheet's name, a column's header, a typed score and a question's name from the teacher's sheet are quoted in
the English sentences of the problem catalogue as the window's English quotes its other values, “…”, not as Python
quotes them ('Quiz', 'Mark', '2/3'), which the command line and the English window said while German said „Quiz“ and
Spanish «Quiz». Real sheets, the real command (``run_cli``); its sentence compared whole with the English window's
(``messages.plain``), and the German and Spanish ones quote in their own marks."""
from __future__ import annotations

import csv
import re

import openpyxl
import pytest

from grader_app.cli import run_cli
from grader_app.io.errors import SheetError
from grader_app.io.readers import read_sheet
from grader_app.learn.score_column import LearnError
from grader_app.learn.from_sheet import learn_from_sheet
from grader_app.problem_singulars import SINGULAR
from grader_app.problem_texts import TEXTS, WINDOW
from in_language import in_language

MARKS = {"en": ("“", "”"), "de": ("„", "“"), "es": ("«", "»")}


def _said(problem) -> dict[str, str]:
    from grader_app.ui.messages import plain   # Qt: only once the test has its QApplication

    said = {}
    for lang in MARKS:
        with in_language(lang):
            said[lang] = plain(problem)
    return said


def _marks_csv(path):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student", "Question", "Answer", "Mark"])
        for i in range(12):
            w.writerow([f"S{i}", "Q7", f"osmosis moves water {i}", "2/3" if i == 4 else i % 3])
    return path


def test_a_typed_score_that_is_no_number_is_quoted_as_the_window_s_english_quotes(qapp, tmp_path, capsys):
    sheet = _marks_csv(tmp_path / "marks.csv")
    assert run_cli(["learn", str(sheet), "--score-column", "Mark", "--out", str(tmp_path / "out")]) != 0
    err = capsys.readouterr().err
    assert "The score column “Mark” holds “2/3” in row 6, which is not a number" in err
    with pytest.raises(LearnError) as caught:
        learn_from_sheet(sheet, score_column="Mark", out_dir=tmp_path / "again")
    said = _said(caught.value)
    assert err == f"grader: {said['en']}\n"
    for lang, (opening, closing) in MARKS.items():
        assert f"{opening}Mark{closing}" in said[lang] and f"{opening}2/3{closing}" in said[lang], said[lang]


def test_a_worksheet_not_in_the_workbook_and_those_it_has_are_quoted_as_the_window_s_english_quotes(qapp, tmp_path,
                                                                                                   capsys):
    path = tmp_path / "class.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Sheet1"
    wb.create_sheet("Quiz").append(["Student", "Answer"])
    wb.save(path)
    assert run_cli(["score", str(path), "--sheet-name", "Period 3", "--out", str(tmp_path / "out.xlsx")]) != 0
    err = capsys.readouterr().err
    assert "class.xlsx has no sheet named “Period 3”; choose one of “Sheet1”, “Quiz”" in err
    with pytest.raises(SheetError) as caught:
        read_sheet(path, sheet_name="Period 3")
    said = _said(caught.value)
    assert err == f"grader: {said['en']}\n"
    for lang, (opening, closing) in MARKS.items():
        assert f"{opening}Period 3{closing}" in said[lang] and f"{opening}Quiz{closing}" in said[lang], said[lang]


def test_no_english_problem_quotes_a_value_as_python_does():
    """Every English sentence of the catalogue (the command line's, the window's English) quotes a value in “…”."""
    python_quoted = {kind: text for kind, text in {**TEXTS, **{f"{k} (window)": t for k, t in WINDOW.items()},
                                                   **{f"{k} (one)": t for k, t in SINGULAR.items()}}.items()
                     if re.search(r"'\{\w+\}'", text)}
    assert python_quoted == {}
