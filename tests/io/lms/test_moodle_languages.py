"""A German or Spanish teacher's Moodle writes its downloads with German or Spanish headers (the words of Moodle's own
language packs, grader_app/io/moodle_words.py): they are recognised as Moodle's, their columns mapped, their
answers and students' identifiers read, and the grades go back with the identifiers (and, for the grading worksheet,
the column names) the site reads. A teacher's own German sheet is still no Moodle download.

The files are written here as Moodle writes them: CSV in UTF-8 with a BOM and commas (Moodle's CSV writer, whatever
the site's language), or Excel; and a CSV a German Excel saved again (semicolons). Students and answers invented.
"""
from __future__ import annotations

import csv

import pandas as pd
import pytest

import lms_sheets as L
from grader_app.core.session import GradingSession
from grader_app.core.sheet import WIDE, Sheet
from grader_app.io.columns import guess_columns
from grader_app.io.lms import export_format, identifiers_for, reading_for, recognise
from grader_app.io.readers import read_sheet

ANSWERS = [[L.A_GOOD, L.P_SOME], [L.A_SOME, L.P_GOOD], ["Es ist kalt.", "-"]]

DE_HEAD = ["Nachname", "Vorname", "Anmeldename", "ID-Nummer", "E-Mail-Adresse", "Status", "Begonnen", "Beendet",
           "Dauer", "Bewertung/10,00", "Antwort 1", "Richtige Antwort 1", "Antwort 2", "Richtige Antwort 2"]
DE_PEOPLE = [["Lee", "Ann", "alee", "S-01", "ann.lee@schule.example"],
             ["Okafor", "Ben", "bokafor", "S-02", "ben.okafor@schule.example"],
             ["Diaz", "Cara", "cdiaz", "", ""]]
ES_HEAD = ["Apellido(s)", "Nombre", "Dirección de correo", "Estado", "Comenzado", "Finalizado", "Duración",
           "Calificación/10,00", "Respuesta 1", "Respuesta correcta 1", "Respuesta 2", "Respuesta correcta 2"]
ES_PEOPLE = [["Lee", "Ann", "ann.lee@escuela.example"], ["Okafor", "Ben", "ben.okafor@escuela.example"],
             ["Diaz", "Cara", ""]]


def german_rows(average: bool = True) -> list[list[str]]:
    rows = [DE_HEAD]
    for person, (a1, a2) in zip(DE_PEOPLE, ANSWERS):
        rows.append([*person, "Beendet", "4. März 2024, 10:00", "4. März 2024, 10:12", "12 Minuten", "7,50",
                     a1, "Eis ist leichter.", a2, "Photosynthese."])
    if average:   # Moodle's average row at the foot: its words where the surname goes, a grade, no response
        rows.append(["Gesamtdurchschnitt", "", "", "", "", "", "", "", "", "7,50", "", "", "", ""])
    return rows


def spanish_rows() -> list[list[str]]:
    rows = [ES_HEAD]
    for person, (a1, a2) in zip(ES_PEOPLE, ANSWERS):
        rows.append([*person, "Finalizado", "4 de marzo de 2024, 10:00", "4 de marzo de 2024, 10:12", "12 minutos",
                     "7,50", a1, "El hielo es menos denso.", a2, "Fotosíntesis."])
    rows.append(["Promedio general", "", "", "", "", "", "", "7,50", "", "", "", ""])
    return rows


def write(path, rows, delimiter=","):
    with open(path, "w", newline="", encoding="utf-8-sig") as fh:
        csv.writer(fh, delimiter=delimiter).writerows(rows)
    return path


def german_file(tmp_path, kind: str):
    if kind == "xlsx":
        return L.write_xlsx(tmp_path / "Test 3-Antworten.xlsx", german_rows(), title="Antworten")
    return write(tmp_path / "Test 3-Antworten.csv", german_rows(), ";" if kind == "semicolon csv" else ",")


def known(path):
    sheet = read_sheet(path)
    found = recognise(sheet)
    assert found is not None, f"{path.name} was not recognised"
    assert found.system == "Moodle" and found.kind == "quiz responses export"
    return sheet, found


@pytest.mark.parametrize("kind", ["csv", "semicolon csv", "xlsx"])
def test_a_german_quiz_responses_download_is_recognised_mapped_and_read(tmp_path, kind):
    sheet, found = known(german_file(tmp_path, kind))
    m = found.mapping
    assert (m.layout, m.id_column, m.name_column, m.first_name_column) == (WIDE, "E-Mail-Adresse", "Nachname",
                                                                           "Vorname")
    # the responses are the answers; the right answers ("Richtige Antwort 1") are not
    assert m.answer_columns == {"Antwort 1": "Q1", "Antwort 2": "Q2"}
    session = GradingSession(sheet, guess_columns(sheet), reading=reading_for(sheet))
    assert [(a.item, a.text) for a in session.answers if a.row == 0] == [("Q1", L.A_GOOD), ("Q2", L.P_SOME)]
    assert [a.text for a in session.answers if a.row == 2] == ["Es ist kalt.", ""]   # "-": no answer
    assert {a.row for a in session.answers} == {0, 1, 2}                             # the average row is no student
    ids = identifiers_for(sheet)
    assert ids.system == "Moodle"
    assert ids.rows[0] == {"email": "ann.lee@schule.example", "username": "alee", "id_number": "S-01",
                           "first_name": "Ann", "last_name": "Lee"}
    assert ids.rows[2] == {"username": "cdiaz", "first_name": "Cara", "last_name": "Diaz"}
    assert ids.not_students() == ["Gesamtdurchschnitt"]


