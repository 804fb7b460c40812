"""The Canvas gradebook "by your student id column": two different students with one id (a typo) are
left out and named, never merged; one student's different scores for one question are never
silently reduced to the last one. Real sheets are written, read as the app reads them, exported and
read back."""
from __future__ import annotations

import csv
from pathlib import Path

from grader_app.core.session import GradingSession, ItemInfo
from grader_app.core.sheet import WIDE, ColumnMapping
from grader_app.io.canvas import canvas_warnings, write_canvas_csv
from grader_app.io.readers import read_sheet


def sheet_file(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return path


def read_back(path: Path) -> list[list[str]]:
    with open(path, newline="", encoding="utf-8-sig") as fh:
        return list(csv.reader(fh))


def session_of(path: Path, mapping: ColumnMapping, items=("q1", "q2")) -> GradingSession:
    return GradingSession(read_sheet(path), mapping, items={i: ItemInfo(item=i, labels=(0, 1, 2)) for i in items})


WIDE_MAP = ColumnMapping(layout=WIDE, id_column="Student ID", name_column="Name", answer_columns={"Q1": "q1", "Q2": "q2"})
LONG_MAP = ColumnMapping(id_column="Student ID", name_column="Name", item_column="Question", answer_column="Answer")


def test_two_students_with_one_id_are_left_out_and_named_never_merged(tmp_path):
    path = sheet_file(tmp_path / "class.csv", [
        ["Student ID", "Name", "Q1", "Q2"],
        ["S01", "Amara Okafor", "Ice floats", "Sunlight"],
        ["S02", "Ben Whitfield", "No idea", "Dunno"],
        [],                                                   # a blank row: Daniel is on row 6 of the file
        ["S03", "Chloé Martin", "Less dense", "Photosynthesis"],
        ["S02", "Daniel Reyes", "Less dense lattice", "Light, water, CO2"],   # Daniel's id mistyped as Ben's
    ])
    s = session_of(path, WIDE_MAP)
    for a in s.answers:
        s.decide(a.key, {1: 0, 3: 2}.get(a.row, 1))          # Ben 0 everywhere, Daniel 2 everywhere
    result = write_canvas_csv(s, tmp_path / "canvas.csv")
    rows = read_back(result.path)
    assert [r[2] for r in rows[2:]] == ["S01", "S03"]          # used to be a merged S02 row with Daniel's grades
    assert [r[0] for r in rows[2:]] == ["Amara Okafor", "Chloé Martin"]
    assert not any("S02" in cell for r in rows for cell in r)
    # named with their rows and the shared id in the list of students left out (it used to say nothing)
    assert [(u.student, u.row, str(u.reason)) for u in result.unmatched] == [
        ("Ben Whitfield · S02", 3, "the same student id (S02) as the student on row 6 (a second attempt?); they were "
                                   "not merged, enter these grades by hand"),
        ("Daniel Reyes · S02", 6, "the same student id (S02) as the student on row 3 (a second attempt?); they were "
                                  "not merged, enter these grades by hand")]
    assert [r[3:] for r in read_back(result.report)[1:]] == [["0", "0"], ["2", "2"]]
    assert canvas_warnings(s) == []                            # the list says it: no second warning


def test_one_id_one_name_is_one_student_and_different_scores_leave_the_cell_empty(tmp_path):
    path = sheet_file(tmp_path / "long.csv", [
        ["Student ID", "Name", "Question", "Answer"],
        ["S01", "Ann Lee", "q1", "first try"],
        ["S01", "Ann Lee", "q2", "an answer"],
        ["S01", "ann  lee", "q1", "second try"],            # the same student (case, spaces), a second attempt
        ["S02", "Bo Park", "q1", "one"],
        ["S02", "Bo Park", "q1", "two"],                     # two attempts, the same score: no doubt
        ["S02", "", "q2", "no name on this row"],
    ])
    s = session_of(path, LONG_MAP)
    scores = {0: 2, 1: 1, 2: 0, 3: 1, 4: 1, 5: 2}
    for a in s.answers:
        s.decide(a.key, scores[a.key])
    rows = read_back(write_canvas_csv(s, tmp_path / "canvas.csv").path)
    body = {r[2]: r[5:] for r in rows[2:]}
    assert body == {"S01": ["", "1"], "S02": ["1", "2"]}      # S01's q1 used to say 0 (the last attempt)
    [note] = canvas_warnings(s)
    assert note.kind == "canvas_different_scores" and note.values == {"cells": [["Ann Lee", "q1", ["2", "0"]]]}
    assert "Ann Lee on “q1” (2 / 0)" in note and "Bo Park" not in note
    assert "enter that grade in Canvas by hand" in note


def test_an_ordinary_long_sheet_still_needs_no_warning(tmp_path):
    path = sheet_file(tmp_path / "long.csv", [
        ["Student ID", "Name", "Question", "Answer"],
        ["S01", "Ann Lee", "q1", "a"], ["S01", "Ann Lee", "q2", "b"],
        ["S02", "Bo Park", "q1", "c"], ["S02", "Bo Park", "q2", "d"],
    ])
    s = session_of(path, LONG_MAP)
    for a in s.answers:
        s.decide(a.key, 1)
    assert canvas_warnings(s) == []
    assert read_back(write_canvas_csv(s, tmp_path / "c.csv").path)[2:] == [["Ann Lee", "", "S01", "", "", "1", "1"],
                                                                      ["Bo Park", "", "S02", "", "", "1", "1"]]
