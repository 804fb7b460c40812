"""Each system's grade-import file, written for real and read back: the documented header, the
id column the system matches on, points as plain numbers, and every student who cannot be matched
reported (in the result and in the small CSV beside the file), never dropped or merged."""
from __future__ import annotations

import pytest

import lms_sheets as L
from grader_app.io.errors import SheetError
from grader_app.io.lms import FORMATS, export_format, report_path_for


def export(tmp_path, key, path, decide=L.by_text, name=None):
    session = L.session_for(path, decide)
    out = tmp_path / (name or f"{key}.csv")
    result = export_format(key).write(session, out)
    assert result.path == out and out.is_file()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]     # no temporary file left behind
    return session, result, L.read_csv(out)


def report_rows(result):
    assert result.report == report_path_for(result.path) and result.report.is_file()
    return L.read_csv(result.report)


def test_registry_lists_every_format_once_with_its_suffix():
    keys = [f.key for f in FORMATS]
    assert keys == ["canvas-gradebook", "moodle-gradebook", "moodle-gradebook-by-id", "moodle-worksheet",
                    "blackboard-grade-center", "brightspace-grades", "google-classroom", "points"]
    assert all(f.suffix == ".csv" and f.name and f.upload.endswith(".") for f in FORMATS)
    with pytest.raises(KeyError, match="known: canvas-gradebook"):
        export_format("nope")


def test_canvas_gradebook(tmp_path):
    _, result, rows = export(tmp_path, "canvas-gradebook", L.canvas_student_analysis(tmp_path))
    q1, q2 = f"4101: {L.ICE}", f"4102: {L.PLANTS}"
    assert rows[0] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", q1, q2]
    assert rows[1] == ["Points Possible", "", "", "", "", "2", "2"]
    assert rows[2:] == [["Ann Lee", "1001", "S-01", "", "Period 2", "2", "1"],
                        ["Ben Okafor", "1002", "", "", "Period 2", "1", "2"]]
    assert result.written == 2 and [u.student for u in result.unmatched] == ["Cara Diaz"]
    assert report_rows(result) == [["Row in sheet", "Student", "Why a grade is missing in Canvas", q1, q2],
                                   ["4", "Cara Diaz", result.unmatched[0].reason, "0", "0"]]


def test_moodle_gradebook(tmp_path):
    _, result, rows = export(tmp_path, "moodle-gradebook", L.moodle_responses(tmp_path, xlsx=True))
    assert rows == [["First name", "Last name", "Username", "ID number", "Email address", "Q1", "Q2"],
                    ["Ann", "Lee", "", "", "ann.lee@school.example", "2", "1"],
                    ["Ben", "Okafor", "", "", "ben.okafor@school.example", "1", "2"]]
    assert "map from “Email address”" in result.note
    (u,) = result.unmatched
    assert u.row == 4 and "no email address" in u.reason
    assert report_rows(result)[1][:2] == ["4", u.student]


def test_moodle_worksheet(tmp_path):
    session, result, rows = export(tmp_path, "moodle-worksheet", L.moodle_worksheet(tmp_path))
    assert rows[0] == ["Identifier", "Full name", "Email address", "Status", "Grade", "Maximum Grade",
                       "Grade can be changed", "Last modified (submission)", "Last modified (grade)",
                       "Feedback comments"]
    assert rows[1] == ["Participant 5101", "Ann Lee", "ann.lee@school.example", "Submitted for grading", "2", "2",
                       "Yes", "Monday, 4 March 2024, 10:12 AM", "", "comment on Ice is less"]
    assert [r[0] for r in rows[1:]] == ["Participant 5101", "Participant 5102"]
    assert [u.student for u in result.unmatched] == ["Cara Diaz"] and "participant" in result.unmatched[0].reason


def test_moodle_worksheet_grade_is_empty_while_an_answer_is_open(tmp_path):
    _, result, rows = export(tmp_path, "moodle-worksheet", L.moodle_worksheet(tmp_path),
                             decide=lambda a: None if a.text == L.A_SOME else 2)
    assert [r[4] for r in rows[1:]] == ["2", ""]


def test_blackboard_grade_center(tmp_path):
    _, result, rows = export(tmp_path, "blackboard-grade-center", L.blackboard_by_user(tmp_path))
    assert rows == [["Last Name", "First Name", "Username", "Student ID", "Q1 [Total Pts: 2 Score]",
                     "Q2 [Total Pts: 2 Score]"],
                    ["Lee", "Ann", "alee", "", "2", "1"],
                    ["Okafor", "Ben", "bokafor", "", "1", "2"]]
    assert [u.student for u in result.unmatched] == ["Cara Diaz"] and "no username" in result.unmatched[0].reason


