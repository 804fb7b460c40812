"""Microsoft Forms in German or Spanish, and the response number it heads "ID" (QA s52b, finding 7).

A Forms workbook heads its columns in the language of the form's owner. Only the English ones were known, so a German
workbook opened as a teacher's own sheet whose student id was guessed to be ``ID``: Forms' running response number
1, 2, 3. The Canvas file by the sheet's ids then wrote SIS User ID 1, 2 and the Moodle gradebook by id ID number 1, 2:
other students' ids in a school whose ids are small numbers. The German and Spanish workbooks are now recognised
(grader_app/io/lms/microsoft.py says which of their headers are established and which uncertain), and in any sheet a
column numbering the rows 1..n is never proposed as the student id when an email column is there: the email is.

The workbooks are written as Forms' "Open in Excel" writes them (numbers and dates as cells), read, recognised or
guessed, exported and read back. Students and answers invented.
"""
from __future__ import annotations

import datetime as dt

import pytest

import lms_sheets as L
from grader_app.io.canvas import write_canvas_csv
from grader_app.io.columns import guess_columns
from grader_app.io.lms import export_format, identifiers_for, recognise
from grader_app.io.readers import read_sheet

QUESTION = {"de": "Warum schwimmt Eis auf Wasser?", "es": "¿Por qué flota el hielo en el agua?",
            "fr": "Pourquoi la glace flotte-t-elle ?"}
HEADS = {   # (ID, start, completion, email, name, [quiz columns before the questions], per question: points, feedback)
    "de": ["ID", "Startzeit", "Fertigstellungszeit", "E-Mail", "Name"],
    "es": ["ID", "Hora de inicio", "Hora de finalización", "Correo electrónico", "Nombre", "Total de puntos",
           "Comentarios del cuestionario", "Hora de la última modificación"],
    "fr": ["ID", "Heure de début", "Heure de fin", "Adresse de messagerie", "Nom"],   # a language not known here
}
PER_QUESTION = {"de": (), "es": ("Puntos: {q}", "Comentarios: {q}"), "fr": ()}
PEOPLE = [("ana.nunez@schule.example", "Ana Núñez", L.A_GOOD), ("bo.orsted@schule.example", "Bø Ørsted", L.A_SOME),
          ("cem.yilmaz@schule.example", "Cem Yılmaz", "Es ist kalt.")]


def forms_workbook(tmp_path, lang: str, numbers=(1, 2, 3)):
    q = QUESTION[lang]
    head = [*HEADS[lang], q, *(p.format(q=q) for p in PER_QUESTION[lang])]
    rows = [head]
    for n, (email, name, answer) in zip(numbers, PEOPLE):
        start = dt.datetime(2024, 3, 4, 10, n)
        quiz = ["2", "", start + dt.timedelta(minutes=9)] if lang == "es" else []   # the quiz's own cells, filled
        rows.append([n, start, start + dt.timedelta(minutes=7), email, name, *quiz, answer,
                     *(["2", "Bien"] if lang == "es" else [])])
    return L.write_xlsx(tmp_path / f"Test 3({lang}).xlsx", rows, title="Form1")


@pytest.mark.parametrize("lang", ["de", "es"])
def test_a_german_or_spanish_forms_workbook_is_recognised_and_matched_by_email(tmp_path, lang):
    sheet = read_sheet(forms_workbook(tmp_path, lang))
    found = recognise(sheet)
    assert found is not None and (found.system, found.kind) == ("Microsoft Forms", "responses workbook")
    m = guess_columns(sheet)
    head = HEADS[lang]
    # the email is the id; the quiz's total, feedback and per-question points columns are no answers, filled or not
    assert (m.id_column, m.name_column, m.answer_columns) == (head[3], head[4], {QUESTION[lang]: QUESTION[lang]})
    assert [r.get("email") for r in identifiers_for(sheet, m).rows] == [p[0] for p in PEOPLE]


def ids_written(tmp_path, path):
    """The students' ids as the Canvas and Moodle files by the sheet's id column write them."""
    session = L.session_for(path, lambda a: 1)
    canvas = L.read_csv(write_canvas_csv(session, tmp_path / "canvas.csv").path)
    moodle = L.read_csv(export_format("moodle-gradebook-by-id").write(session, tmp_path / "moodle.csv").path)
    return [r[2:4] for r in canvas[2:]], [r[3] for r in moodle[1:]]


@pytest.mark.parametrize("lang", ["de", "es", "fr"])
def test_the_response_number_is_never_written_as_a_students_id(tmp_path, lang):
    path = forms_workbook(tmp_path, lang)
    sheet = read_sheet(path)
    assert (recognise(sheet) is None) == (lang == "fr")
    assert guess_columns(sheet).id_column == HEADS[lang][3]          # was "ID"
    canvas, moodle = ids_written(tmp_path, path)
    emails = [p[0] for p in PEOPLE]
    assert canvas == [[e, e] for e in emails]                         # SIS User ID and SIS Login ID: was 1, 2, 3
    assert moodle == emails                                           # ID number: was 1, 2, 3


def own_sheet(tmp_path, head, ids, emails=True):
    rows = [head, *([i, name, *([email] if emails else []), answer] for i, (email, name, answer) in zip(ids, PEOPLE))]
    return L.write_csv(tmp_path / "klasse.csv", rows)


def test_a_teachers_row_numbers_beside_an_email_column_are_no_student_ids(tmp_path):
    path = own_sheet(tmp_path, ["Nr.", "Name", "E-Mail", "Frage 1"], ["1", "2", "3"])
    assert guess_columns(read_sheet(path)).id_column == "E-Mail"


@pytest.mark.parametrize("head,ids,emails", [
    (["ID", "Name", "Frage 1"], ["1", "2", "3"], False),                  # no email column: the guess stands
    (["ID", "Name", "E-Mail", "Frage 1"], ["2", "1", "3"], True),         # not the rows' order: ids
    (["ID", "Name", "E-Mail", "Frage 1"], ["1001", "1002", "1003"], True),
    (["Student ID", "Name", "E-Mail", "Frage 1"], ["1", "2", "4"], True),
])
def test_a_column_of_ids_that_does_not_number_the_rows_beside_an_email_stays_the_id(tmp_path, head, ids, emails):
    assert guess_columns(read_sheet(own_sheet(tmp_path, head, ids, emails))).id_column == head[0]
