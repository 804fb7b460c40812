"""A teacher's title rows above the header ("Year 9 Science – Unit 3 quiz" merged over the table, a date, "Max: 30"
beside the title, a formula in them that reads the table) stay in the graded workbook, where they were, and the table
stays in its own rows and columns with the grading columns beside it: the graded workbook is the teacher's sheet with
Grader's columns added, so a formula anywhere in it keeps reading the same cells. They were dropped (the table was
written from A1). Read back, the graded workbook opens as the original did: the same header row, the same rows, the
same title rows and cells beside the table; graded again it is the same workbook. A text beginning with "=" in a title
row stays a text, and only the teacher's own formula is written as one. Real workbooks written with openpyxl, read,
graded, written by the real writer and read back."""
from __future__ import annotations

import datetime as dt

import openpyxl

from grader_app.core.session import GradingSession, ItemInfo
from grader_app.core.sheet import LONG, ColumnMapping
from grader_app.io import read_sheet, write_graded_csv, write_graded_xlsx
from grader_app.io.earlier_grading import set_aside
from grader_app.io.graded_columns import ADDED
from long_sheets import decided_session

HEAD = ["Student", "Question", "Answer", "Points", "Note"]
ANSWERS = ["the amount of vinegar", "=1+1", "the size of the containers", "tRNA brings amino acids"]
TITLE = "Year 9 Science – Unit 3 quiz"
WHEN = dt.datetime(2026, 3, 1)
RISKY = "=2+2 is what one of them wrote"


