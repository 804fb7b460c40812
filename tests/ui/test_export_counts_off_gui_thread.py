"""The export dialog opened the moment scoring finishes counts no student on the GUI thread. Before, it found the
worker that counts which LMS files could take the students (grader_app/ui/export_fit.py, started as scoring finished)
not done yet and counted them itself, as it opened: 0.16 s of a 0.34 s stall of the window at 10,000 answers. Now it
opens at once, says it is counting, and shows the counts when the worker has them, on the choice the teacher made
meanwhile. The real main window on real sheets written to disk; the real counting function, wrapped to note whether
the GUI thread runs it."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

import grader_app.io.lms as lms
from grader_app.io.lms.coverage import MATCHED_ON
from grader_app.ui.export_formats import CANVAS, FEEDBACK_CSV
from gui_thread_asks import calls_on_gui_thread
from quiz_reports import canvas_report
from sheet_files import some_without_email
from ui_helpers import accept_mapping, counted

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

GOOGLE = "google-classroom"
DECIDED = {*MATCHED_ON, CANVAS}   # the files the counts decide the offer of (Points per question: none)


def _export_as_scored(qtbot, window, sheet) -> None:
    """``sheet`` opened and scored, File ▸ Export… opened the moment scoring finishes (before its counts' worker is
    done: its result can only come back through the event loop)."""
    window.open_sheet(sheet)
    window.scoringFinished.connect(window.show_export)   # after the window's own slot, which starts the worker
    accept_mapping(qtbot, window)


def test_the_dialog_opened_as_scoring_ends_counts_on_a_worker_and_keeps_the_choice_made_meanwhile(
        qtbot, window, tmp_path, monkeypatch):
    ran = calls_on_gui_thread(monkeypatch, lms, "coverage")   # each count of the LMS files: on the GUI thread?
    _export_as_scored(qtbot, window, some_without_email(tmp_path / "class.csv"))
    dlg = window.export_dialog
    assert dlg is not None and dlg.isVisible()
    assert not any(ran)   # was: the counts worked out on the GUI thread as the dialog opened
    assert dlg.counting
    assert dlg.chooser.counting_label.text() == "Counting which of your students each of these files can take…"
    assert {k for k, b in dlg.format_buttons.items() if not b.isEnabled()} == DECIDED & set(dlg.format_buttons)
    assert dlg.format_buttons["points"].isEnabled()
    qtbot.mouseClick(dlg.format_buttons[FEEDBACK_CSV], Qt.MouseButton.LeftButton)   # the teacher chooses meanwhile
    dlg.set_destination(tmp_path / "letters.csv")
    counted(qtbot, dlg)
    assert ran == [False]   # counted once, on a worker
    assert dlg.format == FEEDBACK_CSV and dlg.format_buttons[FEEDBACK_CSV].isChecked()   # her choice kept
    assert dlg.path_edit.text() == str(tmp_path / "letters.csv")
    assert dlg.chooser.counting_label is None and all(b.isEnabled() for b in dlg.format_buttons.values())
    assert dlg.chooser.some_left_out[GOOGLE].text() == "6 of 30 students have no email address and are left out."
    assert dlg.chooser.isVisible()
    dlg.reject()


def test_once_counted_the_system_the_sheet_came_from_is_chosen_when_the_teacher_chose_nothing(
        qtbot, window, tmp_path, monkeypatch):
    ran = calls_on_gui_thread(monkeypatch, lms, "coverage")   # each count of the LMS files: on the GUI thread?
    _export_as_scored(qtbot, window, canvas_report(tmp_path))
    dlg = window.export_dialog
    assert not any(ran)   # was: counted (and the sheet's LMS recognised) on the GUI thread as the dialog opened
    assert dlg.counting and dlg.recognition is None and dlg.format == "xlsx"
    counted(qtbot, dlg)
    assert ran and not any(ran)
    assert dlg.recognition is not None and dlg.recognition.system == "Canvas"
    assert dlg.format == dlg.recognised_format == "canvas-gradebook"
    assert dlg.chooser.system_labels["Canvas"].text() == "<b>Canvas</b> — your sheet came from here"
    assert "This sheet came from Canvas" in dlg.summary_label.text()
    dlg.reject()
