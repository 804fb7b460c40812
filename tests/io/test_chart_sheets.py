"""Chart sheets: Grader reads no chart, and openpyxl's reading of one stopped the whole workbook (a chart sheet without
a drawing raised inside openpyxl), so a workbook holding only charts, or answers beside such a chart sheet, was called
"damaged or not a complete Excel workbook". A workbook of charts alone is now told what it holds and what to do
(read.only_charts); answers beside any chart sheet are read (grader_app/io/xlsx_open.py). Real workbooks written with
openpyxl and opened through ``read_sheet``."""
from __future__ import annotations

import openpyxl
import pytest
from openpyxl.chart import BarChart, Reference

from grader_app.io.errors import SheetError
from grader_app.workflow import read_sheet

ANSWERS = [["Name", "Answer", "Points"], ["Ann", "ice floats", 2], ["Bo", "it is cold", 0]]


def _charts_only(path, drawn: bool):
    """A workbook whose only sheets are two chart sheets (``drawn``: each with a bar chart of data that was in a
    worksheet since removed; else without any drawing, as some programs leave one)."""
    wb = openpyxl.Workbook()
    data = wb.active
    for row in ANSWERS:
        data.append(row)
    for title in ("Scores", "Spread"):
        sheet = wb.create_chartsheet(title)
        if drawn:
            chart = BarChart()
            chart.add_data(Reference(data, min_col=3, min_row=1, max_row=3), titles_from_data=True)
            sheet.add_chart(chart)
    wb.remove(data)
    wb.save(path)
    return path


@pytest.mark.parametrize("drawn", [True, False], ids=["with charts", "without drawings"])
def test_a_workbook_of_charts_alone_says_so_and_what_to_do(tmp_path, drawn):
    path = _charts_only(tmp_path / "Diagramme.xlsx", drawn)
    with pytest.raises(SheetError) as info:
        read_sheet(path)
    said = str(info.value)
    assert info.value.kind == "read.only_charts"
    assert said.startswith("Diagramme.xlsx holds only charts, no table of answers") and "damaged" not in said
    assert "open the workbook that holds the answers" in said and "worksheet" in said


def test_answers_beside_a_chart_sheet_without_a_drawing_are_read(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "Answers"
    for row in ANSWERS:
        wb.active.append(row)
    wb.create_chartsheet("Chart", 0)                 # no chart in it: openpyxl's own reading stops at it
    path = tmp_path / "class.xlsx"
    wb.save(path)
    sheet = read_sheet(path)
    assert sheet.sheet_name == "Answers" and sheet.frame["Answer"].tolist() == ["ice floats", "it is cold"]
    assert sheet.sheet_names == ("Answers",)         # the worksheets to choose from: a chart sheet is none
