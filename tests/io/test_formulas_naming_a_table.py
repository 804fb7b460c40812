"""A teacher's Excel table with a calculated column ("Double" = ``Table1[[#This Row],[Points]]*2``, as Excel stores
``=[@Points]*2``): the graded workbook wrote each cell's formula as it was, in a workbook that holds no table, and
Excel, opening it, says the file has a problem and takes those formulas out. Each is now written as the value Excel
saved for it (the column still shows what it showed); a formula that names no table stays a formula. Real workbooks,
written with openpyxl and given their formulas' values as Excel saves them, graded and read back."""
from __future__ import annotations

import io
import zipfile

import openpyxl
from openpyxl.worksheet.table import Table

from grader_app.core.session import GradingSession, ItemInfo
from grader_app.core.sheet import LONG, ColumnMapping
from grader_app.io import read_sheet, write_graded_xlsx
from grader_app.io.table_formulas import names_a_table

ANSWERS = ["Ice is less dense than water, so it floats.", "It is cold.", "Water expands when it freezes."]
DOUBLE = "Table1[[#This Row],[Points]]*2"


def _workbook(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Student ID", "Answer", "Points", "Double", "Sum"])
    for i, a in enumerate(ANSWERS):
        ws.append([f"S{i}", a, i, "=" + DOUBLE, f"=C{i + 2}+1"])
    ws.add_table(Table(displayName="Table1", ref="A1:E4"))
    wb.save(path)
    out = io.BytesIO()
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":   # the values saved, as Excel saves them
                for i in range(len(ANSWERS)):
                    data = data.replace(f"<f>{DOUBLE}</f><v />".encode(), f"<f>{DOUBLE}</f><v>{2 * i}</v>".encode(), 1)
                    data = data.replace(f"<f>C{i + 2}+1</f><v />".encode(), f"<f>C{i + 2}+1</f><v>{i + 1}</v>".encode())
            zout.writestr(item, data)
    path.write_bytes(out.getvalue())
    return path


def test_a_calculated_columns_formulas_are_written_as_their_values(tmp_path):
    sheet = read_sheet(_workbook(tmp_path / "class.xlsx"))
    assert sheet.frame["Double"].tolist() == ["0", "2", "4"]
    mapping = ColumnMapping(layout=LONG, id_column="Student ID", answer_column="Answer", default_item="Q1")
    session = GradingSession(sheet, mapping, {"Q1": ItemInfo(item="Q1", bundle_id="b", labels=(0, 1), default_threshold=0.8)})
    ws = openpyxl.load_workbook(write_graded_xlsx(session, tmp_path / "graded.xlsx")).worksheets[0]
    assert [c.value for c in ws["D"]] == ["Double", 0, 2, 4]
    assert [c.value for c in ws["E"]] == ["Sum", "=C2+1", "=C3+1", "=C4+1"]   # naming no table: a formula still


def test_what_names_a_table():
    assert names_a_table("=" + DOUBLE) and names_a_table("=SUBTOTAL(103,Table1[Answer])")
    assert names_a_table("=marks_9b[@Points]")
    assert not names_a_table("=[1]Sheet1!A1") and not names_a_table("=SUM(A1:A3)")
    assert not names_a_table('=IF(A2="[x]",1,0)')
