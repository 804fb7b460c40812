"""A wide sheet's column of text answers that is not headed like "Q1" (QA: "Pregunta propia: ¿Qué opinas del texto?"
beside asap-sas-1/5/10) is a question all the same, or, headed by a plain label, is said to be left out."""
from __future__ import annotations

from grader_app.core.session import GradingSession
from grader_app.core.sheet import WIDE
from grader_app.io import guess_columns, read_sheet
from sheet_files import ANSWERS, write_rows

OWN = "Pregunta propia: ¿Qué opinas del texto?"


def _rows(headers, students=40):
    rows = [["Nombre", "Apellido", "Correo", *headers]]
    for i in range(students):
        rows.append([f"Ana{i}", f"López{i % 10}", f"alumno{i}@escuela.es",
                     *(f"{ANSWERS[(i + k) % len(ANSWERS)]} ({i})" for k in range(len(headers)))])
    return rows


def test_a_column_headed_by_a_question_is_ticked_beside_named_questions(tmp_path):
    sheet = read_sheet(write_rows(tmp_path / "examen.csv", _rows(["asap-sas-1", "asap-sas-5", "asap-sas-10", OWN])))
    m = guess_columns(sheet)
    assert m.layout == WIDE
    assert list(m.answer_columns) == ["asap-sas-1", "asap-sas-5", "asap-sas-10", OWN]
    session = GradingSession(sheet, m)
    assert len(session.answers) == 160          # the 40 answers of the teacher's own question are scored too
    assert not [n for n in sheet.notes if getattr(n, "kind", "") == "text_not_taken"]


def test_a_column_of_text_with_a_plain_label_is_said_to_be_left_out(tmp_path):
    sheet = read_sheet(write_rows(tmp_path / "examen.xlsx", _rows(["Q1", "Q2", "Reflexión"], students=12)))
    m = guess_columns(sheet)
    assert list(m.answer_columns) == ["Q1", "Q2"]
    said = [n for n in sheet.notes if getattr(n, "kind", "") == "text_not_taken"]
    assert said == ["1 column holds text but is not taken as a question (“Reflexión”); to grade its answers, tick it "
                    "among the questions."]
    assert said[0].values == {"columns": ["Reflexión"]}
    guess_columns(sheet)                         # guessed again (the columns dialog): said once
    assert len([n for n in sheet.notes if getattr(n, "kind", "") == "text_not_taken"]) == 1
