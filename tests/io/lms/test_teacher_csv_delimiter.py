"""Every CSV Grader writes for the teacher's own spreadsheet comes back in the form of the teacher's CSV, as the graded
CSV does: semicolon-separated with decimal commas (1,5) when the sheet was, as German or French Excel saves and
expects it; they came back comma-separated with decimal points, which that Excel opens as one column. These are the
feedback sheet for a mail merge, the points per question and the ``-unmatched.csv`` beside an LMS file. A file an LMS
imports keeps the comma and the decimal point it asks for (docs/lms.md), whatever the sheet was.

The sheet is a Moodle responses report saved by German Excel (Windows-1252, semicolons), written to disk and read
through the real reader; every file is written for real and read back with the csv module."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

import lms_sheets as L
from grader_app.io.canvas import write_canvas_csv
from grader_app.io.feedback import feedback_header, write_feedback
from grader_app.io.lms import export_format, report_path_for

SOME_WITH_SEMICOLON = "Ice is lighter; it floats."
ROWS = [L.MOODLE_HEAD,
        ["Lefèvre", "Zoë", "zoe.lefevre@school.example", "Finished", "4 March 2024 10:00 AM", "4 March 2024 10:12 AM",
         "12 mins", "3,50", L.A_GOOD, L.P_SOME],
        ["Müller", "Jürgen", "juergen.mueller@school.example", "Finished", "4 March 2024 10:01 AM",
         "4 March 2024 10:20 AM", "19 mins", "2,50", SOME_WITH_SEMICOLON, L.P_GOOD],
        ["Ñúñez", "José", "", "Finished", "4 March 2024 10:02 AM", "4 March 2024 10:30 AM", "28 mins", "1,50",
         "It is cold.", "Roots eat soil."]]
SCORES = {L.A_GOOD: 2, L.P_SOME: 1.5, SOME_WITH_SEMICOLON: 0.5, L.P_GOOD: 2, "It is cold.": 0, "Roots eat soil.": 1.5}
LABELS = (0, 0.5, 1, 1.5, 2)


def _sheet(folder: Path, kind: str) -> Path:
    """The report as the teacher's spreadsheet saved it: German Excel's CSV, a comma or tab CSV, or a workbook."""
    if kind == "xlsx":
        return L.write_xlsx(folder / "quiz-3-responses.xlsx", ROWS, title="Responses")
    if kind == "semicolon":
        path = folder / "quiz-3-responses.csv"
        text = "\r\n".join(";".join(f'"{c}"' if ";" in c else c for c in row) for row in ROWS) + "\r\n"
        path.write_bytes(text.encode("cp1252"))
        return path
    path = folder / ("quiz-3-responses.csv" if kind == "comma" else "quiz-3-responses.tsv")
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, delimiter="," if kind == "comma" else "\t").writerows(ROWS)
    return path


def _rows(path: Path, delimiter: str, bom: bool = True) -> list[list[str]]:
    """The file's rows as Excel splits them at ``delimiter``; its line ends CRLF, UTF-8 with a BOM when ``bom``."""
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") == bom
    text = data.decode("utf-8-sig")
    assert "\r\n" in text
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    assert len(rows[0]) > 3, rows[0]                   # really split at this delimiter, not one column
    return rows


@pytest.fixture(params=["semicolon", "comma", "tab", "xlsx"])
def graded(request, tmp_path):
    """(session, the delimiter and decimal mark the teacher's files should have) for each kind of sheet."""
    (tmp_path / "out").mkdir()
    session = L.session_for(_sheet(tmp_path, request.param), lambda a: SCORES[a.text], labels=LABELS)
    if request.param == "semicolon":
        assert any(n.kind == "read_as" and n.values == {"encoding": "Windows-1252", "separator": ";"}
                   for n in session.sheet.notes)
        return session, ";", ","
    return session, ",", "."


