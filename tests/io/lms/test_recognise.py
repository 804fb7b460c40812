"""Each system's export (invented, laid out as the system documents it) is recognised and mapped
with no question asked; sheets of no system are left to the ordinary column guess."""
from __future__ import annotations

import pandas as pd
import pytest

import lms_sheets as L
from grader_app.core.session import GradingSession
from grader_app.core.sheet import LONG, WIDE, Sheet
from grader_app.io.columns import guess_columns
from grader_app.io.errors import SheetError
from grader_app.io.lms import identifiers_for, recognise
from grader_app.io.readers import read_sheet


def known(path):
    sheet = read_sheet(path)
    found = recognise(sheet)
    assert found is not None, f"{path.name} was not recognised"
    return sheet, found


def test_canvas_student_analysis(tmp_path):
    sheet, found = known(L.canvas_student_analysis(tmp_path))
    assert found.system == "Canvas" and found.exports == ("canvas-gradebook",)
    assert found.sentence == "This looks like a Canvas quiz Student Analysis report; the columns are mapped for you."
    m = found.mapping
    assert m.layout == WIDE and m.name_column == "name" and m.id_column == "id"
    # the question columns only: not the points columns after them ("2.0", "2.0 (2)")
    assert m.answer_columns == {f"4101: {L.ICE}": f"4101: {L.ICE}", f"4102: {L.PLANTS}": f"4102: {L.PLANTS}"}
    section = {"section": "Period 2"}   # no identifier: written back to Canvas's gradebook
    assert found.identifiers.rows[0] == {"canvas_id": "1001", "sis_id": "S-01", "name": "Ann Lee", **section}
    assert found.identifiers.rows[1] == {"canvas_id": "1002", "name": "Ben Okafor", **section}
    assert found.identifiers.rows[2] == {"name": "Cara Diaz", **section}


def test_canvas_item_analysis_says_which_file_to_download(tmp_path):
    sheet, found = known(L.canvas_item_analysis(tmp_path))
    assert found.mapping is None and "Student Analysis" in found.sentence
    with pytest.raises(SheetError, match="download the Student Analysis"):
        guess_columns(sheet)


@pytest.mark.parametrize("xlsx", [False, True])
def test_moodle_quiz_responses_csv_and_xlsx(tmp_path, xlsx):
    sheet, found = known(L.moodle_responses(tmp_path, xlsx=xlsx))
    assert found.system == "Moodle" and found.kind == "quiz responses export"
    assert found.sentence == "This looks like a Moodle quiz responses export; the columns are mapped for you."
    m = found.mapping
    assert (m.layout, m.id_column, m.name_column) == (WIDE, "Email address", "Last name")
    assert m.answer_columns == {"Response 1": "Q1", "Response 2": "Q2"}
    assert found.identifiers.rows[0] == {"email": "ann.lee@school.example", "first_name": "Ann", "last_name": "Lee"}
    assert "email" not in found.identifiers.rows[2]


def test_moodle_responses_name_the_student_by_first_and_last_name(tmp_path):
    sheet, found = known(L.moodle_responses(tmp_path))
    m = found.mapping
    assert (m.first_name_column, m.name_column) == ("First name", "Last name")
    assert [a.student for a in GradingSession(sheet, m).answers][:2] == ["Ann Lee · ann.lee@school.example"] * 2
    assert [a.student for a in GradingSession(sheet, guess_columns(sheet)).answers][-1] == "Cara Diaz"


def test_moodle_grading_worksheet(tmp_path):
    sheet, found = known(L.moodle_worksheet(tmp_path))
    assert found.kind == "assignment grading worksheet" and found.exports == ("moodle-worksheet",)
    assert found.mapping.answer_columns == {"Online text": "Online text"}
    assert found.mapping.id_column == "Identifier" and found.mapping.name_column == "Full name"
    assert [r.get("participant") for r in found.identifiers.rows] == ["Participant 5101", "Participant 5102", None]


def test_moodle_worksheet_without_text_says_so(tmp_path):
    rows = [L.WORKSHEET_HEAD[:8] + L.WORKSHEET_HEAD[9:],
            ["Participant 1", "Ann Lee", "a@x.example", "Submitted", "", "10.00", "Yes", "-", "-", ""]]
    sheet, found = known(L.write_csv(tmp_path / "worksheet.csv", rows))
    assert found.mapping is None and "without the students' text" in found.sentence


