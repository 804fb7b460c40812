"""The Canvas gradebook CSV, written and read back with the csv module."""
from __future__ import annotations

import csv

import pandas as pd
import pytest

from grader_app.bundles.library import Library
from grader_app.core.grading import match_bundles
from grader_app.workflow import score_all
from grader_app.core.session import GradingSession
from grader_app.core.sheet import WIDE, ColumnMapping, Sheet
from grader_app.io.canvas import FIXED, canvas_rows, write_canvas_csv
from grader_app.io.errors import SheetError
from long_sheets import long_sheet_session

ROWS = [
    ("S1", "Ann Lee", "q1", "Ice is less dense than water because of its open lattice."),
    ("S1", "Ann Lee", "q2", "Because it is cold."),
    ("S2", "=HYPERLINK(\"x\")", "q1", "Ice is less dense."),
    ("S2", "=HYPERLINK(\"x\")", "q2", ""),
    ("-S3", "Cy", "q1", "The hydrogen bonds keep molecules apart so density is lower."),
    ("-S3", "Cy", "q2", "Ice is less dense."),
]


def scored(frame, mapping, tiny_bundle, items=("q1", "q2")):
    s = GradingSession(Sheet(frame=frame), mapping)
    score_all(s, match_bundles(s, Library.load([tiny_bundle.parent]), chosen={i: "tiny-ice" for i in items}))
    return s


@pytest.fixture
def session(tiny_bundle):
    frame = pd.DataFrame(ROWS, columns=["Student ID", "Name", "Question", "Answer"], dtype=object)
    return scored(frame, ColumnMapping(id_column="Student ID", name_column="Name", item_column="Question",
                                       answer_column="Answer"), tiny_bundle)


def read(path):
    raw = path.read_bytes()
    assert b"\r\n" in raw and raw.startswith(b"\xef\xbb\xbf")    # a BOM, so Excel reads accents right
    with open(path, newline="", encoding="utf-8-sig") as fh:
        return list(csv.reader(fh))


def test_canvas_layout_one_row_per_student_one_column_per_question(tmp_path, session):
    s = session
    s.decide(0, 2)
    s.decide(1, 0, comment="see me")
    s.decide(4, 1)
    for a in s.answers:          # every other answer decided too, except S2's q2
        if a.key not in s.decisions and a.key != 3:
            s.decide(a.key, 1)
    rows = read(write_canvas_csv(s, tmp_path / "canvas.csv").path)
    assert rows[0] == [*FIXED, "q1", "q2"]
    assert rows[0][:5] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]
    assert rows[1] == ["Points Possible", "", "", "", "", "2", "2"]
    body = {r[2]: r for r in rows[2:]}
    assert list(body) == ["S1", "S2", "'-S3"]  # sheet order; a leading '-' is quoted like the CSV writer
    assert body["S1"] == ["Ann Lee", "", "S1", "", "", "2", "0"]
    assert body["S2"][0] == "'=HYPERLINK(\"x\")"  # formula-safe
    assert body["S2"][5:] == ["1", ""]  # S2's blank answer is still open: empty cell, Canvas leaves it
    assert body["'-S3"][5:] == ["1", "1"]


def test_wide_sheet_and_no_points_row(tmp_path, tiny_bundle):
    frame = pd.DataFrame([("S1", "Ice is less dense.", "Because it is cold."),
                          ("S2", "Ice is less dense than water.", "")], columns=["ID", "Q1", "Q2"], dtype=object)
    s = scored(frame, ColumnMapping(layout=WIDE, id_column="ID", answer_columns={"Q1": "q1", "Q2": "q2"}), tiny_bundle)
    for a in s.answers:
        s.decide(a.key, 2)
    rows = canvas_rows(s, column_names={"q1": "Quiz 3 Q1"}, points_possible=False)
    assert rows[0][5:] == ["Quiz 3 Q1", "q2"]
    assert rows[1:] == [["S1", "", "S1", "", "", "2", "2"], ["S2", "", "S2", "", "", "2", "2"]]


def test_no_student_column_refused_with_a_sentence(tmp_path, tiny_bundle):
    frame = pd.DataFrame([("q1", "Ice is less dense.")], columns=["Question", "Answer"], dtype=object)
    s = scored(frame, ColumnMapping(item_column="Question", answer_column="Answer"), tiny_bundle, items=("q1",))
    with pytest.raises(SheetError, match="choose the student id column"):
        write_canvas_csv(s, tmp_path / "c.csv")
    assert not (tmp_path / "c.csv").exists()
    with pytest.raises(SheetError, match="ending in .csv"):
        write_canvas_csv(GradingSession(s.sheet, ColumnMapping(id_column="Question", item_column="Question",
                                                               answer_column="Answer")), tmp_path / "c.xlsx")


