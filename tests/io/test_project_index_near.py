"""Near matches in the index of projects (grader_app.io.project_index, grader_app.io.project_near), with real sheets and
real project files: a copy of the sheet taken home with late submissions added and an answer corrected is offered the
project kept for it, with how many decisions come over and how many answers are new; another sheet of the same
students sharing a few identical answers (blanks, "I don't know"), a sheet mostly left blank like the project's, and a
sheet with only half its answers in common are not; an exact copy is offered as before; the index stays small."""
from __future__ import annotations

import json
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

import pytest

from grader_app.io.project_index import decline, index_path
from grader_app.io.project_near import SKETCH, sketch

sys.path.insert(0, str(Path(__file__).resolve().parent))   # the neighbouring tests' sheets and projects
from test_project_index import graded_at_school, offered, write_csv, write_xlsx  # noqa: E402

HEADER = ["Student ID", "Name", "Question", "Answer"]


@pytest.fixture(autouse=True)
def _data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("GRADER_DATA_DIR", str(tmp_path / "userdata"))


def row(s: int, item: str, text: str | None = None) -> list[str]:
    """Student ``s``'s answer to ``item``: its own words unless ``text`` is given."""
    return [f"S{s:03d}", f"Student {s}", item, f"Student {s} explains {item} in their own words." if text is None
            else text]


def class_rows(students=range(1, 11), items=("Q1", "Q2")) -> list[list[str]]:
    return [HEADER, *(row(s, item) for s in students for item in items)]


def decisions_in(project) -> int:
    with closing(sqlite3.connect(project)) as con:
        return con.execute("SELECT count(*) FROM decisions").fetchone()[0]


def test_a_copy_with_two_rows_added_and_one_edited_is_offered_with_what_comes_over(tmp_path):
    rows = class_rows()                                       # 10 students, 2 questions: 20 answers
    project = graded_at_school(write_csv(tmp_path / "school" / "answers.csv", rows), 6)   # S001-S003 decided
    home_rows = [*rows, row(11, "Q1"), row(11, "Q2")]         # a late submission
    home_rows[1] = [*rows[1][:3], rows[1][3] + " (typo fixed)"]   # S001's decided Q1 answer corrected
    home = write_xlsx(tmp_path / "home" / "answers.xlsx", home_rows)
    offer = offered(home)
    assert offer is not None and offer.path == project
    assert (offer.decisions, offer.new, offer.found, offer.stored) == (5, 3, 19, 20)
    assert offer.own == home.with_name("answers.grader-project")
    assert decisions_in(project) == 6   # only read
    decline(home, offer.fingerprint)    # started afresh on this copy: not offered to it again, still to another
    assert offered(home) is None
    assert offered(write_xlsx(tmp_path / "usb" / "answers.xlsx", home_rows)) is not None


def test_an_exact_copy_is_still_offered_as_the_very_same_answers(tmp_path):
    rows = class_rows()
    project = graded_at_school(write_csv(tmp_path / "school" / "answers.csv", rows), 4)
    offer = offered(write_csv(tmp_path / "home" / "answers.csv", [rows[0], *reversed(rows[1:])]))
    assert offer is not None and offer.path == project and (offer.decisions, offer.new) == (4, 0)


def test_another_sheet_of_the_same_students_sharing_a_tenth_of_its_answers_is_not_offered(tmp_path):
    """The same students' next quiz, its questions named alike: 2 of its 20 answers are, by chance, exactly the
    project's (a blank and "I don't know", the same student's to the same question)."""
    rows = class_rows()
    rows[1], rows[2] = row(1, "Q1", ""), row(1, "Q2", "I don't know")
    graded_at_school(write_csv(tmp_path / "school" / "quiz1.csv", rows), 6)
    quiz2 = [HEADER, *(row(s, item, f"Student {s} on the second quiz's {item}.") for s in range(1, 11)
                       for item in ("Q1", "Q2"))]
    quiz2[1], quiz2[2] = rows[1], rows[2]
    assert offered(write_csv(tmp_path / "home" / "quiz2.csv", quiz2)) is None


def test_sheets_mostly_left_blank_are_not_taken_for_each_other(tmp_path):
    """17 of 20 answers left blank (or "-") in both, by the same students to questions of the same names: 85 % of
    the answers are the same, but the three written ones all differ. Blanks are not counted: not offered."""
    def quiz(words: str) -> list[list[str]]:
        rows = [HEADER, *(row(s, item, "" if (s + len(item)) % 2 else "-") for s in range(1, 11)
                          for item in ("Q1", "Q2"))]
        for i in (1, 2, 3):
            rows[i] = [*rows[i][:3], f"{words} answer number {i}, written out."]
        return rows
    graded_at_school(write_csv(tmp_path / "school" / "quiz1.csv", quiz("First quiz's")), 5)
    assert offered(write_csv(tmp_path / "home" / "quiz2.csv", quiz("Second quiz's"))) is None


def test_a_sheet_with_only_half_its_answers_in_common_is_not_offered(tmp_path):
    rows = class_rows()
    graded_at_school(write_csv(tmp_path / "school" / "answers.csv", rows), 10)
    half = [HEADER, *(row(s, item) for s in range(6, 16) for item in ("Q1", "Q2"))]   # 5 of its 10 students
    assert offered(write_csv(tmp_path / "home" / "half.csv", half)) is None
    part = [HEADER, *(row(s, item) for s in range(1, 6) for item in ("Q1", "Q2"))]    # half of the project's
    assert offered(write_csv(tmp_path / "home" / "part.csv", part)) is None


def test_the_index_keeps_a_small_sketch_not_every_answer(tmp_path):
    rows = class_rows(students=range(1, 76))   # 150 answers, 2 of them blank
    rows[5][3] = rows[6][3] = ""
    graded_at_school(write_csv(tmp_path / "school" / "answers.csv", rows), 1)
    [entry] = json.loads(index_path().read_text(encoding="utf-8"))["answers"].values()
    assert entry["sketch"]["n"] == 148
    assert len(entry["sketch"]["min"]) == 344   # 64 values of 4 bytes, as base64
    assert len(index_path().read_bytes()) < 2000
    assert sketch([])["n"] == 0 and SKETCH == 64