@pytest.mark.parametrize("xlsx", [False, True])
def test_google_forms(tmp_path, xlsx):
    sheet, found = known(L.google_forms(tmp_path, xlsx=xlsx))
    assert found.system == "Google Forms" and found.exports == ("google-classroom",)
    m = found.mapping
    assert (m.layout, m.id_column, m.name_column) == (WIDE, "Email address", "Your name")
    # Timestamp, Email, Score, the name and the class are not answers
    assert m.answer_columns == {L.ICE: L.ICE, L.PLANTS: L.PLANTS}
    assert found.identifiers.rows[0] == {"email": "ann.lee@school.example", "name": "Ann Lee"}


def test_microsoft_forms(tmp_path):
    sheet, found = known(L.microsoft_forms(tmp_path))
    assert found.system == "Microsoft Forms"
    m = found.mapping
    assert (m.id_column, m.name_column) == ("Email", "Name")
    assert m.answer_columns == {L.ICE: L.ICE, L.PLANTS: L.PLANTS}     # no "Points - ..." or "Feedback - ..."
    assert found.identifiers.rows[2] == {}                             # "anonymous" is nobody's email


def test_blackboard_by_user_and_by_question(tmp_path):
    sheet, found = known(L.blackboard_by_user(tmp_path))
    assert found.system == "Blackboard" and found.mapping.layout == WIDE
    assert found.mapping.answer_columns == {"Answer 1": "Q1", "Answer 2": "Q2"}
    assert found.mapping.id_column == "Username"
    assert found.identifiers.rows[1] == {"username": "bokafor", "first_name": "Ben", "last_name": "Okafor"}
    sheet, found = known(L.blackboard_by_question(tmp_path))
    m = found.mapping
    assert (m.layout, m.item_column, m.answer_column, m.id_column) == (LONG, "Question ID", "Answer", "Username")


def test_brightspace_question_details(tmp_path):
    sheet, found = known(L.brightspace_questions(tmp_path))
    assert found.system == "Brightspace" and found.exports == ("brightspace-grades",)
    m = found.mapping
    assert (m.layout, m.item_column, m.answer_column, m.id_column, m.name_column) == (
        LONG, "Q #", "Answer", "Username", "LastName")
    assert found.identifiers.rows[0] == {"org_defined_id": "700101", "username": "alee", "first_name": "Ann",
                                         "last_name": "Lee"}


def test_guess_columns_uses_the_recognition_and_tells_the_teacher(tmp_path):
    sheet = read_sheet(L.moodle_responses(tmp_path))
    mapping = guess_columns(sheet)
    assert mapping.answer_columns == {"Response 1": "Q1", "Response 2": "Q2"}
    assert sheet.notes.count("This looks like a Moodle quiz responses export; the columns are mapped for you.") == 1
    guess_columns(sheet)
    assert len([n for n in sheet.notes if "Moodle" in n]) == 1      # said once, however often it is guessed


@pytest.mark.parametrize("columns,rows", [
    (["Student ID", "Name", "Question", "Answer"], [["S1", "Ann", "q1", "Ice is less dense than water."],
                                                    ["S2", "Ben", "q1", "Because it is cold outside."]]),
    (["ID", "Q1", "Q2"], [["S1", "Ice is less dense than water.", "By photosynthesis in leaves."],
                          ["S2", "Because it is cold outside.", "They eat the soil."]]),
    # a teacher's own sheet with a time stamp that is not first, and no dates in it
    (["Name", "Timestamp", "Answer"], [["Ann", "first", "Ice is less dense than water."],
                                       ["Ben", "second", "Because it is cold outside."]]),
])
def test_a_teachers_own_sheet_is_no_lms_export(columns, rows):
    sheet = Sheet(frame=pd.DataFrame(rows, columns=columns, dtype=object))
    assert recognise(sheet) is None


def test_identifiers_of_a_teachers_own_sheet_come_from_its_headers():
    frame = pd.DataFrame([["S1", "Ann Lee", "ann@x.example", "#alee", "Ice floats."]],
                         columns=["Student ID", "Name", "E-mail", "Username", "Answer"], dtype=object)
    sheet = Sheet(frame=frame)
    mapping = guess_columns(sheet)
    ids = identifiers_for(sheet, mapping)
    assert ids.system is None
    assert ids.rows[0] == {"email": "ann@x.example", "username": "alee", "student_id": "S1", "id": "S1",
                           "name": "Ann Lee"}
