"""A name Grader quotes before it goes into a translated sentence stood in English quotation marks among the
translator's own (QA pass): "… anhand der Angabe „E-Mail-Adresse“ … (keine Spalte “Email”, oder eine leere)" on the
German export dialog, "(no hay columna “Email”, …) … «Puntos por pregunta (CSV)»" on the Spanish. The marks around
such a name now come from the catalogue (``i18n.quoted``), so each language sets its own: a column's name in the
refusal of an LMS file, the spellings read as one question, the models made from a marked sheet. A real export
through the real dialog; the catalogues Qt's own tools build, and Grader's German and Spanish ones."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

_LMS_TESTS = str(Path(__file__).resolve().parents[1] / "io" / "lms")
if _LMS_TESTS not in sys.path:
    sys.path.insert(0, _LMS_TESTS)

import translation_catalogues  # noqa: E402
from grader_app.io import notes as io_notes  # noqa: E402
from grader_app.ui.sheet_notes import note_words  # noqa: E402
from grader_app.ui.export_formats import CANVAS  # noqa: E402
from in_language import in_language  # noqa: E402
from test_export_fit_and_words import WORDS, L, export, open_dialog  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "grader_app" / "ui" / "i18n.py"
NOTES = ROOT / "grader_app" / "ui" / "sheet_notes.py"


def _refusal(qtbot, task_manager, tmp_path: Path) -> str:
    """What the export dialog says when the Canvas gradebook by the sheet's student id column finds no student of a
    sheet whose ids are all empty. (A file that could take no one for want of an identifier the sheet has no column
    of, the Moodle gradebook on a sheet without emails, is not even offered now: tests/ui/test_lms_fit_said_first.py.)"""
    rows = [["Student ID", "Name", "Username", "Question", "Answer"]]
    rows += [["", f"Student {i} Surname", "", q, f"{q}: answer {i}"] for i in (1, 2) for q in ("q1", "q2")]
    dlg = open_dialog(qtbot, task_manager, L.write_csv(tmp_path / "bare.csv", rows))
    assert dlg.chooser.some_left_out[CANVAS].isVisibleTo(dlg)     # said before too: no one has a student id
    message = export(qtbot, dlg, CANVAS, tmp_path / "canvas.csv", signal="failed")
    assert not (tmp_path / "canvas.csv").exists()
    return message


def test_the_quotation_marks_around_a_name_are_the_catalogues(qtbot, tmp_path, task_manager):
    with translation_catalogues.marked_catalogue(tmp_path, WORDS, I18N, NOTES) as sources:
        assert "“{text}”" in sources
        message = _refusal(qtbot, task_manager, tmp_path)
        assert "no «“SIS User ID”» column" in message, message   # marked: the catalogue's
        assert "“SIS User ID”" not in message.replace("«“SIS User ID”»", "")
        said = note_words(io_notes.one_question(["Q1", "q1 "], "Q1"))
        assert said.startswith("«Read «“Q1”», «“q1 ”» as one question"), said


@pytest.mark.parametrize("lang, opening, closing", [("de", "„", "“"), ("es", "«", "»")])
def test_each_language_quotes_the_column_names_with_its_own_marks(qtbot, tmp_path, task_manager, lang, opening,
                                                                  closing):
    with in_language(lang):
        message = _refusal(qtbot, task_manager, tmp_path)
        assert f"{opening}SIS User ID{closing}" in message, message
        assert "”" not in message and (lang == "de" or "“" not in message), message   # no English marks
        said = note_words(io_notes.one_question(["Q1", "q1 "], "Q1"))
        assert f"{opening}Q1{closing}, {opening}q1 {closing}" in said and "”" not in said, said
