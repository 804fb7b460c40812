"""QA of the LMS round trip (qa7): the list of students left out gives the scores the upload would have (scaled), the
Moodle gradebook says each grade item's maximum, a full name with a suffix is not read "Last, First", decimal-comma
points are read, Canvas titles are an HTML header's words within Canvas's length, Brightspace's "#" stays out of other
files, and the Canvas file by the sheet's ids says what it wrote. Real downloads written, read as the app reads them,
exported and read back."""
from __future__ import annotations

import lms_sheets as L
from grader_app.io.canvas import TITLE_LIMIT, write_canvas_csv
from grader_app.io.lms import export_format
from grader_app.io.lms._common import Student, names_of
from test_points_scaled import ZERO_TO_THREE, canvas_worth_1_and_10, came_from, moodle_worksheet_out_of_100


def left_out(result) -> dict[str, list[str]]:
    """The ``-unmatched.csv`` as the teacher reads it: student -> their scores."""
    rows = L.read_csv(result.report)
    return {r[1]: r[3:] for r in rows[1:]}


def test_the_students_left_out_are_listed_with_the_scores_the_upload_writes(tmp_path):
    """QA: Canvas points 5 and 1: the upload wrote 5,1 and the list of students left out 3,2."""
    marks = {L.A_GOOD: 3, L.A_SOME: 2, "It is cold.": 2, L.P_GOOD: 3, L.P_SOME: 2, "Roots eat soil.": 3}
    s = L.session_for(canvas_worth_1_and_10(tmp_path), lambda a: marks[a.text], labels=ZERO_TO_THREE)
    result = export_format("canvas-gradebook").write(s, tmp_path / "gradebook.csv")
    assert L.read_csv(result.path)[1][5:] == ["1", "10"]
    assert left_out(result) == {"Cara Diaz": ["0.67", "10"]}        # was 2 and 3: the unscaled scores
    # Moodle's worksheet out of 100: the upload writes 66.67 for a 2 of 3, so does the list
    s = L.session_for(moodle_worksheet_out_of_100(tmp_path), lambda a: 2, labels=ZERO_TO_THREE)
    result = export_format("moodle-worksheet").write(s, tmp_path / "upload.csv")
    assert [r[4] for r in L.read_csv(result.path)[1:]] == ["66.67", "66.67"]
    assert left_out(result) == {"Cara Diaz": ["66.67"]}             # was 2


def test_the_moodle_gradebook_says_each_grade_items_maximum(tmp_path):
    """QA: a new grade item is out of 100 in Moodle, so a 2 on a 0-3 question became 2/100 and nothing said so."""
    s = L.session_for(L.moodle_responses(tmp_path), lambda a: 2, labels=ZERO_TO_THREE)
    result = export_format("moodle-gradebook").write(s, tmp_path / "gradebook.csv")
    said = [n for n in result.notes if n.kind == "moodle_maximum_grades"]
    assert said == ["A grade item that Moodle makes in the import has a maximum grade of 100: make each question's "
                    "grade item first with its maximum grade (Q1: 3, Q2: 3), or edit it after the import without "
                    "rescaling existing grades."]
    assert said[0].values == {"known": [("Q1", "3"), ("Q2", "3")]}


def test_a_full_name_with_a_suffix_after_its_comma_is_not_read_last_first():
    def split(full: str) -> tuple[str, str]:
        return names_of(Student(label=full, rows=[0], ids={"name": full}, answers={}, scores={}))[:2]

    assert split("Anne-Marie de la Croix, Jr.") == ("Anne-Marie", "de la Croix, Jr.")   # was ("Jr.", "Anne-Marie ...")
    assert split("John Smith, III") == ("John", "Smith, III")
    assert split("Smith, Jr.") == ("", "Smith, Jr.")
    assert split("Müller, Jürgen") == ("Jürgen", "Müller")        # "Last, First" still read as such
    assert split("Smith, John, Jr.") == ("John", "Smith, Jr.")
    assert split("Zoë Ñúñez") == ("Zoë", "Ñúñez") and split("Cher") == ("Cher", "")


def test_the_moodle_gradebook_writes_a_suffixed_name_first_name_first(tmp_path):
    rows = L.read_csv(L.moodle_worksheet(tmp_path))
    rows[1][1] = "Anne-Marie de la Croix, Jr."
    s = L.session_for(L.write_csv(tmp_path / "Grades-Essay-4.csv", rows), L.by_text)
    out = L.read_csv(export_format("moodle-gradebook").write(s, tmp_path / "gradebook.csv").path)
    assert out[1][:2] == ["Anne-Marie", "de la Croix, Jr."]        # was "Jr.", "Anne-Marie de la Croix"


