"""The columns dialog opened on a teacher's own sheet of one column per question leaves her true/false and
multiple-choice columns ("Q3", "Q4") unticked, says so in the notes with why, and takes one back when she ticks it,
the note then naming only the other. Before, both came ticked and were graded with a short-answer model. A real file
written and guessed as the app does, the real dialog under pytest-qt."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

_LMS_TESTS = str(Path(__file__).resolve().parents[1] / "io" / "lms")
if _LMS_TESTS not in sys.path:
    sys.path.insert(0, _LMS_TESTS)

from test_closed_answers_own_sheet import own_sheet  # noqa: E402
from grader_app import workflow  # noqa: E402
from grader_app.bundles.library import Library  # noqa: E402
from grader_app.io.readers import read_sheet  # noqa: E402
from grader_app.ui.mapping_dialog import MappingDialog  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_her_closed_columns_are_unticked_said_and_ticked_back(qtbot, tmp_path, shipped_bundles):
    sheet = read_sheet(own_sheet(tmp_path))
    dlg = MappingDialog(sheet, Library.load([shipped_bundles]), workflow.guess_columns(sheet))
    qtbot.addWidget(dlg)
    dlg.show()
    listed = {dlg.answer_list.item(i).text(): dlg.answer_list.item(i) for i in range(dlg.answer_list.count())}
    ticked = [t for t, it in listed.items() if it.checkState() == Qt.CheckState.Checked]
    assert ticked == ["Q1", "Q2"]
    said = " ".join(dlg.notes_label.text().split())
    assert dlg.notes_label.isVisibleTo(dlg)
    assert ("2 question columns are not ticked (“Q3”, “Q4”): their answers are only choices or numbers (multiple "
            "choice, true/false, numeric), not written answers; tick them to grade them here too.") in said
    listed["Q3"].setCheckState(Qt.CheckState.Checked)
    assert dlg.mapping().answer_columns == {"Q1": "Q1", "Q2": "Q2", "Q3": "Q3"}
    said = " ".join(dlg.notes_label.text().split())
    assert "1 question column is not ticked (“Q4”): its answers are only choices" in said and "“Q3”" not in said
    listed["Q4"].setCheckState(Qt.CheckState.Checked)
    assert "not ticked" not in dlg.notes_label.text()
