"""A CSV that ends inside a quoted answer: a file still being saved, copied or downloaded when it was dropped, or one
whose last answer lost its closing quote. Its last answer was read cut short without a word (only a quote that swallowed
rows was said). Now the columns dialog and the notes above the results say the last row may be cut off and what to do;
a whole file says nothing of the kind."""
from __future__ import annotations

from test_main_window import _open_by_drop
from ui_helpers import write_csv

HEAD = ["Student ID", "Name", "Question", "Answer"]
ROWS = [["S01", "Kid 1", "asap-sas-1", "Ice is less dense than water."],
        ["S02", "Kid 2", "asap-sas-1", "Its molecules, in a lattice, leave room."]]
SAID = "The file ends inside a quoted cell, in row 4"


def test_a_sheet_that_ends_inside_a_quote_says_its_last_answer_may_be_cut_off(qtbot, window, tmp_path):
    sheet = write_csv(tmp_path / "class" / "answers.csv", HEAD, ROWS)
    with open(sheet, "a", encoding="utf-8", newline="") as fh:
        fh.write('S03,Kid 3,asap-sas-1,"Because the water molec')       # the rest not written yet
    dlg = _open_by_drop(qtbot, window, sheet)
    assert dlg.ok_button.text() == "Score 3 answers"
    assert SAID in dlg.notes_label.text()
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        dlg.ok_button.click()
    assert window.session.answers[-1].text == "Because the water molec"
    assert any(SAID in n for n in window.notices.notes)


def test_a_whole_sheet_says_nothing_of_a_cut(qtbot, window, tmp_path):
    sheet = write_csv(tmp_path / "class" / "answers.csv", HEAD, [*ROWS, ["S03", "Kid 3", "asap-sas-1", "Whole, \"quoted\""]])
    dlg = _open_by_drop(qtbot, window, sheet)
    assert dlg.ok_button.text() == "Score 3 answers"
    assert "ends inside a quoted cell" not in dlg.notes_label.text()
