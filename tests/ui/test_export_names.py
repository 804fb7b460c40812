"""The export dialog's file names as a teacher meets them: each format's suggested name ends in the window's language
("class-bewertet.xlsx", "class-rueckmeldung.csv"; it was "-graded", "-feedback" in a German window), made of
characters every file system takes; and switching format gives that format's suggested name, unless the teacher typed
a name of their own, whose stem stays with the new format's ending and suffix. Driven through the real dialog with
clicks and typing, the default names and endings from the committed catalogues."""
from __future__ import annotations

import re
from contextlib import ExitStack
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from grader_app.ui.export_dialog import CANVAS, CSV, FEEDBACK_CSV, FEEDBACK_PDF, FEEDBACK_XLSX, PDF, XLSX
from grader_app.ui.export_formats import CHOICES, file_safe
from in_language import in_language
from test_export_replace_and_place import _click, _export, _type_name, session, sheet_path  # noqa: F401
from ui_helpers import export_dialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SUGGESTED = {   # language: format -> the suggested name for the sheet "class.csv"
    "en": {XLSX: "class-graded.xlsx", CSV: "class-graded.csv", CANVAS: "class-canvas.csv", PDF: "class-report.pdf",
           FEEDBACK_XLSX: "class-feedback.xlsx", FEEDBACK_CSV: "class-feedback.csv",
           FEEDBACK_PDF: "class-feedback.pdf", "moodle-gradebook-by-id": "class-moodle-gradebook-by-id.csv",
           "points": "class-points.csv"},
    "de": {XLSX: "class-bewertet.xlsx", CSV: "class-bewertet.csv", CANVAS: "class-canvas.csv", PDF: "class-bericht.pdf",
           FEEDBACK_XLSX: "class-rueckmeldung.xlsx", FEEDBACK_CSV: "class-rueckmeldung.csv",
           FEEDBACK_PDF: "class-rueckmeldung.pdf", "moodle-gradebook-by-id": "class-moodle-bewertungen-nach-id.csv",
           "points": "class-punkte.csv"},
    "es": {XLSX: "class-corregida.xlsx", CSV: "class-corregida.csv", CANVAS: "class-canvas.csv",
           PDF: "class-informe.pdf", FEEDBACK_XLSX: "class-comentarios.xlsx", FEEDBACK_CSV: "class-comentarios.csv",
           FEEDBACK_PDF: "class-comentarios.pdf", "moodle-gradebook-by-id": "class-moodle-calificaciones-por-id.csv",
           "points": "class-puntos.csv"},
}


@pytest.fixture
def language():
    """``language(code)`` installs ``code`` for the rest of the test, English again after it."""
    with ExitStack() as held:
        yield lambda code: held.enter_context(in_language(code))


def opened(qtbot, session, sheet_path, task_manager):  # noqa: F811
    dlg = export_dialog(qtbot, session, sheet_path, task_manager)
    qtbot.waitExposed(dlg)
    qtbot.waitUntil(lambda: task_manager.tasks() == [], timeout=5000)   # the suggested folder is found
    return dlg


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_each_formats_suggested_name_ends_in_the_windows_language(qtbot, session, sheet_path, task_manager,  # noqa: F811
                                                                  language, lang):
    language(lang)
    dlg = opened(qtbot, session, sheet_path, task_manager)
    for fmt, name in SUGGESTED[lang].items():
        _click(qtbot, dlg, fmt)
        assert dlg.path_edit.text() == str(sheet_path.with_name(name)), fmt
    endings = {c.key: c.file_ending for c in CHOICES}
    assert all(re.fullmatch(r"-[a-z0-9]+(-[a-z0-9]+)*", e) for e in endings.values()), endings   # plain ASCII
    kinds = {c.ending: c.file_ending for c in CHOICES}
    assert len(set(kinds.values())) == len(kinds)          # two kinds of file never share an ending


def test_a_german_window_writes_the_file_under_its_german_name(qtbot, session, sheet_path, task_manager,  # noqa: F811
                                                               language):
    language("de")
    dlg = opened(qtbot, session, sheet_path, task_manager)
    _click(qtbot, dlg, FEEDBACK_CSV)
    written = Path(_export(qtbot, dlg))
    assert written == sheet_path.with_name("class-rueckmeldung.csv") and written.is_file()