def test_blackboard_long_download_gives_one_row_per_student(tmp_path):
    _, result, rows = export(tmp_path, "blackboard-grade-center", L.blackboard_by_question(tmp_path))
    assert rows[0][4:] == ["q_11 [Total Pts: 2 Score]", "q_12 [Total Pts: 2 Score]"]
    assert rows[1:] == [["Lee", "Ann", "alee", "", "2", "1"], ["Okafor", "Ben", "bokafor", "", "1", "2"]]
    assert len(result.unmatched) == 1


def test_brightspace_grades_on_org_defined_id(tmp_path):
    _, result, rows = export(tmp_path, "brightspace-grades", L.brightspace_questions(tmp_path))
    assert rows == [["OrgDefinedId", "Q1 Points Grade <Numeric MaxPoints:2>", "Q2 Points Grade <Numeric MaxPoints:2>",
                     "End-of-Line Indicator"],
                    ["#700101", "2", "1", "#"],
                    ["#700102", "1", "2", "#"]]
    assert [u.student for u in result.unmatched] == ["Cara Diaz"]


def test_brightspace_grades_on_username_when_no_org_ids(tmp_path):
    _, result, rows = export(tmp_path, "brightspace-grades", L.brightspace_questions(tmp_path, with_org_ids=False))
    assert rows[0][0] == "Username" and rows[0][-1] == "End-of-Line Indicator"
    assert [r[0] for r in rows[1:]] == ["#alee", "#bokafor"]
    assert "Username" in result.note


def test_brightspace_two_attempts_are_reported_not_merged(tmp_path):
    path = L.brightspace_questions(tmp_path)
    rows = L.read_csv(path)
    again = [r[:] for r in rows[1:3]]          # Ann's second attempt
    for r in again:
        r[4] = "2"
        r[14] = "A second try."
    L.write_csv(path, rows + again)
    _, result, out = export(tmp_path, "brightspace-grades", path)
    assert [r[0] for r in out[1:]] == ["#700102"]
    ann = next(u for u in result.unmatched if "Lee" in u.student)
    assert "2 answers to “1”" in ann.reason and ann.scores == {"1": "2; 0", "2": "1; 0"}
    assert [r[1] for r in report_rows(result)[1:]] == [ann.student, "Cara Diaz"]


def test_google_classroom_lists_a_second_submission_and_a_missing_email(tmp_path):
    _, result, rows = export(tmp_path, "google-classroom", L.google_forms(tmp_path))
    assert rows == [["Last Name", "First Name", "Email Address", L.ICE, L.PLANTS],
                    ["Lee", "Ann", "ann.lee@school.example", "2", "1"]]
    reasons = {u.row: u.reason for u in result.unmatched}
    assert sorted(reasons) == [3, 4, 5]              # Ben twice (never merged) and Cara
    assert "the same email address" in reasons[3] and "row 5" in reasons[3] and "row 3" in reasons[5]
    assert "no email address" in reasons[4]
    assert len(report_rows(result)) == 4


def test_google_classroom_from_microsoft_forms(tmp_path):
    _, result, rows = export(tmp_path, "google-classroom", L.microsoft_forms(tmp_path))
    assert [r[2] for r in rows[1:]] == ["ann.lee@school.example", "ben.okafor@school.example"]
    assert len(result.unmatched) == 1                # the anonymous response


def test_points_sheet_writes_everyone(tmp_path):
    _, result, rows = export(tmp_path, "points", L.moodle_responses(tmp_path),
                             decide=lambda a: None if a.text == "Roots eat soil." else L.by_text(a))
    assert (tmp_path / "points.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    # Moodle's responses name a student by their email alone: once, under Email (never as a student id too)
    assert rows == [["Student", "Email", "Q1", "Q2", "Total", "Out of"],
                    ["Ann Lee", "ann.lee@school.example", "2", "1", "3", "4"],
                    ["Ben Okafor", "ben.okafor@school.example", "1", "2", "3", "4"],
                    ["Cara Diaz", "", "0", "", "", "4"]]
    assert result.unmatched == [] and result.report is None and result.written == 3


def test_item_names_rename_the_question_columns(tmp_path):
    session = L.session_for(L.blackboard_by_user(tmp_path), L.by_text)
    out = tmp_path / "bb.csv"
    export_format("blackboard-grade-center").write(session, out, item_names={"Q1": "Test 3 ice"})
    assert L.read_csv(out)[0][4:] == ["Test 3 ice [Total Pts: 2 Score]", "Q2 [Total Pts: 2 Score]"]


@pytest.mark.parametrize("key", [f.key for f in FORMATS])
def test_never_written_over_the_sheet_of_answers_nor_with_another_suffix(tmp_path, key):
    path = L.moodle_responses(tmp_path)
    before = path.read_bytes()
    session = L.session_for(path, L.by_text)
    with pytest.raises(SheetError, match="sheet of answers itself"):
        export_format(key).write(session, path)
    with pytest.raises(SheetError, match="ending in .csv"):
        export_format(key).write(session, tmp_path / "grades.xlsx")
    assert path.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == [path.name]
