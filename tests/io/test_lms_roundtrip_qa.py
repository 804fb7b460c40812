"""The LMS round trip as a teacher does it, on files laid out as each system documents its download, with the
oddities real downloads have: each sheet is written to disk, read and mapped as the app does, graded, exported
to the system's import file and read back.

* Moodle's Responses report ends with an "Overall average" row: no student, so it is in no import file, in no
  list of students left out, and the export says why (it used to be a student, "unmatched" for want of an id,
  and a row with points in the points sheet).
* A Microsoft Forms question asking the student number (or the name) is who the student is, not an answer to
  grade (it used to be a question of the quiz); the number is kept, so an anonymous response still has an id.
* A form asking first and last name separately shows the student as "First Last" (it used to be "Last").
* The points sheet's Student ID is the student number the sheet gives (Moodle's ID number, leading zeros
  kept), not the email a second time.
* Brightspace's grades file writes a ``#`` before every OrgDefinedId as well as every Username, as Brightspace's
  own export does, so a spreadsheet keeps "00246" with its zeros (it used to be written bare, and lost them).
"""
from __future__ import annotations

import csv

from openpyxl import Workbook

from grader_app.core.session import GradingSession
from grader_app.io.columns import guess_columns
from grader_app.io.lms import export_format, identifiers_for, recognise, report_path_for
from grader_app.io.readers import read_sheet

ICE = "Why does ice float on water?"
MOODLE_HEAD = ["Surname", "First name", "ID number", "Email address", "Status", "Started", "Completed", "Duration",
               "Grade/4.00", "Response 1", "Response 2"]


def write_csv(path, rows, delimiter=",", bom=False):
    with open(path, "w", newline="", encoding="utf-8-sig" if bom else "utf-8") as fh:
        csv.writer(fh, delimiter=delimiter).writerows(rows)
    return path


def read_back(path, delimiter=","):
    with open(path, newline="", encoding="utf-8-sig") as fh:
        return list(csv.reader(fh, delimiter=delimiter))


def graded(path, score=lambda a: 1):
    """The file read and mapped as the app does, every answer marked ``score(answer)``."""
    sheet = read_sheet(path)
    session = GradingSession(sheet, guess_columns(sheet))
    for a in session.answers:
        session.decide(a.key, score(a))
    return session


def moodle_rows():
    return [MOODLE_HEAD,
            ["Müller", "Jürgen", "00123", "juergen.mueller@school.example", "Finished", "4 March 2024  10:00 AM",
             "4 March 2024  10:12 AM", "12 mins 3 secs", "3.00", "<p>Ice is less dense &amp; floats.</p>", "-"],
            ["Nguyễn", "Thị Lan", "00456", "lan.nguyen@school.example", "Finished", "4 March 2024  10:01 AM",
             "4 March 2024  10:20 AM", "19 mins", "2.00", "=1+1 is my answer", "They use sunlight."],
            # a student whose surname reads like the average row is still a student
            ["Group average", "Ada", "00789", "", "Finished", "4 March 2024  10:02 AM", "4 March 2024  10:30 AM",
             "28 mins", "1.00", "Ice is cold", "-"],
            ["Overall average", "", "", "", "", "", "", "", "2.00", "", ""]]


