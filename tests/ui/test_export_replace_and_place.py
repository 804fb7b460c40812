"""Where the export dialog writes, as a teacher meets it: last week's graded sheet (with notes the teacher added
since) is not replaced without asking, a bare file name lands beside the sheet and not in whatever folder Grader
was started from, and the folder to suggest is found off the GUI thread. Real files, written and read back."""
from __future__ import annotations

import threading
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt

from grader_app.ui.export_dialog import CANVAS, CSV, FEEDBACK_CSV, PDF, XLSX, ExportDialog
from export_on_class import class_session, class_sheet
from test_lms_ui import click
from ui_helpers import export_dialog


@pytest.fixture
def sheet_path(tmp_path):
    return class_sheet(tmp_path)


@pytest.fixture
def session(sheet_path, tmp_path):
    s = class_session(sheet_path, tmp_path)
    s.decide(0, 2, comment="good")
    return s


@pytest.fixture
def dialog(qtbot, session, sheet_path, task_manager):
    dlg = export_dialog(qtbot, session, sheet_path, task_manager)
    qtbot.waitExposed(dlg)
    qtbot.waitUntil(lambda: task_manager.tasks() == [], timeout=5000)   # the suggested folder is found
    return dlg


def _teachers_own_workbook(path):
    wb = Workbook()
    wb.active["A1"] = "my notes for parents' evening"
    wb.save(path)


def _replace_box(qtbot, dlg):
    qtbot.waitUntil(lambda: dlg.replace_box is not None and dlg.replace_box.isVisible(), timeout=20000)
    return dlg.replace_box


def _button(box, text):
    return next(b for b in box.buttons() if b.text() == text)


def _click(qtbot, dlg, fmt):
    click(qtbot, dlg.format_buttons[fmt])
    assert dlg.format == fmt


def _type_name(qtbot, dlg, path):
    dlg.path_edit.clear()
    qtbot.keyClicks(dlg.path_edit, str(path))


def _export(qtbot, dlg):
    with qtbot.waitSignal(dlg.exported, timeout=30000) as sig:
        qtbot.mouseClick(dlg.export_button, Qt.MouseButton.LeftButton)
    assert dlg.replace_box is None
    return sig.args[0]


def _header(path):
    return list(pd.read_csv(path, dtype=str, encoding="utf-8-sig", nrows=0).columns)


@pytest.mark.parametrize("fmt", [XLSX, PDF])
def test_an_existing_file_is_replaced_only_when_the_teacher_agrees(qtbot, dialog, sheet_path, fmt):
    """Export wrote over the file at the suggested name (last week's export, the teacher's notes in it) without
    a word."""
    dialog.set_format(fmt)
    target = sheet_path.with_name("class-graded.xlsx" if fmt == XLSX else "class-report.pdf")
    assert dialog.path_edit.text() == str(target)
    if fmt == XLSX:
        _teachers_own_workbook(target)
    else:
        target.write_bytes(b"%PDF-1.4 the teacher's annotated copy")
    before = target.read_bytes()

    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    box = _replace_box(qtbot, dialog)
    assert "class-" in box.text() and "already exists" in box.text()
    with qtbot.waitSignal(dialog.failed, timeout=5000) as sig:
        qtbot.keyClick(box, Qt.Key.Key_Return)          # Enter keeps the file
    assert sig.args[0] == f"{target.name} was not replaced, and nothing was saved; type another name or press Choose…."
    assert target.read_bytes() == before and not dialog.busy and dialog.export_button.isEnabled()

    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    box = _replace_box(qtbot, dialog)
    with qtbot.waitSignal(dialog.exported, timeout=30000):
        _button(box, "&Replace").click()
    assert target.read_bytes() != before
    if fmt == XLSX:
        ws = load_workbook(target).worksheets[0]
        assert "my notes for parents' evening" not in [c.value for c in ws[1]]
        assert "Student ID" in [c.value for c in ws[1]]
    else:
        assert target.read_bytes().startswith(b"%PDF")
    # the file this dialog has just written is exported again without asking
    with qtbot.waitSignal(dialog.exported, timeout=30000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.replace_box is None


def test_a_file_chosen_in_the_save_dialog_is_not_asked_about_twice(qtbot, dialog, tmp_path):
    """The Save dialog asks before replacing a file; Export then writes it at once."""
    target = tmp_path / "term 2.csv"
    target.write_text("old,export\n", encoding="utf-8")
    dialog.set_format(CSV)
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    fd = dialog.file_dialog
    fd.fileSelected.emit(str(target))
    fd.reject()
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.replace_box is None
    assert target.read_text(encoding="utf-8-sig").startswith("Student ID,Name,Question,Answer")


def test_a_bare_file_name_is_saved_beside_the_sheet(qtbot, dialog, sheet_path, tmp_path, monkeypatch):
    """"grades.csv" typed alone was written to the folder Grader was started from, and the dialog said "Saved
    grades.csv in ." — a file the teacher could not find."""
    started_in = tmp_path / "wherever Grader was started"
    started_in.mkdir()
    monkeypatch.chdir(started_in)
    dialog.set_format(CSV)
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, "grades.csv")
    with qtbot.waitSignal(dialog.exported, timeout=20000) as sig:
        qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    written = sheet_path.parent / "grades.csv"
    assert sig.args == [str(written)] and written.is_file()
    assert list(started_in.iterdir()) == []
    assert dialog.path_edit.text() == str(written)
    assert dialog.done_label.text().startswith(f"✔ Saved grades.csv in {sheet_path.parent}.")   # (then who has no score)
    assert pd.read_csv(written, dtype=str)["Student ID"].nunique() == 4


