"""An LMS download that holds no answers (Canvas's item analysis report, a Moodle grading worksheet of an assignment
without online text), opened in a German or Spanish window. QA (LMS h2): the columns dialog said which file to download
instead in English in every window language, and said it twice (as the problem and again among the sheet's notes). It
is now a problem the window translates, said once. Each file is written as the LMS writes it and opened in the real
main window."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

_LMS_TESTS = str(Path(__file__).resolve().parents[1] / "io" / "lms")
if _LMS_TESTS not in sys.path:
    sys.path.insert(0, _LMS_TESTS)

import lms_sheets as L  # noqa: E402
from test_own_worksheet_reopened import moodle_without_text  # noqa: E402

FILES = {"canvas": L.canvas_item_analysis, "moodle": lambda folder: moodle_without_text(folder, graded=False)}
ENGLISH = {"canvas": "Canvas item analysis report", "moodle": "Moodle grading worksheet without the students' text"}
SAID = {
    ("canvas", "de"): "Diese Datei ist ein Item-Analysis-Bericht aus Canvas: er enthält die Statistik jeder Frage, aber nicht "
                      "die Antworten der Schülerinnen und Schüler; öffnen Sie in Canvas den Test, wählen Sie "
                      "„Quiz-Statistik“ (in New Quizzes „Berichte“), laden Sie die „Student Analysis“ herunter und "
                      "öffnen Sie stattdessen die heruntergeladene Datei.",
    ("canvas", "es"): "Esto es un informe Item Analysis de Canvas: tiene las estadísticas de cada pregunta, pero no las "
                      "respuestas de los estudiantes; en Canvas abre el cuestionario, elige «Estadísticas del "
                      "cuestionario» («Informes» en New Quizzes), descarga el informe Student Analysis y abre ese "
                      "archivo en su lugar.",
    ("moodle", "de"): "Diese Datei ist eine Bewertungstabelle aus Moodle ohne die Texte der Schülerinnen und Schüler; erlauben "
                      "Sie in Moodle für die Aufgabe die Texteingabe online oder laden Sie die Abgaben herunter, und "
                      "öffnen Sie die Datei mit den Antworten.",
    ("moodle", "es"): "Esto es una hoja de calificaciones de Moodle sin el texto de los estudiantes; en Moodle permite "
                      "que la tarea admita texto en línea, o descarga las entregas, y abre el archivo con las "
                      "respuestas."}
CHOOSE = {"de": "Wählen Sie oben die Spalten aus oder brechen Sie ab.", "es": "Elige las columnas de arriba o pulsa "
                                                                          "Cancelar."}


@pytest.mark.parametrize("which, lang", sorted(SAID))
def test_a_download_without_answers_is_said_in_the_window_s_language(qtbot, make_window, tmp_path, which, lang):
    from grader_app.ui import i18n

    assert i18n.install(lang)
    window = make_window()
    window.open_path(FILES[which](tmp_path))
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=10000)
    dlg = window.mapping_dialog
    assert dlg.error.text() == "⚠ " + SAID[which, lang] + " " + CHOOSE[lang]
    # said once: not again among the sheet's notes (where it stood in English), and nowhere in English
    assert ENGLISH[which] not in dlg.error.text() and ENGLISH[which] not in dlg.notes_label.text()
    assert SAID[which, lang][10:60] not in dlg.notes_label.text()
    dlg.reject()


# the Canvas gradebook for a sheet whose columns tell no student apart: refused at once, in the window's language too
NO_STUDENTS = {
    "de": "Das Canvas-Notenbuch muss wissen, wer jede Schülerin und jeder Schüler ist; wählen Sie unter „Spalten und "
          "Modelle prüfen“ die Spalte mit der Schüler-ID und exportieren Sie erneut.",
    "es": "El libro de calificaciones de Canvas necesita saber quién es cada estudiante; elige la columna del ID de "
          "estudiante en «Revisar las columnas y los modelos» y vuelve a exportar."}


@pytest.mark.parametrize("lang", sorted(NO_STUDENTS))
def test_the_canvas_gradebook_without_a_student_column_is_refused_in_the_window_s_language(qtbot, tmp_path,
                                                                                          task_manager, lang):
    from grader_app.core.sheet import ColumnMapping
    from grader_app.ui import i18n
    from grader_app.ui.export_dialog import CANVAS, ExportDialog
    from ui_helpers import counted, make_long_csv, scored_csv_session, tiny_bundles

    sheet = make_long_csv(tmp_path / "class.csv", n_students=3)
    session = scored_csv_session(sheet, tiny_bundles(tmp_path / "bundles"),
                                 ColumnMapping(item_column="Question", answer_column="Answer"))
    assert i18n.install(lang)
    dlg = ExportDialog(session, sheet, task_manager)
    qtbot.addWidget(dlg)
    counted(qtbot, dlg)
    dlg.set_format(CANVAS)
    with qtbot.waitSignal(dlg.failed) as sig:
        assert dlg.export() is False
    assert sig.args[0] == NO_STUDENTS[lang]
    assert [p.name for p in tmp_path.glob("*.csv")] == ["class.csv"]   # the sheet alone: no gradebook written
