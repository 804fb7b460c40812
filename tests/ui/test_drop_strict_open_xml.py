"""A workbook saved as Excel's "Strict Open XML Spreadsheet" dropped on the real window, in German: the start screen
says what the file is and how to save it (before: that it "has no worksheets; add the answers to a sheet"), and no
session starts."""
from __future__ import annotations

import sys
from pathlib import Path

import openpyxl

from grader_app.ui.start_screen import ERROR
from in_language import in_language
from test_main_window import drop_files

_IO_TESTS = str(Path(__file__).resolve().parents[1] / "io")
if _IO_TESTS not in sys.path:
    sys.path.insert(0, _IO_TESTS)
from test_strict_open_xml import strict_copy  # noqa: E402


def test_a_strict_open_xml_workbook_dropped_is_told_how_to_save_it_in_german(qtbot, window, tmp_path):
    plain = tmp_path / "plain.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Name", "Antwort"])
    wb.active.append(["Ann", "Eis schwimmt"])
    wb.save(plain)
    strict = tmp_path / "Test 4.xlsx"
    strict.write_bytes(strict_copy(plain.read_bytes()))
    with in_language("de"):
        drop_files(window.start.drop_zone, [strict])
        qtbot.waitUntil(lambda: window.start.message_kind == ERROR and "Test 4.xlsx" in window.start.message.text(),
                        timeout=10000)
        said = window.start.message.text()
    assert "Strict Open XML-Tabelle" in said and "Excel-Arbeitsmappe (.xlsx)" in said and "Arbeitsblätter" not in said
    assert window.session is None and window.mapping_dialog is None
