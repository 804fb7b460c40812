"""A sheet that gives the first name and the surnames in two columns the teacher confirmed ("Nombre", "Apellidos";
"Vorname", "Nachname") wrote the Google Classroom and Moodle files' "First Name" and "Last Name" by splitting the whole
name at its last space, so a Spanish student with two surnames, Pablo / Muñoz Díaz, came out as first name "Pablo
Muñoz", last name "Díaz" (QA walkthrough, a Spanish teacher's class of 150). Only headers in English ("First name",
"Surname") were taken as the two fields. Now the columns the mapping names for the first name and the name (the
surnames, beside a first name) are those fields, whatever their headers say. Real files on disk, the real reader,
column guess and writers, the files read back."""
from __future__ import annotations

import pytest

import lms_sheets as L
from grader_app.io.lms import export_format

STUDENTS = [("A001", "Pablo", "Muñoz Díaz", "pablo@ies.example", L.A_GOOD),
            ("A002", "María José", "de la Peña Ortiz", "mjose@ies.example", L.A_SOME),
            ("A003", "Íñigo", "Núñez", "inigo@ies.example", L.A_GOOD)]


@pytest.mark.parametrize("first, last", [("Nombre", "Apellidos"), ("Vorname", "Nachname")])
def test_first_and_last_name_are_the_columns_the_sheet_gives(tmp_path, first, last):
    rows = [["Nº", first, last, "Correo electrónico", L.ICE], *[list(s) for s in STUDENTS]]
    session = L.session_for(L.write_csv(tmp_path / "ciencias.csv", rows), L.by_text)
    assert (session.mapping.first_name_column, session.mapping.name_column) == (first, last)
    want = [[surnames, name] for _, name, surnames, _, _ in STUDENTS]

    classroom = L.read_csv(export_format("google-classroom").write(session, tmp_path / "classroom.csv").path)
    assert classroom[0][:3] == ["Last Name", "First Name", "Email Address"]
    assert [r[:2] for r in classroom[1:]] == want
    assert [r[2] for r in classroom[1:]] == [s[3] for s in STUDENTS]

    moodle = L.read_csv(export_format("moodle-gradebook").write(session, tmp_path / "moodle.csv").path)
    head = moodle[0]
    got = [[r[head.index("Last name")], r[head.index("First name")]] for r in moodle[1:]]
    assert got == want
