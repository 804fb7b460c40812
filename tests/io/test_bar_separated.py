"""A text export whose fields are separated by bars ("|"), as some school information systems and gradebook exports
write them, since a bar is rarely typed in an answer. The reader weighed only commas, semicolons and tabs: such a file
came in as one column ("ID|Name|Answer"), said "Read as UTF-8 text, semicolon-separated." of a file holding no
semicolon, and ``grader score`` refused it with "The sheet has no column naming the question of each answer", a
wrong lead. A bar is now weighed too (after the others, which win any tie), as Excel's "sep=|" line was already read.
Real files, written and read back as the window and ``grader score`` read them."""
from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest

from grader_app.io.readers import read_sheet

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scored_by_the_cli import graded_csv_rows, score_with_bundle  # noqa: E402

ROWS = [["Student ID", "Name", "Answer"], ["007", "Núñez, Ana", "It is less dense than water, so it floats."],
        ["008", "Ben", "Ice floats"], ["009", "Cleo", "Its molecules sit further apart; it is lighter."]]


@pytest.mark.parametrize("suffix", [".csv", ".txt"])
@pytest.mark.parametrize("encoding", ["utf-8", "cp1252", "utf-16"])
def test_a_bar_separated_export_reads_in_its_columns(tmp_path, suffix, encoding):
    path = tmp_path / f"export{suffix}"
    path.write_bytes("".join("|".join(r) + "\r\n" for r in ROWS).encode(encoding))
    sheet = read_sheet(path)
    assert list(sheet.frame.columns) == ROWS[0]
    assert sheet.frame.values.tolist() == ROWS[1:]      # "007" stays "007"; commas and semicolons are the answers'
    assert str(sheet.notes[0]).endswith("bar-separated.")


def test_a_comma_separated_sheet_with_bars_in_its_answers_stays_comma_separated(tmp_path):
    rows = [["Student ID", "Answer"], ["1", "a | b | c"], ["2", "x | y | z"], ["3", "p | q | r"]]
    path = tmp_path / "answers.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    sheet = read_sheet(path)
    assert sheet.frame.values.tolist() == rows[1:]
    assert str(sheet.notes[0]) == "Read as UTF-8 text, comma-separated."


def test_grader_score_grades_a_bar_separated_export(tmp_path, shipped_bundle, capsys):
    path = tmp_path / "export.csv"
    path.write_bytes("".join("|".join(r) + "\n" for r in ROWS).encode("utf-8"))
    out = tmp_path / "graded.csv"
    assert "Scored 3 answers" in score_with_bundle(path, out, shipped_bundle, capsys).out
    assert [r[:3] for r in graded_csv_rows(out)] == ROWS
