"""A CSV cell that opens with a stray quote never closed on its own line (a student's answer beginning with a quote,
saved by a program that does not double it) runs on into the next line, and the quote that ends it is the opening quote
of a quoted answer further down. The student of the lines between is read into that cell, the rest of their row into
extra fields, and is missing from the table: hardening found the whole class graded and exported without them, the only
word a note on "more fields than the header row (an answer with an unquoted comma?)". Now the note says which row's
quote ran on and how many lines it took; a quoted answer of several lines, closed as it should be, is said nothing of.
Real files, written and read back as the window reads them."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from grader_app.io.readers import read_sheet

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scored_by_the_cli import graded_csv_rows, score_with_bundle  # noqa: E402

HEADER = ["Student ID", "Name", "Q1 Why does ice float?"]
CLASS = [["S01", "Ana", "It is less dense than water."], ["S02", "Ben", "Ice floats"],
         ["S03", "Cleo", "Its molecules sit further apart, so it is lighter."],
         ["S04", "Dev", "Less dense"], ["S05", "Eli", "Hydrogen bonds hold it open"],
         ["S06", "Fay", "The density, it is lower, so it floats."], ["S07", "Gus", "It is lighter"]]


def _write(path, rows, stray_in: str | None = None, delimiter: str = ",") -> None:
    """The class as a spreadsheet program saves it (a cell quoted where it holds the delimiter), but the answer of
    ``stray_in`` beginning with a quote that the program did not double (as it would in a well-formed file)."""
    lines = []
    for row in rows:
        cells = []
        for c in row:
            quoted = delimiter in c or '"' in c or "\n" in c
            cells.append('"' + c.replace('"', '""') + '"' if quoted else c)
        if row[0] == stray_in:
            cells[-1] = '"' + row[-1]
        lines.append(delimiter.join(cells))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))


def _kinds(sheet):
    return [getattr(n, "kind", None) for n in sheet.notes]


def test_a_stray_quote_closed_on_the_next_line_is_said_with_its_row(tmp_path):
    path = tmp_path / "answers.csv"
    _write(path, [HEADER] + CLASS, stray_in="S02")     # S03's quoted answer (it holds a comma) ends the stray quote
    sheet = read_sheet(path)
    ids = sheet.frame["Student ID"].tolist()
    assert "S03" not in ids and "S03" in sheet.frame.iloc[1, 2]   # what the note says is so: S03 is in S02's cell
    said = [n for n in sheet.notes if n.kind == "quote_closed_late"]
    assert [n.values for n in said] == [{"row": 3, "lines": 1}]
    assert str(said[0]) == ("Row 3 opens a quote that is closed only on the next line, so that line (another student's "
                            "row?) was read into row 3, not as a row of its own; add the missing closing quote in the "
                            "file and open it again.")
    assert "extra_fields" not in _kinds(sheet)   # no longer the wrong lead ("an answer with an unquoted comma?")


def test_a_stray_quote_that_runs_over_two_students_says_how_many_lines(tmp_path):
    path = tmp_path / "answers.csv"
    _write(path, [HEADER] + CLASS, stray_in="S04")     # S05's answer holds no quote: S06's quoted one ends it
    sheet = read_sheet(path)
    assert [i for i in ("S05", "S06") if i in sheet.frame["Student ID"].tolist()] == []
    said = [n for n in sheet.notes if n.kind == "quote_closed_late"]
    assert [n.values for n in said] == [{"row": 5, "lines": 2}]
    assert ("Row 5 opens a quote that is closed only 2 lines further down, so those lines (other students' rows?) were "
            "read into row 5, not as rows of their own;") in str(said[0])
    assert "extra_fields" not in _kinds(sheet)


@pytest.mark.parametrize("delimiter", [",", ";"])
def test_a_quoted_answer_of_several_lines_and_an_unquoted_comma_say_what_they_said_before(tmp_path, delimiter):
    """No false alarm: a well-formed answer of several lines reads whole without a note; a row with an unquoted
    delimiter keeps its note on extra fields, the row named."""
    rows = [HEADER] + [r[:] for r in CLASS]
    rows[2][2] = "Ice floats\nbecause it is less dense"
    path = tmp_path / "answers.csv"
    _write(path, rows, delimiter=delimiter)
    text = path.read_text(encoding="utf-8").replace(f"S05{delimiter}Eli{delimiter}Hydrogen",
                                                     f"S05{delimiter}Eli{delimiter}Hydrogen{delimiter} bonds")
    path.write_text(text, encoding="utf-8", newline="")
    sheet = read_sheet(path)
    assert sheet.frame.iloc[1, 2] == "Ice floats\nbecause it is less dense"
    assert len(sheet.frame) == len(CLASS)
    assert "quote_closed_late" not in _kinds(sheet)
    extra = [n for n in sheet.notes if n.kind == "extra_fields"]
    assert [n.values["rows"] for n in extra] == [[6]]


def test_a_stray_quote_beside_a_row_of_extra_fields_leaves_that_row_named(tmp_path):
    path = tmp_path / "answers.csv"
    _write(path, [HEADER] + CLASS, stray_in="S02")
    text = path.read_text(encoding="utf-8").replace("S07,Gus,It is lighter", "S07,Gus,It is lighter, less dense")
    path.write_text(text, encoding="utf-8", newline="")
    sheet = read_sheet(path)
    assert [n.values for n in sheet.notes if n.kind == "quote_closed_late"] == [{"row": 3, "lines": 1}]
    assert [n.values["rows"] for n in sheet.notes if n.kind == "extra_fields"] == [[7]]


def test_grader_score_prints_the_note(tmp_path, shipped_bundle, capsys):
    path = tmp_path / "answers.csv"
    _write(path, [["Student ID", "Name", "Answer"]] + CLASS, stray_in="S02")
    out = tmp_path / "graded.csv"
    assert "Row 3 opens a quote that is closed only on the next line" in score_with_bundle(path, out, shipped_bundle,
                                                                                            capsys).err
    assert [r[0] for r in graded_csv_rows(out)][1:] == ["S01", "S02", "S04", "S05", "S06", "S07"]
