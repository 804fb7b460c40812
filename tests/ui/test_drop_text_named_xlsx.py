"""A CSV renamed .xlsx dropped on the real window opens at the columns dialog with its rows (before: "damaged or not
a complete Excel workbook; open it in Excel and save it again"), and the file is left as it was."""
from __future__ import annotations

from test_main_window import _open_by_drop

ROWS = [["Student ID", "Name", "Answer"], ["00123", "Änne", "Ice is less dense than water."],
        ["00456", "Bo", "Its molecules form an open lattice."]]


def test_a_csv_renamed_xlsx_dropped_opens_at_the_column_dialog(qtbot, window, tmp_path):
    sheet = tmp_path / "Quiz 2.xlsx"
    data = "\r\n".join(",".join(r) for r in ROWS).encode("utf-8")
    sheet.write_bytes(data)
    dlg = _open_by_drop(qtbot, window, sheet)
    assert dlg.mapping().answer_column == "Answer"
    assert dlg.preview_model.rowCount() == 2
    assert sheet.read_bytes() == data
