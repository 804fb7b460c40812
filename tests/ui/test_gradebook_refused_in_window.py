"""A gradebook Grader wrote (Moodle's and Google Classroom's upload files, the points sheet), opened in the window.
QA: the command line refuses each with one sentence, but the window opened the columns dialog saying "… open the sheet
of the students' answers instead. Choose the columns above, or Cancel.", two ways at once. The window refuses it on
the start screen with the command line's sentence: no columns dialog, and the file does not join the recent sheets.
A workbook with other worksheets keeps the dialog, which then says to choose the worksheet of the answers. (A sheet of
answers whose columns cannot be guessed still gets the dialog: test_main_window.) Each file is written by the real
exporter and opened in the real main window."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

_LMS_TESTS = str(Path(__file__).resolve().parents[1] / "io" / "lms")
if _LMS_TESTS not in sys.path:
    sys.path.insert(0, _LMS_TESTS)

import lms_sheets as L  # noqa: E402
from grader_app.io.lms import export_format  # noqa: E402
from grader_app.ui.main_window import START  # noqa: E402

SAID = {"moodle-gradebook": "This file is a gradebook for Moodle (grades, not the students' answers); open the sheet "
                            "of the students' answers instead.",
        "google-classroom": "This file is a gradebook for Google Classroom (grades, not the students' answers); open "
                            "the sheet of the students' answers instead.",
        "points": "This file holds the points per question that Grader wrote, not the students' answers; open the "
                  "sheet of the students' answers instead."}


@pytest.mark.parametrize("key", sorted(SAID))
def test_a_gradebook_grader_wrote_is_refused_on_the_start_screen(qtbot, window, tmp_path, key):
    download = L.google_forms if key == "google-classroom" else L.moodle_responses
    session = L.session_for(download(tmp_path), L.by_text)
    written = export_format(key).write(session, tmp_path / f"{key}.csv").path
    window.open_path(written)
    qtbot.waitUntil(lambda: window.start.message.text().startswith("⚠"), timeout=10000)
    assert window.start.message.text() == "⚠ " + SAID[key]
    assert window.mapping_dialog is None or not window.mapping_dialog.isVisible()
    assert window.pages.currentIndex() == START and window.session is None
    assert str(written) not in [str(p) for p in window.settings.recent_sheets()]



def test_a_workbook_whose_sheet_read_is_a_gradebook_asks_for_another_worksheet(qtbot, window, tmp_path):
    """A workbook of several worksheets, the one read a gradebook: its columns dialog, which chooses the worksheet,
    stays, and says to choose the worksheet of the answers (not the columns)."""
    import openpyxl

    session = L.session_for(L.moodle_responses(tmp_path), L.by_text)
    written = export_format("moodle-gradebook").write(session, tmp_path / "moodle.csv").path
    book = openpyxl.Workbook()
    grades = book.active
    grades.title = "Grades"
    for row in L.read_csv(written):
        grades.append(row)
    book.create_sheet("Notes").append(["to do"])
    book.save(tmp_path / "class.xlsx")
    window.open_path(tmp_path / "class.xlsx")
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=10000)
    dlg = window.mapping_dialog
    assert dlg.worksheet_combo is not None
    assert dlg.error.text() == "⚠ " + SAID["moodle-gradebook"] + " Choose the worksheet of the answers above, or Cancel."
    dlg.reject()


# the grading worksheet Grader wrote for Moodle's upload (QA h2: it was taken for a Moodle worksheet without online
# text, and the columns dialog told the teacher to let the assignment take online text, in English in every window)
UPLOAD_SAID = {
    "en": "This file is the grading worksheet Grader wrote for you to upload to Moodle (the assignment's Upload grading "
          "worksheet), with your grades and comments, not a worksheet to grade; to grade, open the worksheet you "
          "downloaded from Moodle, with the students' online text.",
    "de": "Diese Datei ist die Bewertungstabelle, die Grader für den Upload nach Moodle geschrieben hat",
    "es": "Este archivo es la hoja de calificaciones que Grader escribió para que la subas a Moodle"}


@pytest.mark.parametrize("lang", sorted(UPLOAD_SAID))
def test_grader_s_moodle_worksheet_is_refused_as_the_file_to_upload(qtbot, make_window, tmp_path, lang):
    from grader_app.ui import i18n

    assert i18n.install(lang)
    window = make_window()
    session = L.session_for(L.moodle_worksheet(tmp_path), L.by_text)
    written = export_format("moodle-worksheet").write(session, tmp_path / "upload.csv").path
    window.open_path(written)
    qtbot.waitUntil(lambda: window.start.message.text().startswith("⚠"), timeout=10000)
    assert window.start.message.text().startswith("⚠ " + UPLOAD_SAID[lang])
    assert window.mapping_dialog is None or not window.mapping_dialog.isVisible()
    assert window.pages.currentIndex() == START and window.session is None


# Moodle's own gradebook download (Grades › Export): it said only "open the sheet of the students' answers instead",
# where Canvas's item analysis report names the page of Canvas that gives them; now it names Moodle's
MOODLE_SAID = {
    "en": "This is a gradebook exported from Moodle (grades, not the students' answers); in Moodle open the quiz, choose "
          "Results › Responses, download the report and open that file instead (for an assignment, download its "
          "grading worksheet with the students' online text).",
    "de": "Diese Datei ist ein aus Moodle exportiertes Notenbuch (Bewertungen, nicht die Antworten der Schülerinnen und "
          "Schüler); öffnen Sie in Moodle den Test, wählen Sie „Ergebnisse“ › „Antworten“, laden Sie den Bericht herunter "
          "und öffnen Sie stattdessen diese Datei (bei einer Aufgabe laden Sie ihre Bewertungstabelle mit der "
          "Texteingabe online herunter).",
    "es": "Esto es un libro de calificaciones exportado de Moodle (notas, no las respuestas de los "
          "estudiantes); en Moodle abre el cuestionario, elige «Resultados» › «Respuestas», descarga el informe y abre "
          "ese archivo en su lugar (en una tarea, descarga su hoja de calificaciones con el texto en línea de los "
          "estudiantes)."}


@pytest.mark.parametrize("lang", sorted(MOODLE_SAID))
def test_moodle_s_gradebook_download_says_where_in_moodle_the_answers_are(qtbot, make_window, tmp_path, lang):
    from grader_app.ui import i18n

    assert i18n.install(lang)
    window = make_window()
    window.open_path(L.moodle_gradebook(tmp_path))
    qtbot.waitUntil(lambda: window.start.message.text().startswith("⚠"), timeout=10000)
    assert window.start.message.text() == "⚠ " + MOODLE_SAID[lang]
    assert window.pages.currentIndex() == START and window.session is None