def test_switching_format_gives_its_name_unless_the_teacher_gave_their_own(qtbot, session, sheet_path,  # noqa: F811
                                                                            task_manager, tmp_path, language):
    """What a teacher expects, in a German window: the suggested name follows the format; a name only moved to
    another folder is still the suggested one there; a name of their own keeps its stem ("9B") and takes the format's
    ending and suffix; an English suggested name from before the language changed is still known as the suggested
    one; an emptied field gives the format's suggested name again."""
    language("de")
    dlg = opened(qtbot, session, sheet_path, task_manager)
    folder = tmp_path / "Abgabe"
    folder.mkdir()
    _click(qtbot, dlg, XLSX)
    _type_name(qtbot, dlg, folder / "class-bewertet.xlsx")       # only the folder changed
    _click(qtbot, dlg, FEEDBACK_CSV)
    assert dlg.path_edit.text() == str(folder / "class-rueckmeldung.csv")
    _click(qtbot, dlg, PDF)
    assert dlg.path_edit.text() == str(folder / "class-bericht.pdf")

    _type_name(qtbot, dlg, folder / "9B.pdf")                    # a name of their own for the report
    _click(qtbot, dlg, CSV)
    assert dlg.path_edit.text() == str(folder / "9B-bewertet.csv")
    _type_name(qtbot, dlg, folder / "9B.csv")                    # and for the graded CSV
    _click(qtbot, dlg, XLSX)
    assert dlg.path_edit.text() == str(folder / "9B.xlsx")       # the same kind of file: their whole name
    _click(qtbot, dlg, FEEDBACK_XLSX)
    assert dlg.path_edit.text() == str(folder / "9B-rueckmeldung.xlsx")
    _click(qtbot, dlg, FEEDBACK_PDF)
    assert dlg.path_edit.text() == str(folder / "9B-rueckmeldung.pdf")
    _click(qtbot, dlg, "moodle-gradebook-by-id")       # the sheet has student ids and no email: Moodle's by them
    assert dlg.path_edit.text() == str(folder / "9B-moodle-bewertungen-nach-id.csv")
    _click(qtbot, dlg, CSV)
    assert dlg.path_edit.text() == str(folder / "9B.csv")        # the name they gave this format comes back

    _type_name(qtbot, dlg, folder / "class-graded.csv")          # the English suggestion, from an English window
    _click(qtbot, dlg, CANVAS)
    assert dlg.path_edit.text() == str(folder / "class-canvas.csv")

    qtbot.keyClick(dlg.path_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dlg.path_edit, Qt.Key.Key_Backspace)          # emptied: the suggested name again, beside the sheet
    assert dlg.path_edit.text() == ""
    _click(qtbot, dlg, FEEDBACK_XLSX)
    assert dlg.path_edit.text() == str(sheet_path.with_name("class-rueckmeldung.xlsx"))
    _click(qtbot, dlg, XLSX)
    assert dlg.path_edit.text() == str(sheet_path.with_name("class-bewertet.xlsx"))


def test_an_ending_is_kept_to_what_a_file_system_takes():
    assert file_safe("-bewertet") == "-bewertet" and file_safe("-Rückmeldung") == "-Rückmeldung"
    assert file_safe('-a/b\\c:d*e?f"g<h>i|j') == "-abcdefghij"
    assert file_safe(" -x\n") == "-x" and file_safe("-/-") == "" and file_safe(":") == ""


@pytest.mark.parametrize("lang, typed", [("es", "informe.pdf"), ("en", "report.pdf"), ("es", "Informe.pdf")])
def test_a_name_that_is_only_the_formats_word_is_not_carried_to_the_next_format(qtbot, session, sheet_path,  # noqa: F811
                                                                                 task_manager, language, lang, typed):
    """QA (a Spanish teacher): "informe.pdf" typed for the printable report gave the next file
    "informe-google-classroom.csv". A name that is only the format's own word says what the file is, not whose class
    it is: the next format gets its name from the sheet, in the folder she chose; going back to the report offers her
    name again. A name of her own ("9B.pdf") is still carried (test above)."""
    language(lang)
    dlg = opened(qtbot, session, sheet_path, task_manager)
    _click(qtbot, dlg, PDF)
    _type_name(qtbot, dlg, sheet_path.parent / typed)
    for fmt in ("points", "moodle-gradebook-by-id", FEEDBACK_CSV):
        _click(qtbot, dlg, fmt)
        assert dlg.path_edit.text() == str(sheet_path.with_name(SUGGESTED[lang][fmt]))
    _click(qtbot, dlg, PDF)
    assert dlg.path_edit.text() == str(sheet_path.parent / typed)