def _titled(path, start: str = "A4", hidden: int | None = None, merged: int = 5):
    """The quiz under its title rows: the title merged over ``merged`` columns and "Max: 30" beside it (row 1), the
    date, a text beginning with "=" and the teacher's count of the students (row 2), an empty row, the table's header
    at ``start`` with a sum beside it, and four students."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Unit 3"
    top = ws[start]
    c0 = top.column
    ws.cell(1, c0, TITLE)
    ws.merge_cells(start_row=1, start_column=c0, end_row=1, end_column=c0 + merged - 1)
    ws.cell(1, c0 + 5, "Max: 30")
    ws.cell(2, c0, WHEN).number_format = "dd.mm.yyyy"
    risky = ws.cell(2, c0 + 1, RISKY)
    risky.data_type = "s"                        # a text, as a form export stores it: never a formula
    letter = openpyxl.utils.get_column_letter
    first, last = top.row + 1, top.row + len(ANSWERS)
    ws.cell(2, c0 + 5, f"=COUNTA({letter(c0)}{first}:{letter(c0)}{last})")   # the teacher's, reading the table
    for j, h in enumerate(HEAD):
        ws.cell(top.row, c0 + j, h)
    ws.cell(top.row, c0 + 6, f"=SUM({letter(c0 + 3)}{first}:{letter(c0 + 3)}{last})")
    for i, a in enumerate(ANSWERS, start=1):
        for j, v in enumerate([f"Kid {i}", "asap-sas-1", a, i, "ok"]):
            cell = ws.cell(top.row + i, c0 + j, v)
            if j == 2:
                cell.data_type = "s"
    if hidden is not None:
        ws.row_dimensions[hidden].hidden = True
    wb.save(path)
    return path


def _graded(sheet, path):
    return write_graded_xlsx(decided_session(sheet), path)


def _row(ws, r, last="M"):
    return [c.value for c in ws[f"A{r}:{last}{r}"][0]]


def _cells(path) -> dict:
    ws = openpyxl.load_workbook(path).worksheets[0]
    return {(c.row, c.column): (c.value, c.data_type, c.number_format) for row in ws.iter_rows() for c in row
            if c.value is not None}


def test_the_title_rows_stay_above_the_table_which_keeps_its_rows(tmp_path):
    sheet = read_sheet(_titled(tmp_path / "quiz.xlsx"))
    assert sheet.columns == HEAD and sheet.header_row == 3
    ws = openpyxl.load_workbook(_graded(sheet, tmp_path / "m.xlsx")).worksheets[0]
    assert ws["A1"].value == TITLE and [str(r) for r in ws.merged_cells.ranges] == ["A1:E1"]
    assert ws["F1"].value == "Max: 30"
    assert ws["A2"].value == WHEN and ws["A2"].number_format == "dd.mm.yyyy"
    assert (ws["F2"].value, ws["F2"].data_type) == ("=COUNTA(A5:A8)", "f")   # still counts the four students
    assert _row(ws, 3) == [None] * 13
    assert _row(ws, 4) == [*HEAD, None, "=SUM(D5:D8)", *ADDED]
    assert (ws["G4"].data_type, ws["G4"].value) == ("f", "=SUM(D5:D8)")
    assert [ws[f"A{r}"].value for r in range(5, 9)] == ["Kid 1", "Kid 2", "Kid 3", "Kid 4"]
    assert [ws.cell(r, 8 + ADDED.index("final_score")).value for r in range(5, 9)] == [0, 1, 2, 3]
    assert ws.cell(6, 8 + ADDED.index("confidence")).number_format == "0.000"
    assert ws.freeze_panes == "A5" and ws.auto_filter.ref == "A4:M8"


def test_a_text_beginning_with_equals_in_a_title_row_stays_a_text(tmp_path):
    """A title row's "=2+2 ..." (a text in the teacher's file) and the students' "=1+1" are strings in the graded
    workbook, quote-prefixed; the teacher's own formula in the same row is a formula. Read back and graded again, the
    same."""
    first = _graded(read_sheet(_titled(tmp_path / "quiz.xlsx")), tmp_path / "m.xlsx")
    again = _graded(set_aside(read_sheet(first)), tmp_path / "m2.xlsx")
    for path in (first, again):
        ws = openpyxl.load_workbook(path).worksheets[0]
        assert (ws["B2"].value, ws["B2"].data_type, ws["B2"].quotePrefix) == (RISKY, "s", True)
        assert (ws["C6"].value, ws["C6"].data_type, ws["C6"].quotePrefix) == ("=1+1", "s", True)
        assert ws["F2"].data_type == "f"
        assert [c.coordinate for row in ws.iter_rows() for c in row if c.data_type == "f"] == ["F2", "G4"]


def test_the_graded_workbook_reads_back_as_the_original_and_grades_again_the_same(tmp_path):
    path = _titled(tmp_path / "quiz.xlsx", hidden=6)
    original = read_sheet(path)
    out = _graded(original, tmp_path / "m.xlsx")
    back = set_aside(read_sheet(out))
    assert back.columns == original.columns and back.header_row == original.header_row == 3
    assert back.file_rows == original.file_rows == (5, 6, 7, 8)
    assert back.frame.values.tolist() == original.frame.values.tolist()
    assert back.hidden_rows == original.hidden_rows == (1,)
    assert [n.values for n in back.notes if n.kind == "title_rows"] == \
        [n.values for n in original.notes if n.kind == "title_rows"] == [{"count": 2, "header_row": 4}]
    assert len(back.earlier) == 4
    seen = {(b.row, b.column): (b.value, b.formula) for b in original.beside}
    assert {(b.row, b.column): (b.value, b.formula) for b in back.beside} == seen
    assert seen[(1, 1)] == (TITLE, False) and seen[(2, 6)] == ("=COUNTA(A5:A8)", True)
    again = _graded(back, tmp_path / "m2.xlsx")
    assert _cells(again) == _cells(out)
    wb = openpyxl.load_workbook(again)
    assert [str(r) for r in wb.worksheets[0].merged_cells.ranges] == ["A1:E1"]
    assert wb.worksheets[0].row_dimensions[6].hidden


def test_a_table_not_starting_in_column_a_keeps_its_letters(tmp_path):
    """The table at B4 under its title in B1: written at B4 (it was written from A1, and a formula's =COUNTA(B5:B8)
    then counted the questions, not the students); the grading columns go right of the teacher's cells."""
    sheet = read_sheet(_titled(tmp_path / "quiz.xlsx", start="B4"))
    assert sheet.columns == HEAD
    out = _graded(sheet, tmp_path / "m.xlsx")
    ws = openpyxl.load_workbook(out).worksheets[0]
    assert ws["B1"].value == TITLE and [str(r) for r in ws.merged_cells.ranges] == ["B1:F1"]
    assert (ws["G2"].value, ws["G2"].data_type) == ("=COUNTA(B5:B8)", "f")
    assert _row(ws, 4, "N") == [None, *HEAD, None, "=SUM(E5:E8)", *ADDED]
    assert [ws[f"B{r}"].value for r in range(5, 9)] == ["Kid 1", "Kid 2", "Kid 3", "Kid 4"]
    back = set_aside(read_sheet(out))
    assert back.columns == HEAD and back.file_rows == (5, 6, 7, 8) and len(back.earlier) == 4


