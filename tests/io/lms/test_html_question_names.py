"""A question headed in HTML (Canvas's Student Analysis: "4101: <p>Explain <b>osmosis</b> &amp; diffusion</p>") is
named by its words wherever Grader shows or writes its name for a person (the session's questions, the report, the
points and feedback sheets) and in the Canvas gradebook's column titles (QA: Canvas's assignments were named with the
raw tags and entities). Real files written, read back as the app reads them."""
from __future__ import annotations

import lms_sheets as L
from grader_app.core.session import GradingSession
from grader_app.io.canvas import write_canvas_csv
from grader_app.io.columns import guess_columns
from grader_app.io.feedback import feedback_rows
from grader_app.io.headers import question_items
from grader_app.io.html_text import question_name
from grader_app.io.lms import export_format
from grader_app.io.readers import read_sheet
from grader_app.io.report import build_report_html
from grader_app.io.writers import write_graded_csv

OSMOSIS = "4101: <p>Explain <b>osmosis</b> &amp; diffusion</p>"
SALT = "4102: Salt &amp; water"


def student_analysis(tmp_path):
    rows = [["name", "id", "sis_id", "section", "section_id", "section_sis_id", "submitted", "attempt", OSMOSIS, "2.0",
             SALT, "1.0", "n correct", "n incorrect", "score"]]
    for name, uid in (("Ann Lee", "1001"), ("Ben Okafor", "1002")):
        rows.append([name, uid, "", "Period 2", "77", "SEC2", "2024-03-04 10:02:11 UTC", "1", "<p>Water moves in.</p>",
                     "0.0", "It dissolves.", "0.0", "0", "0", "0.0"])
    return L.session_for(L.write_csv(tmp_path / "Quiz 5 Student Analysis Report.csv", rows), lambda a: 1)


def test_a_question_headed_in_html_is_named_by_its_words(tmp_path):
    session = student_analysis(tmp_path)
    assert session.item_keys() == ["4101: Explain osmosis & diffusion", "4102: Salt & water"]
    assert list(session.mapping.answer_columns) == [OSMOSIS, SALT]       # the sheet's columns as they are
    html = build_report_html(session)
    assert "Question 4101: Explain osmosis &amp; diffusion" in html and "&lt;b&gt;" not in html
    points = L.read_csv(export_format("points").write(session, tmp_path / "points.csv").path)
    assert points[0][2:4] == ["4101: Explain osmosis & diffusion", "4102: Salt & water"]   # no one has an email
    feedback = feedback_rows(session)
    assert feedback[1][feedback[0].index("Q1 question")] == "4101: Explain osmosis & diffusion"


def test_the_canvas_gradebook_titles_a_question_headed_in_html_by_its_words(tmp_path):
    session = student_analysis(tmp_path)
    result = export_format("canvas-gradebook").write(session, tmp_path / "gradebook.csv")
    raw = result.path.read_bytes()
    assert raw.startswith("Student,ID,SIS User ID,SIS Login ID,Section,4101: Explain osmosis & diffusion,"
                          "4102: Salt & water\r\n".encode("utf-8-sig"))
    rows = L.read_csv(result.path)
    # scored 0-2; the salt question is worth 1 point in Canvas, so its 1 of 2 is written 0.5 (it was 1: full marks)
    assert rows[1][5:] == ["2", "1"] and rows[2][5:] == ["1", "0.5"]
    assert "4102: Salt & water 0–2 to 0–1 (1 → 0.5)" in result.notes[-1]   # the note names it as the header does
    # the graded sheet is the teacher's own, its columns as they were
    graded = L.read_csv(write_graded_csv(session, tmp_path / "graded.csv"))
    assert OSMOSIS in graded[0] and "4101: Explain osmosis & diffusion" not in graded[0]