def test_the_suggested_folder_is_found_off_the_gui_thread(qtbot, session, sheet_path, task_manager, tmp_path,
                                                          monkeypatch):
    """Whether the sheet's folder may be written is found by creating a file there (slow on a network share):
    the dialog did it on the GUI thread when it opened and again on every click of a format."""
    from grader_app.io import project_store

    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    probes = []

    def read_only(folder):
        probes.append(threading.current_thread() is threading.main_thread())
        return False

    monkeypatch.setattr(project_store, "_folder_writable", read_only)
    dlg = ExportDialog(session, sheet_path, task_manager)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.path_edit.text() == str(home / "Documents" / "class-graded.xlsx"), timeout=5000)
    for fmt in (CSV, PDF, XLSX):
        dlg.set_format(fmt)
    assert dlg.path_edit.text() == str(home / "Documents" / "class-graded.xlsx")
    assert probes and not any(probes)


def test_a_read_only_file_is_refused_without_asking_to_replace_it(qtbot, dialog, sheet_path):
    """Asking "Replace it?" about a file that cannot be replaced would only lead to a refusal after the Yes."""
    target = sheet_path.with_name("class-graded.csv")
    target.write_text("locked by the teacher\n", encoding="utf-8")
    target.chmod(0o444)
    dialog.set_format(CSV)
    assert dialog.path_edit.text() == str(target)
    with qtbot.waitSignal(dialog.failed, timeout=20000) as sig:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.replace_box is None
    assert sig.args[0] == ("Cannot write class-graded.csv: that file is read-only; choose another file name, or make "
                           "the file writable and export again.")
    assert target.read_text(encoding="utf-8") == "locked by the teacher\n"


def test_a_typed_name_never_carries_the_file_just_written_to_another_format(qtbot, dialog, tmp_path):
    """QA: "9B-graded.csv" typed and exported as CSV; XLSX offered "9B-graded.xlsx", then the feedback CSV offered
    "9B-graded.csv" again, and Export replaced the graded sheet with the feedback without asking."""
    desktop = tmp_path / "Desktop"
    desktop.mkdir()
    _click(qtbot, dialog, CSV)
    _type_name(qtbot, dialog, desktop / "9B-graded.csv")
    graded = desktop / "9B-graded.csv"
    assert _export(qtbot, dialog) == str(graded)
    before = graded.read_bytes()
    assert "final_score" in _header(graded)

    _click(qtbot, dialog, XLSX)
    assert dialog.path_edit.text() == str(desktop / "9B-graded.xlsx")   # the teacher's name, the format's suffix
    _click(qtbot, dialog, FEEDBACK_CSV)
    assert dialog.path_edit.text() == str(desktop / "9B-feedback.csv")  # the format's ending, not the graded CSV
    feedback = Path(_export(qtbot, dialog))
    assert feedback == desktop / "9B-feedback.csv"
    assert graded.read_bytes() == before
    assert _header(feedback)[0] == "Name" and "final_score" not in _header(feedback)

    _click(qtbot, dialog, CSV)   # back to the graded CSV: its own file, replaced again without asking
    assert dialog.path_edit.text() == str(graded)
    assert _export(qtbot, dialog) == str(graded)
    assert "final_score" in _header(graded) and _header(feedback)[0] == "Name"


def test_a_name_of_the_teachers_own_keeps_its_stem_with_the_formats_ending(qtbot, dialog, tmp_path):
    """"9B.csv" written as the graded CSV: the graded workbook is "9B.xlsx" (the same kind of file), the feedback
    "9B-feedback.csv" (never "9B.csv", the graded CSV; and no longer the sheet's "class-feedback.csv", the
    teacher's "9B" lost)."""
    _click(qtbot, dialog, CSV)
    _type_name(qtbot, dialog, tmp_path / "9B.csv")
    _export(qtbot, dialog)
    _click(qtbot, dialog, XLSX)
    assert dialog.path_edit.text() == str(tmp_path / "9B.xlsx")
    _click(qtbot, dialog, FEEDBACK_CSV)
    assert dialog.path_edit.text() == str(tmp_path / "9B-feedback.csv")