def test_points_possible_with_a_decimal_comma_are_read(tmp_path):
    """QA: "2,5" in a German Excel file's Possible Points was ignored: the file declared 3 and wrote 3 for 3 of 3."""
    rows = L.read_csv(L.blackboard_by_question(tmp_path))
    for r in rows[1:]:
        r[6] = "2,5" if r[3] == "q_11" else "1,000"   # 1,000: a thousands separator? not read as points
    path = tmp_path / "bb-semi.csv"
    path.write_text("\r\n".join(";".join(r) for r in rows) + "\r\n", encoding="utf-8-sig")
    s = L.session_for(path, lambda a: 3 if a.text in (L.A_GOOD, L.P_GOOD) else 2, labels=ZERO_TO_THREE)
    out = L.read_csv(export_format("blackboard-grade-center").write(s, tmp_path / "bb.csv").path)
    assert out[0][4:] == ["q_11 [Total Pts: 2.5 Score]", "q_12 [Total Pts: 3 Score]"]
    assert [r[4:] for r in out[1:]] == [["2.5", "2"], ["1.67", "3"]]


LONG_HTML = "<p>Read the procedure <b>carefully</b> &amp; then explain.</p>" + " Lorem ipsum dolor sit amet." * 12


def test_canvas_titles_are_an_html_headers_words_cut_to_what_canvas_takes(tmp_path):
    path = canvas_worth_1_and_10(tmp_path)
    rows = L.read_csv(path)
    rows[0][8] = "4101: " + LONG_HTML
    s = L.session_for(L.write_csv(path, rows), lambda a: 2, labels=ZERO_TO_THREE)
    result = export_format("canvas-gradebook").write(s, tmp_path / "gradebook.csv")
    title = L.read_csv(result.path)[0][5]
    assert title.startswith("4101: Read the procedure carefully & then explain. Lorem ipsum dolor sit amet. Lorem")
    assert len(title) <= TITLE_LIMIT < 255 and title.endswith("amet…") and "<" not in title and "  " not in title
    assert f"{title} 0–3 to 0–1 (2 → 0.67)" in result.notes[-1]           # the note names it as the header does
    by_id = write_canvas_csv(s, tmp_path / "by-id.csv", source=came_from(s))
    assert L.read_csv(by_id.path)[0][5] == title and f"{title} 0–3 to 0–1" in by_id.notes[-1]


def test_brightspaces_hash_stays_out_of_the_points_sheet(tmp_path):
    rows = L.read_csv(L.brightspace_questions(tmp_path, with_org_ids=False))
    for r in rows[1:]:
        r[1] = "#" + r[1] if r[1] else ""
    s = L.session_for(L.write_csv(tmp_path / "d2l.csv", rows), L.by_text)
    points = L.read_csv(export_format("points").write(s, tmp_path / "points.csv").path)
    assert [r[1] for r in points[1:]] == ["alee", "bokafor", ""]     # was "#alee"
    upload = L.read_csv(export_format("brightspace-grades").write(s, tmp_path / "grades.csv").path)
    assert [r[0] for r in upload] == ["Username", "#alee", "#bokafor"]   # Brightspace's own form: one "#"


def test_the_canvas_file_by_the_sheets_ids_says_what_it_wrote_and_doubts_ids_with_spaces(tmp_path):
    s = L.session_for(L.moodle_worksheet(tmp_path), L.by_text)      # ids "Participant 5101", ...
    result = write_canvas_csv(s, tmp_path / "canvas.csv", source=came_from(s))
    assert result.written == 2 and [u.student for u in result.unmatched] == ["Cara Diaz"]   # no identifier: listed
    assert result.report == tmp_path / "canvas-unmatched.csv"
    assert [n.kind for n in result.notes] == ["canvas_gradebook", "canvas_unlikely_ids"]
    assert result.notes[1] == ("Canvas matches the students of this file by SIS User ID, and the sheet's ids "
                               "“Participant 5101”, “Participant 5102” hold a space, as SIS User IDs seldom do: Canvas "
                               "may not find those students. Enter the SIS User IDs in the sheet's id column, or "
                               "export from a Canvas download.")
    plain = write_canvas_csv(L.session_for(L.canvas_student_analysis(tmp_path), L.by_text), tmp_path / "c2.csv")
    assert [n.kind for n in plain.notes] == ["canvas_gradebook"]
