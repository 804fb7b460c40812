"""The columns dialog counts each question's answers and says which rows it leaves out (a section's heading, a question
taken from the row above), the points the sheet gives and the teacher's empty points column, for the columns chosen.
Each of those went over every row of the sheet again on every change of any choice (a student's column, a question's
model), which held the GUI thread for 25-45 ms a change on 10,000 answers. Now each is worked out once for the columns it
depends on: a choice those do not depend on, or columns chosen before, reads no row again. For the columns the dialog
opens with, it is worked out on the worker that reads the sheet (40-75 ms of the dialog's opening on 10,000 answers)."""
from __future__ import annotations

import csv
import threading

import pandas as pd
import pytest

from grader_app.ui.mapping_dialog import NO_MODEL
from test_main_window import _open_by_drop

ROWS = 30


@pytest.fixture
def passes(monkeypatch):
    """How often a column of the sheet was read whole (each of its rows) on the GUI thread, counted by column."""
    counted: list[str] = []
    whole = pd.Series.tolist

    def tolist(self):
        if len(self) == ROWS and threading.current_thread() is threading.main_thread():
            counted.append(str(self.name))
        return whole(self)

    monkeypatch.setattr(pd.Series, "tolist", tolist)
    return counted


def _sheet(path):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Name", "Question", "Topic", "Answer", "Punkte"])
        for r in range(ROWS):
            w.writerow([f"S{r // 2 + 1:03d}", f"Student {r // 2 + 1}", {0: "Q1", ROWS // 2: "Q2"}.get(r, ""),
                        ("Plants", "Cells", "Heat")[r % 3], f"Answer number {r} about it", ""])
    return path


def test_the_dialog_opens_reading_no_row_on_the_gui_thread(qtbot, window, tmp_path, passes):
    dlg = _open_by_drop(qtbot, window, _sheet(tmp_path / "answers.csv"))
    assert passes == []   # the columns guessed: their counts, notes, points and look found on the worker
    assert dlg.items() == [("Q1", 15), ("Q2", 15)] and dlg.ok_button.text() == "Score 30 answers"
    assert "28 rows with an empty cell in column “Question” were read as the question above them" in \
        dlg.notes_label.text()
    assert "“Punkte”" in dlg.items_note.text()
    assert passes == []


def test_a_change_of_choice_reads_no_row_again(qtbot, window, tmp_path, passes):
    dlg = _open_by_drop(qtbot, window, _sheet(tmp_path / "answers.csv"))
    assert dlg.mapping().item_column == "Question"
    shown = (dlg.items(), dlg.ok_button.text(), dlg.notes_label.text(), dlg.items_note.text())
    assert shown[0] == [("Q1", 15), ("Q2", 15)] and shown[1] == "Score 30 answers"
    assert "28 rows with an empty cell in column “Question” were read as the question above them" in shown[2]
    assert "“Punkte”" in shown[3]           # her empty points column is filled too

    passes.clear()
    dlg.id_combo.setCurrentIndex(dlg.id_combo.findText("Name"))   # neither the questions nor the answers change
    dlg.id_combo.setCurrentIndex(dlg.id_combo.findText("Student ID"))
    model = dlg.model_combo("Q1")
    assert model is not None
    model.setCurrentIndex(model.findText(NO_MODEL))   # a model chosen: the note under the questions is said again
    model.setCurrentIndex(0)
    assert passes == []

    dlg.item_combo.setCurrentIndex(dlg.item_combo.findText("Topic"))   # another question column: read once
    assert [n for _, n in dlg.items()] == [10, 10, 10]
    dlg.item_combo.setCurrentIndex(dlg.item_combo.findText("Question"))
    first = len(passes)
    assert first > 0
    for _ in range(2):   # both chosen before: nothing read again
        dlg.item_combo.setCurrentIndex(dlg.item_combo.findText("Topic"))
        dlg.item_combo.setCurrentIndex(dlg.item_combo.findText("Question"))
    assert len(passes) == first
    assert (dlg.items(), dlg.ok_button.text(), dlg.notes_label.text(), dlg.items_note.text()) == shown
