"""Models made from the teacher's marks in the real window (its real TaskManager, real files, real fits):

* "Make models from a marked sheet…" says up front how many marked answers a question needs (without loading
  scipy for it), and lets the teacher choose the answers' column; the problems that told the teacher to use the
  command line's --answer-column say in the window to choose it there instead (the command line keeps the flag).
* A question a shipped model scores keeps it: the model learned for it sits beside it in the library, titled as
  learned from the teacher's marks, offered in the columns dialog next to the shipped one, which stays the default.
* The teacher removes a model of their own in the library view (the shipped ones cannot be removed)."""
from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from grader_app.core.sheet import ColumnMapping
from grader_app.io.readers import read_sheet
from grader_app.learn.from_sheet import LearnError, learn_from_sheet
from grader_app.ui.learn_sheet_dialog import LearnSheetDialog
from grader_app.ui.mapping_dialog import MappingDialog
from grader_app.ui.messages import plain
from test_learning_needs_marks_said import _write
from test_learning_window import marked
from ui_helpers import learn_dialog_for


def _open_learn_dialog(qtbot, window, sheet, monkeypatch) -> LearnSheetDialog:
    window.models.learn_dialog = None
    return learn_dialog_for(qtbot, window, sheet, monkeypatch)


def _row(window, bundle_id: str):
    tree = window.start.library.tree
    return next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == bundle_id)


def test_the_dialog_says_how_many_marks_a_question_needs_without_loading_scipy(qtbot, tmp_path):
    sheet = read_sheet(_write(tmp_path / "marks.csv", [("S1", "Q7", "an answer", 1)]))
    dlg = LearnSheetDialog("marks.csv", sheet, "Mark")
    qtbot.addWidget(dlg)
    assert dlg.minimum_note.text().startswith("A question needs at least 45 marked answers to make a model")
    assert dlg.score_column() == "Mark" and dlg.answer_column() is None and dlg.ok_button.isEnabled()
    dlg.answers.setCurrentIndex(dlg.answers.findData("Mark"))        # the answers cannot be the scores
    assert not dlg.ok_button.isEnabled() and not dlg.same_note.isHidden()
    dlg.answers.setCurrentIndex(dlg.answers.findData("Answer"))
    assert dlg.answer_column() == "Answer" and dlg.ok_button.isEnabled() and dlg.same_note.isHidden()
    code = ("import sys, grader_app.ui.learn_sheet_dialog, grader_app.ui.library_view, grader_app.ui.mapping_dialog; "
            "print(sorted(m for m in ('scipy', 'sklearn') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_window_says_to_choose_the_answers_column_and_the_command_line_names_its_flag(qtbot, window, tmp_path,
                                                                                          monkeypatch):
    rows = [(f"S{i}", a, b, m) for i, ((a, m), (b, _)) in enumerate(zip(marked(60, 5), marked(60, 7)))]
    sheet = _write(tmp_path / "two.csv", rows)
    sheet.write_text(sheet.read_text(encoding="utf-8").replace("Student,Question,Answer,Mark", "Student,Explain,Describe,Mark",
                                                               1), encoding="utf-8")
    with pytest.raises(LearnError) as caught:
        learn_from_sheet(sheet, "Mark", tmp_path / "out")
    problem = caught.value
    assert problem.kind == "learn.several_answer_columns" and "with --answer-column" in str(problem)
    assert "--answer-column" not in plain(problem)
    dlg = _open_learn_dialog(qtbot, window, sheet, monkeypatch)
    dlg.ok_button.click()                                  # Grader cannot tell which of the two holds the answers
    qtbot.waitUntil(lambda: "several answer columns" in window.start.message.text(), timeout=20000)
    said = window.start.message.text()
    assert "--answer-column" not in said
    assert said == ("⚠ two.csv has several answer columns (Explain, Describe); make the models again and choose the one "
                    "the scores are for under “Which column holds the answers?”.")
    dlg = _open_learn_dialog(qtbot, window, sheet, monkeypatch)
    assert dlg.answer_column() is None                     # a new dialog leaves it to Grader again
    dlg.answers.setCurrentIndex(dlg.answers.findData("Explain"))
    dlg.ok_button.click()
    qtbot.waitUntil(lambda: window.library.get("explain") is not None, timeout=60000)
    qtbot.waitUntil(lambda: "Made 1 model" in window.start.message.text(), timeout=10000)


def test_a_model_learned_for_a_shipped_question_sits_beside_it_and_can_be_removed(qtbot, window, tmp_path,
                                                                                 shipped_bundles, monkeypatch):
    rows = [(f"S{i}", q, text, mark) for q in ("asap-sas-1", "asap-sas-5") for i, (text, mark) in enumerate(marked(60, 5))]
    dlg = _open_learn_dialog(qtbot, window, _write(tmp_path / "last-year.csv", rows), monkeypatch)
    dlg.ok_button.click()
    qtbot.waitUntil(lambda: "Made 2 models" in window.start.message.text(), timeout=60000)
    assert ("2 questions keep the model they already had (asap-sas-1, asap-sas-5): to score one with the model learned "
            "from your marks, choose that model for it when you check the columns of a sheet.") in window.start.message.text()
    lib = window.library
    assert lib.get("asap-sas-1").path.parent == shipped_bundles and lib.get("asap-sas-1").title == "Science: cell membrane"
    mine = lib.get("asap-sas-1-learned")
    assert mine.path.parent != shipped_bundles and mine.title == "asap-sas-1 (learned from your marks)"
    assert _row(window, "asap-sas-1-learned").text(0) == "asap-sas-1 (learned from your marks)\n(asap-sas-1-learned)"

    # the next class: the question keeps the shipped model, and the teacher may choose theirs beside it
    new_class = read_sheet(_write(tmp_path / "this-year.csv", [("S1", "asap-sas-1", "the membrane", "")]))
    columns = MappingDialog(new_class, lib, ColumnMapping(id_column="Student", item_column="Question",
                                                          answer_column="Answer"))
    qtbot.addWidget(columns)
    combo = columns.model_combo("asap-sas-1")
    assert columns.chosen() == {"asap-sas-1": "asap-sas-1"}
    assert combo.itemText(combo.findData("asap-sas-1-learned")) == \
        "asap-sas-1 (learned from your marks) (asap-sas-1-learned)"
    combo.setCurrentIndex(combo.findData("asap-sas-1-learned"))
    assert columns.chosen() == {"asap-sas-1": "asap-sas-1-learned"}

    # the shipped model cannot be removed; the teacher's own can, after saying so
    view = window.start.library
    view.tree.setCurrentItem(_row(window, "asap-sas-1"))
    assert not view.remove_button.isEnabled()
    view.tree.setCurrentItem(_row(window, "asap-sas-1-learned"))
    assert view.remove_button.isEnabled()
    qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    box = window.models.remove_box
    assert box is not None and box.isVisible() and "asap-sas-1 (learned from your marks)" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()     # cancelled: nothing removed
    assert mine.path.is_file() and "asap-sas-1-learned" in view.bundle_ids()
    qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    box = window.models.remove_box
    next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()
    qtbot.waitUntil(lambda: "asap-sas-1-learned" not in view.bundle_ids(), timeout=10000)
    assert not mine.path.exists() and lib.get("asap-sas-1-learned") is None and lib.get("asap-sas-1") is not None
    assert window.start.message.text() == "✓ Removed “asap-sas-1 (learned from your marks)” from your models."
