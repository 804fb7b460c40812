"""An export dialog closed while a worker asks the disk whether the file chosen in "Save to" is the sheet of answers
itself (grader_app/ui/export_target.py, SheetGuard.look, started by ExportDialog.set_destination) no longer takes the
answer: it used to put "… is the sheet of answers itself …" on a dialog no one sees, and counted on a RuntimeError
where the dialog was deleted meanwhile. A dialog still open says it. Real sheet on disk, real session scored by real
bundles, the real worker and disk."""
from __future__ import annotations

import pytest
from shiboken6 import Shiboken

from export_on_class import class_sheet, opened_xlsx

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def sheet_path(tmp_path):
    return class_sheet(tmp_path)


@pytest.fixture
def dialog(qtbot, sheet_path, tmp_path, task_manager):
    dlg = opened_xlsx(qtbot, sheet_path, tmp_path, task_manager)
    qtbot.addWidget(dlg)
    return dlg


def test_a_dialog_closed_before_the_disk_says_sheet_says_nothing(qtbot, dialog, sheet_path, task_manager):
    dialog.set_destination(sheet_path)   # the sheet itself: a worker asks the disk
    dialog.reject()                      # before the answer can come (it comes through the event loop)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: task_manager.tasks() == [], timeout=10000)
    qtbot.wait(100)
    assert dialog.error_label.text() == ""   # was: "⚠ class.csv is the sheet of answers itself, …" on the closed dialog


def test_a_dialog_still_open_says_the_sheet_is_the_sheet(qtbot, dialog, sheet_path):
    dialog.set_destination(sheet_path)
    qtbot.waitUntil(lambda: "is the sheet of answers itself" in dialog.error_label.text(), timeout=10000)
    assert dialog.error_label.text().startswith("⚠ class.csv is the sheet of answers itself")
    dialog.reject()


def test_a_dialog_deleted_before_the_disk_says_sheet_is_left_alone(qtbot, sheet_path, tmp_path, task_manager):
    """Its widgets are gone: the answer must not reach them (an error in the slot fails the test under pytest-qt)."""
    dlg = opened_xlsx(qtbot, sheet_path, tmp_path, task_manager)
    dlg.set_destination(sheet_path)
    Shiboken.delete(dlg)
    assert not Shiboken.isValid(dlg)
    qtbot.waitUntil(lambda: task_manager.tasks() == [], timeout=10000)
    qtbot.wait(100)
