"""Opening the export dialog reads no cell on the GUI thread (QA s52g: 0.7-1.1 s at 20,000 answers, the LMS files'
counts read every student's identifiers a cell at a time). The counts are worked out on the window's worker once the
sheet is scored (:mod:`grader_app.ui.export_fit`), the dialog opened afterwards shows them as before; opened before the
worker is done, it is told once the worker is (test_export_counts_off_gui_thread.py), once per session. The real main
window on a real sheet."""
from __future__ import annotations

import pytest

import grader_app.io.lms as lms
from grader_app.io.lms import coverage
from grader_app.ui import export_fit
from sheet_files import some_without_email
from ui_helpers import counted, open_and_score

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

GOOGLE = "google-classroom"


def _no_cell_read(monkeypatch) -> list:
    """Any count worked out from now on fails the test (and is listed)."""
    asked: list = []

    def refused(session):
        asked.append(session)
        raise AssertionError("the LMS counts were worked out again")
    monkeypatch.setattr(lms, "coverage", refused)
    return asked


def test_the_counts_come_from_the_worker_and_the_dialog_shows_them(qtbot, window, tmp_path, monkeypatch):
    session = open_and_score(qtbot, window, some_without_email(tmp_path / "class.csv"))
    qtbot.waitUntil(lambda: export_fit.known(session), timeout=10000)   # worked out on the worker after scoring
    expected = coverage(session)
    asked = _no_cell_read(monkeypatch)
    window.show_export()
    dlg = window.export_dialog
    assert asked == []
    assert not dlg.counting and export_fit.when_found(window.tasks, session, asked.append).fit == expected
    assert dlg.chooser.some_left_out[GOOGLE].text() == "6 of 30 students have no email address and are left out."
    dlg.close()


def _session(tmp_path):
    from grader_app.core.session import GradingSession
    from grader_app.core.sheet import ColumnMapping
    from grader_app.io.readers import read_sheet

    return GradingSession(read_sheet(some_without_email(tmp_path / "class.csv")), ColumnMapping(
        id_column="Student ID", name_column="Name", item_column="Question", answer_column="Answer"))


def test_a_dialog_opened_before_the_worker_is_told_once_and_the_next_shows_them_at_once(qtbot, tmp_path,
                                                                                       task_manager, monkeypatch):
    from grader_app.ui.export_dialog import ExportDialog

    session = _session(tmp_path)
    assert not export_fit.known(session)
    first = ExportDialog(session, tmp_path / "class.csv", task_manager)
    qtbot.addWidget(first)
    first.show()
    assert first.counting and GOOGLE not in first.chooser.some_left_out   # said once the worker has counted
    counted(qtbot, first)
    assert export_fit.known(session)
    assert first.chooser.some_left_out[GOOGLE].text() == "6 of 30 students have no email address and are left out."
    asked = _no_cell_read(monkeypatch)
    export_fit.ahead(task_manager, session)   # known: no worker is started
    again = ExportDialog(session, tmp_path / "class.csv", task_manager)
    qtbot.addWidget(again)
    assert not again.counting   # at once
    assert asked == [] and all(t.name != "export fit" for t in task_manager.tasks())
    assert again.chooser.some_left_out[GOOGLE].text() == first.chooser.some_left_out[GOOGLE].text()


def test_the_worker_finds_what_the_dialog_would(qtbot, tmp_path, task_manager):
    session = _session(tmp_path)
    export_fit.ahead(task_manager, session)
    export_fit.ahead(task_manager, session)   # asked twice: one worker
    assert [t.name for t in task_manager.tasks()].count("export fit") <= 1
    qtbot.waitUntil(lambda: export_fit.known(session), timeout=10000)
    fit = export_fit.when_found(task_manager, session, print).fit
    assert fit == coverage(session)
    assert fit[GOOGLE].without == 6