def test_moodle_overall_average_row_is_no_student_of_any_import_file(tmp_path):
    # a German Excel saves the download with semicolons and a BOM
    path = write_csv(tmp_path / "quiz-3-responses.csv", moodle_rows(), delimiter=";", bom=True)
    session = graded(path)
    assert recognise(session.sheet).system == "Moodle"
    assert len(session.sheet) == 4                              # the reader keeps the row: the exports must know it

    out = tmp_path / "out"
    out.mkdir()
    book = export_format("moodle-gradebook").write(session, out / "moodle.csv")
    rows = read_back(out / "moodle.csv")
    assert rows[0] == ["First name", "Last name", "Username", "ID number", "Email address", "Q1", "Q2"]
    assert [r[:4] for r in rows[1:]] == [["Jürgen", "Müller", "", "00123"], ["Thị Lan", "Nguyễn", "", "00456"],
                                         ["Ada", "Group average", "", "00789"]]
    assert book.written == 3 and book.unmatched == [] and book.report is None
    assert not report_path_for(out / "moodle.csv").exists()
    assert "“Overall average”" in book.note and "not a student" in book.note
    assert any(n.kind == "not_students_left_out" and n.values == {"rows": ["Overall average"]} for n in book.notes)
    assert "=1+1" not in (out / "moodle.csv").read_text(encoding="utf-8")   # only points go back, never an answer

    pts = export_format("points").write(session, out / "points.csv")
    rows = read_back(out / "points.csv", delimiter=";")   # the teacher's file: laid out as their sheet was
    assert [r[0] for r in rows[1:]] == ["Jürgen Müller", "Thị Lan Nguyễn", "Ada Group average"]
    assert pts.written == 3 and "Overall average" in pts.note


def test_moodle_points_sheet_student_id_is_the_id_number_with_its_zeros(tmp_path):
    path = write_csv(tmp_path / "responses.csv", moodle_rows()[:3], bom=True)
    export_format("points").write(graded(path), tmp_path / "points.csv")
    rows = read_back(tmp_path / "points.csv")
    assert rows[0][:3] == ["Student", "Student ID", "Email"]
    assert [r[1:3] for r in rows[1:]] == [["00123", "juergen.mueller@school.example"],
                                          ["00456", "lan.nguyen@school.example"]]


def test_moodle_average_row_with_a_response_is_kept(tmp_path):
    rows = moodle_rows()
    rows[-1][9] = "an answer someone typed here"          # not Moodle's own row: never dropped
    session = graded(write_csv(tmp_path / "responses.csv", rows))
    result = export_format("moodle-gradebook").write(session, tmp_path / "moodle.csv")
    assert [u.student for u in result.unmatched] == ["Overall average"] and "not a student" not in result.note


def microsoft_forms(path, everyone_anonymous=False):
    zoe = ["anonymous", "anonymous"] if everyone_anonymous else ["zoe@school.example", "Zoë Ångström"]
    wb = Workbook()
    ws = wb.active
    for row in [["ID", "Start time", "Completion time", "Email", "Name", "Total points", "Quiz feedback",
                 "Student number", "Your name", ICE, f"Points - {ICE}", f"Feedback - {ICE}"],
                ["1", "3/4/24 10:00:05", "3/4/24 10:12:40", *zoe, "", "", "000123", "Zoë Ångström",
                 "Ice is less dense.", "", ""],
                ["2", "3/4/24 10:01:00", "3/4/24 10:20:00", "anonymous", "anonymous", "", "", "000456", "Ben Okafor",
                 "It is lighter.", "", ""]]:
        ws.append(row)
    wb.save(path)
    return path


def test_microsoft_forms_student_number_question_is_an_identifier_not_an_answer(tmp_path):
    session = graded(microsoft_forms(tmp_path / "Quiz 3(1-2).xlsx"))
    found = recognise(session.sheet)
    assert found.system == "Microsoft Forms"
    assert session.item_keys() == [ICE]                       # "Student number" and "Your name" are not graded
    assert len(session.answers) == 2
    assert found.identifiers.rows[1].get("student_id") == "000456"

    result = export_format("points").write(session, tmp_path / "points.csv")
    rows = read_back(tmp_path / "points.csv")
    assert rows[0] == ["Student", "Student ID", "Email", ICE, "Total", "Out of"]
    assert rows[1][:3] == ["Zoë Ångström", "000123", "zoe@school.example"]
    assert rows[2][:3] == ["Ben Okafor", "000456", ""]          # the anonymous response, named by its own answers
    assert result.written == 2

    classroom = export_format("google-classroom").write(session, tmp_path / "classroom.csv")
    assert read_back(tmp_path / "classroom.csv")[0] == ["Last Name", "First Name", "Email Address", ICE]
    assert [u.row for u in classroom.unmatched] == [3]            # the anonymous response, listed, not dropped
    assert "no email address" in classroom.unmatched[0].reason


