"""An export dialog closed while a worker asks the disk whether the name typed in "Save to" is a folder (a name without
the format's ending: grader_app/ui/export_dialog.py, _into_folder) no longer takes the answer: it used to go on and save
the file into that folder for a dialog no one sees any more, and counted on a RuntimeError where the dialog was
deleted meanwhile. A dialog still open saves into the folder as before. (The Export button of a closed dialog is left
as it is: no one can press it.) Real sheet on disk, real session scored by real bundles, the real worker and disk."""
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


def test_a_dialog_closed_before_the_disk_says_folder_saves_nothing(qtbot, dialog, sheet_path, task_manager):
    folder = sheet_path.parent / "out2"
    folder.mkdir()
    saved: list = []
    dialog.exported.connect(saved.append)
    dialog.path_edit.setText("out2")
    assert dialog.export()            # asks the disk on a worker whether out2 is a folder
    dialog.reject()                   # before the answer can come (it comes through the event loop)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: task_manager.tasks() == [], timeout=10000)
    qtbot.wait(100)
    assert list(folder.iterdir()) == [] and saved == []   # was: class-graded.xlsx written into out2 all the same
    assert dialog.path_edit.text() == str(folder)          # was: the full file's name put in the closed dialog
    assert not dialog.busy


def test_a_dialog_still_open_saves_into_the_folder(qtbot, dialog, sheet_path):
    folder = sheet_path.parent / "out2"
    folder.mkdir()
    dialog.path_edit.setText("out2")
    with qtbot.waitSignal(dialog.exported, timeout=20000) as sig:
        assert dialog.export()
    assert sig.args == [str(folder / "class-graded.xlsx")] and (folder / "class-graded.xlsx").is_file()
    assert dialog.export_button.isEnabled() and not dialog.error_label.text()
    dialog.reject()


def test_a_dialog_deleted_before_the_disk_says_folder_is_left_alone(qtbot, sheet_path, tmp_path, task_manager):
    """Its widgets are gone: the answer must not reach them (an error in the slot fails the test under pytest-qt), and
    nothing is saved."""
    dlg = opened_xlsx(qtbot, sheet_path, tmp_path, task_manager)
    folder = sheet_path.parent / "out2"
    folder.mkdir()
    dlg.path_edit.setText("out2")
    assert dlg.export()
    Shiboken.delete(dlg)
    assert not Shiboken.isValid(dlg)
    qtbot.waitUntil(lambda: task_manager.tasks() == [], timeout=10000)
    qtbot.wait(100)
    assert list(folder.iterdir()) == []
