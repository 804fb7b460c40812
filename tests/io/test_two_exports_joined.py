"""Two CSV exports joined into one file (``copy /b 9a.csv+9b.csv`` on Windows, ``cat`` elsewhere, or a download saved
onto the end of another), each beginning with its byte order mark: the second one's mark stays in the text, at the start
of its header row, invisible. That header was read as a student ("\ufeffStudent ID" with the answer "Answer"): marked,
exported, sent to an LMS, as the header repeated without a mark no longer is (tests/io/test_header_again.py). Now
the mark is no part of the row's words: the row is the header again, gives no answers, and a note names it. Real files,
written and read back as the window and ``grader score`` read them."""
from __future__ import annotations

import csv
from dataclasses import replace

import pytest

from grader_app.cli import run_cli
from grader_app.core.session import GradingSession
from grader_app.io.columns import guess_columns
from grader_app.io.lms import reading_for
from grader_app.io.readers import read_sheet

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


def test_grader_score_grades_no_student_named_by_the_header(tmp_path, tiny_bundle, capsys, monkeypatch):
    shipped = tmp_path / "bundles"
    shipped.mkdir()
    bundle = tiny_bundle.rename(shipped / tiny_bundle.name)
    monkeypatch.setenv("GRADER_BUNDLES_DIR", str(shipped))
    monkeypatch.setenv("GRADER_DATA_DIR", str(tmp_path / "userdata"))
    path = tmp_path / "joined.csv"
    path.write_bytes(_export([HEAD, *CLASS_A], "utf-8") + _export([HEAD, *CLASS_B], "utf-8"))
    before = path.read_bytes()
    out = tmp_path / "graded.csv"
    assert run_cli(["score", str(path), "--out", str(out), "--bundle", str(bundle)]) == 0
    assert "Scored 4 answers" in capsys.readouterr().out
    assert path.read_bytes() == before
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    scored = {r[0].lstrip("\ufeff"): r[rows[0].index("model_score")] for r in rows[1:]}
    assert scored["Student ID"] == "" and all(scored[r[0]] for r in CLASS_A + CLASS_B)
