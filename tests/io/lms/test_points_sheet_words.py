"""The points sheet ("Any system → Points per question") heads its columns in the teacher's language when the window
gives the words, leaves out the Student ID and Email columns a sheet gives nobody (QA: English headers in a German
window beside a German feedback sheet, and two empty columns on a sheet of names alone), and is still known for what
it is when it is opened again as if it held answers, in any of the languages (the LMS round trip). Each file is
written by the real exporter and read back as the app reads it."""
from __future__ import annotations

import pytest

import lms_sheets as L
from grader_app.io import SheetError, guess_columns, read_sheet
from grader_app.io.lms import ListWords, export_format
from grader_app.io.lms.grade_files import grades_file
from grader_app.io.lms.plain import POINTS_HEADERS


def _names_only(folder):
    """A teacher's sheet of names and one question's answers: no id, no email."""
    rows = [["Name", "Cell membrane"], ["Ann Lee", L.A_GOOD], ["Ben Okafor", L.A_SOME], ["Cara Diaz", "It is cold."]]
    return L.write_csv(folder / "names.csv", rows)


def _written(tmp_path, sheet, lang):
    session = L.session_for(sheet, lambda a: None if a.text == "It is cold." else L.by_text(a))
    out = tmp_path / f"points-{lang}.csv"
    export_format("points").write(session, out, words=ListWords(points=POINTS_HEADERS[lang], open="offen"))
    return out


def _known_again(path):
    sheet = read_sheet(path)
    assert grades_file(sheet) == ""          # the points sheet
    with pytest.raises(SheetError) as caught:
        guess_columns(sheet)
    assert caught.value.kind == "columns.points_file"


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_the_points_sheet_speaks_the_teachers_language_and_is_known_again(tmp_path, lang):
    student, student_id, _username, email, total, out_of = POINTS_HEADERS[lang]
    rows = L.read_csv(_written(tmp_path, L.own_class(tmp_path), lang))
    assert rows[0] == [student, student_id, email, "Cell membrane", total, out_of]
    assert rows[1] == ["Lee, Ann", "S0001", "ann.lee@school.example", "2", "2", "2"]
    assert rows[3] == ["Diaz, Cara", "", "cara.diaz@school.example", "", "", "2"]     # Cara's answer still open
    _known_again(tmp_path / f"points-{lang}.csv")


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_a_sheet_naming_nobody_by_id_or_email_gets_no_empty_id_and_email_columns(tmp_path, lang):
    student, *_who, total, out_of = POINTS_HEADERS[lang]
    rows = L.read_csv(_written(tmp_path, _names_only(tmp_path), lang))
    assert rows == [[student, "Cell membrane", total, out_of], ["Ann Lee", "2", "2", "2"],
                    ["Ben Okafor", "1", "1", "2"], ["Cara Diaz", "", "", "2"]]
    _known_again(tmp_path / f"points-{lang}.csv")


def test_words_the_reader_does_not_know_give_the_english_headers(tmp_path):
    session = L.session_for(_names_only(tmp_path), L.by_text)
    out = tmp_path / "points.csv"
    export_format("points").write(session, out, words=ListWords(points=("Élève", "ID", "Courriel", "Somme", "Sur")))
    assert L.read_csv(out)[0] == ["Student", "Cell membrane", "Total", "Out of"]
    _known_again(out)


def test_an_earlier_points_sheet_with_empty_id_and_email_columns_is_still_known(tmp_path):
    rows = [["Student", "Student ID", "Email", "Q1", "Q2", "Total", "Out of"],
            ["Ann Lee", "", "", "2", "1", "3", "4"], ["Ben Okafor", "", "", "2; open", "", "", "4"]]
    _known_again(L.write_csv(tmp_path / "points.csv", rows, bom=True))


def test_the_saved_points_sheets_note_counts_the_students_left_without_a_total(tmp_path, qapp):
    """QA: "Every student has a row … and their total" under a file where 25 rows have no total. The note counts
    them, in English as written and through the window's words."""
    from grader_app.ui import export_notes
    sheet = L.own_class(tmp_path)
    done = export_format("points").write(L.session_for(sheet, L.by_text), tmp_path / "all.csv")
    assert str(done.notes[0]) == "Every student has a row with their points per question and their total."
    open_one = export_format("points").write(L.session_for(sheet, lambda a: None if a.text == "It is cold." else
                                                            L.by_text(a)), tmp_path / "open.csv")
    note = open_one.notes[0]
    assert str(note) == ("Every student has a row with their points per question; 1 of them has no total yet, "
                         "because an answer of theirs has no score.")
    assert export_notes.note_words(note) == str(note)
