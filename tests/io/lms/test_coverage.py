"""What each LMS file could take of a sheet, known before it is written (grader_app.io.lms.coverage), and what the
export dialog offers for it (offer): Google Classroom on a sheet without email addresses and Moodle's grading worksheet
on a sheet without participant identifiers used to be offered and fail only after Export. Each count agrees with the
file the export then writes: the students it leaves out for want of the identifier are exactly those counted, and a
file counted as taking no one is the one the export refuses to write (NothingMatched)."""
from __future__ import annotations

from pathlib import Path

import pytest

import lms_sheets as L
from grader_app.core.session import GradingSession
from grader_app.core.sheet import ColumnMapping
from grader_app.io.lms import FORMATS, NothingMatched, coverage, export_format, has_canvas_ids, offer
from grader_app.io.lms.coverage import MATCHED_ON, SHEET_CANVAS
from grader_app.io.lms.fields import EMAIL, ORG_DEFINED_ID, PARTICIPANT, USERNAME
from grader_app.io.readers import read_sheet

LONG = ColumnMapping(id_column="Student ID", name_column="Name", item_column="Question", answer_column="Answer")
GOOGLE, WORKSHEET, GRADEBOOK, BY_ID = "google-classroom", "moodle-worksheet", "moodle-gradebook", "moodle-gradebook-by-id"
BLACKBOARD, BRIGHTSPACE, CANVAS = "blackboard-grade-center", "brightspace-grades", "canvas-gradebook"


def class_session(path: Path, students: int, email=lambda i: f"s{i}@school.example", more: dict | None = None,
                  ids=lambda i: f"S{i:03d}") -> GradingSession:
    """A teacher's own long sheet of ``students`` × 2 questions: Student ID, Name, Email (``email(i)``; "" for none) and
    any ``more`` columns (header -> value of student i)."""
    more = more or {}
    rows = [["Student ID", "Name", "Email", *more, "Question", "Answer"]]
    rows += [[ids(i), f"Student {i}", email(i), *(f(i) for f in more.values()), q, f"answer {i} to {q}"]
             for i in range(1, students + 1) for q in ("q1", "q2")]
    session = GradingSession(read_sheet(L.write_csv(path, rows)), LONG)
    for a in session.answers:
        session.decide(a.key, 1)
    return session


def left_out_for_want_of_it(session, key: str) -> int | None:
    """How many students the file ``key`` leaves out for want of an identifier (None: it writes no file at all)."""
    try:
        result = export_format(key).write(session, session.sheet.source.parent / f"out-{key}.csv")
    except NothingMatched:
        return None
    return sum(1 for u in result.unmatched if getattr(u.reason, "kind", "") == "no_identifier")


def test_every_lms_file_is_counted():
    assert set(MATCHED_ON) == {f.key for f in FORMATS if f.key != "points"}   # the points sheet needs no identifier


def test_a_sheet_without_email_addresses_gives_google_classroom_no_one(tmp_path):
    session = class_session(tmp_path / "class.csv", 6, email=lambda i: "")
    fit = coverage(session)
    assert (fit[GOOGLE].students, fit[GOOGLE].without, fit[GOOGLE].field) == (6, 6, EMAIL)
    assert fit[GOOGLE].nobody and not fit[GOOGLE].some_left_out
    assert fit[WORKSHEET].nobody and fit[WORKSHEET].field == PARTICIPANT   # only Moodle's own worksheet gives those
    with pytest.raises(NothingMatched):     # what the dialog used to say only after Export
        export_format(GOOGLE).write(session, tmp_path / "classroom.csv")
    offered = offer(fit, has_canvas_ids(session.sheet, session.mapping, None))
    assert GOOGLE in offered.left_out and GOOGLE in offered.cannot_take and WORKSHEET in offered.cannot_take
    # no email, username or ID number, but a student id column: the Moodle gradebook by it, said nowhere as missing
    assert GRADEBOOK in offered.left_out and GRADEBOOK not in offered.cannot_take and BY_ID not in offered.left_out


def test_140_of_150_with_an_email_address_leaves_10_out_and_says_so(tmp_path):
    session = class_session(tmp_path / "class.csv", 150, email=lambda i: "" if i % 15 == 0 else f"s{i}@school.example")
    fit = coverage(session)
    assert (fit[GOOGLE].students, fit[GOOGLE].without) == (150, 10) and fit[GOOGLE].some_left_out
    assert (fit[GRADEBOOK].field, fit[GRADEBOOK].without) == (EMAIL, 10)
    offered = offer(fit, False)
    assert GOOGLE not in offered.left_out and GOOGLE in offered.some_left_out and GRADEBOOK in offered.some_left_out
    assert left_out_for_want_of_it(session, GOOGLE) == 10          # the export leaves out exactly those
    assert left_out_for_want_of_it(session, GRADEBOOK) == 10


