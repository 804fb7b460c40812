"""The columns dialog's list of answer columns names a column headed in HTML by its words, as the table of questions
beside it does. Canvas's Student Analysis heads each question "<question id>: <p>question text</p>": the teacher
checking the columns of a Canvas download read "4101: <p>W…" in the list and "4101: Why does…" in the table. The
list still maps the column it names: unticking one leaves its question out, ticking it again takes it back."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

_LMS_TESTS = str(Path(__file__).resolve().parents[1] / "io" / "lms")
if _LMS_TESTS not in sys.path:
    sys.path.insert(0, _LMS_TESTS)

from lms_downloads import Q1, Q2, canvas_student_analysis  # noqa: E402
from grader_app.bundles.library import Library  # noqa: E402
from grader_app.io.readers import read_sheet  # noqa: E402
from grader_app.ui.mapping_dialog import MappingDialog  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _listed(dlg) -> dict[str, object]:
    return {dlg.answer_list.item(i).text(): dlg.answer_list.item(i) for i in range(dlg.answer_list.count())}


def test_a_canvas_downloads_question_columns_are_listed_by_their_words(qtbot, tmp_path, shipped_bundles):
    sheet = read_sheet(canvas_student_analysis(tmp_path))   # written as Canvas writes it, read as the app reads it
    dlg = MappingDialog(sheet, Library.load([shipped_bundles]), None)
    qtbot.addWidget(dlg)
    dlg.show()
    listed = _listed(dlg)
    q1, q2 = "1234567: Why does ice float on water?", "1234568: What do plants need for photosynthesis?"
    assert q1 in listed and q2 in listed, sorted(listed)        # was "1234567: <p>Why does ice float on water?</p>"
    assert not [t for t in listed if "<p>" in t]
    assert listed["sis_id"] and listed["2.0"]                     # plain headers as they are
    checked = [t for t, it in listed.items() if it.checkState() == Qt.CheckState.Checked]
    assert checked == [q1, q2]
    assert dlg.mapping().answer_columns == {Q1: q1, Q2: q2}      # the columns themselves, as before
    listed[q1].setCheckState(Qt.CheckState.Unchecked)
    assert dlg.mapping().answer_columns == {Q2: q2}
    listed[q1].setCheckState(Qt.CheckState.Checked)
    assert dlg.mapping().answer_columns == {Q1: q1, Q2: q2}
