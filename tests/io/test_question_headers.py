"""guess_columns on the question headers teachers write: points in the header ("Q1 (3 marks)"), the question's
wording ("1. What is photosynthesis?"), German and Spanish headers. Real files written and read back."""
from __future__ import annotations

import csv

import pytest

from grader_app.core.session import GradingSession
from grader_app.core.sheet import LONG, WIDE
from grader_app.io import answer_candidates, guess_columns, read_sheet
from grader_app.io.canvas import canvas_rows
from grader_app.io.writers import write_graded_csv
from sheet_files import ANSWERS, write_rows

COMMENTS = ["Check spelling in every answer please", "Good work, but explain more next time",
            "Bitte die Rechtschreibung prüfen, danke", "Muy bien, pero explica un poco más",
            "Read the question again before answering"]


def _write(tmp_path, rows, kind):
    return read_sheet(write_rows(tmp_path / f"sheet.{kind}", rows))


def _sheet(tmp_path, ids, questions, extra=(), kind="csv", n=5):
    """A wide sheet: ``ids`` columns (ids, names), one free-text column per question, then ``extra``
    columns: "text" ones hold a teacher's comments, the others small numbers."""
    extra = list(extra)
    rows = [[*ids, *questions, *(h for h, _ in extra)]]
    for i in range(n):
        who = [f"{i + 1:03d}", f"Ann{i}", f"Lee{i}"][:len(ids)]
        rows.append([*who, *(f"{ANSWERS[(i + k) % len(ANSWERS)]} {i}" for k in range(len(questions))),
                     *(COMMENTS[i % len(COMMENTS)] if what == "text" else str(i % 4) for _, what in extra)])
    return _write(tmp_path, rows, kind)


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_headers_with_marks_are_questions_and_score_columns_are_not(tmp_path, kind):
    questions = ["Q1 (3 marks)", "Question 2 (2 points)", "Q3 [4 pts]", "Q4 - 2 marks", "Q5 /3", "Q6 (out of 5)"]
    sheet = _sheet(tmp_path, ["Student ID", "Name"], questions,
                   [("Score", "n"), ("Marks", "n"), ("Points", "n"), ("Q1 score", "n"), ("Comment", "text"),
                    ("Q1 comment", "text"), ("Score (3 points)", "text"), ("Score_1", "text")], kind=kind)
    m = guess_columns(sheet)
    assert m.layout == WIDE and (m.id_column, m.name_column) == ("Student ID", "Name")
    # the id is the whole header: unique in the sheet, and what the files Grader writes title the question with
    assert m.answer_columns == {q: q for q in questions} and list(m.answer_columns) == questions
    assert sorted(answer_candidates(sheet)) == sorted(questions)
    session = GradingSession(sheet, m)
    assert session.item_keys() == questions and len(session.answers) == 5 * len(questions)


def test_the_files_written_keep_the_headers_with_marks(tmp_path):
    sheet = _sheet(tmp_path, ["Student ID", "Name"], ["Q1 (3 marks)", "Q2 (2 marks)"], [("Comment", "text")])
    session = GradingSession(sheet, guess_columns(sheet))
    out = write_graded_csv(session, tmp_path / "graded.csv")
    with open(out, encoding="utf-8-sig", newline="") as f:
        header = next(csv.reader(f))
    assert header[:5] == ["Student ID", "Name", "Q1 (3 marks)", "Q2 (2 marks)", "Comment"]
    assert "Q1 (3 marks) final_score" in header and "Q2 (2 marks) final_score" in header
    assert canvas_rows(session)[0][-2:] == ["Q1 (3 marks)", "Q2 (2 marks)"]
    # read back, the graded sheet offers the same questions (Grader's own columns are not answers)
    again = guess_columns(read_sheet(out))
    assert again.layout == WIDE and list(again.answer_columns) == ["Q1 (3 marks)", "Q2 (2 marks)"]


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_numbered_question_wording_is_a_question_whatever_its_words(tmp_path, kind):
    # "number", "name", "time", "date", "class" in a question's wording say nothing about the column
    questions = ["1. What is photosynthesis?", "2. Name two parts of a cell", "3. What number of legs has a spider?",
                 "Q4 - What time does the sun set in June?", "Q5: Cells", "6) Explain why the class of mammals is large"]
    sheet = _sheet(tmp_path, ["Student Number", "First name", "Last name"], questions,
                   [("Teacher comment", "text"), ("Q1 comment", "text"), ("1. Score", "n")], kind=kind)
    m = guess_columns(sheet)
    assert m.layout == WIDE and list(m.answer_columns) == questions
    assert (m.id_column, m.name_column) == ("Student Number", "Last name")
    assert "Teacher comment" not in answer_candidates(sheet) and "Q1 comment" not in answer_candidates(sheet)


def test_a_question_wording_does_not_hide_the_name_column(tmp_path):
    # a form's "What is your name?" is still where the names are
    rows = [["What is your name?", "Why does ice float?", "Why is the sky blue?"]]
    rows += [[f"Pupil {i}", ANSWERS[i], ANSWERS[(i + 1) % 6]] for i in range(5)]
    m = guess_columns(_write(tmp_path, rows, "csv"))
    assert m.layout == WIDE and m.name_column == "What is your name?"
    assert list(m.answer_columns) == ["Why does ice float?", "Why is the sky blue?"]


