"""Canvas's own gradebook download, the class list a teacher pastes answers into, opened as the sheet to grade.

QA (h5, LMS round trip): a teacher exports Canvas's gradebook (Grades > Export), adds a column of answers, grades it
and imports Grader's Canvas file back. The download's second row, "    Points Possible", was read as a student: graded,
given a row of the points sheet and listed among the students Canvas could not match. The teacher's Student View
account ("Student, Test" as the gradebook sorts it, with no SIS User ID) was graded and written into the upload. And
the download's ``ID`` (Canvas's own user id) went into the upload's ``SIS User ID`` for every student without one,
with ``ID`` left empty: Canvas, matching by SIS id, could give one student's grades to another whose SIS id is that
number. Real files are written, read as the app reads them, exported and read back."""
from __future__ import annotations

import lms_sheets as L
from grader_app.core.session import GradingSession
from grader_app.io.lms import export_format, reading_for
from grader_app.io.readers import read_sheet

HEAD = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "Quiz 1 (5521)", "Cell membrane", "Current Score",
        "Unposted Current Score", "Final Score"]


def _download(folder):
    rows = [HEAD,
            ["    Points Possible", "", "", "", "", "10.00", "", "(read only)", "(read only)", "(read only)"],
            ["Lee, Ann", "1001", "000123", "alee", "Period 2", "8.00", L.A_GOOD, "80", "80", "80"],
            ["Okafor, Ben", "1002", "0456", "bokafor", "Period 2", "7.00", L.A_SOME, "70", "70", "70"],
            ["Diaz, Cara", "1003", "", "cdiaz", "Period 2", "", "It is cold.", "", "", ""],
            ["Student, Test", "1099", "", "", "Period 2", "", "test", "", "", ""],
            ["Evans, Dan", "1004", "0789", "devans", "Period 2", "", "", "", "", ""]]
    return L.write_csv(folder / "2024-03-04T1010_Grades-BIO7.csv", rows, bom=True)


def _opened(path) -> GradingSession:
    """The download as the app opens it (its reading: the rows that are no student left out), each answer marked."""
    sheet, plain = read_sheet(path), L.session_for(path)   # (its mapping: guessed, the whole sheet one question)
    s = GradingSession(sheet, plain.mapping, items=plain.items, reading=reading_for(sheet, plain.mapping))
    for a in s.answers:
        s.decide(a.key, L.by_text(a))
    return s


def _by_name(rows, column: int = 0) -> dict[str, list[str]]:
    return {r[column]: r for r in rows}


def test_no_row_of_the_download_that_is_no_student_is_graded(tmp_path):
    session = _opened(_download(tmp_path))
    texts = {a.text for a in session.answers}
    assert "test" not in texts                                    # the Student View account gave no answer
    assert {a.row for a in session.answers} == {1, 2, 3, 5}       # the points row (0) and the test student (4) none


def test_the_canvas_upload_matches_by_canvas_id_and_leaves_out_what_is_no_student(tmp_path):
    session = _opened(_download(tmp_path))
    result = export_format("canvas-gradebook").write(session, tmp_path / "canvas.csv")
    rows = L.read_csv(result.path)
    assert rows[0][:5] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]
    assert rows[1][0] == "Points Possible"
    students = _by_name(rows[2:])
    assert set(students) == {"Lee, Ann", "Okafor, Ben", "Diaz, Cara", "Evans, Dan"}
    assert students["Lee, Ann"][1:4] == ["1001", "000123", "alee"]        # Canvas's id, the SIS id with its zeros
    assert students["Diaz, Cara"][1:3] == ["1003", ""]                     # never Canvas's id as an SIS id
    assert "Points Possible" not in {u.student.split(" · ")[0] for u in result.unmatched}
    said = " ".join(str(n) for n in result.notes)
    assert "Student, Test" in said and "Points Possible" in said           # the teacher is told they were left out


def test_the_points_sheet_has_no_row_for_the_points_possible(tmp_path):
    session = _opened(_download(tmp_path))
    rows = L.read_csv(export_format("points").write(session, tmp_path / "points.csv").path)
    names = [r[0] for r in rows[1:]]
    assert "Points Possible" not in [n.strip() for n in names] and "Student, Test" not in names
    assert {"Lee, Ann", "Okafor, Ben", "Diaz, Cara", "Evans, Dan"} <= set(names)
