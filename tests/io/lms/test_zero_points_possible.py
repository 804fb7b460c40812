"""A question the LMS gives no points (Canvas's points header "0.0", Blackboard's ``Possible Points`` 0, Brightspace's
``Out Of`` 0: a practice or survey question) is not declared worth 0 in the file that goes back: the gradebook
declared "0" and wrote each score as it was, so Canvas made a 0-point assignment of every 1, 2 and 3 (extra credit
added to the course grade), and Blackboard's and Brightspace's files declared the maximum 0 beside scores above it.
Such a question is out of its own scale, as one the LMS says nothing of (walkthrough QA h2). Real downloads written,
read as the app reads them, exported and read back."""
from __future__ import annotations

import lms_sheets as L
from grader_app.io.lms import export_format
from grader_app.io.lms_points import sheet_points
from grader_app.io.columns import guess_columns
from grader_app.io.readers import read_sheet
from test_points_scaled import ZERO_TO_THREE, with_points

MARKS = {L.A_GOOD: 3, L.A_SOME: 2, "It is cold.": 1, L.P_GOOD: 3, L.P_SOME: 2, "Roots eat soil.": 0}


def canvas_worth_0_and_2(folder):
    """Canvas's Student Analysis whose first question is worth no points (its points header "0.0")."""
    return with_points(L.canvas_student_analysis(folder), "9", {0: "0.0"})


def test_canvas_never_declares_a_question_worth_0_points_beside_scores_above_it(tmp_path):
    s = L.session_for(canvas_worth_0_and_2(tmp_path), lambda a: MARKS[a.text], labels=ZERO_TO_THREE)
    rows = L.read_csv(export_format("canvas-gradebook").write(s, tmp_path / "gradebook.csv").path)
    assert rows[1][5:] == ["3", "2"]                           # was "0", "2": the 0-3 scale's top, Canvas's own 2
    assert [r[5:] for r in rows[2:]] == [["3", "1.33"], ["2", "2"]]   # the first as marked (Cara: no Canvas id)
    assert all(float(r[c]) <= float(rows[1][c]) for r in rows[2:] for c in (5, 6))


def test_a_question_marked_by_hand_and_worth_0_points_is_out_of_the_marks_scale(tmp_path):
    """No model (a scale of the teacher's own): the sheet's 0 is no scale; Grader's guess, 0-3, is."""
    s = L.session_for(canvas_worth_0_and_2(tmp_path), lambda a: 1 if a.text == L.A_SOME else None, labels=())
    rows = L.read_csv(export_format("canvas-gradebook").write(s, tmp_path / "gradebook.csv").path)
    assert rows[1][5] == "3" and rows[3][5] == "1"             # was "0" beside a 1
    path = canvas_worth_0_and_2(tmp_path)
    sheet = read_sheet(path)
    assert sheet_points(sheet, guess_columns(sheet)) == {f"4102: {L.PLANTS}": 2}   # the columns dialog's "out of"


def test_blackboard_and_brightspace_never_declare_a_maximum_of_0(tmp_path):
    rows = L.read_csv(L.blackboard_by_question(tmp_path))
    for r in rows[1:]:
        r[6] = "0" if r[3] == "q_11" else "2"
    bb = L.write_csv(tmp_path / "Test 3 results by question.csv", rows)
    s = L.session_for(bb, lambda a: MARKS[a.text], labels=ZERO_TO_THREE)
    out = L.read_csv(export_format("blackboard-grade-center").write(s, tmp_path / "bb.csv").path)
    assert out[0][4:] == ["q_11 [Total Pts: 3 Score]", "q_12 [Total Pts: 2 Score]"]   # was "Total Pts: 0"
    assert [r[4:] for r in out[1:]] == [["3", "1.33"], ["2", "2"]]
    rows = L.read_csv(L.brightspace_questions(tmp_path))
    for r in rows[1:]:
        r[17] = "0" if r[8] == "1" else "2"
    d2l = L.write_csv(tmp_path / "Quiz 3 - Question Details.csv", rows)
    s = L.session_for(d2l, lambda a: MARKS[a.text], labels=ZERO_TO_THREE)
    out = L.read_csv(export_format("brightspace-grades").write(s, tmp_path / "d2l.csv").path)
    assert out[0][1:3] == ["Q1 Points Grade <Numeric MaxPoints:3>", "Q2 Points Grade <Numeric MaxPoints:2>"]
    assert [r[1:3] for r in out[1:]] == [["3", "1.33"], ["2", "2"]]
