"""Two CSV exports joined into one file (``copy /b 9a.csv+9b.csv`` on Windows, ``cat`` elsewhere, or a download saved
onto the end of another), each beginning with its byte order mark: the second one's mark stays in the text, at the start
of its header row, invisible. That header was read as a student ("\ufeffStudent ID" with the answer "Answer"): marked,
exported, sent to an LMS, as the header repeated without a mark no longer is (tests/io/test_header_again.py). Now
the mark is no part of the row's words: the row is the header again, gives no answers, and a note names it. Real files,
written and read back as the window and ``grader score`` read them."""
from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest

from grader_app.core.session import GradingSession
from grader_app.io.columns import guess_columns
from grader_app.io.lms import reading_for
from grader_app.io.readers import read_sheet

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scored_by_the_cli import graded_csv_rows, score_with_bundle  # noqa: E402

HEAD = ["Student ID", "Name", "Answer"]
CLASS_A = [["S01", "Ana", "It is less dense than water."], ["S02", "Ben", "Ice floats"]]
CLASS_B = [["S03", "Cleo", "Its molecules sit further apart."], ["S04", "Dev", "Less dense"]]
ENCODINGS = {"utf-8": ("utf-8", b"\xef\xbb\xbf"), "utf-16": ("utf-16-le", b"\xff\xfe")}


def _export(rows, encoding: str) -> bytes:
    codec, bom = ENCODINGS[encoding]
    text = "".join(",".join(r) + "\r\n" for r in rows)
    return bom + text.encode(codec)


@pytest.mark.parametrize("encoding", list(ENCODINGS))
def test_the_second_exports_header_is_no_student(tmp_path, encoding):
    path = tmp_path / "9a and 9b.csv"
    path.write_bytes(_export([HEAD, *CLASS_A], encoding) + _export([HEAD, *CLASS_B], encoding))
    sheet = read_sheet(path)
    mapping = replace(guess_columns(sheet), default_item="Q1")   # one question, as grader score --bundle has it
    session = GradingSession(sheet, mapping, reading=reading_for(sheet))
    assert [(a.student, a.text) for a in session.answers] == [(f"{r[1]} · {r[0]}", r[2]) for r in CLASS_A + CLASS_B]
    assert {n.kind: n.values for n in sheet.notes if hasattr(n, "kind")}["header_again"] == {"rows": [4]}


def test_grader_score_grades_no_student_named_by_the_header(tmp_path, shipped_bundle, capsys):
    path = tmp_path / "joined.csv"
    path.write_bytes(_export([HEAD, *CLASS_A], "utf-8") + _export([HEAD, *CLASS_B], "utf-8"))
    out = tmp_path / "graded.csv"
    assert "Scored 4 answers" in score_with_bundle(path, out, shipped_bundle, capsys).out
    rows = graded_csv_rows(out)
    scored = {r[0].lstrip("\ufeff"): r[rows[0].index("model_score")] for r in rows[1:]}
    assert scored["Student ID"] == "" and all(scored[r[0]] for r in CLASS_A + CLASS_B)
