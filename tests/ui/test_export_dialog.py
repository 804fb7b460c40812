"""The export dialog, driven like a teacher would: pick a format, a file, press Export; then read
the file back. Write failures (full disk, file open elsewhere, missing or read-only folder) must
show the writer's sentence and leave the session untouched."""
from __future__ import annotations

import csv
import errno
import os
import shutil
import subprocess

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from grader_app import atomic
from grader_app.core.session import GradingSession
from grader_app.core.sheet import ColumnMapping
from grader_app.ui.export_dialog import CANVAS, CSV, FEEDBACK_CSV, PDF, XLSX, ExportDialog
from grader_app.ui.i18n import unbroken
from in_language import in_language
from ui_helpers import counted, export_dialog, make_long_csv, scored_csv_session, tiny_bundles

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def sheet_path(tmp_path):
    return make_long_csv(tmp_path / "class.csv", n_students=5)


def build_session(sheet_path, tmp_path, mapping=None) -> GradingSession:
    folder = tmp_path / "bundles"
    if not folder.exists():
        tiny_bundles(folder)
    return scored_csv_session(sheet_path, folder, mapping)


@pytest.fixture
def session(sheet_path, tmp_path):
    s = build_session(sheet_path, tmp_path)
    s.decide(0, 3, comment="excellent")
    s.decide(1, 0)
    s.decide(2, 1, comment="=cmd|' /C calc'!A0")  # a comment that looks like a formula
    return s


@pytest.fixture
def dialog(qtbot, session, sheet_path, task_manager):
    return export_dialog(qtbot, session, sheet_path, task_manager)


def export(qtbot, dlg, fmt, path):
    counted(qtbot, dlg)   # (a file the LMS counts decide is offered once they are in)
    dlg.set_format(fmt)
    dlg.set_destination(path)
    with qtbot.waitSignal(dlg.exported, timeout=20000) as sig:
        qtbot.mouseClick(dlg.export_button, Qt.LeftButton)
    assert sig.args == [str(path)]
    assert dlg.done_label.text().startswith("✔ Saved " + path.name)
    return path


def test_default_destinations_follow_the_format(dialog, sheet_path):
    assert dialog.path_edit.text() == str(sheet_path.with_name("class-graded.xlsx"))
    dialog.set_format(CANVAS)
    assert dialog.path_edit.text() == str(sheet_path.with_name("class-canvas.csv"))
    dialog.set_format(PDF)
    assert dialog.path_edit.text().endswith("class-report.pdf")
    dialog.set_destination(sheet_path.with_name("mine.pdf"))
    dialog.set_format(CSV)  # a name the teacher typed keeps its stem, takes the new format's ending and suffix
    assert dialog.path_edit.text() == str(sheet_path.with_name("mine-graded.csv"))
    other = sheet_path.parent / "elsewhere"
    dialog.set_destination(other / "Period 3 grades.csv")
    dialog.set_format(CANVAS)   # the same suffix: the typed name is the graded CSV's, never the Canvas file's
    assert dialog.path_edit.text() == str(other / "Period 3 grades-canvas.csv")