@pytest.mark.parametrize("xlsx", [False, True])
def test_a_spanish_quiz_responses_download_is_recognised_mapped_and_read(tmp_path, xlsx):
    rows = spanish_rows()
    path = (L.write_xlsx(tmp_path / "Cuestionario 3-respuestas.xlsx", rows, title="Respuestas") if xlsx
            else write(tmp_path / "Cuestionario 3-respuestas.csv", rows))
    sheet, found = known(path)
    m = found.mapping
    assert (m.id_column, m.name_column, m.first_name_column) == ("Dirección de correo", "Apellido(s)", "Nombre")
    assert m.answer_columns == {"Respuesta 1": "Q1", "Respuesta 2": "Q2"}
    session = GradingSession(sheet, guess_columns(sheet), reading=reading_for(sheet))
    assert [a.text for a in session.answers if a.row == 1] == [L.A_SOME, L.P_GOOD]
    assert {a.row for a in session.answers} == {0, 1, 2}
    ids = identifiers_for(sheet)
    assert ids.rows[1] == {"email": "ben.okafor@escuela.example", "first_name": "Ben", "last_name": "Okafor"}
    assert ids.not_students() == ["Promedio general"]


def test_the_english_download_is_read_as_before(tmp_path):
    sheet, found = known(L.moodle_responses(tmp_path, average=True))
    m = found.mapping
    assert (m.id_column, m.name_column, m.first_name_column) == ("Email address", "Last name", "First name")
    assert m.answer_columns == {"Response 1": "Q1", "Response 2": "Q2"}
    assert found.identifiers.rows[0] == {"email": "ann.lee@school.example", "first_name": "Ann", "last_name": "Lee"}
    assert found.identifiers.not_students() == ["Overall average"]


def test_grades_of_a_german_download_go_back_matched_on_the_students_identifiers(tmp_path):
    session = L.session_for(german_file(tmp_path, "csv"), L.by_text)
    result = export_format("moodle-gradebook").write(session, tmp_path / "noten.csv")
    rows = L.read_csv(result.path)
    assert rows[0] == ["First name", "Last name", "Username", "ID number", "Email address", "Q1", "Q2"]
    # the username ("Anmeldename") is the identifier every student has: all three go back on it
    assert rows[1:] == [["Ann", "Lee", "alee", "S-01", "ann.lee@schule.example", "2", "1"],
                        ["Ben", "Okafor", "bokafor", "S-02", "ben.okafor@schule.example", "1", "2"],
                        ["Cara", "Diaz", "cdiaz", "", "", "0", "0"]]
    assert "map from “Username”" in result.note and not result.unmatched
    assert "Gesamtdurchschnitt" not in {c for r in rows for c in r}                # the average row is no student


def test_a_spanish_download_without_usernames_goes_back_on_the_email_address(tmp_path):
    session = L.session_for(write(tmp_path / "respuestas.csv", spanish_rows()), L.by_text)
    result = export_format("moodle-gradebook").write(session, tmp_path / "calificaciones.csv")
    rows = L.read_csv(result.path)
    assert [r[4] for r in rows[1:]] == ["ann.lee@escuela.example", "ben.okafor@escuela.example"]
    assert "map from “Email address”" in result.note
    assert [u.student for u in result.unmatched] == ["Cara Diaz"]                   # no email address: reported


@pytest.mark.parametrize("columns,rows", [
    # a German class list with answers: surname, first name, an answer; no attempt, no grade out of
    (["Nachname", "Vorname", "Antwort"], [["Müller", "Anna", "Eis ist leichter als Wasser."],
                                          ["Schmidt", "Jonas", "Weil es kalt ist."]]),
    # numbered answers and a status of the teacher's own: still none of Moodle's attempt columns
    (["Nachname", "Vorname", "Status", "Antwort 1", "Antwort 2"],
     [["Müller", "Anna", "abgegeben", "Eis ist leichter.", "Photosynthese."],
      ["Schmidt", "Jonas", "abgegeben", "Weil es kalt ist.", "Sie essen Erde."]]),
    (["Apellido(s)", "Nombre", "Respuesta 1"], [["García", "Lucía", "El hielo flota."],
                                                ["López", "Mateo", "Porque hace frío."]]),
])
def test_a_teachers_own_german_or_spanish_sheet_is_no_moodle_download(columns, rows):
    sheet = Sheet(frame=pd.DataFrame(rows, columns=columns, dtype=object))
    assert recognise(sheet) is None


