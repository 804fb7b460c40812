"""Scores scaled to the points the LMS gives a question (grader_app/io/lms_points.py; QA: a 0-3 model's 2 went into
Moodle as 2 out of 100, a 1-point Canvas question got 3 and a 10-point one at most 3, nothing said). Each sheet is a
real download written to disk, read as the app reads it, exported and read back."""
from __future__ import annotations

import pytest

import lms_sheets as L
from grader_app.io.canvas import write_canvas_csv
from grader_app.io.lms.canvas import canvas_points
from grader_app.io.lms import export_format, recognise
from grader_app.io.lms_points import PointsUnknown
from grader_app.io.writers import write_graded_csv
from test_export_qa import recognised

ZERO_TO_THREE = (0, 1, 2, 3)


def came_from(session) -> str | None:
    """The LMS the session's sheet came from, as the export dialog gives it to the Canvas file by student id."""
    found = recognise(session.sheet)
    return found.system if found is not None else None


def with_points(path, column: str, points: dict[int, str]):
    """``path`` rewritten with the cells of ``column`` (by index in each row) set per row: {row: points}."""
    rows = L.read_csv(path)
    for r, text in points.items():
        rows[r][rows[0].index(column) if not column.isdigit() else int(column)] = text
    return L.write_csv(path, rows)


def moodle_worksheet_out_of_100(folder):
    path = L.moodle_worksheet(folder)
    return with_points(path, "Maximum Grade", {1: "100.00", 2: "100.00", 3: "100.00"})


def test_a_moodle_worksheet_out_of_100_gets_the_scores_scaled_and_says_so(tmp_path):
    s = L.session_for(moodle_worksheet_out_of_100(tmp_path), lambda a: 2 if a.row == 0 else 3, labels=ZERO_TO_THREE)
    result = export_format("moodle-worksheet").write(s, tmp_path / "upload.csv")
    rows = L.read_csv(result.path)
    grade, maximum = rows[0].index("Grade"), rows[0].index("Maximum Grade")
    assert [(r[0], r[grade], r[maximum]) for r in rows[1:]] == [("Participant 5101", "66.67", "100"),
                                                                ("Participant 5102", "100", "100")]   # was 2 and 3
    assert result.notes[-1] == ("Scores were scaled to the points Moodle gives each question (score ÷ highest score × "
                                "points, rounded to 2 decimals): Online text 0–3 to 0–100 (2 → 66.67).")
    assert result.notes[-1].values == {"system": "Moodle", "scaled": [("Online text", "3", "100", "2", "66.67")]}
    # the points per question sheet declares the same points, so it writes the same scores
    points = L.read_csv(export_format("points").write(s, tmp_path / "points.csv").path)
    assert points[0][-3:] == ["Online text", "Total", "Out of"]
    assert [r[-3:] for r in points[1:3]] == [["66.67", "66.67", "100"], ["100", "100", "100"]]   # was 2 of 100
    said = export_format("points").write(s, tmp_path / "points.csv").notes[-1]
    assert said.kind == "scores_scaled" and said.values["system"] == "Moodle"   # the sheet's own LMS gives them
    assert said.startswith("Scores were scaled to the points Moodle gives each question")
    # the graded sheet keeps the scores as given
    graded = L.read_csv(write_graded_csv(s, tmp_path / "graded.csv"))
    assert "66.67" not in {c for r in graded for c in r}