def test_xlsx_export_holds_decisions_and_summary_with_chart(qtbot, dialog, session, tmp_path):
    path = export(qtbot, dialog, XLSX, tmp_path / "graded.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == ["Graded", "Summary"]
    g = wb["Graded"]
    heads = [c.value for c in g[1]]
    assert heads[:4] == ["Student ID", "Name", "Question", "Answer"]
    fs, cm = heads.index("final_score") + 1, heads.index("comment") + 1
    assert [g.cell(r, fs).value for r in (2, 3, 4)] == [3, 0, 1]
    assert g.cell(2, cm).value == "excellent"
    risky = g.cell(4, cm)
    assert risky.value == "=cmd|' /C calc'!A0" and risky.data_type == "s"
    summary = wb["Summary"]
    assert len(summary._charts) == len(session.item_keys())
    texts = [c.value for row in summary.iter_rows() for c in row if isinstance(c.value, str)]
    assert unbroken(session.sentence()) in texts   # the window's words: the percent sign kept on its number


def test_csv_and_canvas_exports_read_back(qtbot, dialog, session, tmp_path, monkeypatch):
    from grader_app.ui import gc_guard

    given_back: list[bool] = []
    monkeypatch.setattr(gc_guard, "give_back_memory", lambda: given_back.append(True))
    path = export(qtbot, dialog, CSV, tmp_path / "graded.csv")
    assert given_back   # what writing it took is handed back to the system (QA s52g finding 12)
    with open(path, newline="", encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == len(session.answers)
    assert [rows[i]["final_score"] for i in range(3)] == ["3", "0", "1"]
    assert rows[0]["comment"] == "excellent"
    assert rows[2]["comment"] == "'=cmd|' /C calc'!A0"  # formula-safe in CSV

    path = export(qtbot, dialog, CANVAS, tmp_path / "canvas.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")     # a BOM, so Excel reads accented names right
    with open(path, newline="", encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "asap-sas-1", "asap-sas-5"]
    assert rows[1][0] == "Points Possible"
    assert rows[2][:3] == ["Student 1", "", "S001"]
    assert rows[2][5:] == ["3", "0"] and rows[3][5] == "1"
    assert len(rows) == 2 + 5


def test_pdf_report_written(qtbot, dialog, tmp_path):
    path = export(qtbot, dialog, PDF, tmp_path / "report.pdf")
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 2000
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(path), str(tmp_path / "page")],
                       check=True, timeout=60)
        png = next(tmp_path.glob("page*.png"))
        assert png.read_bytes()[:4] == b"\x89PNG" and png.stat().st_size > 1000


def test_pdf_report_from_the_dialog_is_in_the_interface_language(qtbot, session, sheet_path, task_manager, tmp_path):
    """The dialog builds the report with the interface's words (ReportPdf), title and body alike."""
    from PySide6.QtPdf import QPdfDocument

    with in_language("de"):
        dlg = ExportDialog(session, sheet_path, task_manager)
        qtbot.addWidget(dlg)
        dlg.show()
        path = tmp_path / "bericht.pdf"
        dlg.set_format(PDF)
        dlg.set_destination(path)
        with qtbot.waitSignal(dlg.exported, timeout=20000):
            qtbot.mouseClick(dlg.export_button, Qt.LeftButton)
    doc = QPdfDocument(None)
    assert doc.load(str(path)) == QPdfDocument.Error.None_
    text = " ".join(doc.getAllText(p).text() for p in range(doc.pageCount()))
    for german in ("Notenbericht: class.csv", "Punktzahlen je Schüler", "Summe", "Von Grader auf diesem Computer"):
        assert german in text, german
    for english in ("Grade report", "Scores per student", "Made by Grader"):
        assert english not in text, english


def _export_tasks(task_manager):
    """The workers writing an export (not the one finding the folder to suggest, started with the dialog)."""
    return [t for t in task_manager.tasks() if t.name.startswith("export ")]


def _decisions(session):
    return {k: (d.score, d.comment, d.at) for k, d in session.decisions.items()}


def test_full_disk_shows_the_sentence_and_keeps_the_session(qtbot, dialog, session, tmp_path, monkeypatch):
    before = _decisions(session)

    def no_space(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    dialog.set_format(XLSX)
    dialog.set_destination(tmp_path / "graded.xlsx")
    with qtbot.waitSignal(dialog.failed, timeout=20000) as sig:
        dialog.export_button.click()
    assert sig.args[0] == "The disk is full, so graded.xlsx was not saved; free some space or export to another drive."
    assert dialog.error_text() == sig.args[0]
    assert dialog.error_label.text().startswith("⚠ ")
    assert not (tmp_path / "graded.xlsx").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert _decisions(session) == before
    assert dialog.export_button.isEnabled() and dialog.isVisible()
    monkeypatch.undo()
    export(qtbot, dialog, XLSX, tmp_path / "graded.xlsx")  # and it works once there is room
    assert dialog.error_label.text() == ""


def test_file_open_elsewhere_shows_the_sentence(qtbot, dialog, session, tmp_path, monkeypatch):
    target = tmp_path / "graded.csv"
    target.write_text("old contents")
    before = _decisions(session)

    def locked(src, dst):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    dialog.set_format(CSV)
    dialog.set_destination(target)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.replace_box is not None and dialog.replace_box.isVisible(), timeout=20000)
    with qtbot.waitSignal(dialog.failed, timeout=20000) as sig:   # the teacher agrees to replace it
        next(b for b in dialog.replace_box.buttons() if b.text() == "&Replace").click()
    assert sig.args[0] == ("graded.csv is probably open in another program, such as Excel, so it was not saved; close it "
                           "there and export again (nothing is lost: your grading is kept, and the old graded.csv was not "
                           "changed).")
    assert target.read_text() == "old contents"
    assert _decisions(session) == before


