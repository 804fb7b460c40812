"""A German (and Spanish) window named Moodle's menus in English ("In Moodle unter Grades > Import > CSV file", "View all
submissions > Upload grading worksheet") and said "Schüler" for the students on the export dialog and in what it says
after saving. Now Moodle's menus are named as Moodle's own German and Spanish language packs name them, the same on
the dialog and in the note after saving, and the German export texts say "Schülerinnen und Schüler". Read from the
committed catalogues, and through Qt's translations as the window shows them."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from grader_app.ui import export_notes
from in_language import in_language
from test_spanish_wording_qa import translations

ROOT = Path(__file__).resolve().parents[2]
translate = QCoreApplication.translate
EXPORT_CONTEXTS = {"export_formats", "ExportDialog", "ExportNotes", "ExportReasons", "FeedbackPdf", "FormatChooser"}


def test_the_german_export_texts_say_schuelerinnen_und_schueler():
    """"Schüler" alone (not in "Schüler-ID", nor beside "Schülerin") is in no export text."""
    alone = re.compile(r"\bSchüler(?:s|n)?\b(?!-)")
    found = [(c, t) for c, s, t in translations("de") if c in EXPORT_CONTEXTS and alone.search(t)
             and not re.search(r"Schülerin|Schülerinnen", t)]
    assert found == []


@pytest.mark.parametrize("lang, before, after, menus", [
    ("de", ("export_formats", "In Moodle: Grades > Import > CSV file."),
     lambda: export_notes._moodle_gradebook({"column": "Email address"}), ("„Bewertungen > Import > CSV-Datei“",)),
    ("de", ("export_formats", "In Moodle: the assignment's View all submissions > Upload grading worksheet."),
     lambda: export_notes._moodle_worksheet({}), ("„Alle Abgaben anzeigen > Bewertungstabelle hochladen“",)),
    ("de", ("export_formats", "In Canvas: Grades > Import, then choose this file."),
     lambda: export_notes._canvas_gradebook({}), ("„Noten“", "„Importieren“")),
    ("es", ("export_formats", "In Moodle: the assignment's View all submissions > Upload grading worksheet."),
     lambda: export_notes._moodle_worksheet({}), ("«Ver todos los envíos > Subir hoja de calificaciones»",)),
])
def test_moodles_menus_are_named_as_moodle_names_them_before_and_after_saving(qapp, lang, before, after, menus):
    with in_language(lang):
        said = translate(*before), after()
    for text in said:
        assert all(m.strip("„“") in text for m in menus), text
        assert not re.search(r"Grades|CSV file|View all submissions|grading worksheet|Allow updating", text), text