# ----- the assignment grading worksheet --------------------------------------------------------------------------

DE_WORKSHEET = ["ID", "Vollständiger Name", "E-Mail-Adresse", "Status", "Bewertung", "Bestwertung",
                "Bewertung kann geändert werden", "Zuletzt geändert (Abgabe)", "Texteingabe online",
                "Zuletzt geändert (Bewertung)", "Feedback als Kommentar"]
ES_WORKSHEET = ["Identificador", "Nombre completo", "Dirección de correo", "Estado", "Calificación",
                "Calificación máxima", "La calificación puede ser cambiada", "Última modificación (entrega)",
                "Texto en línea", "Última modificación (calificación)", "Comentarios de retroalimentación"]


def worksheet(tmp_path, head, participant, status, yes, when):
    rows = [head,
            [f"{participant}5101", "Ann Lee", "ann.lee@schule.example", status, "", "2,00", yes, when, L.A_GOOD, "-", ""],
            [f"{participant}5102", "Ben Okafor", "ben.okafor@schule.example", status, "", "2,00", yes, when, L.A_SOME,
             "-", ""]]
    return write(tmp_path / "Bewertungen-Aufsatz-4.csv", rows)


@pytest.mark.parametrize("head,participant,status,yes,when", [
    (DE_WORKSHEET, "Teilnehmer/in", "Zur Bewertung abgegeben", "Ja", "Montag, 4. März 2024, 10:12"),
    (DE_WORKSHEET, "Teilnehmer/in ", "Zur Bewertung abgegeben", "Ja", "Montag, 4. März 2024, 10:12"),
    (ES_WORKSHEET, "Participante", "Enviado para calificar", "Sí", "lunes, 4 de marzo de 2024, 10:12"),
])
def test_a_german_or_spanish_grading_worksheet_is_read_and_goes_back_in_its_language(tmp_path, head, participant,
                                                                                       status, yes, when):
    path = worksheet(tmp_path, head, participant, status, yes, when)
    sheet = read_sheet(path)
    found = recognise(sheet)
    assert found is not None and (found.system, found.kind) == ("Moodle", "assignment grading worksheet")
    m = found.mapping
    assert (m.id_column, m.name_column, m.answer_columns) == (head[0], head[1], {head[8]: head[8]})
    assert found.identifiers.rows[0] == {
        "participant": f"{participant}5101", "name": "Ann Lee", "email": "ann.lee@schule.example",
        "moodle_status": status, "moodle_can_change": yes, "moodle_modified_submission": when,
        "moodle_modified_grade": "-"}
    session = L.session_for(path, L.by_text)
    assert [a.text for a in session.answers] == [L.A_GOOD, L.A_SOME]
    result = export_format("moodle-worksheet").write(session, tmp_path / "hochladen.csv")
    rows = L.read_csv(result.path)
    # Moodle's upload finds the identifier, grade, last modified (grade) and comments columns by their names in the
    # site's language: the worksheet goes back with the names it came with (less the online text)
    assert rows[0] == [h for h in head if h != head[8]]
    assert [r[0] for r in rows[1:]] == [f"{participant}5101", f"{participant}5102"]
    assert [r[4] for r in rows[1:]] == ["2", "1"] and result.written == 2 and not result.unmatched


@pytest.mark.parametrize("head,participant", [(DE_WORKSHEET, "Teilnehmer/in"), (ES_WORKSHEET, "Participante"),
                                              (L.WORKSHEET_HEAD, "Participant ")])
def test_a_worksheets_question_is_named_by_its_own_header_in_the_sites_language(tmp_path, head, participant):
    """QA s52b, finding 8: the German worksheet's question was keyed as the English "Online text", so the German window
    said "Frage Online text" and the files headed it so; it is the worksheet's own "Texteingabe online"."""
    session = L.session_for(worksheet(tmp_path, head, participant, "-", "-", "-"), L.by_text)
    assert session.item_keys() == [head[8]] and {a.item for a in session.answers} == {head[8]}
    points = L.read_csv(export_format("points").write(session, tmp_path / "punkte.csv").path)
    assert points[0][-3:] == [head[8], "Total", "Out of"]
    assert [r[-3:] for r in points[1:]] == [["2", "2", "2"], ["1", "1", "2"]]
    # the uploaded worksheet holds no question column: its names are the downloaded ones, less the online text
    upload = L.read_csv(export_format("moodle-worksheet").write(session, tmp_path / "hochladen.csv").path)
    assert upload[0] == [h for h in head if h != head[8]]


def test_a_teachers_own_sheet_exports_an_english_worksheet(tmp_path):
    session = L.session_for(L.moodle_worksheet(tmp_path), L.by_text)
    rows = L.read_csv(export_format("moodle-worksheet").write(session, tmp_path / "up.csv").path)
    assert rows[0][:5] == ["Identifier", "Full name", "Email address", "Status", "Grade"]