def _fail_new_files(monkeypatch, err, why):
    """The system refuses the new file beside the target, as it does in /proc (root may write anywhere else)."""
    def refused(path, mode="r", *a, **k):
        raise OSError(err, why, str(path))

    monkeypatch.setattr(atomic, "open", refused, raising=False)


FORBIDDEN = "Cannot write graded.csv because you may not save files in that folder; choose another folder such as Documents."


@pytest.mark.parametrize("where", ["proc", "patched"])
def test_a_folder_that_takes_no_files_is_said_plainly(qtbot, dialog, session, tmp_path, monkeypatch, where):
    """QA exported to /proc: "graded.csv could not be saved (No such file or directory); the old file was not
    changed…", the system's words, and an old file that never was."""
    if where == "proc":
        if not os.path.isdir("/proc/self"):
            pytest.skip("no /proc here")
        target = Path("/proc/graded.csv")
    else:
        target = tmp_path / "graded.csv"
        _fail_new_files(monkeypatch, errno.ENOENT, "No such file or directory")
    before = _decisions(session)
    dialog.set_format(CSV)
    dialog.set_destination(target)
    with qtbot.waitSignal(dialog.failed, timeout=20000) as sig:
        dialog.export_button.click()
    assert sig.args[0] == FORBIDDEN and dialog.error_text() == FORBIDDEN
    assert not target.exists() and _decisions(session) == before


@pytest.mark.parametrize("old", [False, True])
def test_the_old_file_is_named_only_when_there_was_one(qtbot, dialog, tmp_path, monkeypatch, old):
    target = tmp_path / "graded.csv"
    if old:
        target.write_text("old contents")
    _fail_new_files(monkeypatch, errno.EIO, "Input/output error")
    dialog.set_format(CSV)
    dialog.set_destination(target)
    if old:   # the teacher agrees to replace it
        dialog.export_button.click()
        qtbot.waitUntil(lambda: dialog.replace_box is not None and dialog.replace_box.isVisible(), timeout=20000)
    with qtbot.waitSignal(dialog.failed, timeout=20000) as sig:
        if old:
            next(b for b in dialog.replace_box.buttons() if b.text() == "&Replace").click()
        else:
            dialog.export_button.click()
    if old:
        assert sig.args[0] == ("graded.csv could not be saved (Input/output error); the old file was not changed, "
                               "choose another folder and export again.")
        assert target.read_text() == "old contents"
    else:
        assert sig.args[0] == "graded.csv could not be saved (Input/output error); choose another folder and export again."
        assert not target.exists()


def test_pdf_write_failure_is_caught(qtbot, dialog, tmp_path, monkeypatch):
    monkeypatch.setattr(os, "fsync", lambda fd: (_ for _ in ()).throw(OSError(errno.ENOSPC, "full")))
    dialog.set_format(PDF)
    dialog.set_destination(tmp_path / "r.pdf")
    with qtbot.waitSignal(dialog.failed, timeout=20000) as sig:
        dialog.export_button.click()
    assert "disk is full" in sig.args[0]
    assert not (tmp_path / "r.pdf").exists()


