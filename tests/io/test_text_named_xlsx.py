"""Text under a workbook's name: a CSV renamed .xlsx (a teacher "making it Excel" by its name) or an LMS download of
tab-separated UTF-16 text named .xlsx is read as the text it is, cell for cell, as such text named .xls is; a web page
named .xlsx is "not a real Excel workbook", with what to do. Before, each was "damaged or not a complete Excel
workbook", which sent the teacher to repair a file that was never broken. A real workbook cut short is still damaged."""
from __future__ import annotations

import openpyxl
import pytest

from grader_app.io.errors import SheetError
from grader_app.workflow import read_sheet

ROWS = [["Name", "Answer"], ["Änne", "Ice is less dense than water"], ["Bo", "3/4"]]


@pytest.mark.parametrize("encoding,sep", [("utf-8", ","), ("utf-8-sig", ";"), ("utf-16", "\t")])
@pytest.mark.parametrize("suffix", [".xlsx", ".xlsm"])
def test_text_named_as_a_workbook_is_read_as_text(tmp_path, encoding, sep, suffix):
    p = tmp_path / f"answers{suffix}"
    data = "\r\n".join(sep.join(r) for r in ROWS).encode(encoding)
    p.write_bytes(data)
    sheet = read_sheet(p)
    assert sheet.columns == ["Name", "Answer"]
    assert sheet.frame.values.tolist() == ROWS[1:]
    assert any(getattr(n, "kind", "") == "read_as" for n in sheet.notes)   # "Read as UTF-8 text, ..."
    assert p.read_bytes() == data


def test_a_web_page_named_xlsx_is_not_a_real_workbook(tmp_path):
    p = tmp_path / "grades.xlsx"
    p.write_bytes(b"<html><body><table><tr><td>Name</td><td>Answer</td></tr></table></body></html>")
    with pytest.raises(SheetError) as info:
        read_sheet(p)
    assert info.value.kind == "read.not_real_xls" and str(info.value).startswith("grades.xlsx is not a real Excel")


def test_a_real_workbook_cut_short_is_still_damaged(tmp_path):
    whole = tmp_path / "whole.xlsx"
    wb = openpyxl.Workbook()
    for row in ROWS:
        wb.active.append(row)
    wb.save(whole)
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(whole.read_bytes()[:600])
    with pytest.raises(SheetError) as info:
        read_sheet(cut)
    assert info.value.kind == "read.damaged_workbook"