# ----- issue 9.11: two students whose ids only differ in whitespace ------------------------------

def _lookalike_session(tiny_bundle, tab="Tab Kid", cr="CR Kid"):
    rows = [("\t=1", tab, "q1", "Ice is less dense than water."),
            ("\r=1", cr, "q1", "Because it is cold."),
            ("S3", "Cy", "q1", "The hydrogen bonds keep molecules apart so density is lower."),
            ("\t=1", tab, "q2", "Ice is less dense."),
            ("\r=1", cr, "q2", "")]
    frame = pd.DataFrame(rows, columns=["Student ID", "Name", "Question", "Answer"], dtype=object)
    s = scored(frame, ColumnMapping(id_column="Student ID", name_column="Name", item_column="Question",
                                    answer_column="Answer"), tiny_bundle)
    s.decide(0, 2)      # Tab Kid, q1
    s.decide(1, 0)      # CR Kid, q1
    s.decide(2, 1)
    s.decide(3, 1)      # Tab Kid, q2; CR Kid's q2 stays open
    return s


def test_ids_that_differ_only_in_whitespace_are_never_merged(tmp_path, tiny_bundle):
    from grader_app.io.canvas import canvas_warnings

    s = _lookalike_session(tiny_bundle)
    rows = read(write_canvas_csv(s, tmp_path / "canvas.csv").path)
    body = rows[2:]
    assert len(body) == 3, body                        # used to be 2: both became "=1" and merged
    assert [r[0] for r in body] == ["Tab Kid", "CR Kid", "Cy"]
    assert [r[5:] for r in body] == [["2", "1"], ["0", ""], ["1", ""]]
    assert body[0][2] != body[1][2]                    # Canvas can tell them apart
    # guarded at the start, and after the tab or line break where a program splitting there starts a cell (s51b #3)
    assert body[0][2] == "'\t'=1" and body[1][2] == "'\r'=1" and body[2][2] == "S3"
    [warning] = canvas_warnings(s)
    assert warning.kind == "canvas_lookalike_ids" and warning.values == {"what": "ids", "groups": [["\t=1", "\r=1"]]}
    assert "“\\t=1” / “\\r=1”" in warning   # in the interface's quote marks, invisible characters as codes
    assert "\n" not in warning and warning.count(";") == 1   # one sentence


def test_ordinary_ids_are_trimmed_and_need_no_warning(tmp_path, session):
    from grader_app.io.canvas import canvas_warnings

    assert canvas_warnings(session) == []
    assert [r[2] for r in canvas_rows(session)[2:]] == ["S1", "S2", "'-S3"]


def test_report_keeps_lookalike_students_apart(tiny_bundle):
    from grader_app.io.report import student_table

    s = _lookalike_session(tiny_bundle, tab="Kid", cr="Kid")   # same name, ids differ only in whitespace
    items, rows = student_table(s)
    assert items == ["q1", "q2"] and len(rows) == 3
    assert [values for _, values, _ in rows] == [[2, 1], [0, None], [1, "no answer"]]   # open; no row for q2


# ----- issue 13: the LMS registry's Canvas format is this file, plus Canvas's own ids ------------

def test_registry_canvas_format_writes_the_same_file_for_an_ordinary_sheet(tmp_path):
    from grader_app.core.session import ItemInfo
    from grader_app.io.lms import export_format

    rows = [r for r in ROWS if not r[0].startswith("-")]          # ids Canvas can match as they are
    s = long_sheet_session(rows, {q: ItemInfo(item=q, labels=(0, 1, 2)) for q in ("q1", "q2")})
    for a in s.answers:
        if a.text:
            s.decide(a.key, len(a.text) % 3)
    old = write_canvas_csv(s, tmp_path / "old.csv").path
    result = export_format("canvas-gradebook").write(s, tmp_path / "new.csv")
    assert result.unmatched == [] and result.ungraded and result.report is not None   # (blank answers: no score)
    assert [u.student for u in result.ungraded] == [u.student for u in write_canvas_csv(s, tmp_path / "o2.csv").ungraded]
    assert read(result.path) == read(old)
    assert read(old)[3] == ["'=HYPERLINK(\"x\")", "", "S2", "", "", "0", ""]
