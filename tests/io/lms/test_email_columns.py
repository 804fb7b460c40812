"""A teacher's own sheet gives its students' email addresses under a header in the teacher's language ("Correo",
"Courriel", "E-Mail-Adresse") or under any header at all, as long as the column holds nothing but email addresses
(QA: a Spanish sheet whose «Correo» column was the student id could not be exported to Google Classroom, and the
points sheet left its Email column empty). The exports are written and read back."""
from __future__ import annotations

import pytest

import lms_sheets as L
from grader_app.core.session import GradingSession
from grader_app.core.sheet import WIDE, ColumnMapping
from grader_app.io.lms import NothingMatched, export_format, identifiers_for
from grader_app.io.lms.fields import is_email
from grader_app.io.readers import read_sheet

PEOPLE = [("Ana", "López", "alumno0@escuela.es"), ("Benito", "García", "alumno1@escuela.es"),
          ("Carla", "Martínez", "alumno2@escuela.es")]


def spanish_sheet(path, header="Correo", value=lambda email: email, ids=False):
    """Nombre, Apellido, (Número, when ``ids``), ``header`` (each student's ``value``), two questions."""
    head = ["Nombre", "Apellido", *(["Número"] if ids else []), header, "Pregunta 1", "Pregunta 2"]
    rows = [[first, last, *([f"N{n}"] if ids else []), value(email), f"respuesta 1 de {first}", f"respuesta 2 de {first}"]
            for n, (first, last, email) in enumerate(PEOPLE)]
    return L.write_csv(path, [head, *rows])


def marked(path, id_column="Correo") -> GradingSession:
    s = GradingSession(read_sheet(path), ColumnMapping(layout=WIDE, id_column=id_column, name_column="Apellido",
                                                       first_name_column="Nombre",
                                                       answer_columns={"Pregunta 1": "P1", "Pregunta 2": "P2"}))
    for a in s.answers:
        s.decide(a.key, 1)
    return s


def test_the_qa_sheet_whose_correo_column_is_the_student_id_goes_to_google_classroom(tmp_path):
    session = marked(spanish_sheet(tmp_path / "examen.csv"))
    result = export_format("google-classroom").write(session, tmp_path / "classroom.csv")
    assert result.written == 3 and result.unmatched == []
    assert L.read_csv(result.path) == [["Last Name", "First Name", "Email Address", "P1", "P2"],
                                       *([last, first, email, "1", "1"] for first, last, email in PEOPLE)]
    points = L.read_csv(export_format("points").write(session, tmp_path / "points.csv").path)
    # the email is the student id column here: written once, under its own name
    assert points[0][:3] == ["Student", "Email", "P1"]
    assert [row[:2] for row in points[1:]] == [[f"{first} {last}", email] for first, last, email in PEOPLE]


@pytest.mark.parametrize("header", ["Correo electrónico", "Dirección de correo", "E-Mail", "E-Mail-Adresse",
                                    "Courriel", "Adresse e-mail", "Mail", "Endereço de e-mail", "Indirizzo email"])
def test_an_email_header_in_another_language_is_read_when_the_id_is_another_column(tmp_path, header):
    sheet = spanish_sheet(tmp_path / "clase.csv", header=header, ids=True)
    session = marked(sheet, id_column="Número")
    assert [r["email"] for r in identifiers_for(session.sheet, session.mapping).rows] == [e for _, _, e in PEOPLE]
    result = export_format("google-classroom").write(session, tmp_path / "classroom.csv")
    assert [row[2] for row in L.read_csv(result.path)[1:]] == [e for _, _, e in PEOPLE]


def test_a_column_of_nothing_but_email_addresses_is_read_whatever_its_header(tmp_path):
    sheet = spanish_sheet(tmp_path / "clase.csv", header="Contacto", ids=True,
                          value=lambda email: "" if email.startswith("alumno1") else email)   # one left blank
    result = export_format("google-classroom").write(marked(sheet, id_column="Número"), tmp_path / "classroom.csv")
    assert [row[2] for row in L.read_csv(result.path)[1:]] == ["alumno0@escuela.es", "alumno2@escuela.es"]
    assert [(u.student, u.reason.kind) for u in result.unmatched] == [("Benito García · N1", "no_identifier")]


def test_a_column_that_is_not_all_email_addresses_is_no_email_column(tmp_path):
    sheet = spanish_sheet(tmp_path / "clase.csv", header="Contacto", ids=True,
                          value=lambda email: "ver secretaría" if email.startswith("alumno1") else email)
    with pytest.raises(NothingMatched):
        export_format("google-classroom").write(marked(sheet, id_column="Número"), tmp_path / "classroom.csv")


def test_a_column_of_answers_holding_email_addresses_is_never_taken_for_the_students(tmp_path):
    path = L.write_csv(tmp_path / "clase.csv", [["Nombre", "¿Tu correo?"], ["Ana", "alumno0@escuela.es"],
                                                ["Benito", "alumno1@escuela.es"]])
    s = GradingSession(read_sheet(path), ColumnMapping(layout=WIDE, name_column="Nombre",
                                                       answer_columns={"¿Tu correo?": "P1"}))
    assert all("email" not in r for r in identifiers_for(s.sheet, s.mapping).rows)


@pytest.mark.parametrize("text, email", [("ana@escuela.es", True), (" ana.lopez+1@mail.escuela.es ", True),
                                         ("ana", False), ("ana@escuela", False), ("a b@escuela.es", False),
                                         ("ana@@escuela.es", False), ("", False)])
def test_what_reads_as_an_email_address(text, email):
    assert is_email(text) is email


def test_a_google_form_whose_email_column_is_headed_in_spanish_is_recognised_with_its_emails(tmp_path):
    from grader_app.io.lms import recognise
    path = L.write_csv(tmp_path / "respuestas.csv", [["Marca temporal", "Correo electrónico", "Nombre", "¿Por qué flota?"],
                                                     ["2024/03/04 10:00:00", "ana@escuela.es", "Ana", "es menos densa"]])
    found = recognise(read_sheet(path))
    assert found is not None and found.mapping.id_column == "Correo electrónico"
    assert found.mapping.answer_columns == {"¿Por qué flota?": "¿Por qué flota?"}
    assert found.identifiers.rows == [{"email": "ana@escuela.es", "name": "Ana"}]
