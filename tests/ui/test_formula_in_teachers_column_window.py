"""The window on a workbook a script wrote (openpyxl saves no formula results): one formula in the teacher's own
"Late?" column refused the whole sheet, so the teacher could not grade. Now the columns dialog opens, says which cell
reads empty and what to do, and scoring starts; the notes above the results say it again, and the graded workbook
exported keeps the formula. One in the answers' column (QA: D32 of 150 answers stopped the scoring of the whole class)
is said the same way, the class is scored, and that one answer comes to the teacher flagged with what it is and what
to do, never as a blank one (the real window, real files)."""
from __future__ import annotations

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from grader_app.core import flags
from grader_app.ui import results_model as rm

from grader_app.ui.export_work import work_for
from sheet_files import with_late_column
from test_mapping_fit_and_keys import _open

LATE = '=IF(B4="Kid 2","yes","no")'


def _workbook(path, formulas: dict[str, str]):
    return with_late_column(path, "asap-sas-1", "You need the amount of vinegar and the container size", 5, formulas)


def test_a_formula_in_the_teachers_own_column_is_said_and_the_sheet_is_graded_keeping_it(qtbot, window, tmp_path):
    dlg = _open(qtbot, window, _workbook(tmp_path / "class.xlsx", {"E4": LATE}))
    said = [w.text() for w in dlg.findChildren(QLabel) if "(E4)" in w.text()]
    assert said == ["1 cell with a formula but no saved result reads as empty in Grader (E4), and the graded workbook "
                    "keeps it as a formula; to see its value here, open the file in Excel, save it, and open it again."]
    assert not dlg.error.isVisible() and dlg.ok_button.isEnabled()
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        dlg.ok_button.click()
    assert len(window.session.answers) == 5
    assert any("(E4)" in n for n in window.notices.notes)
    out = tmp_path / "graded.xlsx"
    work_for(window.session, "xlsx", out, None).run()
    ws = openpyxl.load_workbook(out).worksheets[0]
    assert (ws["E4"].value, ws["E4"].data_type) == (LATE, "f")
    assert [ws[f"D{r}"].data_type for r in range(2, 7)] == ["s"] * 5


def test_a_formula_among_the_answers_is_said_and_the_others_are_scored_that_one_flagged(qtbot, window, tmp_path):
    dlg = _open(qtbot, window, _workbook(tmp_path / "class.xlsx", {"D4": '=CONCATENATE("vinegar ", "and size")'}))
    assert dlg.mapping().answer_column == "Answer"
    said = [w.text() for w in dlg.findChildren(QLabel) if "(D4)" in w.text()]
    assert said and "open the file in Excel, save it, and open it again" in said[0]
    assert not dlg.error.isVisible() and dlg.ok_button.isEnabled()
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        dlg.ok_button.click()
    s = window.session
    assert len(s.answers) == 5 and len(s.predictions) == 5
    key = next(a.key for a in s.answers if a.row == 2)   # D4: the sheet's third student
    assert s.flags[key] == [flags.UNSAVED] and s.needs_teacher(key)
    assert all(flags.UNSAVED not in s.flags[k] for k in range(5) if k != key)
    model = window.results.table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, rm.ANSWER).data() == "(formula without a saved "
                                                                                          "value)")
    assert model.index(row, rm.FLAGS).data() == "no value"
    assert "save it and open it again" in model.index(row, rm.ANSWER).data(Qt.ItemDataRole.ToolTipRole)
    assert not any(model.index(r, rm.ANSWER).data() == "(blank)" for r in range(model.rowCount()))
