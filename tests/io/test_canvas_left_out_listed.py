"""QA (a teacher's pass): the Canvas gradebook by the sheet's student id column left out two students who share one id
(two students typed with one school email), and its dialog promised they were "listed here after saving, and in a
small -unmatched.csv beside the file", but no list was written: they reached the teacher only through an English
warning, gone once the dialog closed. Now they are in the ``-unmatched.csv`` with their rows, the reason and their
scores, as Google Classroom and the Moodle gradebook list the same students; and what else the teacher must check
before the import (one student's attempts scored differently, ids that differ only in invisible characters) comes as
notes with their kinds and values, which the window says in its own language. Real sheets are written, read as the
app reads them, exported and read back."""
from __future__ import annotations

import csv
from pathlib import Path

from grader_app.core.session import GradingSession, ItemInfo
from grader_app.core.sheet import ColumnMapping
from grader_app.io.canvas import canvas_warnings, write_canvas_csv
from grader_app.io.lms import export_format
from grader_app.io.readers import read_sheet

MAPPING = ColumnMapping(id_column="Email", name_column="Student", item_column="Question", answer_column="Answer")
ROWS = [
    ["Student", "Email", "Question", "Answer"],
    ["Evelyn Rodriguez", "erodriguez@school.example.org", "Protein synthesis", "mRNA leaves the nucleus"],   # row 2
    ["Evelyn Rodriguez", "erodriguez@school.example.org", "Cell membrane", "diffusion, osmosis"],
    ["Amara Okafor", "aokafor@school.example.org", "Protein synthesis", "tRNA brings amino acids"],
    ["Amara Okafor", "aokafor@school.example.org", "Cell membrane", "active transport"],
    ["Ethan Rodriguez", "erodriguez@school.example.org", "Protein synthesis", "no idea"],             # row 6: same email
    ["Ethan Rodriguez", "erodriguez@school.example.org", "Cell membrane", "pumps"],
]


def sheet_file(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return path


def read_back(path: Path, encoding: str = "utf-8-sig") -> list[list[str]]:
    with open(path, newline="", encoding=encoding) as fh:
        return list(csv.reader(fh))


def class_session(tmp_path: Path, rows=ROWS) -> GradingSession:
    items = {"Protein synthesis": ItemInfo(item="Protein synthesis", labels=(0, 1, 2, 3)),
             "Cell membrane": ItemInfo(item="Cell membrane", labels=(0, 1, 2, 3))}
    s = GradingSession(read_sheet(sheet_file(tmp_path / "class.csv", rows)), MAPPING, items=items)
    for a in s.answers:
        s.decide(a.key, {0: 3, 1: 2, 4: 0, 5: 1}.get(a.key, 1))   # Evelyn 3 and 2, Ethan 0 and 1
    return s


def test_students_who_share_an_id_are_in_the_list_beside_the_canvas_file(tmp_path):
    s = class_session(tmp_path)
    result = write_canvas_csv(s, tmp_path / "class-canvas.csv")
    assert [r[0] for r in read_back(result.path)[2:]] == ["Amara Okafor"]      # neither Rodriguez gets another's grades
    assert result.written == 1
    assert [(u.student, u.row) for u in result.unmatched] == [
        ("Evelyn Rodriguez · erodriguez@school.example.org", 2), ("Ethan Rodriguez · erodriguez@school.example.org", 6)]
    assert [(u.reason.kind, u.reason.values["rows"]) for u in result.unmatched] == [("shared_identifier", [6]),
                                                                                    ("shared_identifier", [2])]
    assert result.report == tmp_path / "class-canvas-unmatched.csv"          # used to be None: nothing written
    listed = read_back(result.report, encoding="utf-8-sig")
    assert listed[0] == ["Row in sheet", "Student", "Why a grade is missing in Canvas", "Protein synthesis",
                         "Cell membrane"]
    assert [(r[0], r[1], r[3:]) for r in listed[1:]] == [
        ("2", "Evelyn Rodriguez · erodriguez@school.example.org", ["3", "2"]),
        ("6", "Ethan Rodriguez · erodriguez@school.example.org", ["0", "1"])]
    assert "the same student id (erodriguez@school.example.org) as the student on row 6" in listed[1][2]


def test_canvas_lists_the_same_students_as_google_classroom_does(tmp_path):
    """The same sheet to Google Classroom (matched by email) leaves out the same two, for the same reason."""
    s = class_session(tmp_path)
    canvas = write_canvas_csv(s, tmp_path / "canvas.csv")
    google = export_format("google-classroom").write(s, tmp_path / "google.csv")
    assert [(u.row, u.reason.kind) for u in canvas.unmatched] == [(u.row, u.reason.kind) for u in google.unmatched]
    assert [r[3:] for r in read_back(canvas.report, "utf-8-sig")[1:]] == [r[3:] for r in
                                                                          read_back(google.report, "utf-8-sig")[1:]]


def test_once_the_ids_are_corrected_the_earlier_list_is_deleted(tmp_path):
    s = class_session(tmp_path)
    assert write_canvas_csv(s, tmp_path / "class-canvas.csv").report is not None
    fixed = [r if r[0] != "Ethan Rodriguez" else [r[0], "erodriguez2@school.example.org", *r[2:]] for r in ROWS]
    result = write_canvas_csv(class_session(tmp_path, fixed), tmp_path / "class-canvas.csv")
    assert result.unmatched == [] and result.report is None and result.written == 3
    assert not (tmp_path / "class-canvas-unmatched.csv").exists()
    assert [n.kind for n in result.notes if n.kind.startswith("stale_")] == ["stale_report_deleted"]


def test_what_to_check_before_the_import_comes_as_notes_the_window_can_say(tmp_path):
    """One student's two attempts scored differently (the cell is left empty), ids that differ only in an invisible
    character (kept apart): each a note of its kind with its values; the shared id is in the list, not in a note."""
    rows = [*ROWS, ["Amara Okafor", "aokafor@school.example.org", "Cell membrane", "a second attempt"],
            ["Zoe Kim", "zkim@school.example.org\u00a0", "Protein synthesis", "ribosomes"],
            ["Zoe Kim", "zkim@school.example.org", "Cell membrane", "osmosis"]]
    s = class_session(tmp_path, rows)
    s.decide(6, 2)                           # Amara's second attempt at "Cell membrane": 2, her first 1
    notes = canvas_warnings(s)
    assert [n.kind for n in notes] == ["canvas_different_scores", "canvas_lookalike_ids"]
    assert notes[0].values == {"cells": [["Amara Okafor", "Cell membrane", ["1", "2"]]]}
    assert notes[1].values == {"what": "ids", "groups": [["zkim@school.example.org\u00a0", "zkim@school.example.org"]]}
    assert "Amara Okafor" in str(notes[0]) and "Canvas by hand" in str(notes[0])
    assert "invisible characters" in str(notes[1])
    assert not any("Rodriguez" in str(n) for n in notes)
    (tmp_path / "plain").mkdir()
    assert canvas_warnings(class_session(tmp_path / "plain", [ROWS[0], *ROWS[3:5]])) == []
