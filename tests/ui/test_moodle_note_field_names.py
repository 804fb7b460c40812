"""The Moodle gradebook note said "map from 'Email address' to 'Email address'" in every language, the Spanish one
"asigna «Email address» a «Email address»". Moodle's import lists the file's columns under "Map from" as the file heads
them (English: this file writes them), but its own fields under "Map to" in the site's language, and a Spanish Moodle
does not call the field "Email address" (its language pack has had "Dirección de correo" and "Dirección Email"). The
note now quotes only the file's column and names Moodle's field in words, in the interface's language. A real Moodle
gradebook file written and its note said as the export dialog says it."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

_LMS_TESTS = str(Path(__file__).resolve().parents[1] / "io" / "lms")
if _LMS_TESTS not in sys.path:
    sys.path.insert(0, _LMS_TESTS)

import lms_sheets as L  # noqa: E402
from grader_app.io.lms import export_format  # noqa: E402
from grader_app.io.lms import export_notes as said  # noqa: E402
from grader_app.ui import export_notes  # noqa: E402
from in_language import in_language  # noqa: E402

FIELD_WORDS = {   # how each language names the field, whatever its Moodle's label for it is
    "en": {"Email address": "Moodle's email address field", "Username": "Moodle's username field",
           "ID number": "Moodle's ID number field"},
    "es": {"Email address": "campo de la dirección de correo de Moodle",
           "Username": "campo del nombre de usuario de Moodle", "ID number": "campo del número de ID de Moodle"},
    "de": {"Email address": "Moodle-Feld für die E-Mail-Adresse", "Username": "Moodle-Feld für den Benutzernamen",
           "ID number": "Moodle-Feld für die ID-Nummer"},
}
QUOTES = {"en": "“{}”", "es": "«{}»", "de": "„{}“"}


@pytest.mark.parametrize("lang", ["en", "es", "de"])
@pytest.mark.parametrize("column", ["Email address", "Username", "ID number"])
def test_the_note_quotes_the_files_column_and_names_moodles_field_in_words(qapp, lang, column):
    with in_language(lang):
        text = export_notes.note_words(said.moodle_gradebook(column))
    assert text.count(QUOTES[lang].format(column)) == 1, text          # was twice: from the column, to the "field"
    assert FIELD_WORDS[lang][column] in text, text


def test_the_spanish_dialog_says_so_for_a_real_moodle_gradebook(qapp, tmp_path):
    session = L.session_for(L.moodle_responses(tmp_path), L.by_text)
    result = export_format("moodle-gradebook").write(session, tmp_path / "gradebook.csv")
    assert L.read_csv(result.path)[0][4] == "Email address"          # the file's column, as "Map from" lists it
    note = next(n for n in result.notes if n.kind == "moodle_gradebook")
    assert str(note).startswith("In Moodle choose Grades > Import > CSV file, map from “Email address” to Moodle's "
                                "email address field, and map")
    with in_language("es"):
        text = export_notes.note_words(note)
    assert text.startswith("En Moodle elige «Calificaciones > Importar > Archivo CSV», asigna «Email address» al campo "
                           "de la dirección de correo de Moodle y ")
    assert "» a «Email address»" not in text
