"""QA (a teacher, keyboard only): typing the name of an existing folder ("out2") in the export dialog's "Save to"
and pressing Enter said "out2 does not end in .xlsx; this format is saved as an .xlsx file", as if she had typed a
bad file name. A folder typed there is where she wants the file: it is saved in it under the name the dialog suggests
for the format (the field then shows the whole path, and the saved line names the file); a file already there of that
name is not replaced unasked. A name without an ending that is no folder is still told its ending. The real dialog,
the real disk."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from test_export_dialog import dialog, session, sheet_path  # noqa: F401  (fixtures)
from grader_app.ui.export_dialog import CSV, XLSX

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _type_and_enter(qtbot, dlg, text: str) -> None:
    dlg.path_edit.selectAll()
    qtbot.keyClicks(dlg.path_edit, text)
    qtbot.keyClick(dlg.path_edit, Qt.Key.Key_Return)


@pytest.mark.parametrize("fmt, name", [(XLSX, "class-graded.xlsx"), (CSV, "class-graded.csv")])
def test_a_folder_typed_and_enter_saves_in_it_under_the_suggested_name(qtbot, dialog, sheet_path, fmt, name):  # noqa: F811
    dialog.set_format(fmt)
    (sheet_path.parent / "out2").mkdir()
    with qtbot.waitSignal(dialog.exported, timeout=20000) as sig:
        _type_and_enter(qtbot, dialog, "out2")
    saved = sheet_path.parent / "out2" / name
    assert sig.args == [str(saved)] and saved.is_file()
    assert dialog.path_edit.text() == str(saved)
    assert dialog.done_label.text().startswith("✔ Saved " + name) and not dialog.error_label.text()
    if fmt == XLSX:
        assert load_workbook(saved).worksheets[0].max_row > 1


@pytest.mark.parametrize("folder", ["out.v2", "Term 2. Science"])
def test_a_folder_whose_name_has_a_dot_is_a_folder_too(qtbot, dialog, sheet_path, folder):  # noqa: F811
    """QA: "out.v2", an existing folder, was told "out.v2 does not end in .xlsx": its ".v2" taken for a file's ending."""
    dialog.set_format(XLSX)
    (sheet_path.parent / folder).mkdir()
    with qtbot.waitSignal(dialog.exported, timeout=20000) as sig:
        _type_and_enter(qtbot, dialog, folder)
    saved = sheet_path.parent / folder / "class-graded.xlsx"
    assert sig.args == [str(saved)] and saved.is_file() and not dialog.error_label.text()
    with qtbot.waitSignal(dialog.failed, timeout=20000) as sig:   # a name with another ending, no folder: told so
        _type_and_enter(qtbot, dialog, "grades.v2")
    assert sig.args[0] == "grades.v2 does not end in .xlsx; this format is saved as a .xlsx file."
    assert not (sheet_path.parent / "grades.v2").exists()


def test_the_file_already_in_the_folder_is_not_replaced_unasked(qtbot, dialog, sheet_path):  # noqa: F811
    dialog.set_format(CSV)
    (sheet_path.parent / "out2").mkdir()
    kept = sheet_path.parent / "out2" / "class-graded.csv"
    kept.write_text("the teacher's own file\n", encoding="utf-8")
    _type_and_enter(qtbot, dialog, "out2")
    qtbot.waitUntil(lambda: dialog.replace_box is not None and dialog.replace_box.isVisible(), timeout=20000)
    assert kept.read_text(encoding="utf-8") == "the teacher's own file\n"
    dialog.replace_box.reject()


def test_a_name_without_an_ending_that_is_no_folder_is_told_its_ending(qtbot, dialog, sheet_path):  # noqa: F811
    dialog.set_format(XLSX)
    with qtbot.waitSignal(dialog.failed, timeout=20000) as sig:
        _type_and_enter(qtbot, dialog, "grades")
    assert sig.args[0] == "grades does not end in .xlsx; this format is saved as a .xlsx file."
    assert not (sheet_path.parent / "grades").exists()


@pytest.mark.parametrize("fmt, folder, name", [(XLSX, "grades.xlsx", "class-graded.xlsx"),
                                                (CSV, "Term 2.CSV", "class-graded.csv")])
def test_a_folder_named_with_the_formats_own_ending_is_saved_into(qtbot, dialog, sheet_path, fmt, folder, name):  # noqa: F811
    """QA: a folder called "grades.xlsx" was taken for the file to write, and writing to a folder failed. It is a folder
    like any other: the file goes in it under the suggested name, and the folder is left a folder."""
    dialog.set_format(fmt)
    (sheet_path.parent / folder).mkdir()
    with qtbot.waitSignal(dialog.exported, timeout=20000) as sig:
        _type_and_enter(qtbot, dialog, folder)
    saved = sheet_path.parent / folder / name
    assert sig.args == [str(saved)] and saved.is_file() and not dialog.error_label.text()
    assert dialog.path_edit.text() == str(saved) and (sheet_path.parent / folder).is_dir()
    assert dialog.done_label.text().startswith("✔ Saved " + name)