def test_a_sheet_without_title_rows_is_written_from_a1_as_before(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEAD)
    for i, a in enumerate(ANSWERS, start=1):
        ws.append([f"Kid {i}", "asap-sas-1", a, i, "ok"])
        ws.cell(i + 1, 3).data_type = "s"
    wb.save(tmp_path / "plain.xlsx")
    out = openpyxl.load_workbook(_graded(read_sheet(tmp_path / "plain.xlsx"), tmp_path / "m.xlsx")).worksheets[0]
    assert _row(out, 1, "K") == [*HEAD, *ADDED] and out.freeze_panes == "A2" and out.auto_filter.ref == "A1:K5"


def test_the_graded_csv_keeps_only_the_table(tmp_path):
    sheet = read_sheet(_titled(tmp_path / "quiz.xlsx"))
    out = write_graded_csv(decided_session(sheet), tmp_path / "m.csv")
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == ",".join([*HEAD, *ADDED]) and len(lines) == 5 and TITLE not in out.read_text(encoding="utf-8-sig")


def test_a_title_merged_over_part_of_the_table_with_a_cell_beside_it_is_a_title_row(tmp_path):
    """The title merged over three of the five columns with "Max: 30" beside it filled four cells of two values, and
    the reader took it for the header (the columns were "Year 9 Science – Unit 3 quiz", "Max: 30", ...). A merged
    title of more than two words counts as one cell, so it is passed over as a title; kept, merged, in the graded
    workbook, which reads back the same."""
    sheet = read_sheet(_titled(tmp_path / "quiz.xlsx", merged=3))
    assert sheet.columns == HEAD and sheet.header_row == 3 and len(sheet) == 4
    out = _graded(sheet, tmp_path / "m.xlsx")
    ws = openpyxl.load_workbook(out).worksheets[0]
    assert ws["A1"].value == TITLE and [str(r) for r in ws.merged_cells.ranges] == ["A1:C1"]
    back = set_aside(read_sheet(out))
    assert back.columns == HEAD and back.header_row == 3 and len(back.earlier) == 4


def test_a_two_row_headers_group_titles_stay_above_the_one_row_header_and_read_back_the_same(tmp_path):
    """A title, then "Student" merged over "ID" and "Name" above them: the graded workbook keeps the title and the
    group titles (merged) above its one-row header "Student ID", "Student Name", ..., and reads back with the same
    columns, header row and rows."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in [[TITLE, None, None, None], ["Student", None, "Question", "Answer"], ["ID", "Name", None, None],
                ["S01", "Ann", "asap-sas-1", ANSWERS[0]], ["S02", "Ben", "asap-sas-1", ANSWERS[2]]]:
        ws.append(row)
    ws.merge_cells("A1:D1")
    ws.merge_cells("A2:B2")
    wb.save(tmp_path / "grouped.xlsx")
    sheet = read_sheet(tmp_path / "grouped.xlsx")
    assert sheet.columns == ["Student ID", "Student Name", "Question", "Answer"] and sheet.header_row == 2
    mapping = ColumnMapping(layout=LONG, id_column="Student ID", item_column="Question", answer_column="Answer")
    out = write_graded_xlsx(GradingSession(sheet, mapping, {"asap-sas-1": ItemInfo(item="asap-sas-1")}),
                            tmp_path / "m.xlsx")
    ws = openpyxl.load_workbook(out).worksheets[0]
    assert _row(ws, 2, "D") == ["Student", None, "Question", "Answer"]
    assert _row(ws, 3, "E") == ["Student ID", "Student Name", "Question", "Answer", "model_score"]
    assert sorted(str(r) for r in ws.merged_cells.ranges) == ["A1:D1", "A2:B2"]
    back = set_aside(read_sheet(out))
    assert (back.columns, back.header_row, back.file_rows) == (sheet.columns, 2, (4, 5))
    assert back.frame.values.tolist() == sheet.frame.values.tolist()