def test_a_moodle_worksheet_exported_to_another_lms_keeps_the_scores_on_their_own_scale_and_says_nothing(tmp_path):
    """QA: a Moodle worksheet's Maximum Grade 100 was applied to Canvas's and Google Classroom's files, whose note
    said Canvas gave those points; a Classroom assignment worth 3 would have imported 66.67."""
    s = L.session_for(moodle_worksheet_out_of_100(tmp_path), lambda a: 2 if a.row == 0 else 3, labels=ZERO_TO_THREE)
    google = export_format("google-classroom").write(s, tmp_path / "classroom.csv")
    rows = L.read_csv(google.path)
    assert [r[2:] for r in rows[1:]] == [["ann.lee@school.example", "2"], ["ben.okafor@school.example", "3"]]
    assert all(n.kind != "scores_scaled" for n in google.notes)
    canvas = export_format("canvas-gradebook").write(s, tmp_path / "gradebook.csv")
    rows = L.read_csv(canvas.path)
    assert rows[1][5:] == ["3"] and [r[5:] for r in rows[2:]] == [["2"], ["3"]]   # its own scale, not 100
    assert all(n.kind != "scores_scaled" for n in canvas.notes)
    by_id = L.read_csv(write_canvas_csv(s, tmp_path / "by-id.csv", source=came_from(s)).path)
    assert by_id[1][5:] == ["3"] and [r[5:] for r in by_id[2:]] == [["2"], ["3"]]   # Cara (no id) is listed
    assert came_from(s) == "Moodle" and canvas_points(s, came_from(s)) == []
    # back to Moodle, the sheet's own points: scaled, and the note names Moodle
    moodle = export_format("moodle-worksheet").write(s, tmp_path / "upload.csv")
    assert moodle.notes[-1].values["system"] == "Moodle" and "0–3 to 0–100 (2 → 66.67)" in moodle.notes[-1]


def canvas_worth_1_and_10(folder):
    """Canvas's Student Analysis whose first question is worth 1 point and the second 10."""
    path = L.canvas_student_analysis(folder)
    return with_points(path, "9", {0: "1.0"}) and with_points(path, "11", {0: "10.0"})


def test_canvas_points_possible_of_1_and_10_get_scaled_scores_never_above_them(tmp_path):
    marks = {L.A_GOOD: 3, L.A_SOME: 2, "It is cold.": 1, L.P_GOOD: 3, L.P_SOME: 2, "Roots eat soil.": 0}
    s = L.session_for(canvas_worth_1_and_10(tmp_path), lambda a: marks[a.text], labels=ZERO_TO_THREE)
    result = export_format("canvas-gradebook").write(s, tmp_path / "gradebook.csv")
    rows = L.read_csv(result.path)
    assert rows[1][5:] == ["1", "10"]                                   # Canvas's points possible, as they were
    assert [r[5:] for r in rows[2:]] == [["1", "6.67"], ["0.67", "10"]]   # was 3 of 1 and 2 of 10 (Cara: no id)
    assert all(float(r[c]) <= float(rows[1][c]) for r in rows[2:] for c in (5, 6))
    assert result.notes[-1].kind == "scores_scaled" and "0–3 to 0–1 (2 → 0.67)" in result.notes[-1]
    assert "0–3 to 0–10 (2 → 6.67)." in result.notes[-1]
    # the Canvas file by the sheet's student id column follows the same rule, and says it the same way
    written = write_canvas_csv(s, tmp_path / "by-id.csv", source=came_from(s))
    by_id = L.read_csv(written.path)
    assert by_id[1][5:] == ["1", "10"] and [r[5:] for r in by_id[2:]] == [["1", "6.67"], ["0.67", "10"]]
    assert [(u.student, u.scores) for u in written.unmatched] == [("Cara Diaz", {f"4101: {L.ICE}": "0.33",
                                                                               f"4102: {L.PLANTS}": "0"})]   # no id
    assert canvas_points(s, came_from(s)) == [result.notes[-1]]


def test_blackboard_and_brightspace_scale_to_their_possible_points(tmp_path):
    bb = with_points(L.blackboard_by_user(tmp_path), "Possible Points 1", {1: "1", 2: "1", 3: "1"})
    s = L.session_for(bb, lambda a: 3 if a.text == L.A_GOOD else 2 if a.text == L.A_SOME else 1, labels=ZERO_TO_THREE)
    rows = L.read_csv(export_format("blackboard-grade-center").write(s, tmp_path / "bb.csv").path)
    assert rows[0][4:] == ["Q1 [Total Pts: 1 Score]", "Q2 [Total Pts: 2 Score]"]
    assert [r[4:] for r in rows[1:]] == [["1", "0.67"], ["0.67", "0.67"]]   # Q1 worth 1, Q2 2: 1 of 3 is 0.67
    d2l = L.brightspace_questions(tmp_path)
    d2l = with_points(d2l, "Out Of", {r: "10" for r in range(1, 7)})
    s = L.session_for(d2l, lambda a: 2, labels=ZERO_TO_THREE)
    rows = L.read_csv(export_format("brightspace-grades").write(s, tmp_path / "d2l.csv").path)
    assert rows[0][1] == "Q1 Points Grade <Numeric MaxPoints:10>" and rows[1][1:3] == ["6.67", "6.67"]


