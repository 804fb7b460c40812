"""``grader score`` and ``grader learn`` on a workbook a script wrote (openpyxl saves no formula results): a formula in
the teacher's own column ("Late?") no longer stops them; it is said, and the graded workbook keeps it as a formula.
One among the answers is scored around (that answer flagged); one in the scores `learn` learns from stops it with one
sentence naming the cells.
Real workbooks written with openpyxl, the real command line, real files read back."""
from __future__ import annotations

import sys
from pathlib import Path

import openpyxl
import pytest

from grader_app.cli import run_cli
from sheet_files import with_late_column

sys.path.insert(0, str(Path(__file__).resolve().parent / "learn"))
from invented import invented_class  # noqa: E402

LATE = '=IF(B3="Kid 1","yes","no")'


def _answers(path, formulas: dict[str, str]):
    return with_late_column(path, "tiny-ice", "Ice is less dense than water because of hydrogen bonds", 6, formulas)


def test_score_grades_a_sheet_with_a_formula_in_the_teachers_column_and_keeps_it(tmp_path, tiny_shipped, capsys):
    sheet = _answers(tmp_path / "class.xlsx", {"E3": LATE})
    out = tmp_path / "graded.xlsx"
    assert run_cli(["score", str(sheet), "--out", str(out)]) == 0
    said = capsys.readouterr().err
    assert ("grader: 1 cell with a formula but no saved result reads as empty in Grader (E3), and the graded workbook "
            "keeps it as a formula; to see its value here, open the file in Excel, save it, and open it again.") in said
    ws = openpyxl.load_workbook(out).worksheets[0]
    assert (ws["E3"].value, ws["E3"].data_type) == (LATE, "f")
    assert [ws[f"D{r}"].data_type for r in range(2, 8)] == ["s"] * 6


def test_score_grades_the_class_around_an_answer_formula_without_a_result(tmp_path, tiny_shipped, capsys):
    """As the window does since a51e55d9: the other answers are scored; that one reads as empty, is flagged for the
    teacher with its reason, and the graded workbook keeps its formula."""
    formula = '=CONCATENATE("Ice ", "floats")'
    sheet = _answers(tmp_path / "class.xlsx", {"D4": formula, "E3": LATE})
    out = tmp_path / "graded.xlsx"
    assert run_cli(["score", str(sheet), "--out", str(out)]) == 0
    said = capsys.readouterr()
    assert "Scored 6 answers" in said.out
    assert "(E3, D4)" in said.err and "open the file in Excel, save it, and open it again" in said.err
    ws = openpyxl.load_workbook(out).worksheets[0]
    assert (ws["D4"].value, ws["D4"].data_type) == (formula, "f")
    header = [c.value for c in ws[1]]
    flags = [str(ws.cell(row=r, column=header.index("flags") + 1).value or "") for r in range(2, 8)]
    assert flags == ["", "", "formula without a saved value", "", "", ""]
    assert ws.cell(row=4, column=header.index("status") + 1).value == "needs review"


def _marked(path, formulas: dict[str, str]):
    texts, scores = invented_class(70, seed=3)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Student", "Question", "Answer", "Score", "Checked"])
    for i, (t, s) in enumerate(zip(texts, scores)):
        ws.append([f"S{i:03d}", "Q1", t, s, "yes"])
    for ref, formula in formulas.items():
        ws[ref] = formula
    wb.save(path)
    return path


def test_learn_refuses_a_formula_without_a_result_among_the_scores(tmp_path, tiny_shipped, capsys):
    sheet = _marked(tmp_path / "marks.xlsx", {"D9": "=1+1", "E5": '=IF(D5>1,"yes","no")'})
    assert run_cli(["learn", str(sheet), "--score-column", "Score", "--out", str(tmp_path / "b")]) == 2
    assert capsys.readouterr().err.strip() == (
        "grader: 1 cell in the columns chosen holds a formula whose value was never computed (Score: D9), so Grader "
        "cannot see what it shows; open and save the sheet in Excel or LibreOffice first, then open it again.")


@pytest.mark.parametrize("cell", ["C9", "B9"])
def test_learn_refuses_one_among_the_answers_or_questions_it_learns_from(tmp_path, tiny_shipped, capsys, cell):
    sheet = _marked(tmp_path / "marks.xlsx", {cell: "=1+1"})
    assert run_cli(["learn", str(sheet), "--score-column", "Score", "--out", str(tmp_path / "b")]) == 2
    column = {"C9": "Answer", "B9": "Question"}[cell]
    assert f"({column}: {cell})" in capsys.readouterr().err


def test_learn_learns_from_a_sheet_with_a_formula_in_the_teachers_own_column(tmp_path, tiny_shipped, capsys):
    sheet = _marked(tmp_path / "marks.xlsx", {"E5": '=IF(D5>1,"yes","no")'})
    assert run_cli(["learn", str(sheet), "--score-column", "Score", "--out", str(tmp_path / "b")]) == 0
    assert (tmp_path / "b" / "q1.gradebundle").exists()
    assert "(E5)" in capsys.readouterr().err
