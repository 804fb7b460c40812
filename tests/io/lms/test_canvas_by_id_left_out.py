"""The Canvas gradebook by the sheet's student id column lists the students it leaves out, as every LMS file does (QA:
rows with an empty student id went into the file with an empty ID and SIS User ID, and it said "with 10 students",
with no list and no -unmatched.csv), and gives email addresses as SIS Login IDs too (QA: they went into SIS User ID
alone, without a word; Canvas finds a student by SIS User ID, else by SIS Login ID, which is usually the address
they log in with). Real sheets written to disk, read as the app reads them, the files written and read back."""
from __future__ import annotations

import pytest

import lms_sheets as L
from grader_app.io.canvas import write_canvas_csv
from grader_app.io.lms import ListWords, NothingMatched, report_path_for
from test_export_qa import recognised

ZERO_TO_THREE = (0, 1, 2, 3)
NO_ID = "no student id for this student, so Canvas could not match them"


def test_a_student_with_no_id_is_listed_and_left_out(tmp_path):
    s = L.session_for(L.own_class(tmp_path), L.by_text, labels=ZERO_TO_THREE)   # Cara has no student id
    out = tmp_path / "canvas.csv"
    result = write_canvas_csv(s, out)
    rows = L.read_csv(out)
    assert [r[:3] for r in rows[2:]] == [["Lee, Ann", "", "S0001"], ["Okafor, Ben", "", "S0002"],
                                         ["Evans, Dan", "", "S0004"]]   # no row with an empty SIS User ID
    assert result.written == 3
    assert [(u.student, u.row, str(u.reason), u.scores) for u in result.unmatched] == [
        ("Diaz, Cara", 4, NO_ID, {"whole sheet": "0"})]
    assert result.report == report_path_for(out)
    assert L.read_csv(result.report) == [["Row in sheet", "Student", "Why a grade is missing in Canvas", "Cell membrane"],
                                         ["4", "Diaz, Cara", NO_ID, "0"]]
    # in the teacher's words, as the window gives them
    spanish = ListWords(row="Fila", student="Estudiante", why="Por qué {system} no pudo", reason=lambda r: "sin id")
    again = write_canvas_csv(s, out, words=spanish)
    assert L.read_csv(again.report)[0][:3] == ["Fila", "Estudiante", "Por qué Canvas no pudo"]
    assert L.read_csv(again.report)[1][2] == "sin id"


def test_once_everyone_has_an_id_the_earlier_list_is_deleted(tmp_path):
    out = tmp_path / "canvas.csv"
    report_path_for(out).write_text("Row in sheet\n", encoding="utf-8")
    s = L.session_for(L.own_class(tmp_path, cara_id="S0003"), L.by_text, labels=ZERO_TO_THREE)   # Cara's id entered
    result = write_canvas_csv(s, out)
    assert result.written == 4 and result.unmatched == [] and result.report is None
    assert not report_path_for(out).exists() and result.removed_report == report_path_for(out)
    assert result.notes[-1].kind == "stale_report_deleted"


def test_a_sheet_whose_ids_are_all_empty_writes_no_file(tmp_path):
    rows = [["Student ID", "Name", "Cell membrane"], ["", "Ann Lee", L.A_GOOD], ["", "Ben Okafor", L.A_SOME]]
    s = L.session_for(L.write_xlsx(tmp_path / "class.xlsx", rows), L.by_text, labels=ZERO_TO_THREE)
    s.mapping.id_column = "Student ID"                    # the teacher chose the empty column in the columns dialog
    out = tmp_path / "canvas.csv"
    with pytest.raises(NothingMatched) as refused:
        write_canvas_csv(s, out)
    assert str(refused.value).startswith("canvas.csv was not saved, because Canvas matches students by their SIS User "
                                         "ID and this sheet gives none")
    assert [u.student for u in refused.value.unmatched] == ["Ann Lee", "Ben Okafor"]
    assert not out.exists() and not report_path_for(out).exists()


def test_email_ids_go_in_sis_login_id_too_and_are_said(tmp_path):
    s = recognised(L.moodle_responses(tmp_path), L.by_text)          # by email address; Cara has none
    assert s.mapping.id_column == "Email address"
    result = write_canvas_csv(s, tmp_path / "canvas.csv")
    rows = L.read_csv(result.path)
    assert [r[2:4] for r in rows[2:]] == [["ann.lee@school.example"] * 2, ["ben.okafor@school.example"] * 2]
    assert [u.student for u in result.unmatched] == ["Cara Diaz"]
    assert [n.kind for n in result.notes] == ["canvas_gradebook", "canvas_email_ids"]
    assert result.notes[1] == ("The sheet's student ids are email addresses. Canvas finds a student by SIS User ID, "
                               "else by SIS Login ID; an email address is seldom the SIS User ID but usually the SIS "
                               "Login ID (the address the student logs in with), so this file gives each address in "
                               "both columns. Check that Canvas's import found every student.")
    # ids that are not email addresses stay in SIS User ID alone, with nothing said
    plain = write_canvas_csv(L.session_for(L.own_class(tmp_path), L.by_text), tmp_path / "plain.csv")
    assert {r[3] for r in L.read_csv(plain.path)[2:]} == {""} and [n.kind for n in plain.notes] == ["canvas_gradebook"]
