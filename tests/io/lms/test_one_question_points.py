"""A download of one question keeps the points its LMS gives it (QA: a Canvas Student Analysis of one question worth 5
and a Blackboard results download of one question with "Possible Points 1" 10, scored 0-3, went back to their LMS as
out of 3, the scores unscaled and nothing said; with two questions the same files were right, as
grader_app/io/lms_points.source_points took a one-answer-column sheet's points from a "Possible Points" column alone).
Each download is a real file written to disk, read as the app reads it, exported and read back."""
from __future__ import annotations

import lms_sheets as L
from grader_app.io.canvas import write_canvas_csv
from grader_app.io.lms import export_format
from test_points_scaled import ZERO_TO_THREE, came_from, with_points

MARKS = {L.A_GOOD: 3, L.A_SOME: 2, "It is cold.": 1}


def without_columns(path, first: int, last: int):
    """``path`` rewritten without its columns ``first``..``last`` (0-based, inclusive): the second question's."""
    rows = L.read_csv(path)
    return L.write_csv(path, [r[:first] + r[last + 1:] for r in rows])


def test_a_canvas_question_worth_5_alone_in_its_download_gets_scaled_scores(tmp_path):
    sheet = with_points(L.canvas_student_analysis(tmp_path), "9", {0: "5.0"})   # its points header, after its answers
    sheet = without_columns(sheet, 10, 11)                                      # the second question and its points
    s = L.session_for(sheet, lambda a: MARKS[a.text], labels=ZERO_TO_THREE)
    assert len(s.mapping.answer_columns) == 1
    result = export_format("canvas-gradebook").write(s, tmp_path / "gradebook.csv")
    rows = L.read_csv(result.path)
    assert rows[1][5:] == ["5"]                                   # was 3, the model's scale
    assert [r[5:] for r in rows[2:]] == [["5"], ["3.33"]]         # 3 and 2 of 3 on 5 points (Cara has no id)
    assert result.notes[-1] == ("Scores were scaled to the points Canvas gives each question (score ÷ highest score × "
                                f"points, rounded to 2 decimals): 4101: {L.ICE} 0–3 to 0–5 (2 → 3.33).")
    # the Canvas file by the sheet's student id column follows the same rule
    by_id = write_canvas_csv(s, tmp_path / "by-id.csv", source=came_from(s))
    rows = L.read_csv(by_id.path)
    assert rows[1][5:] == ["5"] and [r[5:] for r in rows[2:]] == [["5"], ["3.33"]]
    assert by_id.notes[-1] == result.notes[-1]
    # the points sheet declares the same points
    points = L.read_csv(export_format("points").write(s, tmp_path / "points.csv").path)
    assert [r[-3:] for r in points[1:]] == [["5", "5", "5"], ["3.33", "3.33", "5"], ["1.67", "1.67", "5"]]


def test_a_blackboard_question_of_10_possible_points_alone_in_its_download_gets_scaled_scores(tmp_path):
    sheet = with_points(L.blackboard_by_user(tmp_path), "Possible Points 1", {1: "10", 2: "10", 3: "10"})
    sheet = without_columns(sheet, 9, 14)                                       # question 2's six columns
    s = L.session_for(sheet, lambda a: MARKS[a.text], labels=ZERO_TO_THREE)
    assert list(s.mapping.answer_columns) == ["Answer 1"]
    result = export_format("blackboard-grade-center").write(s, tmp_path / "bb.csv")
    rows = L.read_csv(result.path)
    assert rows[0][4:] == ["Q1 [Total Pts: 10 Score]"]            # was "Q1 [Total Pts: 3 Score]"
    assert [r[4:] for r in rows[1:]] == [["10"], ["6.67"]]        # Cara has no username: listed, not here
    assert result.notes[-1] == ("Scores were scaled to the points Blackboard gives each question (score ÷ highest "
                                "score × points, rounded to 2 decimals): Q1 0–3 to 0–10 (2 → 6.67).")
    assert [(u.student, u.scores) for u in result.unmatched] == [("Cara Diaz", {"Q1": "3.33"})]
