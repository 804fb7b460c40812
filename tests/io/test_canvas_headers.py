"""The Canvas gradebook CSV never has two columns with one header: a question named like one of Canvas's
own columns ("Student", "ID", "SIS User ID", "Section", "Final Score") or like another question gets a title
of its own, and Canvas's own columns keep their names. Written for real and read back with the csv module."""
from __future__ import annotations

import csv
import re

import pandas as pd
import pytest

from grader_app.core.session import GradingSession, ItemInfo
from grader_app.core.sheet import LONG, WIDE, ColumnMapping, Sheet
from grader_app.io.canvas import FIXED, write_canvas_csv

CLASHING = {"q1": "Student", "q2": "ID", "q3": "SIS User ID", "q4": "section", "q5": "Final Score", "q6": "Essay",
            "q7": "essay ", "q8": "=Sum", "q9": "'=Sum", "q10": "SIS Login ID"}
ITEMS = list(CLASHING)


def _read(path):
    with open(path, newline="", encoding="utf-8-sig") as fh:
        return list(csv.reader(fh))


def _norm(h: str) -> str:
    return " ".join(h.split()).casefold()


def _wide(tmp_path, items=ITEMS):
    columns = ["SIS", "Name", *items]
    rows = [[f"S{r}", f"Kid {r}", *(f"Answer {r} to {i}, in a few words." for i in items)] for r in range(2)]
    sheet = Sheet(frame=pd.DataFrame(rows, columns=columns, dtype=object), source=tmp_path / "class.csv")
    mapping = ColumnMapping(layout=WIDE, id_column="SIS", name_column="Name", answer_columns={i: i for i in items})
    s = GradingSession(sheet, mapping, {i: ItemInfo(item=i, labels=(0, 1, 2, 3)) for i in items})
    for a in s.answers:            # each question its own score, so a column read as another's shows
        s.decide(a.key, items.index(a.item) % 4)
    return s


# What Canvas's gradebook import leaves out of a file's assignments (its Instructor Guide's import and export pages,
# and its importer): the student columns up to Section, then every column whose header holds a computed column's name
_CANVAS_DROPS = ("Current Score", "Current Points", "Current Grade", "Final Score", "Final Points", "Final Grade",
                 "Override Score", "Override Grade", "Override Status")


def _imported_by_canvas(header):
    assert header[:5] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]
    return [h for h in header[5:] if not any(d in h for d in _CANVAS_DROPS)]


def _check(rows, s, items):
    header = rows[0]
    assert header[:5] == list(FIXED) == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]
    assert len({_norm(h) for h in header}) == len(header), header
    assert rows[1][0] == "Points Possible" and len(rows[1]) == len(header)
    for r in rows[2:]:
        assert len(r) == len(header)
        assert r[5:] == [str(items.index(a.item) % 4) for a in sorted(
            (a for a in s.answers if a.row == int(r[2][1:])), key=lambda a: items.index(a.item))]


def test_questions_named_like_canvas_columns_or_each_other_get_headers_of_their_own(tmp_path):
    s = _wide(tmp_path)
    rows = _read(write_canvas_csv(s, tmp_path / "canvas.csv", column_names=CLASHING).path)
    _check(rows, s, ITEMS)
    assert rows[0][5:] == ["Student [2]", "ID [2]", "SIS User ID [2]", "section [2]", "Final score [2]", "Essay",
                           "essay [2]", "'=Sum", "'=Sum [2]", "SIS Login ID [2]"]
    assert _imported_by_canvas(rows[0]) == rows[0][5:]
    assert [r[2] for r in rows[2:]] == ["S0", "S1"]          # students still found by their SIS User ID


def test_question_ids_that_clash_with_no_names_given(tmp_path):
    items = ["Student", "student", "Section", "7", "Q7"]
    s = _wide(tmp_path, items)
    rows = _read(write_canvas_csv(s, tmp_path / "canvas.csv").path)
    _check(rows, s, items)
    assert rows[0][5:] == ["Student [2]", "student [3]", "Section [2]", "Q7", "Q7 [2]"]


