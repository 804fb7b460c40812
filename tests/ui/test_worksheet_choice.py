"""A workbook with several worksheets: the columns dialog says which one was read and lets the teacher
read another (on a worker); the project remembers the worksheet, so reopening the workbook reads it
again, not the default one (the real window, real files)."""
from __future__ import annotations

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from test_main_window import _open_by_drop


def _workbook(path):
    """The answers (5 students) on the first, active sheet; a roster with more text on the second."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Answers"
    ws.append(["Student ID", "Name", "Question", "Answer"])
    for i in range(5):
        ws.append([f"S{i}", f"Student {i}", "asap-sas-1", f"You need the amount of vinegar and the container size {i}"])
    roster = wb.create_sheet("Roster")
    roster.append(["Student ID", "Name", "Email", "Class", "Notes"])
    for i in range(40):
        roster.append([f"R{i}", f"Pupil number {i}", f"p{i}@school.org", "9B", "joined in the autumn term"])
    wb.save(path)
    return path


def test_the_teacher_chooses_the_worksheet_and_the_project_remembers_it(qtbot, window, tmp_path):
    sheet = _workbook(tmp_path / "class.xlsx")
    dlg = _open_by_drop(qtbot, window, sheet)
    assert dlg.sheet.sheet_name == "Roster"                    # the most text: the default guess
    combo = dlg.worksheet_combo
    assert combo is not None and combo.isVisible()
    assert [combo.itemText(i) for i in range(combo.count())] == ["Answers", "Roster"]
    assert combo.currentText() == "Roster"

    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Up)                       # the keyboard chooses "Answers"
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog is not dlg
                    and window.mapping_dialog.isVisible(), timeout=10000)
    assert not dlg.isVisible()
    again = window.mapping_dialog
    assert again.sheet.sheet_name == "Answers" and len(again.sheet) == 5
    assert again.worksheet_combo.currentText() == "Answers"
    assert again.mapping().answer_column == "Answer"
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        again.ok_button.click()
    assert len(window.session.answers) == 5
    key = window.session.answers[0].key
    window.session.decide(key, 2)
    window.close_sheet()

    with qtbot.waitSignal(window.sessionReady, timeout=10000):
        window.open_sheet(sheet)
    assert window.mapping_dialog is None                      # the project answered, with its worksheet
    assert window.session.sheet.sheet_name == "Answers" and len(window.session.answers) == 5
    assert window.session.decisions[key].score == 2


def test_a_workbook_with_one_worksheet_shows_no_choice(qtbot, window, tmp_path):
    path = tmp_path / "one.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Student ID", "Question", "Answer"])
    ws.append(["S1", "asap-sas-1", "the amount of vinegar"])
    ws.append(["S2", "asap-sas-1", "the size of the containers"])
    wb.save(path)
    dlg = _open_by_drop(qtbot, window, path)
    assert dlg.worksheet_combo is None
