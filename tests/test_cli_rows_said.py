"""`grader score` on a sheet of one row per answer whose question is named once at the top of its block (the cells
below it empty) and whose lists are headed by a row of their own ("Class 9B" alone): the window says, above the
results, which rows took the question above them and which rows were left out as headings (:mod:`grader_app.io.
section_rows`); the command line scored and wrote them so without a word, a heading's row left out of the grading
and an answer graded as a question the teacher never saw named on its row. It says both now, as the window does.
The real tiny bundle through onnxruntime, the real sheet written and the graded one read back."""
import csv

from grader_app.cli import run_cli
from grader_app.io import read_sheet

ROWS = [["Student ID", "Name", "Question", "Answer"],
        ["Class 9A", "", "", ""],
        ["S01", "Ann", "tiny-ice", "Ice is less dense than water, so it floats."],
        ["S02", "Bo", "", "Ice floats because it is cold."],
        ["Class 9B", "", "", ""],
        ["S03", "Cy", "tiny-ice", "The molecules in ice are spaced out."],
        ["S04", "Di", "", "It is lighter."]]


def test_rows_that_took_the_question_above_and_heading_rows_are_said(tmp_path, tiny_shipped, capsys):
    sheet = tmp_path / "answers.csv"
    with open(sheet, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(ROWS)
    out = tmp_path / "graded.csv"
    code = run_cli(["score", str(sheet), "--out", str(out)])
    said = capsys.readouterr()
    assert code == 0, said.err
    assert "Scored 4 answers" in said.out
    err = " ".join(said.err.split())
    assert "grader: 2 rows with an empty cell in column “Question” were read as the question above them (rows 4, 7)." in err
    assert "grader: Left out 2 rows with neither a question nor an answer (rows 2, 5)" in err
    back = read_sheet(out)
    assert back.frame["Student ID"].tolist() == [r[0] for r in ROWS[1:]]   # the headings kept where they were
    assert back.frame["status"].tolist()[0] == back.frame["status"].tolist()[3] == ""


def test_quiet_says_nothing_of_them(tmp_path, tiny_shipped, capsys):
    sheet = tmp_path / "answers.csv"
    with open(sheet, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(ROWS)
    assert run_cli(["score", str(sheet), "--out", str(tmp_path / "graded.csv"), "--quiet"]) == 0
    assert "read as the question above" not in capsys.readouterr().err
