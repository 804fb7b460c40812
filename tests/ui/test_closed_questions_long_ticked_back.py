"""The columns dialog on a Brightspace download of one row per answer leaves its multiple-choice and true/false
questions out of the questions to grade, says so, and takes them back when the teacher ticks “Also grade closed
questions” (before, every question was there to grade, "True" and "Mitochondria" with a short-answer model). A real
file written as Brightspace writes it, the real dialog under pytest-qt, and the real window opening it again."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

_LMS_TESTS = str(Path(__file__).resolve().parents[1] / "io" / "lms")
if _LMS_TESTS not in sys.path:
    sys.path.insert(0, _LMS_TESTS)

from test_closed_questions_long import brightspace  # noqa: E402
from grader_app import workflow  # noqa: E402
from grader_app.bundles.library import Library  # noqa: E402
from grader_app.io.readers import read_sheet  # noqa: E402
from grader_app.ui.mapping_dialog import MappingDialog  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_closed_questions_are_left_out_said_and_taken_back(qtbot, tmp_path, shipped_bundles):
    sheet = read_sheet(brightspace(tmp_path))
    dlg = MappingDialog(sheet, Library.load([shipped_bundles]), workflow.guess_columns(sheet))   # as the app opens it
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.long_radio.isChecked()
    assert dlg.columns.closed_box.isVisible() and not dlg.columns.closed_box.isChecked()
    assert [q for q, _n in dlg.items()] == ["1", "3"]
    assert dlg.mapping().left_out == ["2", "4"]
    said = " ".join(dlg.notes_label.text().split())
    assert "2 questions are not graded (“2”, “4”): their answers are only choices or numbers" in said
    dlg.columns.closed_box.setChecked(True)
    assert [q for q, _n in dlg.items()] == ["1", "2", "3", "4"]
    assert dlg.mapping().left_out == [] and dlg.items_table.rowCount() == 4
    assert "not graded" not in dlg.notes_label.text()
    dlg.columns.closed_box.setChecked(False)
    assert dlg.items_table.rowCount() == 2 and "not graded" in dlg.notes_label.text()


def test_the_questions_left_out_stay_out_when_the_sheet_is_opened_again(qtbot, make_window, tmp_path):
    """Confirmed in the real window, the choice is the project's: opened again (no columns dialog), the two questions
    Brightspace marks are still left out; ticked back, they would be graded."""
    path = brightspace(tmp_path)
    w = make_window((1200, 800))
    w.open_path(path)
    qtbot.waitUntil(lambda: w.mapping_dialog is not None and w.mapping_dialog.isVisible(), timeout=10000)
    assert w.mapping_dialog.mapping().left_out == ["2", "4"]
    with qtbot.waitSignal(w.scoringFinished, timeout=30000):
        w.mapping_dialog.accept()
    assert w.session.item_keys() == ["1", "3"] and w.session.mapping.left_out == ["2", "4"]
    with qtbot.waitSignal(w.sheetClosed, timeout=30000):
        w.close_sheet()
    with qtbot.waitSignal(w.scoringFinished, timeout=30000):
        w.open_sheet(path)
    assert w.session.item_keys() == ["1", "3"] and w.session.mapping.left_out == ["2", "4"]