def test_the_name_chosen_for_the_canvas_file_is_not_offered_for_the_report(qtbot, dialog, tmp_path):
    """Choose… for the Canvas file, then the PDF report: it was offered as "class-canvas.pdf"."""
    folder = tmp_path / "for Canvas"
    folder.mkdir()
    _click(qtbot, dialog, CANVAS)
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    fd = dialog.file_dialog
    fd.fileSelected.emit(str(folder / "class-canvas.csv"))
    fd.reject()
    _click(qtbot, dialog, PDF)
    assert dialog.path_edit.text() == str(folder / "class-report.pdf")


def test_agreeing_to_replace_a_file_holds_for_that_format_only(qtbot, dialog, tmp_path):
    """The file this dialog wrote (or the teacher agreed to replace) was replaced by any other format unasked."""
    target = tmp_path / "term 2.csv"
    _click(qtbot, dialog, CSV)
    _type_name(qtbot, dialog, target)
    _export(qtbot, dialog)
    graded = target.read_bytes()

    _click(qtbot, dialog, FEEDBACK_CSV)
    _type_name(qtbot, dialog, target)    # the teacher names the graded CSV for the feedback on purpose
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    box = _replace_box(qtbot, dialog)
    assert box.text() == f"term 2.csv already exists in {tmp_path}. Replace it with this export?"
    with qtbot.waitSignal(dialog.failed, timeout=5000):
        qtbot.keyClick(box, Qt.Key.Key_Escape)           # Esc keeps the graded sheet
    assert target.read_bytes() == graded

    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.exported, timeout=30000):
        _button(_replace_box(qtbot, dialog), "&Replace").click()
    assert _header(target)[0] == "Name"
    assert _export(qtbot, dialog) == str(target)         # the feedback again: not asked twice

    _click(qtbot, dialog, CANVAS)   # the file holds the feedback now: the Canvas file asks before taking it
    _type_name(qtbot, dialog, target)
    with qtbot.waitSignal(dialog.failed, timeout=30000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        qtbot.keyClick(_replace_box(qtbot, dialog), Qt.Key.Key_Escape)
    assert _header(target)[0] == "Name"


def test_a_format_chosen_again_offers_the_name_last_given_for_it(qtbot, dialog, tmp_path):
    """"9B.csv" typed for the graded CSV, then Canvas, then the CSV again offered "class-graded.csv": the name the
    teacher gave the format comes back, each format's its own, for as long as the dialog is open."""
    _click(qtbot, dialog, CSV)
    _type_name(qtbot, dialog, tmp_path / "9B.csv")
    _click(qtbot, dialog, CANVAS)
    assert dialog.path_edit.text() == str(tmp_path / "9B-canvas.csv")   # 9B.csv is the graded CSV's
    _click(qtbot, dialog, CSV)
    assert dialog.path_edit.text() == str(tmp_path / "9B.csv")

    _click(qtbot, dialog, CANVAS)
    _type_name(qtbot, dialog, tmp_path / "gradebook.csv")
    _click(qtbot, dialog, XLSX)
    _click(qtbot, dialog, CSV)
    assert dialog.path_edit.text() == str(tmp_path / "9B.csv")
    _click(qtbot, dialog, CANVAS)
    assert dialog.path_edit.text() == str(tmp_path / "gradebook.csv")
    assert _export(qtbot, dialog) == str(tmp_path / "gradebook.csv")
    _click(qtbot, dialog, CSV)
    assert dialog.path_edit.text() == str(tmp_path / "9B.csv")


def test_the_name_given_for_a_format_is_not_offered_again_once_another_format_wrote_it(qtbot, dialog, tmp_path):
    """"9B.csv" typed for the graded CSV, then written as the Canvas file: going back to the CSV by way of the
    workbook offers the CSV's own name, not the Canvas file to be replaced."""
    canvas = tmp_path / "9B.csv"
    _click(qtbot, dialog, CSV)
    _type_name(qtbot, dialog, canvas)
    _click(qtbot, dialog, CANVAS)
    _type_name(qtbot, dialog, canvas)
    assert _export(qtbot, dialog) == str(canvas)
    written = canvas.read_bytes()
    _click(qtbot, dialog, XLSX)
    assert dialog.path_edit.text() == str(tmp_path / "9B-graded.xlsx")
    _click(qtbot, dialog, CSV)
    assert dialog.path_edit.text() == str(tmp_path / "9B-graded.csv")
    assert canvas.read_bytes() == written
