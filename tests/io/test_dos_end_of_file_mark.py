"""A text file ending in Ctrl+Z (byte 0x1A, MS-DOS's end-of-file mark, which old school systems and ``copy /a`` still
write) was read with that mark as one more row: a student named "\x1a" whose every answer was blank, three more answers
"needing review" on the sample class, and a row sent to an LMS. The mark ends the text; it is no row and no part of
the last answer. Real files, written and read back as the window and ``grader score`` read them."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from grader_app.io.readers import read_sheet

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scored_by_the_cli import graded_csv_rows, score_with_bundle  # noqa: E402

ROWS = [["Student ID", "Name", "Answer"], ["S01", "Ana", "It is less dense than water."], ["S02", "Ben", "Ice floats"],
        ["S03", "Cleo", "Its molecules sit further apart"]]


def _text(newline: str = "\r\n") -> str:
    return "".join(",".join(r) + newline for r in ROWS)


@pytest.mark.parametrize("end", ["\x1a", "\x1a\x1a\x1a", "\r\n\x1a", "\x1a\r\n"])
@pytest.mark.parametrize("encoding", ["utf-8", "cp1252", "utf-16"])
def test_the_end_of_file_mark_is_no_row(tmp_path, end, encoding):
    path = tmp_path / "class.csv"
    path.write_bytes((_text().rstrip("\r\n") + end).encode(encoding))
    sheet = read_sheet(path)
    assert sheet.frame.values.tolist() == [r for r in ROWS[1:]]


def test_a_mark_inside_the_text_stays_what_it_is(tmp_path):
    """Only the end of the text is the end of the file: a 0x1A inside an answer is the student's (as read before)."""
    path = tmp_path / "class.csv"
    rows = [r[:] for r in ROWS]
    rows[2][2] = "Ice\x1afloats"
    path.write_bytes("".join(",".join(r) + "\r\n" for r in rows).encode("utf-8"))
    assert read_sheet(path).frame.iloc[1, 2] == "Ice\x1afloats"


def test_grader_score_grades_the_class_and_no_more(tmp_path, shipped_bundle, capsys):
    path = tmp_path / "class.csv"
    path.write_bytes(_text().encode("utf-8") + b"\x1a")
    out = tmp_path / "graded.csv"
    assert "Scored 3 answers" in score_with_bundle(path, out, shipped_bundle, capsys).out
    assert [r[0] for r in graded_csv_rows(out)] == [r[0] for r in ROWS]
