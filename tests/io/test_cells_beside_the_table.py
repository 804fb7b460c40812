"""The teacher's cells beside the table (a count beside the header, a number far below) are kept in the graded
workbook where they were, formulas as formulas, and the grading columns go to the right of them: a helper formula in
G1 beside a table A-E was lost, its place taken by the grading column "confidence". The graded workbook reads back
(its earlier grading set aside, the formula beside it noted again) and grades again the same way. Real workbooks are
written with openpyxl, read, graded, written and read back."""
from __future__ import annotations

import datetime as dt

import openpyxl

from grader_app.core.session import GradingSession, ItemInfo
from grader_app.core.sheet import LONG, ColumnMapping
from grader_app.io import read_sheet, write_graded_xlsx
from grader_app.io.earlier_grading import set_aside
from grader_app.io.graded_columns import ADDED, COLUMN_NAMES, GradedWords

HEAD = ["Student", "Question", "Answer", "Points", "Note"]
ANSWERS = ["the amount of vinegar", "=1+1", "=HYPERLINK(\"http://x\",\"y\")", "tRNA brings amino acids"]


def _workbook(path, extra: dict, start: str = "A1"):
    """The table A-E (a student answering "=1+1" among them, saved as text), and ``extra`` cells beside it;
    ``start``: the table's top-left cell."""
    wb = openpyxl.Workbook()
    ws = wb.active
    top = ws[start]
    for j, h in enumerate(HEAD):
        ws.cell(top.row, top.column + j, h)
    for i, a in enumerate(ANSWERS, start=1):
        for j, v in enumerate([f"Kid {i}", "asap-sas-1", a, i, "ok"]):
            cell = ws.cell(top.row + i, top.column + j, v)
            if j == 2:
                cell.data_type = "s"      # a text starting with "=", as a form export stores it
    for ref, v in extra.items():
        ws[ref] = v
    wb.save(path)
    return path


def _graded(sheet, path, words=None):
    mapping = ColumnMapping(layout=LONG, id_column="Student", item_column="Question", answer_column="Answer")
    s = GradingSession(sheet, mapping, {"asap-sas-1": ItemInfo(item="asap-sas-1", bundle_id="b", labels=(0, 1, 2, 3),
                                                               default_threshold=0.8)})
    for a in s.answers:
        s.decide(a.key, a.key % 4)
    return write_graded_xlsx(s, path, words=words) if words else write_graded_xlsx(s, path)


def _row(ws, r, last="M"):
    return [c.value for c in ws[f"A{r}:{last}{r}"][0]]


def test_a_formula_beside_the_header_stays_in_its_cell_and_the_grading_columns_go_right_of_it(tmp_path):
    sheet = read_sheet(_workbook(tmp_path / "mix.xlsx", {"G1": "=COUNTA(A2:A30)"}))
    assert sheet.columns == HEAD
    assert any(n.kind == "formulas_without_results" and "(G1)" in n for n in sheet.notes)
    out = _graded(sheet, tmp_path / "m.xlsx")
    ws = openpyxl.load_workbook(out).worksheets[0]
    assert _row(ws, 1) == [*HEAD, None, "=COUNTA(A2:A30)", *ADDED]
    assert ws["G1"].data_type == "f"
    # the students' answers starting with "=" are still text, never formulas
    assert [(ws[f"C{r}"].value, ws[f"C{r}"].data_type) for r in range(2, 6)] == [(a, "s") for a in ANSWERS]
    assert all(ws[f"C{r}"].quotePrefix for r in (3, 4))
    assert [ws.cell(r, 8 + ADDED.index("final_score")).value for r in range(2, 6)] == [0, 1, 2, 3]
    assert ws.cell(3, 8 + ADDED.index("confidence")).number_format == "0.000"
    assert ws.auto_filter.ref == "A1:M5"


def test_the_graded_workbook_reads_back_and_grades_again_keeping_the_formula(tmp_path):
    first = _graded(read_sheet(_workbook(tmp_path / "mix.xlsx", {"G1": "=COUNTA(A2:A30)"})), tmp_path / "m.xlsx",
                    GradedWords(columns=COLUMN_NAMES["de"]))
    again = set_aside(read_sheet(first))
    assert again.columns == HEAD                      # the grading columns set aside, nothing refused
    assert len(again.earlier) == 4
    assert any(n.kind == "formulas_without_results" and "(G1)" in n for n in again.notes)
    ws = openpyxl.load_workbook(_graded(again, tmp_path / "m2.xlsx")).worksheets[0]
    assert _row(ws, 1) == [*HEAD, None, "=COUNTA(A2:A30)", *ADDED]
    assert [ws[f"C{r}"].data_type for r in range(2, 6)] == ["s"] * 4