def test_a_long_sheet_whose_question_column_holds_canvas_names(tmp_path):
    frame = pd.DataFrame([["S1", "Ann", "ID", "Ice floats because it is less dense."],
                          ["S1", "Ann", "Id ", "Plants make food by photosynthesis."]],
                         columns=["Student ID", "Name", "Question", "Answer"], dtype=object)
    s = GradingSession(Sheet(frame=frame, source=tmp_path / "long.csv"),
                       ColumnMapping(layout=LONG, id_column="Student ID", name_column="Name", item_column="Question",
                                     answer_column="Answer"),
                       {i: ItemInfo(item=i, labels=(0, 1)) for i in ("ID", "Id ")})
    s.decide(0, 1)
    s.decide(1, 0)
    rows = _read(write_canvas_csv(s, tmp_path / "canvas.csv").path)
    assert rows[0] == [*FIXED, "ID [2]", "Id [3]"]
    assert len({_norm(h) for h in rows[0]}) == len(rows[0])
    assert rows[2] == ["Ann", "", "S1", "", "", "1", "0"]


@pytest.mark.parametrize("module", ["grader_app.io.lms.name_limits", "grader_app.io.lms._common"])
def test_both_canvas_writers_share_one_helper(module):
    import importlib

    from grader_app.io.headers import item_headers
    from grader_app.io.lms import canvas_file, name_limits

    assert importlib.import_module(module).item_headers is item_headers
    assert canvas_file.within is name_limits.within   # the Canvas titles: item_headers within Canvas's length


def test_the_lms_canvas_gradebook_keeps_off_canvas_read_only_columns(tmp_path):
    from grader_app.io.lms import export_format

    s = _wide(tmp_path, ["q1", "q2"])
    result = export_format("canvas-gradebook").write(s, tmp_path / "lms-canvas.csv",
                                                     item_names={"q1": "Current Score", "q2": "final grade"})
    header = _read(result.path)[0]
    assert header[5:] == ["Current score [2]", "final grade [2]"]   # never a name Canvas drops a column for


def test_a_question_title_holding_a_computed_column_name_is_not_dropped_by_canvas(tmp_path):
    # Canvas's import drops any column whose header contains "Final Score", "Current Grade", ... (its totals, their
    # unposted forms, each assignment group's): such a question would lose all its grades
    names = {"q1": "Predict the Final Score", "q2": "Quizzes Current Score", "q3": "Unposted Final Grade",
             "q4": "Override Status", "q5": "Current Points and Final Points", "q6": "final score", "q7": "Root Account",
             "q8": "Integration ID", "q9": "Notes", "q10": "Override Grade"}
    items = list(names)
    s = _wide(tmp_path, items)
    rows = _read(write_canvas_csv(s, tmp_path / "canvas.csv", column_names=names).path)
    _check(rows, s, items)
    # the name's second word in lower case; a title like one of Canvas's own columns (case not counting) " [2]"
    assert rows[0][5:] == ["Predict the Final score", "Quizzes Current score", "Unposted Final grade [2]",
                           "Override status [2]", "Current points and Final points", "final score [2]",
                           "Root Account [2]", "Integration ID [2]", "Notes [2]", "Override grade [2]"]
    assert _imported_by_canvas(rows[0]) == rows[0][5:]      # every question becomes an assignment


def test_the_computed_and_read_only_names_are_canvas_own():
    from grader_app.io.canvas import COMPUTED, READ_ONLY

    assert set(COMPUTED) == set(_CANVAS_DROPS)
    assert {"Integration ID", "Root Account", "Override Status", "Notes"} <= set(READ_ONLY)
    # every computed column Canvas exports by its full name is kept off too
    assert all(any(c in r for c in COMPUTED) for r in READ_ONLY if r not in ("Integration ID", "Root Account", "Notes"))


def test_no_question_title_ends_in_a_number_in_brackets_that_canvas_would_take_for_an_assignment_id(tmp_path):
    # Canvas's import reads "Title (123)" as the assignment whose id is 123: on a course (or a small school's own
    # Canvas) where assignment 2 exists, a " (2)" added to tell two questions apart would post grades to it
    names = {"q1": "Lab report", "q2": "lab  report", "q3": "Unit quiz (12)", "q4": "Part (a) of the lab"}
    items = list(names)
    s = _wide(tmp_path, items)
    rows = _read(write_canvas_csv(s, tmp_path / "canvas.csv", column_names=names).path)
    _check(rows, s, items)
    assert rows[0][5:] == ["Lab report", "lab report [2]", "Unit quiz [12]", "Part (a) of the lab"]
    assert not any(re.search(r"\(\d+\)\s*$", h) for h in rows[0])
