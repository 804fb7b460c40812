"""The model library tells the teacher when a file of their own models folder takes the place of a model that came
with Grader, lists each file that could not be loaded on its own line, and lets the teacher remove such a file of
their own folder (after asking), as QA asked."""
from __future__ import annotations

import shutil

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from grader_app.bundles.library import Library
from grader_app.paths import user_bundles_dir
from grader_app.ui.start_screen import StartScreen
from bundle_factory import edited_copy, write_tested


def _row(view, bundle_id: str):
    tree = view.tree
    return next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == bundle_id)


def test_a_file_of_the_teachers_own_that_replaces_a_shipped_model_is_said(qtbot, tmp_path, shipped_bundles):
    mine = tmp_path / "mine"
    mine.mkdir()
    shutil.copy(shipped_bundles / "asap-sas-5.gradebundle", mine)
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.set_library(Library.load([shipped_bundles, mine]))
    view = screen.library
    assert _row(view, "asap-sas-5").text(0).endswith("\nyour own file, used instead of the model that came with Grader")
    assert "your own file" not in _row(view, "asap-sas-1").text(0)
    assert not view.problems.isHidden()
    assert ("“Biology: protein synthesis” (asap-sas-5) is a file in your models folder (" + str(mine) + ") and takes "
            "the place of the model that came with Grader, “Biology: protein synthesis”, which has the same id; to use "
            "that one again, remove yours.") in view.problems.text()


def test_each_file_not_loaded_is_a_line_of_its_own_and_one_of_the_teachers_can_be_removed(qtbot, make_window, tmp_path):
    users = user_bundles_dir()
    edited_copy(write_tested(tmp_path / "made"), users / "asap-sas-5.gradebundle", threshold=0.0)
    (users / "hashbad.gradebundle").write_bytes(b"PK not a zip at all")
    window = make_window()
    view = window.start.library
    lines = view.refused_lines()
    # each line names its file once, first: the reader's sentence begins with it (asap-sas-5.gradebundle was not loaded:
    # asap-sas-5.gradebundle cannot be used: ... said it twice)
    assert len(lines) == 2 and lines[0].startswith("⚠ asap-sas-5.gradebundle cannot be used: its review "
                                                   "threshold of 0 is below every row of its own risk table")
    assert lines[1].startswith("⚠ hashbad.gradebundle is not a readable bundle")
    assert all(line.count(".gradebundle") == 1 for line in lines)
    assert all(line.endswith("get a fresh copy from whoever made it") or line.endswith("get a fresh copy")
               for line in lines)
    assert "2 files in your models folder could not be loaded (marked ⚠ in the list)" in view.problems.text()
    assert "asap-sas-5" in view.bundle_ids()   # the shipped one is used again
    assert window.library.get("asap-sas-5").path.parent != users

    hashbad = next(view.tree.topLevelItem(i) for i in range(view.tree.topLevelItemCount())
                   if view.tree.topLevelItem(i).text(0).startswith("⚠ hashbad"))
    view.tree.setCurrentItem(hashbad)
    assert view.remove_button.isEnabled()
    qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    box = window.models.remove_box
    assert box is not None and box.isVisible() and "hashbad.gradebundle" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()     # cancelled: nothing removed
    assert (users / "hashbad.gradebundle").is_file()
    qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    box = window.models.remove_box
    next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()
    qtbot.waitUntil(lambda: len(view.refused_lines()) == 1, timeout=10000)
    assert not (users / "hashbad.gradebundle").exists() and "hashbad.gradebundle" not in window.library.problems
    assert window.start.message.text() == "✓ Removed “hashbad.gradebundle” from your models folder."