def test_everyone_with_every_identifier_is_said_nothing_of(tmp_path):
    session = class_session(tmp_path / "class.csv", 4, more={"Username": lambda i: f"user{i}"})
    offered = offer(coverage(session), False)
    assert offered.some_left_out == ()
    assert offered.cannot_take == (WORKSHEET,)     # a teacher's sheet never holds Moodle's participant identifiers


def test_the_file_that_matches_by_one_field_counts_by_the_one_most_students_have(tmp_path):
    # two OrgDefinedIds, three usernames: Brightspace's file takes the usernames, and leaves out the one without
    session = class_session(tmp_path / "class.csv", 4, more={"OrgDefinedId": lambda i: f"#0{i}" if i <= 2 else "",
                                                             "Username": lambda i: f"user{i}" if i != 4 else ""})
    fit = coverage(session)
    assert (fit[BRIGHTSPACE].field, fit[BRIGHTSPACE].without) == (USERNAME, 1)
    assert left_out_for_want_of_it(session, BRIGHTSPACE) == 1
    session = class_session(tmp_path / "more-ids.csv", 4, more={"OrgDefinedId": lambda i: f"0{i}"})
    assert (coverage(session)[BRIGHTSPACE].field, coverage(session)[BRIGHTSPACE].without) == (ORG_DEFINED_ID, 0)


def test_the_moodle_gradebook_gives_way_to_the_one_by_student_id_and_says_when_neither_can_match(tmp_path):
    session = class_session(tmp_path / "class.csv", 3, email=lambda i: "")
    offered = offer(coverage(session), False)
    assert GRADEBOOK in offered.left_out and BY_ID not in offered.left_out     # the one by the student id column
    names_only = GradingSession(read_sheet(L.write_csv(tmp_path / "names.csv", [
        ["Name", "Question", "Answer"], ["Ann Lee", "q1", "a"], ["Ben Okafor", "q1", "b"]])),
        ColumnMapping(name_column="Name", item_column="Question", answer_column="Answer"))
    fit = coverage(names_only)
    offered = offer(fit, False)
    assert fit[GRADEBOOK].nobody and fit[BY_ID].nobody
    assert GRADEBOOK in offered.cannot_take and BY_ID in offered.left_out and BY_ID not in offered.cannot_take
    assert left_out_for_want_of_it(names_only, GRADEBOOK) is None     # the export says so too, if it is written


def test_a_downloaded_moodle_worksheet_counts_its_participants_and_a_responses_report_its_students(tmp_path):
    session = L.session_for(L.moodle_worksheet(tmp_path), L.by_text)
    fit = coverage(session)
    assert (fit[WORKSHEET].students, fit[WORKSHEET].without) == (3, 1)     # Cara has no "Participant N"
    assert WORKSHEET in offer(fit, False).some_left_out
    assert left_out_for_want_of_it(session, WORKSHEET) == 1
    (tmp_path / "report").mkdir()
    report = L.session_for(L.moodle_responses(tmp_path / "report", average=True), L.by_text)
    fit = coverage(report)
    assert fit[GRADEBOOK].students == 3                   # Moodle's "Overall average" row is no student
    assert fit[GRADEBOOK].without == left_out_for_want_of_it(report, GRADEBOOK)


@pytest.mark.parametrize("builder", ["google_forms", "blackboard_by_user", "brightspace_questions",
                                     "canvas_student_analysis", "own_class", "microsoft_forms"])
def test_each_count_is_what_the_export_then_leaves_out(tmp_path, builder):
    session = L.session_for(getattr(L, builder)(tmp_path), L.by_text)
    for key, c in coverage(session).items():
        if key == SHEET_CANVAS:
            continue
        assert left_out_for_want_of_it(session, key) == (None if c.nobody else c.without), (builder, key)


def test_canvas_ids_said_in_headers_alone_give_the_sheets_canvas_file(tmp_path):
    session = class_session(tmp_path / "class.csv", 3, more={"SIS User ID": lambda i: ""}, ids=lambda i: "")
    fit = coverage(session)
    assert fit[CANVAS].nobody and has_canvas_ids(session.sheet, session.mapping, None)
    offered = offer(fit, True)
    assert CANVAS in offered.left_out and SHEET_CANVAS not in offered.left_out and CANVAS not in offered.cannot_take
    # the one by the student id column, whose ids are all empty here: offered with the sheet's files, and said of
    assert SHEET_CANVAS in offered.some_left_out and fit[SHEET_CANVAS].without == 3