# a question that mentions a name or a number, with the answers a class gives it: the same word or two, or short lists
PLANTS = "What is the name of the process plants use to make food?"
QUESTIONS_MENTIONING_WHO = {
    PLANTS: ["photosynthesis", "Photosynthesis", "photosynthesis", "photo synthesis", "Photosynthesis",
             "respiration", "photosynthesis", "chlorophyll"],
    "Name two parts of a cell.": ["nucleus, wall", "Nucleus and membrane", "wall, nucleus", "nucleus, vacuole",
                                  "Membrane, nucleus", "nucleus and cytoplasm", "cell wall", "ribosomes"],
    "What number of legs has a spider?": ["eight", "Eight", "8 legs", "eight legs", "six", "eight", "8", "Eight"],
}
NAMES = ["Ann Lee", "Bo Chan", "Cy Dee", "Di Fox", "Ed Gray", "Flo Hart", "Gus Ives", "Hal Jones"]


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
@pytest.mark.parametrize("question", sorted(QUESTIONS_MENTIONING_WHO))
def test_a_question_mentioning_a_name_holds_answers_not_the_names(tmp_path, question, kind):
    # its answers were listed as the students' names, and the students' own column was left out
    rows = [["Student", question, "Why does ice float?"]]
    rows += [[who, said, ANSWERS[i % 6]] for i, (who, said) in enumerate(zip(NAMES, QUESTIONS_MENTIONING_WHO[question]))]
    sheet = _write(tmp_path, rows, kind)
    m = guess_columns(sheet)
    assert (m.layout, m.name_column, m.id_column) == (WIDE, "Student", None)
    assert list(m.answer_columns) == [question, "Why does ice float?"]
    assert question in answer_candidates(sheet)
    session = GradingSession(sheet, m)
    assert sorted({a.student for a in session.answers}) == sorted(NAMES)   # no id column: the name


@pytest.mark.parametrize("who", [("Numéro d'identification de l'élève", "Name und Vorname des Schülers"),
                                 ("Student ID", "Full name of the student"), ("ID", "Please enter your name.")])
def test_long_headers_that_name_the_student_still_do(tmp_path, who):
    # long, or ending as a sentence, but the student's name or id is what they are about
    m = guess_columns(_sheet(tmp_path, list(who), ["Q1", "Q2"]))
    assert (m.layout, m.id_column, m.name_column) == (WIDE, *who) and list(m.answer_columns) == ["Q1", "Q2"]


@pytest.mark.parametrize("stamped", [True, False])
def test_a_form_asking_the_name_beside_questions_mentioning_names(tmp_path, stamped):
    # Google Forms: the student's name is asked as a question too, and is still where the names are, whether the
    # sheet is the form's own export (a Timestamp first) or its answers copied into a sheet of the teacher's
    questions = sorted(QUESTIONS_MENTIONING_WHO)
    rows = [["Timestamp", "Email address", "What is your name?", *questions]]
    rows += [[f"2024/03/0{i + 1} 10:0{i}:00", f"pupil{i}@school.example", who,
              *(QUESTIONS_MENTIONING_WHO[q][i] for q in questions)] for i, who in enumerate(NAMES)]
    m = guess_columns(_write(tmp_path, rows if stamped else [r[1:] for r in rows], "csv"))
    assert (m.layout, m.id_column, m.name_column) == (WIDE, "Email address", "What is your name?")
    assert list(m.answer_columns) == questions


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_german_sheet(tmp_path, kind):
    questions = ["Frage 1 (2 Punkte)", "Frage 2 (3 Punkte)", "Aufgabe 3"]
    sheet = _sheet(tmp_path, ["Schüler-ID", "Vorname", "Nachname"], questions,
                   [("Kommentar", "text"), ("Bemerkungen", "text"), ("Punkte", "n"), ("Note", "n")], kind=kind)
    m = guess_columns(sheet)
    assert m.layout == WIDE and list(m.answer_columns) == questions
    assert (m.id_column, m.name_column) == ("Schüler-ID", "Nachname")
    assert sorted(answer_candidates(sheet)) == sorted(questions)


def test_spanish_sheet(tmp_path):
    questions = ["Pregunta 1 (2 puntos)", "Pregunta 2 (1 punto)"]
    sheet = _sheet(tmp_path, ["ID", "Nombre", "Apellidos"], questions,
                   [("Comentarios", "text"), ("Observaciones", "text"), ("Nota", "n")])
    m = guess_columns(sheet)
    assert m.layout == WIDE and list(m.answer_columns) == questions
    assert (m.id_column, m.name_column) == ("ID", "Apellidos")


def test_numbered_answer_columns_without_the_comment(tmp_path):
    for questions in (["Answer 1", "Answer 2"], ["Response (Q1)", "Response (Q2)"], ["Antwort 1", "Antwort 2"]):
        sheet = _sheet(tmp_path, ["Student ID", "Name"], questions, [("Kommentar", "text"), ("Comentario", "text")])
        m = guess_columns(sheet)
        assert m.layout == WIDE and list(m.answer_columns) == questions, questions


def test_one_question_with_marks_is_a_one_question_sheet(tmp_path):
    sheet = _sheet(tmp_path, ["Student ID", "Name"], ["asap-sas-5 (2 points)"], [("Marks", "n")])
    m = guess_columns(sheet)
    assert m.layout == WIDE and m.answer_columns == {"asap-sas-5 (2 points)": "asap-sas-5 (2 points)"}


def test_a_points_column_beside_a_long_sheet_is_not_its_question_column(tmp_path):
    # "Q1 points" holds the points of a long sheet's answers: few values that repeat, like a question column,
    # but its header names points, not questions
    rows = [["Student ID", "Question", "Answer", "Q1 points"]]
    rows += [[f"S{i // 2}", ["asap-sas-1", "asap-sas-5"][i % 2], f"{ANSWERS[i % 6]} {i}", str(i % 3)] for i in range(12)]
    m = guess_columns(_write(tmp_path, rows, "csv"))
    assert (m.layout, m.item_column, m.answer_column, m.id_column) == (LONG, "Question", "Answer", "Student ID")