def test_microsoft_forms_all_anonymous_is_named_by_the_questions(tmp_path):
    session = graded(microsoft_forms(tmp_path / "Quiz.xlsx", everyone_anonymous=True))
    assert session.mapping.id_column == "Student number" and session.mapping.name_column == "Your name"
    assert [a.student for a in session.answers] == ["Zoë Ångström · 000123", "Ben Okafor · 000456"]


def test_google_form_first_and_last_name_questions_name_the_student(tmp_path):
    path = write_csv(tmp_path / "Quiz 3 (Responses) - Form Responses 1.csv",
                     [["Timestamp", "Email address", "Score", "First name", "Last name", ICE],
                      ["2024/03/04 10:02:11 AM GMT+1", "zoe@school.example", "", "Zoë", "Ångström", "less dense"],
                      ["2024/03/04 10:05:40 AM GMT+1", "ben@school.example", "", "Ben", "Okafor", "lighter"]])
    session = graded(path)
    assert session.item_keys() == [ICE]
    assert [a.student for a in session.answers] == ["Zoë Ångström · zoe@school.example", "Ben Okafor · ben@school.example"]
    export_format("google-classroom").write(session, tmp_path / "classroom.csv")
    assert read_back(tmp_path / "classroom.csv")[1:] == [["Ångström", "Zoë", "zoe@school.example", "1"],
                                                         ["Okafor", "Ben", "ben@school.example", "1"]]


BRIGHTSPACE_HEAD = ["Org Defined ID", "Username", "FirstName", "LastName", "Attempt #", "Attempt Start", "Attempt End",
                    "Section #", "Q #", "Q Type", "Q Title", "Q Text", "Bonus?", "Difficulty", "Answer",
                    "Answer Match", "Score", "Out Of"]


def test_brightspace_org_defined_ids_go_back_with_a_pound_sign_and_their_zeros(tmp_path):
    rows = [BRIGHTSPACE_HEAD]
    for org, user, first, last, answer in (("00246", "jmueller", "Jürgen", "Müller", "Ice is less dense."),
                                           ("#00357", "#lnguyen", "Thị Lan", "Nguyễn", "It is lighter.")):
        rows.append([org, user, first, last, "1", "Mar 4, 2024 10:00 AM", "Mar 4, 2024 10:20 AM", "", "1", "WR", "",
                     ICE, "FALSE", "1", answer, "", "", "2"])
    session = graded(write_csv(tmp_path / "Quiz 3 - Question Details.csv", rows), score=lambda a: 2)
    found = recognise(session.sheet)
    assert found.system == "Brightspace"
    assert [r["org_defined_id"] for r in found.identifiers.rows] == ["00246", "00357"]   # a "#" read is taken off

    result = export_format("brightspace-grades").write(session, tmp_path / "d2l.csv")
    assert result.written == 2 and result.unmatched == []
    lines = (tmp_path / "d2l.csv").read_bytes().split(b"\r\n")
    assert lines[1].startswith(b"#00246,") and lines[2].startswith(b"#00357,")       # one "#", never "##"
    back = read_back(tmp_path / "d2l.csv")
    assert back[0][0] == "OrgDefinedId" and back[0][-1] == "End-of-Line Indicator"
    assert back[1:] == [["#00246", "2", "#"], ["#00357", "2", "#"]]

    # the file read again as a sheet: the "#" is no part of the id
    again = read_sheet(tmp_path / "d2l.csv")
    assert again.frame["OrgDefinedId"].tolist() == ["#00246", "#00357"]                # the cells as written
    assert [r["org_defined_id"] for r in identifiers_for(again).rows] == ["00246", "00357"]
