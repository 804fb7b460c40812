"""The columns dialog of a sheet holding two class lists pasted one under the other (QA s53f finding 2): the second
header row is no question of the sheet and no answer to count, and the dialog says it was left out."""
from __future__ import annotations

import csv

from test_main_window import _open_by_drop

HEAD = ["Student ID", "Name", "Question", "Answer"]
ROWS = [["00123", "Jürgen Müller", "Warum schwimmt Eis?", "Weil Eis eine geringere Dichte als Wasser hat."],
        ["00124", "María Núñez", "Warum schwimmt Eis?", "Die Moleküle bilden ein offenes Gitter."]]


def test_the_header_again_is_no_question_of_the_columns_dialog(qtbot, window, tmp_path):
    sheet = tmp_path / "9a und 9b.csv"
    with open(sheet, "w", newline="", encoding="utf-8-sig") as fh:
        csv.writer(fh).writerows([HEAD, ROWS[0], HEAD, ROWS[1]])
    dlg = _open_by_drop(qtbot, window, sheet)
    assert dlg.items() == [("Warum schwimmt Eis?", 2)]
    assert "Left out 1 row that repeats the header row (row 3)" in dlg.notes_label.text()
    assert "2 rows, 4 columns" in dlg.intro_label.text() and "Overall average" not in dlg.intro_label.text()


def test_a_section_heading_is_no_question_of_the_columns_dialog(qtbot, window, tmp_path):
    """"Class 9B" alone between two lists (QA s53f finding 5) was a question with no name and one answer."""
    sheet = tmp_path / "9a und 9b.csv"
    with open(sheet, "w", newline="", encoding="utf-8-sig") as fh:
        csv.writer(fh).writerows([HEAD, ROWS[0], ["Class 9B", "", "", ""], ROWS[1]])
    dlg = _open_by_drop(qtbot, window, sheet)
    assert dlg.items() == [("Warum schwimmt Eis?", 2)]
    assert "Left out 1 row with neither a question nor an answer (row 3)" in dlg.notes_label.text()
    assert dlg.ok_button.text() == "Score 2 answers"
    dlg.wide_radio.setChecked(True)   # one column per question: no question column, so nothing is left out
    assert "neither a question nor an answer" not in dlg.notes_label.text()