def test_numbers_texts_and_formulas_far_from_the_table_keep_their_cells_and_types(tmp_path):
    when = dt.datetime(2026, 3, 1, 10, 0)
    extra = {"H3": "=SUM(D2:D5)", "A2000": 42.5, "B2000": "=not a formula, a text", "C2000": when,
             "DZ1": "far right"}
    path = _workbook(tmp_path / "mix.xlsx", extra)
    wb = openpyxl.load_workbook(path)
    wb.active["B2000"].data_type = "s"
    wb.active["C2000"].number_format = "dd.mm.yyyy"
    wb.save(path)
    sheet = read_sheet(path)
    assert sheet.columns == HEAD
    ws = openpyxl.load_workbook(_graded(sheet, tmp_path / "m.xlsx")).worksheets[0]
    assert (ws["H3"].value, ws["H3"].data_type) == ("=SUM(D2:D5)", "f")
    assert _row(ws, 1, "O") == [*HEAD, None, None, None, *ADDED, None]   # right of H3, not of DZ1 far away
    assert ws["A2000"].value == 42.5 and ws["A2000"].data_type == "n"
    assert (ws["B2000"].value, ws["B2000"].data_type, ws["B2000"].quotePrefix) == ("=not a formula, a text", "s", True)
    assert ws["C2000"].value == when and ws["C2000"].number_format == "dd.mm.yyyy"
    assert ws["DZ1"].value == "far right"


def test_a_table_not_starting_at_a1_stays_where_it_was_with_the_cells_above_and_left_of_it(tmp_path):
    """A table starting at B2 was written from A1: a formula the teacher had in A1 moved right of the grading columns,
    and its =COUNTA(B3:B30) then counted the questions. The table stays at B2 and A1 keeps the formula, which counts
    the students."""
    sheet = read_sheet(_workbook(tmp_path / "mix.xlsx", {"A1": "=COUNTA(B3:B30)"}, start="B2"))
    assert sheet.columns == HEAD
    ws = openpyxl.load_workbook(_graded(sheet, tmp_path / "m.xlsx")).worksheets[0]
    assert (ws["A1"].value, ws["A1"].data_type) == ("=COUNTA(B3:B30)", "f")
    assert _row(ws, 2, "L") == [None, *HEAD, *ADDED] and ws["B3"].value == "Kid 1"
    assert set_aside(read_sheet(tmp_path / "m.xlsx")).columns == HEAD


def test_title_rows_above_the_header_leave_the_table_and_the_cells_beside_it_where_they_were(tmp_path):
    """A table under two title rows (header in row 3) was written from row 1, the cells beside it moved up with it.
    The title rows stay (:mod:`test_title_rows_kept`), so nothing moves: the count beside the header and the sum
    below the students stay in their cells, their ranges unchanged."""
    extra = {"G3": "=COUNTA(A4:A7)", "G20": "=SUM(D4:D7)"}
    path = _workbook(tmp_path / "titled.xlsx", extra, start="A3")
    wb = openpyxl.load_workbook(path)
    wb.active["A1"] = "Year 9 Science"
    wb.save(path)
    sheet = read_sheet(path)
    assert sheet.columns == HEAD and sheet.header_row == 2
    ws = openpyxl.load_workbook(_graded(sheet, tmp_path / "m.xlsx")).worksheets[0]
    assert ws["A1"].value == "Year 9 Science"
    assert (ws["G3"].value, ws["G3"].data_type) == ("=COUNTA(A4:A7)", "f")
    assert (ws["G20"].value, ws["G20"].data_type) == ("=SUM(D4:D7)", "f")
    assert ws["A7"].value == "Kid 4" and ws["A8"].value is None
    assert _row(ws, 3, "M") == [*HEAD, None, "=COUNTA(A4:A7)", *ADDED]


def test_an_empty_column_inside_the_table_keeps_the_teachers_next_column_at_its_letter(tmp_path):
    """Column F empty (no header, no value) between the table's E and the teacher's "Checked by" in G: the reader
    leaves F out, and the graded workbook wrote "Checked by" at F, so a formula elsewhere that reads G read the first
    grading column. Each column now keeps its letter; the grading columns start at H."""
    path = _workbook(tmp_path / "gap.xlsx", {"G1": "Checked by", "G2": "JS", "G5": "JS"})
    sheet = read_sheet(path)
    assert sheet.columns == [*HEAD, "Checked by"]
    ws = openpyxl.load_workbook(_graded(sheet, tmp_path / "m.xlsx")).worksheets[0]
    assert _row(ws, 1, "M") == [*HEAD, None, "Checked by", *ADDED]
    assert [ws[f"G{r}"].value for r in range(2, 6)] == ["JS", None, None, "JS"]
    assert [ws.cell(r, 8 + ADDED.index("final_score")).value for r in range(2, 6)] == [0, 1, 2, 3]
    assert ws.auto_filter.ref == "A1:M5"
    again = set_aside(read_sheet(tmp_path / "m.xlsx"))      # read back: the same columns, the grading ones set aside
    assert again.columns == [*HEAD, "Checked by"] and len(again.earlier) == 4