def test_the_points_sheet_has_the_sheets_delimiter_and_decimal_mark(graded, tmp_path):
    session, delimiter, mark = graded
    result = export_format("points").write(session, tmp_path / "out" / "points.csv")
    rows = _rows(result.path, delimiter)
    assert rows == [["Student", "Email", "Q1", "Q2", "Total", "Out of"],   # the email once, never as an id too
                    ["Zoë Lefèvre", "zoe.lefevre@school.example", "2", f"1{mark}5", f"3{mark}5", "4"],
                    ["Jürgen Müller", "juergen.mueller@school.example", f"0{mark}5", "2", f"2{mark}5", "4"],
                    ["José Ñúñez", "", "0", f"1{mark}5", f"1{mark}5", "4"]]


def test_the_unmatched_list_is_the_teachers_and_the_lms_file_stays_as_moodle_reads_it(graded, tmp_path):
    session, delimiter, mark = graded
    result = export_format("moodle-gradebook").write(session, tmp_path / "out" / "moodle.csv")
    # the import file: what Moodle's CSV import reads, comma-separated with decimal points, whatever the sheet was
    assert _rows(result.path, ",") == [
        ["First name", "Last name", "Username", "ID number", "Email address", "Q1", "Q2"],
        ["Zoë", "Lefèvre", "", "", "zoe.lefevre@school.example", "2", "1.5"],
        ["Jürgen", "Müller", "", "", "juergen.mueller@school.example", "0.5", "2"]]
    # the list of who is not in it: the teacher opens it, so it is laid out as their sheet was
    assert result.report == report_path_for(result.path)
    report = _rows(result.report, delimiter)
    assert report[0] == ["Row in sheet", "Student", "Why a grade is missing in Moodle", "Q1", "Q2"]
    assert len(report) == 2 and report[1][0] == "4" and "José" in report[1][1]
    assert report[1][2].startswith("no email address") and report[1][3:] == ["0", f"1{mark}5"]


def test_the_feedback_sheet_has_the_sheets_delimiter_and_decimal_mark(graded, tmp_path):
    session, delimiter, mark = graded
    rows = _rows(write_feedback(session, tmp_path / "out" / "feedback.csv"), delimiter)
    assert rows[0] == feedback_header(2, who=("name", "email", "first_name", "last_name"))
    by_name = {r["Last name"]: r for r in (dict(zip(rows[0], row)) for row in rows[1:])}
    assert list(by_name) == ["Lefèvre", "Müller", "Ñúñez"]
    zoe, juergen, jose = by_name.values()
    assert (zoe["Q1 score"], zoe["Q2 score"], zoe["Total"], zoe["Out of"]) == ("2", f"1{mark}5", f"3{mark}5", "4")
    assert (zoe["Q1 out of"], zoe["Q2 out of"]) == ("2", "2")
    assert juergen["Q1 answer"] == SOME_WITH_SEMICOLON and juergen["Q1 score"] == f"0{mark}5"
    assert jose["First name"] == "José" and jose["Q2 score"] == f"1{mark}5" and jose["Total"] == f"1{mark}5"
    assert zoe["Q1 rubric"] == L.RUBRIC["2"] and zoe["Q1 comment"].startswith("comment on")


def test_the_canvas_gradebook_stays_as_canvas_reads_it(graded, tmp_path):
    session, delimiter, mark = graded
    result = write_canvas_csv(session, tmp_path / "out" / "canvas.csv")
    rows = _rows(result.path, ",")
    assert rows[0][-2:] == ["Q1", "Q2"]
    assert [r[-2:] for r in rows[2:]] == [["2", "1.5"], ["0.5", "2"]]   # José has no id (email): in the list below
    # the list of the students it left out is the teacher's, laid out as their sheet
    assert [r[1:] for r in _rows(result.report, delimiter)[1:]] == [
        ["José Ñúñez", "no student id for this student, so Canvas could not match them", "0", f"1{mark}5"]]

