"""An export dialog closed before the folder to suggest was found (whether the sheet's folder may be written is asked of
the disk on a worker: grader_app/ui/export_target.py, default_folder) no longer takes the answer: it used to change
its "Save to" name to a file in Documents for a dialog no one sees, and counted on a RuntimeError where the dialog was
deleted meanwhile. A dialog still open takes it. Real sheet on disk, real session scored by real bundles, the real
worker; the sheet's folder is said read-only (as the disk says to a teacher on a read-only share: root writes anywhere)."""
from __future__ import annotations

import pytest

from grader_app.io import project_store
from grader_app.ui.export_dialog import ExportDialog
from export_on_class import class_session, class_sheet


@pytest.fixture
def sheet_path(tmp_path):
    return class_sheet(tmp_path)


@pytest.fixture
def session(sheet_path, tmp_path):
    return class_session(sheet_path, tmp_path)


@pytest.fixture
def documents(tmp_path, monkeypatch):
    """The teacher's Documents folder, where the file is suggested once the sheet's folder is found read-only."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setattr(project_store, "_folder_writable", lambda folder: False)
    return home / "Documents"


def test_a_dialog_closed_before_its_folder_is_found_leaves_the_answer(qtbot, session, sheet_path, task_manager, documents):
    dlg = ExportDialog(session, sheet_path, task_manager)
    qtbot.addWidget(dlg)
    dlg.open()
    shown = dlg.path_edit.text()   # beside the sheet until the worker says otherwise
    assert shown == str(sheet_path.parent / "class-graded.xlsx")
    dlg.reject()   # before the worker's answer can come (it comes through the event loop)
    assert not dlg.isVisible()
    qtbot.waitUntil(lambda: task_manager.tasks() == [], timeout=10000)
    qtbot.wait(50)
    assert dlg.path_edit.text() == shown   # was: the closed dialog's name changed to one in Documents
    assert dlg.names.folder == sheet_path.parent


def test_a_dialog_still_open_takes_the_folder_found(qtbot, session, sheet_path, task_manager, documents):
    dlg = ExportDialog(session, sheet_path, task_manager)
    qtbot.addWidget(dlg)
    dlg.open()
    qtbot.waitUntil(lambda: dlg.path_edit.text() == str(documents / "class-graded.xlsx"), timeout=10000)
    assert dlg.names.folder == documents
    dlg.reject()