def test_points_equal_to_the_score_range_leave_the_scores_as_they_are_and_say_nothing(tmp_path):
    s = L.session_for(L.canvas_student_analysis(tmp_path), L.by_text)          # worth 2, scored 0-2
    result = export_format("canvas-gradebook").write(s, tmp_path / "gradebook.csv")
    rows = L.read_csv(result.path)
    assert rows[1][5:] == ["2", "2"] and [r[5:] for r in rows[2:]] == [["2", "1"], ["1", "2"]]
    assert [n.kind for n in result.notes] == ["canvas_gradebook"] and canvas_points(s, came_from(s)) == []
    w = L.session_for(L.moodle_worksheet(tmp_path), L.by_text)               # Maximum Grade 2.00, scored 0-2
    result = export_format("moodle-worksheet").write(w, tmp_path / "upload.csv")
    assert [r[4:6] for r in L.read_csv(result.path)[1:]] == [["2", "2"], ["1", "2"]]
    assert [n.kind for n in result.notes] == ["moodle_worksheet"]


def test_marks_above_the_points_with_no_score_range_are_refused_and_nothing_is_written(qapp, tmp_path):
    sheet = L.blackboard_by_user(tmp_path)                                   # Possible Points 2; no model
    s = recognised(sheet, decide=lambda a: 3 if a.text == L.A_GOOD else 1)
    out = tmp_path / "bb.csv"
    with pytest.raises(PointsUnknown) as refused:
        export_format("blackboard-grade-center").write(s, out)
    assert str(refused.value) == ("the sheet says “Q1” is out of 2, but it has marks up to 3 and no model scores it, "
                                  "so Grader cannot tell what its marks are out of and will not write grades above "
                                  "Blackboard's points; mark it out of 2, or score it with a model, and export again")
    # the window said it in English, the question in Python's quotes, whatever the teacher's language
    from grader_app.ui.messages import plain
    from in_language import in_language

    for lang, start in (("de", "Die Tabelle gibt für „Q1“ 2 Punkte an, doch die Frage hat Bewertungen bis 3"),
                        ("es", "La hoja dice que «Q1» es sobre 2, pero tiene correcciones de hasta 3")):
        with in_language(lang):
            said = plain(refused.value)
        assert said.startswith(start) and "Blackboard" in said and "'" not in said, said
    assert not out.exists()
    # Blackboard's points are not Canvas's: the Canvas file by student id takes the marks as they are, out of their
    # own scale (Q1: marks up to 3; Q2: marked within the sheet's 2, so out of 2, as the students' feedback says)
    by_id = L.read_csv(write_canvas_csv(s, tmp_path / "canvas.csv", source=came_from(s)).path)
    assert by_id[1][5:] == ["3", "2"] and [r[5:] for r in by_id[2:]] == [["3", "1"], ["1", "1"]]   # Cara: no id
    # from Canvas's own sheet (each question worth 2) the same marks are refused
    canvas = recognised(L.canvas_student_analysis(tmp_path), decide=lambda a: 3 if a.text == L.A_GOOD else 1)
    with pytest.raises(PointsUnknown):
        write_canvas_csv(canvas, tmp_path / "canvas-own.csv", source=came_from(canvas))
    assert not (tmp_path / "canvas-own.csv").exists()
    # marks within the points are the teacher's own points: written as they are
    ok = recognised(sheet, decide=lambda a: 2 if a.text == L.A_GOOD else 1)
    rows = L.read_csv(export_format("blackboard-grade-center").write(ok, out).path)
    assert [r[4:] for r in rows[1:]] == [["2", "1"], ["1", "1"]]