def test_a_teachers_sheet_headed_in_html_and_the_canvas_file_of_it(tmp_path):
    """The ordinary Canvas export: the header's words, through the file's own rules (a number in brackets at its end is
    written in square ones, or Canvas would post the grades to the assignment of that id)."""
    explain, list_two = "<p>Explain <b>osmosis</b></p> (12345)", "<p>List two parts &amp; say why</p>"
    rows = [["Student ID", "Name", explain, list_two],
            ["S1", "Ann Lee", "Water moves in through the membrane.", "The nucleus holds the DNA, the wall holds it up."],
            ["S2", "Ben Ito", "It gets wet because water goes in.", "The wall, because it is strong."],
            ["S3", "Cy Ma", "Water moves from dilute to concentrated.", "Nucleus and membrane, they control it."]]
    sheet = read_sheet(L.write_csv(tmp_path / "class.csv", rows))
    session = GradingSession(sheet, guess_columns(sheet))
    assert session.item_keys() == ["Explain osmosis (12345)", "List two parts & say why"]
    for a in session.answers:
        session.decide(a.key, 1)
    written = L.read_csv(write_canvas_csv(session, tmp_path / "canvas.csv").path)
    assert written[0][5:] == ["Explain osmosis [12345]", "List two parts & say why"]


def test_a_header_that_is_not_html_keeps_its_words():
    for header in ("a<b and b>c", "R&D", "Q1 (3 marks)", "Why is 2 < 3?", "AT&T &foo;", "<p></p>"):
        assert question_name(header) == header, header
    assert question_name("Line one<br>line two") == "Line one line two"
    assert question_name("Caf&eacute; &#8211; prices") == "Café – prices"


def test_two_columns_never_become_one_question():
    assert question_items(["<b>Q1</b>", "Q1", "<i>Q2</i>"]) == {"<b>Q1</b>": "<b>Q1</b>", "Q1": "Q1", "<i>Q2</i>": "Q2"}
    assert question_items(["<b>Q1</b>", "Answer"], {"Answer": "Q1"}) == {"<b>Q1</b>": "<b>Q1</b>", "Answer": "Q1"}


NAME_TWO = "<p>Name two processes that move water in a plant.</p>"
FIRST_OF = "<p>Give the <b>first name</b> of the scientist who found radium.</p>"
WHICH_NUMBER = "<p>Which atomic number has carbon?</p>"
EXPLAIN = "<p>Explain osmosis in a sentence.</p>"


def _guess(tmp_path, name, header, rows):
    sheet = read_sheet(L.write_csv(tmp_path / name, [header, *rows]))
    return guess_columns(sheet)


def test_a_question_headed_in_html_is_never_the_students_id_or_name(tmp_path):
    """An HTML header is judged by the words the teacher reads in it, and as a question: "<p>Name two processes
    ...</p>" was the student's name (the word "Name" in it, and "<" sorts before "N"), "<p>Give the first name
    ...</p>" the first name beside a surname, "<p>Which atomic number ...?</p>" the student's id."""
    explain = ["Water moves through the membrane to the salty side.", "From dilute to concentrated solution.",
               "The water goes where there is more salt."]
    m = _guess(tmp_path, "names.csv", ["Student ID", "Name", NAME_TWO, EXPLAIN],
               [[f"S{i}", who, two, e] for i, (who, two, e) in enumerate(zip(
                   ("Ann Lee", "Ben Ito", "Cy Ma"), ("transpiration and osmosis", "osmosis, capillarity", "diffusion"),
                   explain))])
    assert (m.id_column, m.name_column, m.first_name_column) == ("Student ID", "Name", None)
    assert m.answer_columns == {NAME_TWO: "Name two processes that move water in a plant.",
                                EXPLAIN: "Explain osmosis in a sentence."}

    m = _guess(tmp_path, "surnames.csv", ["Student ID", "Surname", FIRST_OF, EXPLAIN],
               [[f"S{i}", who, first, e] for i, (who, first, e) in enumerate(zip(
                   ("Lee", "Ito", "Ma"), ("Marie", "Marie", "Pierre"), explain))])
    assert (m.id_column, m.name_column, m.first_name_column) == ("Student ID", "Surname", None)
    assert list(m.answer_columns) == [FIRST_OF, EXPLAIN]

    m = _guess(tmp_path, "numbers.csv", ["Student", WHICH_NUMBER, EXPLAIN, NAME_TWO],
               [[f"S00{i}", n, e, "transpiration and osmosis"] for i, (n, e) in enumerate(zip(("6", "12", "6"), explain))])
    assert m.id_column == "Student" and m.name_column is None
    assert WHICH_NUMBER not in (m.id_column, m.first_name_column)
