"""A German or Spanish teacher's own sheet gives its students' usernames and Moodle ID numbers under headers in the
teacher's language ("Benutzername", "Anmeldename", "Nombre de usuario", "Usuario"; "ID-Nummer", "Número de ID"), as it
gives their email addresses (QA s52b, finding 3: such a column was ignored, so the export dialog said the sheet had
no usernames, Blackboard's and Brightspace's files could take no one, and the ordinary Moodle gradebook was refused).
A header that may name something else ("Name", "ID", "Nombre") is no username or ID number.

The sheets are written as a German or Spanish Excel saves them (semicolons, a BOM) or as workbooks, read, guessed and
exported as the app does, and the files read back. Students and answers invented.
"""
from __future__ import annotations

import csv

import pytest

import lms_sheets as L
from grader_app.io.columns import guess_columns
from grader_app.io.lms import export_format, identifiers_for
from grader_app.io.lms.coverage import coverage
from grader_app.io.readers import read_sheet

PEOPLE = [("Schröder", "Jürgen", "jschroeder", "0012345"), ("Weiß", "Ülkü", "uweiss", "0012346"),
          ("Núñez", "Ana", "anunez", "0012347")]
ANSWERS = [("Eis ist weniger dicht; es schwimmt oben.", "Licht und Wasser"),
           ("Wasserstoffbrücken machen Eis leichter.", "Photosynthese mit Licht"), ("Es ist kalt.", "Erde")]


def own_sheet(path, head: list[str], user_at: int, id_at: int | None = None):
    """``head``: a surname, a first name, and at ``user_at`` (and ``id_at``) the username (and ID number) columns, then
    two questions; written as a German Excel saves a CSV, or as a workbook for an .xlsx ``path``."""
    rows = [head]
    for (last, first, user, number), (a1, a2) in zip(PEOPLE, ANSWERS):
        row = [last, first, *[""] * (len(head) - 4), a1, a2]
        row[user_at] = user
        if id_at is not None:
            row[id_at] = f"S-{number}"
        rows.append(row)
    if path.suffix == ".xlsx":
        return L.write_xlsx(path, rows)
    with open(path, "w", newline="", encoding="utf-8-sig") as fh:
        csv.writer(fh, delimiter=";").writerows(rows)
    return path


def marked(path):
    session = L.session_for(path, lambda a: 2 if a.row == 0 else 1)
    assert [a.text for a in session.answers if a.row == 0] == list(ANSWERS[0])
    return session


@pytest.mark.parametrize("user", ["Benutzername", "Anmeldename", "Nutzername", "Nombre de usuario", "Usuario",
                                  "Username"])
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_username_column_in_the_teachers_language_is_read_and_matched_on(tmp_path, user, suffix):
    path = own_sheet(tmp_path / f"Klasse 9b{suffix}", ["Nachname", "Vorname", user, "Frage 1", "Frage 2"], 2)
    sheet = read_sheet(path)
    mapping = guess_columns(sheet)
    assert mapping.id_column == user                          # the student's id, as an English "Username" is
    assert [r.get("username") for r in identifiers_for(sheet, mapping).rows] == [p[2] for p in PEOPLE]
    session = marked(path)
    fit = coverage(session)                                   # was: "No usernames in your sheet" for both
    assert not any(fit[k].without for k in ("blackboard-grade-center", "brightspace-grades"))
    assert not fit["moodle-gradebook"].without                # the ordinary Moodle gradebook, not the one by id
    moodle = export_format("moodle-gradebook").write(session, tmp_path / "moodle.csv")
    assert "map from “Username”" in moodle.note and moodle.written == 3 and not moodle.unmatched
    assert [r[:3] + r[5:] for r in L.read_csv(moodle.path)[1:]] == [
        ["Jürgen", "Schröder", "jschroeder", "2", "2"], ["Ülkü", "Weiß", "uweiss", "1", "1"],
        ["Ana", "Núñez", "anunez", "1", "1"]]
    blackboard = L.read_csv(export_format("blackboard-grade-center").write(session, tmp_path / "bb.csv").path)
    assert [r[2] for r in blackboard[1:]] == ["jschroeder", "uweiss", "anunez"]
    brightspace = L.read_csv(export_format("brightspace-grades").write(session, tmp_path / "d2l.csv").path)
    assert brightspace[0][0] == "Username" and [r[0] for r in brightspace[1:]] == ["#jschroeder", "#uweiss", "#anunez"]


@pytest.mark.parametrize("user,number", [("Anmeldename", "ID-Nummer"), ("Nombre de usuario", "Número de ID"),
                                         ("Benutzername", "ID Nummer"), ("Usuario", "Numero de ID")])
def test_moodles_own_german_and_spanish_words_in_a_teachers_sheet_give_the_username_and_id_number(tmp_path, user,
                                                                                                    number):
    """Moodle's German pack heads them "Anmeldename" and "ID-Nummer", its Spanish one "Nombre de usuario" and "Número de
    ID" (grader_app/io/moodle_words.py): in a teacher's own sheet (no Moodle download) they are read so too."""
    path = own_sheet(tmp_path / "klasse.csv", ["Apellidos", "Nombre", user, number, "Pregunta 1", "Pregunta 2"], 2, 3)
    sheet = read_sheet(path)
    rows = identifiers_for(sheet, guess_columns(sheet)).rows
    assert [(r.get("username"), r.get("id_number")) for r in rows] == [(p[2], f"S-{p[3]}") for p in PEOPLE]
    rows = L.read_csv(export_format("moodle-gradebook").write(marked(path), tmp_path / "moodle.csv").path)
    assert [r[2:4] for r in rows[1:]] == [[p[2], f"S-{p[3]}"] for p in PEOPLE]


@pytest.mark.parametrize("head", [["Nachname", "Vorname", "Name", "Frage 1", "Frage 2"],
                                  ["Apellidos", "Nombre", "ID", "Pregunta 1", "Pregunta 2"],
                                  ["Nachname", "Vorname", "Nummer", "Frage 1", "Frage 2"],
                                  ["Nachname", "Vorname", "Benutzer", "Frage 1", "Frage 2"]])
def test_a_header_that_may_name_something_else_is_no_username_or_id_number(tmp_path, head):
    path = own_sheet(tmp_path / "klasse.csv", head, 2)
    sheet = read_sheet(path)
    mapping = guess_columns(sheet)
    fields = {f for r in identifiers_for(sheet, mapping).rows for f in r}
    assert not fields & {"username", "id_number"}
    fit = coverage(marked(path))
    assert fit["blackboard-grade-center"].nobody and fit["brightspace-grades"].nobody