def test_missing_folder_and_wrong_suffix_are_explained(qtbot, dialog, tmp_path):
    dialog.set_format(XLSX)
    dialog.set_destination(tmp_path / "nowhere" / "graded.xlsx")
    with qtbot.waitSignal(dialog.failed, timeout=20000) as sig:
        dialog.export()
    assert sig.args[0] == "Cannot write graded.xlsx: its folder does not exist; choose an existing folder."
    dialog.set_destination(tmp_path / "graded.txt")
    with qtbot.waitSignal(dialog.failed) as sig:   # once the disk said it is no folder (test_export_into_a_folder)
        dialog.export()
    assert sig.args[0] == "graded.txt does not end in .xlsx; this format is saved as a .xlsx file."


def _make_read_only(folder):
    """Make ``folder`` refuse new files even to root (chattr +i), else by its mode; return the undo."""
    if os.name == "posix" and os.geteuid() == 0:
        if shutil.which("chattr") and subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode == 0:
            return lambda: subprocess.run(["chattr", "-i", str(folder)], check=True)
        pytest.skip("root may write into read-only folders and chattr is not available here")
    folder.chmod(0o500)
    return lambda: folder.chmod(0o700)


def test_read_only_folder_shows_the_sentence(qtbot, dialog, session, tmp_path):
    ro = tmp_path / "ro"
    ro.mkdir()
    before = _decisions(session)
    undo = _make_read_only(ro)
    try:
        dialog.set_format(CSV)
        dialog.set_destination(ro / "graded.csv")
        with qtbot.waitSignal(dialog.failed, timeout=20000) as sig:
            dialog.export()
        assert sig.args[0] == ("Cannot write graded.csv because you may not save files in that folder; "
                               "choose another folder such as Documents.")
        assert list(ro.iterdir()) == []
    finally:
        undo()
    assert _decisions(session) == before


def test_canvas_needs_a_student_column(qtbot, sheet_path, tmp_path, task_manager):
    s = build_session(sheet_path, tmp_path, ColumnMapping(item_column="Question", answer_column="Answer"))
    dlg = ExportDialog(s, sheet_path, task_manager)
    qtbot.addWidget(dlg)
    counted(qtbot, dlg)
    dlg.set_format(CANVAS)
    with qtbot.waitSignal(dlg.failed) as sig:
        assert dlg.export() is False
    assert "choose the student id column" in sig.args[0]
    assert _export_tasks(task_manager) == []


def test_choose_button_opens_a_save_dialog_that_sets_the_destination(qtbot, dialog, tmp_path):
    dialog.set_format(CSV)
    qtbot.mouseClick(dialog.browse_button, Qt.LeftButton)
    fd = dialog.file_dialog
    assert fd.isVisible() and fd.defaultSuffix() == "csv"
    fd.fileSelected.emit(str(tmp_path / "picked.csv"))
    fd.reject()
    assert dialog.path_edit.text() == str(tmp_path / "picked.csv")
    export(qtbot, dialog, CSV, tmp_path / "picked.csv")
    assert (tmp_path / "picked.csv").exists()


def test_default_destination_leaves_a_read_only_folder(monkeypatch, tmp_path):
    from grader_app.io import project_store
    from grader_app.ui.export_dialog import default_destination

    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "home" / "Documents").mkdir(parents=True)
    sheet = tmp_path / "shared" / "class.xlsx"
    sheet.parent.mkdir()
    assert default_destination(sheet, XLSX) == tmp_path / "shared" / "class-graded.xlsx"
    monkeypatch.setattr(project_store, "_folder_writable", lambda folder: False)
    assert default_destination(sheet, PDF) == tmp_path / "home" / "Documents" / "class-report.pdf"
    assert default_destination(None, CANVAS) == tmp_path / "home" / "Documents" / "grades-canvas.csv"


