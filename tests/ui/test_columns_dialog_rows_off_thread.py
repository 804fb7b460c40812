"""The columns dialog's count of a sheet's rows leaves out a header repeated below (two class lists pasted one under
the other); finding those rows is a pass over every row, which held the GUI thread for 50-130 ms on 10,000 rows as the
dialog opened. It is done on the worker that reads the sheet, and the dialog counts the same rows as before."""
from __future__ import annotations

import csv
import threading

from grader_app.io.lms import recognition
from test_header_again_in_dialog import HEAD, ROWS
from test_main_window import _open_by_drop


def test_the_rows_of_a_header_repeated_are_found_off_the_gui_thread(qtbot, window, tmp_path, monkeypatch):
    on_gui: list[bool] = []
    looked = recognition.header_again_rows

    def header_again_rows(*args):
        on_gui.append(threading.current_thread() is threading.main_thread())
        return looked(*args)

    monkeypatch.setattr(recognition, "header_again_rows", header_again_rows)
    sheet = tmp_path / "9a und 9b.csv"
    with open(sheet, "w", newline="", encoding="utf-8-sig") as fh:
        csv.writer(fh).writerows([HEAD, ROWS[0], HEAD, ROWS[1]])
    dlg = _open_by_drop(qtbot, window, sheet)
    assert on_gui and not any(on_gui)                # looked for, on a worker only
    assert "2 rows, 4 columns" in dlg.intro_label.text()   # the header row again is not counted
    assert dlg.items() == [("Warum schwimmt Eis?", 2)]
    assert dlg.ok_button.text() == "Score 2 answers"
