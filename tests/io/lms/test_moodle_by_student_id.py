"""The Moodle gradebook by the sheet's own student id column (QA: a teacher's sheet with a "Student ID" column and no
email address or username was refused by the Moodle gradebook, though the Canvas file by the student id column took
that very column; a teacher whose school ids are Moodle's ID numbers had no way to say so). That choice writes the
sheet's student id column as Moodle's ``ID number``, matches on it alone, and tells the teacher to map it; the Moodle
gradebook matched on Moodle's own identifiers refuses such a sheet as before, and the choice by id refuses a sheet
without a student id column, writing nothing."""
from __future__ import annotations

import pytest

import lms_sheets as L
from grader_app.core.session import GradingSession
from grader_app.core.sheet import ColumnMapping
from grader_app.io.errors import SheetError
from grader_app.io.lms import NothingMatched, export_format
from grader_app.io.lms.moodle import GRADEBOOK_HEADER
from grader_app.io.readers import read_sheet

ROWS = [["S0001", "Lee, Ann", L.A_GOOD], ["S0002", "Okafor, Ben", L.A_SOME], ["", "Diaz, Cara", "It is cold."]]
REFUSAL = ("moodle.csv was not saved, because Moodle matches students by their email address or username or ID number "
           "and this sheet gives none (no “Email” or “Username” or “ID number” column, or an empty one); add such a "
           "column with each student's email address or username or ID number, open the sheet again and export "
           "again, or choose “Points per question (CSV)”, which needs no identifier")


def own_sheet(folder, with_id: bool = True):
    """A teacher's own workbook: Student ID (Cara has none), Name, the answers to one question; or without the id."""
    head = ["Student ID", "Name", "Cell membrane"]
    rows = [head, *ROWS] if with_id else [head[1:], *(r[1:] for r in ROWS)]
    return L.write_xlsx(folder / "class-7b.xlsx", rows)


def test_the_sheets_student_id_column_goes_in_as_moodles_id_number(tmp_path):
    session = L.session_for(own_sheet(tmp_path), L.by_text)
    result = export_format("moodle-gradebook-by-id").write(session, tmp_path / "moodle.csv")
    rows = L.read_csv(result.path)
    assert rows[0] == [*GRADEBOOK_HEADER, "Cell membrane"]
    assert rows[1:] == [["Ann", "Lee", "", "S0001", "", "2"], ["Ben", "Okafor", "", "S0002", "", "1"]]
    assert result.written == 2
    assert [(u.student, str(u.reason)) for u in result.unmatched] == [
        ("Diaz, Cara", "no student id for this student, so Moodle could not match them")]   # listed, not dropped
    assert "Diaz, Cara" in L.read_csv(result.report)[1]
    assert str(result.notes[0]) == ("In Moodle choose Grades > Import > CSV file, map from “ID number” to Moodle's "
                                    "ID number field, and map each question column to a grade item (or a new grade "
                                    "item).")


def test_the_moodle_gradebook_still_refuses_it_and_writes_nothing(tmp_path):
    session = L.session_for(own_sheet(tmp_path), L.by_text)
    with pytest.raises(NothingMatched) as caught:
        export_format("moodle-gradebook").write(session, tmp_path / "moodle.csv")
    assert str(caught.value) == REFUSAL
    assert not (tmp_path / "moodle.csv").exists()


def test_a_sheet_without_a_student_id_column_is_refused_by_both(tmp_path):
    session = L.session_for(own_sheet(tmp_path, with_id=False), L.by_text)
    assert not session.mapping.id_column
    with pytest.raises(NothingMatched) as caught:
        export_format("moodle-gradebook").write(session, tmp_path / "moodle.csv")
    assert str(caught.value) == REFUSAL       # the refusal as it was
    with pytest.raises(SheetError) as caught:
        export_format("moodle-gradebook-by-id").write(session, tmp_path / "moodle.csv")
    assert str(caught.value) == ("the Moodle gradebook by your student id column needs the sheet's student id column; "
                                 "choose it in the column mapping and export again")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["class-7b.xlsx"]


def test_a_student_id_column_with_no_id_in_it_says_why_in_general_words(tmp_path):
    """No column header to tell the teacher to add: the sentence that points to the list of students left out."""
    rows = [["Student ID", "Name", "Cell membrane"], *([""] + r[1:] for r in ROWS)]
    sheet = read_sheet(L.write_xlsx(tmp_path / "class-7b.xlsx", rows))
    session = GradingSession(sheet, ColumnMapping(id_column="Student ID", name_column="Name",
                                                  answer_column="Cell membrane", default_item="q1"))
    with pytest.raises(NothingMatched) as caught:
        export_format("moodle-gradebook-by-id").write(session, tmp_path / "moodle.csv")
    assert caught.value.reason.kind == "nothing_matched"
    assert not (tmp_path / "moodle.csv").exists()
