"""The window on a workbook a script wrote (openpyxl saves no formula results): one formula in the teacher's own
"Late?" column refused the whole sheet, so the teacher could not grade. Now the columns dialog opens, says which cell
reads empty and what to do, and scoring starts; the notes above the results say it again, and the graded workbook
exported keeps the formula. One in the answers' column is said under the choices, and scoring cannot start until the
columns chosen hold none (the real window, real files)."""
from __future__ import annotations

import openpyxl
from PySide6.QtWidgets import QLabel

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


def test_a_formula_among_the_answers_is_said_under_the_choices_and_scoring_waits(qtbot, window, tmp_path):
    dlg = _open(qtbot, window, _workbook(tmp_path / "class.xlsx", {"D4": '=CONCATENATE("vinegar ", "and size")'}))
    assert dlg.mapping().answer_column == "Answer"
    assert dlg.error.isVisible() and not dlg.ok_button.isEnabled()
    assert dlg.error.text() == (
        "⚠ 1 cell in the columns chosen holds a formula whose value was never computed (Answer: D4), so Grader cannot "
        "see what it shows; open and save the sheet in Excel or LibreOffice first, then open it again.")
    dlg.accept()                                       # Enter: refused the same way, nothing starts
    assert dlg.isVisible() and window.session is None
