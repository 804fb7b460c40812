"""Google Classroom's grades download, the class list a teacher pastes answers into, opened as the sheet to grade.

QA (h5, LMS round trip): the download's row of each assignment's points ("Points: 2" under each, no name, no email)
was read as a student: graded (its empty answer), given a row "row 1" in the points sheet and listed among the
students Classroom could not match for want of an email address. Now it gives no answer and no file holds it; the
file's note names it. Real files are written, read as the app reads them, exported and read back."""
from __future__ import annotations

import lms_sheets as L
from grader_app.core.session import GradingSession
from grader_app.io.lms import export_format, reading_for
from grader_app.io.readers import read_sheet


def _download(folder):
    rows = [["Last Name", "First Name", "Email Address", "Ice", "Cell membrane"],
            ["", "", "", "Points: 2", ""],
            ["Lee", "Ann", "alee@school.example", "2", L.A_GOOD],
            ["Okafor", "Ben", "bokafor@school.example", "", L.A_SOME],
            ["Diaz", "Cara", "", "", "It is cold."]]
    return L.write_csv(folder / "Biology 9 - Grades.csv", rows, bom=True)


def _opened(path) -> GradingSession:
    """The download as the app opens it (its reading: the rows that are no student left out), each answer marked."""
    sheet, plain = read_sheet(path), L.session_for(path)   # (its mapping: guessed, the whole sheet one question)
    s = GradingSession(sheet, plain.mapping, items=plain.items, reading=reading_for(sheet, plain.mapping))
    for a in s.answers:
        s.decide(a.key, L.by_text(a))
    return s


def test_the_points_row_gives_no_answer(tmp_path):
    assert {a.row for a in _opened(_download(tmp_path)).answers} == {1, 2, 3}


def test_the_classroom_file_lists_only_students_it_could_not_match(tmp_path):
    result = export_format("google-classroom").write(_opened(_download(tmp_path)), tmp_path / "classroom.csv")
    assert [r[2] for r in L.read_csv(result.path)[1:]] == ["alee@school.example", "bokafor@school.example"]
    assert [u.row for u in result.unmatched] == [5]                    # Cara, who has no email: the only one
    assert "not a student" in str(result.notes[-1])


def test_the_points_sheet_has_a_row_per_student_only(tmp_path):
    rows = L.read_csv(export_format("points").write(_opened(_download(tmp_path)), tmp_path / "points.csv").path)
    assert [r[0] for r in rows[1:]] == ["Ann Lee", "Ben Okafor", "Cara Diaz"]
