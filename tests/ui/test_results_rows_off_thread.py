"""From "Score" in the columns dialog to the figures above the scored results, the GUI thread reads no column of the
sheet whole: the notes above the results on the rows the columns chosen leave out (a section's heading) or read as the
question above were found on the GUI thread as the results were shown, three passes over every row (5 ms of the
GUI thread's work on 10,000 answers, the only such passes left there); they are found as the session is prepared, on
its worker, and said as before."""
from __future__ import annotations

import threading

import pandas as pd

from test_columns_dialog_rows_once import ROWS, _sheet
from test_main_window import _open_by_drop


def test_the_results_are_shown_reading_no_row_on_the_gui_thread(qtbot, window, tmp_path, monkeypatch):
    dlg = _open_by_drop(qtbot, window, _sheet(tmp_path / "answers.csv"))
    read: list[str] = []
    whole = pd.Series.tolist

    def tolist(self):
        if len(self) == ROWS and threading.current_thread() is threading.main_thread():
            read.append(str(self.name))
        return whole(self)

    monkeypatch.setattr(pd.Series, "tolist", tolist)
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        dlg.ok_button.click()
    qtbot.waitUntil(lambda: not window.results.figures_pending(), timeout=10000)
    assert read == []
    assert any("28 rows with an empty cell in column “Question” were read as the question above them" in note
               for note in window.notices.notes)   # said above the results as before
