"""A workbook whose answer "3/4" Excel turned into a date, dropped on the real window: the columns dialog says which
cell it is and what it may have been typed as, in the teacher's language (before, the answer read "2026-03-04" with
no word, and was scored as that). The workbook is left as it was."""
from __future__ import annotations

import datetime as dt

import openpyxl

from in_language import in_language
from test_main_window import _open_by_drop


def test_the_columns_dialog_says_the_answer_excel_made_a_date_in_german(qtbot, window, tmp_path):
    path = tmp_path / "Bruchrechnen.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["Name", "Antwort"], ["Ann", "drei Viertel"], ["Bo", dt.datetime(2026, 3, 4)], ["Cy", "0,75"]):
        ws.append(row)
    ws["B3"].number_format = "d-mmm"
    wb.save(path)
    before = path.read_bytes()
    with in_language("de"):
        dlg = _open_by_drop(qtbot, window, path)
        shown = dlg.notes_label.text()
    assert dlg.notes_label.isVisibleTo(dlg)
    assert "1 Zelle der Spalte „Antwort“ (Zeile 3) ist ein Datum, das Excel aus der Eingabe gemacht hat" in shown
    assert "2026-03-04" in shown and "3/4 oder 4/3" in shown and "Excel made" not in shown
    assert path.read_bytes() == before
