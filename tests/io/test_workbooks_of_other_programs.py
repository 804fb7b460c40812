"""Workbooks as other programs and habits leave them, read through ``read_sheet`` (these already read right; the tests
keep them so): cells written as inline strings, with rich-text runs and kept spaces, as some exporters and online
spreadsheets write them (no shared-strings part at all); a chart sheet placed before the answers; and answers in a
hidden worksheet beside an empty visible one."""
from __future__ import annotations

import io
import zipfile

import openpyxl
from openpyxl.chart import BarChart

from grader_app.workflow import read_sheet

INLINE = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
          'main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c><c r="B1" t="inlineStr"><is><t>'
          'Answer</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Änne</t></is></c><c r="B2" t="inlineStr">'
          '<is><r><t xml:space="preserve">ice </t></r><r><rPr><b/></rPr><t>floats</t></r></is></c></row><row r="3">'
          '<c r="A3" t="str"><v>Bo</v></c><c r="B3" t="inlineStr"><is><t xml:space="preserve"> 3/4 </t></is></c></row>'
          '</sheetData></worksheet>')


def test_inline_strings_without_shared_strings_are_read_whole(tmp_path):
    base = tmp_path / "base.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["x"])
    wb.save(base)
    out = io.BytesIO()
    with zipfile.ZipFile(base) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            if item.filename == "xl/sharedStrings.xml":
                continue
            data = INLINE.encode() if item.filename == "xl/worksheets/sheet1.xml" else zin.read(item.filename)
            zout.writestr(item, data)
    p = tmp_path / "export.xlsx"
    p.write_bytes(out.getvalue())
    sheet = read_sheet(p)
    assert sheet.columns == ["Name", "Answer"]
    assert sheet.frame.values.tolist() == [["Änne", "ice floats"], ["Bo", " 3/4 "]]


def test_a_chart_sheet_before_the_answers_is_passed_over(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "Answers"
    for row in (["Name", "Answer"], ["Ann", "ice floats"], ["Bo", "it is cold"]):
        wb.active.append(row)
    wb.create_chartsheet("Chart", 0).add_chart(BarChart())
    p = tmp_path / "with chart.xlsx"
    wb.save(p)
    sheet = read_sheet(p)
    assert sheet.sheet_name == "Answers" and sheet.frame["Answer"].tolist() == ["ice floats", "it is cold"]


def test_answers_in_a_hidden_sheet_beside_an_empty_visible_one_are_read_and_the_sheet_named(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "Cover"
    data = wb.create_sheet("Responses")
    for row in (["Name", "Answer"], ["Ann", "ice floats"]):
        data.append(row)
    data.sheet_state = "hidden"
    p = tmp_path / "hidden answers.xlsx"
    wb.save(p)
    sheet = read_sheet(p)
    assert sheet.sheet_name == "Responses" and sheet.frame["Answer"].tolist() == ["ice floats"]
    assert "Used sheet “Responses” of 2." in sheet.notes
