"""A .xls dropped on the window goes to the reader, which knows what it is: Blackboard's tab-separated text
download opens at the column dialog; a real Excel 97-2003 workbook is told to be saved as .xlsx (before, the
drop zone refused any .xls as a file type Grader cannot open, so neither got that far)."""
from __future__ import annotations

from grader_app.io.sheet_detection import OLE2
from grader_app.ui.start_screen import ERROR
from grader_app.ui.drop_zone import classify
from test_main_window import _open_by_drop, drop_files

ROWS = [["Last Name", "First Name", "Username", "Student ID", "Question", "Answer"],
        ["Müller", "Jürgen", "jmueller", "00123", "Why does ice float?", "Ice is less dense than water."],
        ["Nguyễn", "Thị Lan", "lnguyen", "00456", "Why does ice float?", "Its molecules form an open lattice."]]


def test_a_blackboard_text_download_named_xls_opens_at_the_column_dialog(qtbot, window, tmp_path):
    sheet = tmp_path / "Quiz 1 results.xls"
    sheet.write_bytes("\r\n".join("\t".join(r) for r in ROWS).encode("utf-16"))   # with its BOM, as downloaded
    assert classify(sheet) == "sheet"
    dlg = _open_by_drop(qtbot, window, sheet)
    assert dlg.mapping().answer_column == "Answer"
    assert dlg.preview_model.rowCount() == 2


def test_a_real_old_excel_workbook_dropped_is_told_to_be_saved_as_xlsx(qtbot, window, tmp_path):
    old = tmp_path / "marks 2019.xls"
    old.write_bytes(OLE2 + bytes(504))
    drop_files(window.start.drop_zone, [old])
    qtbot.waitUntil(lambda: window.start.message_kind == ERROR and "marks 2019.xls" in window.start.message.text(),
                    timeout=10000)
    said = window.start.message.text()
    assert "97-2003" in said and ".xlsx" in said and "cannot open" not in said
    assert window.session is None and window.mapping_dialog is None
