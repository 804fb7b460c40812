"""The columns dialog on a quiz report with multiple-choice and true/false questions beside a written one (real files,
the real main window): the two the LMS marks itself come unticked, and the notes say which and why, for as long as the
teacher leaves them so; ticked back, each is graded under its own question (before, all three came ticked, and the
"True" and "Mitochondria" answers were scored by a short-answer model)."""
from __future__ import annotations

import csv
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from grader_app.core.sheet import WIDE
from grader_app.ui.mapping_layout import column_of
from test_mapping_fit_and_keys import _open

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "io" / "lms"))   # the reports of the LMS tests
from test_closed_answers import Q1, Q2, Q3, SHORT_ANSWER, TF, WRITTEN, canvas_report  # noqa: E402

NOTE = ("2 question columns are not ticked (“1001: Which organelle releases energy i…”, “1002: Ice floats on water.”): "
        "their answers are only choices or numbers (multiple choice, true/false, numeric), which your learning platform "
        "marks itself; tick them to grade them here too.")


def _items(dlg) -> dict[str, object]:
    return {column_of(it): it for it in map(dlg.answer_list.item, range(dlg.answer_list.count()))}


def test_a_canvas_reports_multiple_choice_comes_unticked_with_a_note_and_can_be_ticked_back(qtbot, window, tmp_path):
    dlg = _open(qtbot, window, canvas_report(tmp_path))
    assert dlg.wide_radio.isChecked() and dlg.answer_list.isVisible()
    items = _items(dlg)
    assert {c: items[c].checkState() for c in (Q1, Q2, Q3)} == {
        Q1: Qt.CheckState.Unchecked, Q2: Qt.CheckState.Unchecked, Q3: Qt.CheckState.Checked}
    assert dlg.notes_label.isVisible() and NOTE in dlg.notes_label.text()
    assert [q for q, _n in dlg.items()] == [SHORT_ANSWER]
    assert dlg.ok_button.text() == "Score 10 answers"

    items[Q2].setCheckState(Qt.CheckState.Checked)   # she wants the true/false graded too
    assert "1 question column is not ticked (“1001: Which organelle releases energy i…”): its answers" in (
        dlg.notes_label.text()) and "Ice floats" not in dlg.notes_label.text()
    items[Q1].setCheckState(Qt.CheckState.Checked)
    assert "not ticked" not in dlg.notes_label.text()
    m = dlg.mapping()
    assert m.layout == WIDE and m.answer_columns == {Q1: "1001: Which organelle releases energy in a cell?",
                                                     Q2: "1002: Ice floats on water.", Q3: SHORT_ANSWER}
    items[Q1].setCheckState(Qt.CheckState.Unchecked)   # unticked again: said again
    assert "1 question column is not ticked (“1001: Which" in dlg.notes_label.text()


def test_a_blackboard_true_false_ticked_back_keeps_its_question_name(qtbot, window, tmp_path):
    """Blackboard's "Answer 2" is question "Q2" (its download names questions only by number): ticked back, it is
    "Q2" still, not "Answer 2", so its grades go back under the title every other file gives it."""
    path = tmp_path / "Week 4 test.csv"
    head = ["Last Name", "First Name", "Username"]
    for n in (1, 2):
        head += [f"Question ID {n}", f"Question {n}", f"Answer {n}", f"Possible Points {n}", f"Auto Score {n}",
                 f"Manual Score {n}"]
    rows = [head] + [[f"Name{i}", "Ann", f"user{i}", "q_1", "Why does ice float?", WRITTEN[i], "2", "", "",
                      "q_2", "Ice floats on water.", TF[i], "1", "1", ""] for i in range(10)]
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    dlg = _open(qtbot, window, path)
    items = _items(dlg)
    assert items["Answer 2"].checkState() == Qt.CheckState.Unchecked and dlg.mapping().answer_columns == {
        "Answer 1": "Q1"}
    assert "1 question column is not ticked (“Answer 2”)" in dlg.notes_label.text()
    items["Answer 2"].setCheckState(Qt.CheckState.Checked)
    assert dlg.mapping().answer_columns == {"Answer 1": "Q1", "Answer 2": "Q2"}
    assert [q for q, _n in dlg.items()] == ["Q1", "Q2"]
