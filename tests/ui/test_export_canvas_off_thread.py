"""The Canvas gradebook export reads every student's cells (their ids, names and scores, to find students that look
alike or a student's different scores for one question) before anything is written: that ran on the GUI thread and
froze the window 1.6 s for 20,000 answers (QA s52g finding 3). It now runs on the export's worker, before the look at
the destination, and says the same things: its warnings with "Saved", its refusal in the dialog with nothing written.
The cells are read a column at a time, giving what the cell-by-cell reads gave."""
from __future__ import annotations

import csv

import numpy as np
import pandas as pd
import pytest

from grader_app.core.sheet import ColumnMapping, column_values, student_name, student_names
from grader_app.io.canvas import canvas_warnings
from grader_app.io.errors import SheetError
from grader_app.io.lms import canvas_file
from grader_app.io.lms_points import cell_text, column_texts
from grader_app.ui.export_formats import CANVAS
from grader_app.ui.export_notes import notes_words
from grader_app.ui.export_work import work_for
from gui_thread_asks import calls_on_gui_thread
from ui_helpers import ANSWERS, export_dialog, scored_csv_session, tiny_bundles

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def session(tmp_path):
    """A class of four in which S001 answered asap-sas-1 twice and was given two different scores for it."""
    sheet = tmp_path / "class.csv"
    with open(sheet, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Name", "Question", "Answer"])
        for s in range(4):
            for j, item in enumerate(("asap-sas-1", "asap-sas-5")):
                w.writerow([f"S{s + 1:03d}", f"Student {s + 1}", item, ANSWERS[(2 * s + j) % len(ANSWERS)]])
        w.writerow(["S001", "Student 1", "asap-sas-1", ANSWERS[5]])
    tiny_bundles(tmp_path / "bundles")
    s = scored_csv_session(sheet, tmp_path / "bundles")
    twice = [a.key for a in s.answers if a.row in (0, 8)]   # S001's two answers to asap-sas-1
    assert len(twice) == 2
    s.decide(twice[0], 0)
    s.decide(twice[1], 2)
    return s


@pytest.fixture
def reads(monkeypatch):
    """For each read of the students' cells for the Canvas file, whether it ran on the GUI thread."""
    return calls_on_gui_thread(monkeypatch, canvas_file, "_students")


def test_the_canvas_file_reads_its_students_on_the_worker_and_says_its_warning_after_saving(
        qtbot, session, reads, tmp_path, task_manager):
    out = tmp_path / "out"
    out.mkdir()
    warning = notes_words(canvas_warnings(session))
    assert "Student 1" in warning   # the two different scores for one question: a cell to enter by hand
    reads.clear()
    made = work_for(session, CANVAS, out / "probe.csv", None)
    assert reads == [] and made.ahead is not None   # what the dialog asks for at once reads no student's cells
    dlg = export_dialog(qtbot, session, session.sheet.source, task_manager)
    dlg.set_format(CANVAS)
    dlg.set_destination(out / "canvas.csv")
    with qtbot.waitSignal(dlg.exported, timeout=20000):
        assert dlg.export() is True
    assert reads and not any(reads)   # every read on a worker
    assert (out / "canvas.csv").exists()
    assert dlg.done_label.text().endswith(f" ⚠ {warning}")
    dlg.close()


def test_what_the_worker_finds_before_writing_is_said_in_the_dialog_and_nothing_is_written(
        qtbot, session, monkeypatch, tmp_path, task_manager):
    def refused(*_a, **_k):
        raise SheetError("the sheet says 'Q1' is out of 2, but it has marks up to 3")
    monkeypatch.setattr("grader_app.io.canvas.canvas_rows", refused)
    dlg = export_dialog(qtbot, session, session.sheet.source, task_manager)
    dlg.set_format(CANVAS)
    dlg.set_destination(tmp_path / "canvas.csv")
    with qtbot.waitSignal(dlg.failed, timeout=20000) as sig:
        dlg.export()
    assert sig.args[0].startswith("The sheet says 'Q1' is out of 2, but it has marks up to 3")
    assert dlg.error_text() == sig.args[0]
    assert not dlg.busy and dlg.export_button.isEnabled() and dlg.progress.isHidden() and dlg.done_label.text() == ""
    assert not (tmp_path / "canvas.csv").exists()
    assert not [t for t in task_manager.tasks() if t.name.startswith("export ")]   # no writer was started
    dlg.close()


def test_a_sheet_without_a_student_column_is_refused_at_once(qtbot, session, reads, tmp_path, task_manager):
    session.mapping = ColumnMapping(item_column="Question", answer_column="Answer")
    with pytest.raises(SheetError, match="choose the student id column"):
        work_for(session, CANVAS, tmp_path / "canvas.csv", None)
    assert reads == []


def test_a_column_read_at_once_gives_what_each_cell_gave():
    frame = pd.DataFrame({
        "text": ["Ann", None, 3, np.nan, "  "], "float": [1.5, np.nan, 2.0, 3.25, 0.1],
        "int": [1, 2, 3, 4, 5], "f32": np.array([0.1, np.nan, 2, 3, 4], dtype="float32"),
        "when": pd.to_datetime(["2020-01-01", None, "2021-02-03", "2020-01-01", "2022-03-04"]),
        "str": pd.Series(["x", None, "z", " w ", ""], dtype="str"), "nullable": pd.array([1, None, 3, 4, 5], dtype="Int64"),
        "kind": pd.Categorical(["a", "b", None, "a", "b"]), "first": ["Jo", "", None, " Al ", "Bo"]})
    for col in frame.columns:
        values = list(column_values(frame, col))
        cells = [frame.iat[r, frame.columns.get_loc(col)] for r in range(len(frame))]
        assert [(type(v), str(v)) for v in values] == [(type(c), str(c)) for c in cells], col
        assert column_texts(frame, col) == [cell_text(frame, r, col) for r in range(len(frame))], col
    assert column_texts(frame, None) == [""] * len(frame)
    for name in ("text", "str", "float", "when", "missing"):
        for first in (None, "first", name):
            m = ColumnMapping(item_column="x", answer_column="y", name_column=name, first_name_column=first)
            assert student_names(frame, m) == [student_name(frame, r, m) for r in range(len(frame))], (name, first)
