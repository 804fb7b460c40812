"""A form's question asking the student's name in words of its own is the student's name, not answers to grade (QA
s53f finding 3). A Spanish teacher's Google Form asks "Nombre y apellidos", a German one "Vor- und Nachname" or "Dein
Name": only "Name", "Nombre (completo)", "Vorname und Nachname" and the English phrasings were known, so the names
were a question of the form, scored by no model and listed among the answers to mark, and the students were known by
their email alone. A question that merely starts with "Name" ("Name a mammal") stays a question.

The downloads are written to disk as Google Forms and Microsoft Forms write them and read by the app's reader.
Students and answers invented."""
from __future__ import annotations

import datetime as dt

import pytest

import lms_sheets as L
from grader_app.core.sheet import student_name
from grader_app.io.lms import recognise
from grader_app.io.readers import read_sheet

PEOPLE = [("ana.nunez@colegio.example", "Ana Núñez García"), ("jurgen.muller@schule.example", "Jürgen Müller"),
          ("siobhan@school.example", "Siobhán O'Brien")]
ANSWERS = ["Porque el hielo es menos denso que el agua líquida.", "Weil Eis eine geringere Dichte als Wasser hat.",
           "Because the molecules form an open lattice when water freezes."]


@pytest.mark.parametrize("asked", ["Nombre y apellidos", "Apellidos y nombre", "Tu nombre", "Nombre del alumno/a",
                                   "Vor- und Nachname", "Dein Name", "Vollständiger Name", "Name (first and last)"])
def test_a_google_form_asking_the_name_in_its_own_words_names_the_student(tmp_path, asked):
    rows = [["Marca temporal", "Dirección de correo electrónico", "Puntuación", asked, "¿Por qué flota el hielo?",
             "Name a mammal that lives in the sea."]]
    for i, ((email, name), answer) in enumerate(zip(PEOPLE, ANSWERS)):
        rows.append([f"12/03/2024 10:0{i}:00", email, "1 / 2", name, answer, ["whale", "dolphin", "seal"][i]])
    sheet = read_sheet(L.write_csv(tmp_path / "Examen (respuestas).csv", rows))
    found = recognise(sheet)
    assert found is not None and found.system == "Google Forms"
    m = found.mapping
    assert m.name_column == asked and m.first_name_column is None
    assert list(m.answer_columns) == ["¿Por qué flota el hielo?", "Name a mammal that lives in the sea."]
    assert [student_name(sheet.frame, r, m) for r in range(3)] == [name for _, name in PEOPLE]


def test_a_microsoft_form_of_an_anonymous_quiz_names_the_student_by_the_question_asking_it(tmp_path):
    head = ["Id", "Hora de inicio", "Hora de finalización", "Correo electrónico", "Nombre", "Nombre y apellidos",
            "¿Por qué flota el hielo?"]
    rows = [head]
    for n, ((_, name), answer) in enumerate(zip(PEOPLE, ANSWERS), start=1):
        start = dt.datetime(2024, 3, 4, 10, n)
        rows.append([n, start, start + dt.timedelta(minutes=7), "anonymous", "anonymous", name, answer])
    sheet = read_sheet(L.write_xlsx(tmp_path / "Cuestionario.xlsx", rows, title="Form1"))
    found = recognise(sheet)
    assert found is not None and found.system == "Microsoft Forms"
    assert found.mapping.name_column == "Nombre y apellidos"
    assert list(found.mapping.answer_columns) == ["¿Por qué flota el hielo?"]


def test_a_german_quiz_s_score_column_is_no_question(tmp_path):
    """A German form heads the quiz's score "Punkte" (QA s53f finding 4): only "Punktzahl" was known, so "1 / 2" was
    an answer to mark. A column of "7 / 10" scores is the score column whatever it is headed."""
    for head in ("Punkte", "Ergebnis"):
        rows = [["Zeitstempel", "E-Mail-Adresse", head, "Vorname und Nachname", "Warum schwimmt Eis?"]]
        for i, ((email, name), answer) in enumerate(zip(PEOPLE, ANSWERS)):
            rows.append([f"12.03.2024 10:0{i}:00", email, ["1 / 2", "2 / 2", "0,5 / 2"][i], name, answer])
        found = recognise(read_sheet(L.write_csv(tmp_path / f"Test ({head}).csv", rows)))
        assert found is not None and list(found.mapping.answer_columns) == ["Warum schwimmt Eis?"], head


def test_a_maths_question_answered_with_fractions_stays_a_question(tmp_path):
    rows = [["Timestamp", "Email address", "Score", "Your name", "Simplify 6/8."]]
    for i, (email, name) in enumerate(PEOPLE):
        rows.append([f"2024/03/12 10:0{i}:00 AM GMT", email, "1 / 1", name, ["3/4", "3 / 4", "6 / 8"][i]])
    found = recognise(read_sheet(L.write_csv(tmp_path / "Fractions.csv", rows)))
    assert found is not None and list(found.mapping.answer_columns) == ["Simplify 6/8."]
