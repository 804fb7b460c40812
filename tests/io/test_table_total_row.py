"""An Excel table's total row (Table Design > Total Row): "Total" in its first column and, in the answers' column,
Excel's count of them (``=SUBTOTAL(103,Table1[Answer])``, saved with its value, 3). It was read as a student "Total"
whose answer was "3": scored, counted with the class and exported. It is left out now, said in a note, and the graded
workbook keeps it where it was, its count as Excel saved it (a formula naming a table the graded workbook does not
hold would make Excel repair the file). A row "Total" typed under a list that is no Excel table is
read as before. Real workbooks, written with openpyxl and given the formula's value as Excel saves it."""
from __future__ import annotations

import io
import zipfile

import openpyxl
from openpyxl.worksheet.table import Table

from grader_app.core.session import GradingSession, ItemInfo
from grader_app.core.sheet import LONG, ColumnMapping
from grader_app.io import read_sheet, write_graded_xlsx

ANSWERS = ["Ice is less dense than water, so it floats.", "It is cold.", "Water expands when it freezes."]
COUNT = "SUBTOTAL(103,Table1[Answer])"


def _workbook(path, table: bool = True):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Student ID", "Name", "Answer"])
    for i, a in enumerate(ANSWERS):
        ws.append([f"S{i}", f"Kid {i}", a])
    ws.append(["Total", None, "=" + COUNT])
    if table:
        ws.add_table(Table(displayName="Table1", ref="A1:C5", totalsRowCount=1))
    wb.save(path)
    out = io.BytesIO()
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":   # its value saved, as Excel saves it
                data = data.replace(f"<f>{COUNT}</f><v />".encode(), f"<f>{COUNT}</f><v>3</v>".encode())
                assert b"<v>3</v>" in data
            zout.writestr(item, data)
    path.write_bytes(out.getvalue())
    return path


def test_a_tables_total_row_is_no_student(tmp_path):
    sheet = read_sheet(_workbook(tmp_path / "class.xlsx"))
    assert sheet.frame.values.tolist() == [[f"S{i}", f"Kid {i}", a] for i, a in enumerate(ANSWERS)]
    said = [n for n in sheet.notes if getattr(n, "kind", "") == "table_totals"]
    assert [str(n) for n in said] == ["Left out the total row of the Excel table “Table1” (row 5), so no student's "
                                      "answers are there; the graded sheet keeps it where it was."]
    assert said[0].values == {"rows": [5], "tables": ["Table1"]}


def test_the_graded_workbook_keeps_the_total_row_where_it_was(tmp_path):
    sheet = read_sheet(_workbook(tmp_path / "class.xlsx"))
    mapping = ColumnMapping(layout=LONG, id_column="Student ID", name_column="Name", answer_column="Answer",
                            default_item="Q1")
    session = GradingSession(sheet, mapping, {"Q1": ItemInfo(item="Q1", bundle_id="b", labels=(0, 1), default_threshold=0.8)})
    assert len(session.answers) == 3
    out = write_graded_xlsx(session, tmp_path / "graded.xlsx")
    ws = openpyxl.load_workbook(out).worksheets[0]
    assert [c.value for c in ws[5]][:3] == ["Total", None, 3]   # the count as saved: the table is not written
    assert all(c.value is None for c in ws[5][3:])   # no grading beside it
    assert read_sheet(out).frame["Student ID"].tolist() == ["S0", "S1", "S2", "Total"]   # no table there: a row again


def test_a_total_typed_under_a_list_that_is_no_table_reads_as_before(tmp_path):
    sheet = read_sheet(_workbook(tmp_path / "class.xlsx", table=False))
    assert sheet.frame["Student ID"].tolist() == ["S0", "S1", "S2", "Total"]
    assert "table_totals" not in [getattr(n, "kind", "") for n in sheet.notes]
