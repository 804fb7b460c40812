"""A Google Form whose questions say their points in their titles ("Why does ice float? (2 points)", as teachers write
them for the students) gives those points to the question, and Google Classroom is where a form's grades go back:
the Classroom file wrote a 3 of a 0-3 model as 3 on a question worth 2 (above its points) and a 2 as 2 (full marks),
while the points sheet of the same session wrote 2 and 1.33 (walkthrough QA h2). Both are scaled alike now, and the
note says to whose points. Real downloads written, read as the app reads them, exported and read back."""
from __future__ import annotations

import lms_sheets as L
from grader_app.io.lms import export_format
from test_points_scaled import ZERO_TO_THREE

ICE_2 = f"{L.ICE} (2 points)"
PLANTS_4 = f"{L.PLANTS} (4 points)"
MARKS = {L.A_GOOD: 3, L.A_SOME: 2, "It is cold.": 1, L.P_GOOD: 3, L.P_SOME: 2, "Roots eat soil.": 0,
         "Again: lighter.": 1, "Sun.": 1}


def form_with_points(folder):
    rows = L.read_csv(L.google_forms(folder))
    rows[0][5:] = [ICE_2, PLANTS_4]
    return L.write_csv(folder / "Quiz 3 (Responses) - Form Responses 1.csv", rows[:3])   # Ann and Ben


def test_the_classroom_file_scales_to_the_points_the_forms_questions_give_as_the_points_sheet_does(tmp_path):
    s = L.session_for(form_with_points(tmp_path), lambda a: MARKS[a.text], labels=ZERO_TO_THREE)
    classroom = export_format("google-classroom").write(s, tmp_path / "classroom.csv")
    rows = L.read_csv(classroom.path)
    assert rows[0][3:] == [ICE_2, PLANTS_4]
    assert [r[3:] for r in rows[1:]] == [["2", "2.67"], ["1.33", "4"]]    # was 3, 2 and 2, 3: above 2, and full marks
    points = L.read_csv(export_format("points").write(s, tmp_path / "points.csv").path)
    assert [r[2:4] for r in points[1:]] == [r[3:] for r in rows[1:]]      # the same scores in both files
    said = [n for n in classroom.notes if n.kind == "scores_scaled"]
    assert said == ["Scores were scaled to the points Google Forms gives each question (score ÷ highest score × "
                    f"points, rounded to 2 decimals): {ICE_2} 0–3 to 0–2 (2 → 1.33), {PLANTS_4} 0–3 to 0–4 (2 → 2.67)."]


def test_a_form_without_points_in_its_titles_goes_to_classroom_as_marked(tmp_path):
    s = L.session_for(L.google_forms(tmp_path), lambda a: MARKS[a.text], labels=ZERO_TO_THREE)
    classroom = export_format("google-classroom").write(s, tmp_path / "classroom.csv")
    assert [r[3:] for r in L.read_csv(classroom.path)[1:]] == [["3", "2"]]   # Ann (Ben twice: left out, Cara: no email)
    assert not [n for n in classroom.notes if n.kind == "scores_scaled"]