def test_export_over_the_sheet_itself_is_refused(qtbot, dialog, sheet_path, tmp_path, task_manager):
    """Issue 9.2: the teacher's own sheet (by any name: itself, a symlink, a hard link) is never replaced. The refusal
    names the file being written and suggests that format's own name (QA: the feedback CSV and the points CSV were
    refused with "writing the graded sheet there would replace it; choose another file name, such as
    class-graded.csv")."""
    before = sheet_path.read_bytes()
    (tmp_path / "link.csv").symlink_to(sheet_path)
    os.link(sheet_path, tmp_path / "hard.pdf")            # even a .pdf name for the same file
    for fmt, target, kind, name in (
            (CSV, sheet_path, "Graded sheet as CSV (.csv)", "class-graded.csv"),
            (FEEDBACK_CSV, sheet_path, "Feedback for each student (.csv)", "class-feedback.csv"),
            ("points", sheet_path, "Points per question (CSV)", "class-points.csv"),
            (CANVAS, tmp_path / "link.csv", "Canvas gradebook by your student id column (.csv)", "class-canvas.csv"),
            (PDF, tmp_path / "hard.pdf", "Printable grade report (.pdf)", "class-report.pdf")):
        dialog.set_format(fmt)
        dialog.set_destination(target)
        with qtbot.waitSignal(dialog.failed, timeout=5000) as sig:
            assert dialog.export() is True        # started: the target is checked on a worker, then refused
        assert sig.args[0] == (f"{target.name} is the sheet of answers itself, and saving “{kind}” there would replace "
                               f"it; choose another file name, such as {name}.")
        assert dialog.error_text() == sig.args[0] and _export_tasks(task_manager) == []
    assert sheet_path.read_bytes() == before and (tmp_path / "hard.pdf").read_bytes() == before
    # choosing the sheet in the Save dialog says so at once
    dialog.set_format(XLSX)
    qtbot.mouseClick(dialog.browse_button, Qt.LeftButton)
    fd = dialog.file_dialog
    with qtbot.waitSignal(dialog.failed, timeout=5000) as sig:
        fd.fileSelected.emit(str(tmp_path / "link.csv"))
    fd.reject()
    assert "is the sheet of answers itself" in sig.args[0]
    export(qtbot, dialog, CSV, tmp_path / "class-graded.csv")   # another name still works


def test_canvas_export_reports_lookalike_student_ids(qtbot, tmp_path, task_manager):
    """Issue 9.11: ids "\\t=1" and "\\r=1" stay two students, and the dialog says to check them."""
    sheet_path = tmp_path / "class.csv"
    with open(sheet_path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([["Student ID", "Name", "Question", "Answer"],
                                  ["\t=1", "Kid", "asap-sas-1", "the cell membrane controls what enters"],
                                  ["\r=1", "Kid", "asap-sas-1", "water is needed"],
                                  ["S3", "Cy", "asap-sas-1", "no idea at all sorry"]])
    s = build_session(sheet_path, tmp_path)
    dlg = ExportDialog(s, sheet_path, task_manager)
    qtbot.addWidget(dlg)
    dlg.show()
    counted(qtbot, dlg)
    path = export(qtbot, dlg, CANVAS, tmp_path / "canvas.csv")
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert len(rows) == 2 + 3 and rows[2][2] != rows[3][2]
    assert "differ only in spaces or invisible characters" in dlg.done_label.text()
    assert "check them in the sheet before importing into Canvas." in dlg.done_label.text()
    path = export(qtbot, dlg, CSV, tmp_path / "graded.csv")   # other formats: no such note
    assert "differ only" not in dlg.done_label.text()


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_every_access_key_of_the_dialog_is_its_own_in_every_language(qtbot, session, sheet_path, task_manager, lang):
    """Alt+letter must do one thing: two controls with one letter only move the focus between them (Alt+E
    never exported in Spanish, Alt+A neither chose Canvas nor the folder in German)."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    with in_language(lang):
        dlg = ExportDialog(session, sheet_path, task_manager)
        qtbot.addWidget(dlg)
        dlg.show()
        keys: dict[str, list[str]] = {}
        for w in dlg.findChildren(QAbstractButton) + dlg.findChildren(QLabel):
            text = w.text().replace("&&", "")
            at = text.find("&")
            if w.isVisible() and 0 <= at < len(text) - 1:
                keys.setdefault(text[at + 1].lower(), []).append(text)
        assert len(keys) >= 5
        assert {k: v for k, v in keys.items() if len(v) > 1} == {}
