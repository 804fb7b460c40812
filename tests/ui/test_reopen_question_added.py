"""A graded wide sheet (one column per question) opened again after a question column was added in Excel ("Q3
Transpiration"), nothing renamed: the columns dialog asks again with the stored choices and the new question ticked,
and says why, naming the column (it opened straight into the project, and the new question was silently not graded),
as news in the dialog's own words, not in its ⚠ style for problems (nothing is wrong); with a column of ids new too,
it names both.
Starting to score grades it, and the teacher's earlier decision stays with its answer. Real workbooks written and
read back, the real window and dialog."""
from __future__ import annotations

import pandas as pd
from PySide6.QtCore import Qt

from reopened_wide_sheet import CAP_MS, NAMES, Q1, Q2, asked_again, decided, graded, ticked

Q3 = ["water evaporates from leaves", "leaves lose water through stomata", "plants sweat", "dunno"]
GUESSED = ["Q1 Photosynthesis", "Q2 Osmosis"]


def _graded_then_q3_added(sheet, ids=False) -> None:
    """``sheet`` graded with Q1 and Q2, then a Q3 column added in Excel (and a column of student ids, if ``ids``)."""
    pd.DataFrame({"Student": NAMES, "Q1 Photosynthesis": Q1, "Q2 Osmosis": Q2}).to_excel(sheet, index=False)
    graded(sheet, GUESSED)
    front = {"Student ID": ["S1001", "S1002", "S1003", "S1004"]} if ids else {}
    pd.DataFrame({**front, "Student": NAMES, "Q1 Photosynthesis": Q1, "Q2 Osmosis": Q2,
                  "Q3 Transpiration": Q3}).to_excel(sheet, index=False)


def test_an_added_question_column_is_asked_about_ticked_and_graded(qtbot, window, tmp_path):
    sheet = tmp_path / "Week 5.xlsx"
    _graded_then_q3_added(sheet)
    dlg = asked_again(qtbot, window, sheet)
    assert dlg is not None, "opened straight into the project, Q3 not graded"
    assert dlg.news.isVisibleTo(dlg) and "“Q3 Transpiration”" in dlg.news.text()
    assert dlg.news.text().startswith("ℹ ") and not dlg.error.isVisibleTo(dlg)   # news, not a problem's ⚠
    # in the dialog's own words, neither bold nor in a failure's colour
    assert not dlg.news.font().bold() and dlg.news.palette().windowText().color() == dlg.palette().windowText().color()
    assert ticked(dlg) == {"Student": False, "Q1 Photosynthesis": True, "Q2 Osmosis": True, "Q3 Transpiration": True}
    dlg.answer_list.item(3).setCheckState(Qt.CheckState.Unchecked)   # changes in the dialog: the news stays said
    dlg.answer_list.item(3).setCheckState(Qt.CheckState.Checked)
    assert dlg.news.isVisibleTo(dlg) and "“Q3 Transpiration”" in dlg.news.text()
    with qtbot.waitSignal(window.scoringFinished, timeout=CAP_MS):
        dlg.ok_button.click()
    s = window.session
    assert list(s.items) == ["Q1 Photosynthesis", "Q2 Osmosis", "Q3 Transpiration"]
    assert decided(s) == {("Ann Lee", "Q1 Photosynthesis"): (1, "good")}


def test_an_added_column_the_teacher_unticks_is_not_asked_about_again(qtbot, window, tmp_path):
    sheet = tmp_path / "Week 5.xlsx"
    _graded_then_q3_added(sheet)
    dlg = asked_again(qtbot, window, sheet)
    a = dlg.answer_list
    next(a.item(i) for i in range(a.count())
         if a.item(i).data(Qt.ItemDataRole.UserRole) == "Q3 Transpiration").setCheckState(Qt.CheckState.Unchecked)
    with qtbot.waitSignal(window.scoringFinished, timeout=CAP_MS):
        dlg.ok_button.click()
    assert list(window.session.items) == ["Q1 Photosynthesis", "Q2 Osmosis"]
    with qtbot.waitSignal(window.scoringFinished, timeout=CAP_MS):   # the same sheet opened again: straight in
        window.open_sheet(sheet)
    assert window.mapping_dialog is None or not window.mapping_dialog.isVisible()
    s = window.session
    assert list(s.items) == ["Q1 Photosynthesis", "Q2 Osmosis"]
    assert decided(s) == {("Ann Lee", "Q1 Photosynthesis"): (1, "good")}


def test_a_question_added_with_a_column_of_ids_is_ticked_too(qtbot, window, tmp_path):
    """The sheet gains a column of student ids and a question at once: the dialog asks about the ids (as for ids
    alone) and ticks the new question as well, instead of leaving it out."""
    sheet = tmp_path / "Week 5.xlsx"
    _graded_then_q3_added(sheet, ids=True)
    dlg = asked_again(qtbot, window, sheet)
    # both named (it named the ids only), said as news: nothing is wrong, so not in the dialog's ⚠ style for problems
    assert dlg.news.isVisibleTo(dlg) and not dlg.error.isVisibleTo(dlg)
    assert dlg.news.text() == (
        "ℹ This sheet has a new column “Student ID” of student ids and a new column “Q3 Transpiration”, which Week "
        "5.grader-project was made without; “Student ID” is chosen above for the students' ids, so students who share a "
        "name are told apart by it, and “Q3 Transpiration” is ticked as a question to grade: start scoring, and your 1 "
        "decision stays with its answer, or choose no id column and untick “Q3 Transpiration” to grade the sheet as "
        "before.")
    assert ticked(dlg)["Q3 Transpiration"] and ticked(dlg)["Q1 Photosynthesis"] and ticked(dlg)["Q2 Osmosis"]
    with qtbot.waitSignal(window.scoringFinished, timeout=CAP_MS):
        dlg.ok_button.click()
    s = window.session
    assert s.mapping.id_column == "Student ID"
    assert list(s.items) == ["Q1 Photosynthesis", "Q2 Osmosis", "Q3 Transpiration"]
    assert decided(s) == {("Ann Lee · S1001", "Q1 Photosynthesis"): (1, "good")}   # the student now told by her id too
