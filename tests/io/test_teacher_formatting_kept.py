"""The graded workbook looks like the teacher's own sheet: their bold 14 pt title, their header's fill and font, their
columns' widths, number formats (a date stays a date, a percentage a percentage), wrap and borders, a row's height,
the colour they gave one cell, their conditional formatting and data validation, their theme and default font; the
grading columns look as Grader makes them (a bold header, confidences as 0.000, widths to fit). All of it was lost: the
title came out as plain text. A rule or a validation the teacher spread over the letters the grading columns now take
is cut back from them, and one anchored there is left out. A student's answer beginning with "=" stays a text whatever
number format the teacher's column had. Real workbooks written with openpyxl, read, graded by the real writer and read
back; the shipped sample class too (copied first)."""
from __future__ import annotations

import datetime as dt
import shutil
import zipfile
from copy import copy
from pathlib import Path

import openpyxl
import pytest
from openpyxl.formatting.rule import CellIsRule, FormulaRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.dimensions import ColumnDimension
from openpyxl.writer.theme import theme_xml

from grader_app.core.session import GradingSession
from grader_app.core.sheet import LONG, ColumnMapping
from grader_app.io import read_sheet, write_graded_xlsx
from grader_app.io.earlier_grading import set_aside
from grader_app.io.graded_columns import ADDED
from grader_app.io.teacher_formatting import cut_back
from long_sheets import decided_session

HEAD = ["Student", "Question", "Answer", "Points", "Share", "Handed in"]
ANSWERS = ["the amount of vinegar", "=1+1", "the size of the containers", ""]
TITLE = "Year 9 Science – Unit 3 quiz"
NAVY, WHITE, YELLOW, GREEN = "FF1F4E78", "FFFFFFFF", "FFFFFF00", "FFC6EFCE"
WIDTHS = {"A": 14.0, "B": 12.0, "C": 45.0, "D": 8.0, "E": 9.0, "F": 12.0}
THIN = Side(style="thin")
ROOT = Path(__file__).resolve().parents[2]


def _styled(path, answer_format: str = "General", theme: bytes | None = None, hide_right: bool = False):
    """The quiz as a teacher formats it: a bold 14 pt navy title merged over the table in a taller row 1, a navy header
    with white bold text in row 3, four students (the last left the answer empty: its cell only has its border), the
    answers wrapped in ``answer_format``, points as 0.0, a share as a percentage, the date handed in as a date, one
    cell highlighted yellow, widths for every column; a rule colouring points over 2, a rule over the whole rows spread
    to column K (the grading columns take G to L), one anchored in H, a list for the question, a validation over A:Z."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Unit 3"
    ws["A1"] = TITLE
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws.merge_cells("A1:E1")
    ws.row_dimensions[1].height = 24
    for j, h in enumerate(HEAD, start=1):
        c = ws.cell(3, j, h)
        c.font, c.fill = Font(bold=True, color=WHITE), PatternFill("solid", fgColor=NAVY)
        c.border, c.alignment = Border(bottom=THIN), Alignment(horizontal="center")
    for i, answer in enumerate(ANSWERS):
        r = 4 + i
        values = [f"Kid {i + 1}", "asap-sas-1", answer or None, i, i / 4, dt.datetime(2026, 3, 2 + i)]
        for j, v in enumerate(values, start=1):
            c = ws.cell(r, j, v)
            c.border = Border(bottom=THIN)
        ws.cell(r, 3).data_type = "s"
        ws.cell(r, 3).alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(r, 3).number_format = answer_format
        ws.cell(r, 4).number_format = "0.0"
        ws.cell(r, 5).number_format = "0%"
        ws.cell(r, 6).number_format = "dd.mm.yyyy"
    ws["D5"].fill = PatternFill("solid", fgColor=YELLOW)
    for letter, width in WIDTHS.items():
        ws.column_dimensions[letter].width = width
    green = PatternFill("solid", bgColor=GREEN)
    ws.conditional_formatting.add("D4:D7", CellIsRule(operator="greaterThan", formula=["2"], fill=green))
    ws.conditional_formatting.add("A4:K7", FormulaRule(formula=["$D4<1"], fill=PatternFill("solid", bgColor=YELLOW)))
    ws.conditional_formatting.add("H4:H7", FormulaRule(formula=["H4>0"], fill=green))
    questions = DataValidation(type="list", formula1='"asap-sas-1,asap-sas-2"', allow_blank=True)
    questions.add("B4:B7")
    ws.add_data_validation(questions)
    short = DataValidation(type="textLength", operator="lessThan", formula1="500")
    short.add("A4:Z7")
    ws.add_data_validation(short)
    if hide_right:   # every column right of the table hidden, as one range to the sheet's last column
        ws.column_dimensions["H"] = ColumnDimension(ws, index="H", min=8, max=16384, hidden=True, width=0)
    if theme is not None:
        wb.loaded_theme = theme
    wb.save(path)
    return path


def _graded(source, out):
    return write_graded_xlsx(decided_session(read_sheet(source)), out)


def _look(ws) -> dict:
    """Every cell's look, by its coordinate: (font, fill, border, alignment, number format), the styles themselves
    (openpyxl's proxies of them never compare equal)."""
    return {c.coordinate: (copy(c.font), copy(c.fill), copy(c.border), copy(c.alignment), c.number_format)
            for row in ws.iter_rows() for c in row if c.has_style}


def _rules(ws) -> dict:
    return {str(cf.sqref): [(r.type, r.formula, r.dxf.fill.bgColor.rgb if r.dxf and r.dxf.fill else None)
                            for r in cf.rules] for cf in ws.conditional_formatting}


def test_the_teachers_title_header_columns_and_cells_keep_their_look(tmp_path):
    out = _graded(_styled(tmp_path / "quiz.xlsx"), tmp_path / "m.xlsx")
    ws = openpyxl.load_workbook(out).worksheets[0]
    title = ws["A1"].font
    assert (ws["A1"].value, title.b, title.sz, title.color.rgb) == (TITLE, True, 14, NAVY)
    assert [str(r) for r in ws.merged_cells.ranges] == ["A1:E1"] and ws.row_dimensions[1].height == 24
    for letter in "ABCDEF":
        head = ws[f"{letter}3"]
        assert (head.font.b, head.font.color.rgb, head.fill.fgColor.rgb, head.border.bottom.style,
                head.alignment.horizontal) == (True, WHITE, NAVY, "thin", "center"), letter
        assert ws.column_dimensions[letter].width == WIDTHS[letter], letter
    assert [c.value for c in ws["G3:L3"][0]] == list(ADDED)
    for c in ws["G3:L3"][0]:   # the grading columns as Grader makes them: a bold header, no colour of the teacher's
        assert c.font.b and c.fill.fill_type is None and c.font.color is None and c.border.bottom.style is None
        assert 8 <= ws.column_dimensions[c.column_letter].width <= 60
    assert ws.cell(5, 7 + ADDED.index("confidence")).number_format == "0.000"
    assert ws["C4"].alignment.wrap_text and ws["C4"].alignment.vertical == "top"
    assert (ws["D5"].value, ws["D5"].number_format, ws["D5"].fill.fgColor.rgb) == (1, "0.0", YELLOW)
    assert (ws["E6"].value, ws["E6"].number_format) == (0.5, "0%")
    assert (ws["F4"].value, ws["F4"].number_format) == (dt.datetime(2026, 3, 2), "dd.mm.yyyy")
    assert ws["C7"].value is None and ws["C7"].border.bottom.style == "thin"   # the empty answer keeps its border
    assert ws["G4"].border.bottom.style is None and ws["M4"].border.bottom.style is None


def test_rules_and_validations_stay_on_the_teachers_cells_and_off_the_grading_columns(tmp_path):
    """A rule over the whole rows (A4:K7) is cut back to the teacher's columns, A4:F7: its formula ($D4<1) reads from
    the same top-left cell. The rule anchored in H (now a grading column) would read a grading cell: left out. The
    validation over A:Z keeps the teacher's columns and those right of the grading columns."""
    out = _graded(_styled(tmp_path / "quiz.xlsx"), tmp_path / "m.xlsx")
    ws = openpyxl.load_workbook(out).worksheets[0]
    assert _rules(ws) == {"D4:D7": [("cellIs", ["2"], GREEN)], "A4:F7": [("expression", ["$D4<1"], YELLOW)]}
    checks = {str(dv.sqref): (dv.type, dv.formula1) for dv in ws.data_validations.dataValidation}
    assert checks == {"B4:B7": ("list", '"asap-sas-1,asap-sas-2"'), "A4:F7 M4:Z7": ("textLength", "500")}


@pytest.mark.parametrize("fmt", ["General", "@", "0.00"])
def test_an_answer_beginning_with_equals_stays_a_text_in_any_number_format(tmp_path, fmt):
    """The students' "=1+1" is a string, quote-prefixed, in the teacher's number format ("@" a text column, "0.00"
    a number one): never a formula. Read back, the answer is "=1+1"."""
    out = _graded(_styled(tmp_path / "quiz.xlsx", answer_format=fmt), tmp_path / "m.xlsx")
    ws = openpyxl.load_workbook(out).worksheets[0]
    c = ws["C5"]
    assert (c.value, c.data_type, c.quotePrefix, c.number_format) == ("=1+1", "s", True, fmt)
    assert ws["C4"].number_format == fmt and not ws["C4"].quotePrefix
    with zipfile.ZipFile(out) as zf:
        assert b"<f>" not in zf.read("xl/worksheets/sheet1.xml")
    assert read_sheet(out).frame["Answer"].tolist()[:2] == ["the amount of vinegar", "=1+1"]


def test_the_teachers_theme_and_default_font_come_along(tmp_path):
    """A workbook of a newer Excel (its theme, its default font "Aptos Narrow"): the graded workbook holds the same
    theme, so the teacher's theme colours are theirs, and its default font is theirs, so the cells they never
    formatted and Grader's own columns are in it too, not in another font beside their formatted cells."""
    theme = theme_xml.replace("Office Theme", "Unit 3 Theme").replace("Calibri", "Aptos Narrow").encode()
    src = _styled(tmp_path / "quiz.xlsx", theme=theme)
    _set_default_font(src, "Aptos Narrow")
    assert openpyxl.load_workbook(src).worksheets[0]["A2"].font.name == "Aptos Narrow"   # the control
    out = _graded(src, tmp_path / "m.xlsx")
    with zipfile.ZipFile(out) as zf:
        assert zf.read("xl/theme/theme1.xml") == theme
    ws = openpyxl.load_workbook(out).worksheets[0]
    assert ws["A2"].font.name == ws["B4"].font.name == ws["H5"].font.name == "Aptos Narrow"
    assert ws["G3"].font.b


def _set_default_font(path: Path, name: str) -> None:
    """The workbook's first font (its default, the Normal style's) named ``name``."""
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    styles = parts["xl/styles.xml"].decode()
    parts["xl/styles.xml"] = styles.replace('<name val="Calibri"', f'<name val="{name}"', 1).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for n, data in parts.items():
            zf.writestr(n, data)


def test_columns_the_teacher_hid_right_of_the_table_stay_hidden_but_the_grading_columns_show(tmp_path):
    out = _graded(_styled(tmp_path / "quiz.xlsx", hide_right=True), tmp_path / "m.xlsx")
    ws = openpyxl.load_workbook(out).worksheets[0]
    assert not any(ws.column_dimensions[letter].hidden for letter in "ABCDEFGHIJKL")
    right = ws.column_dimensions["M"]
    assert right.hidden and (right.min, right.max) == (13, 16384)


def test_graded_again_the_workbook_looks_the_same(tmp_path):
    """Read back and graded again: the same look, cell by cell, and the rules and validations once, not twice."""
    first = _graded(_styled(tmp_path / "quiz.xlsx"), tmp_path / "m.xlsx")
    again = write_graded_xlsx(decided_session(set_aside(read_sheet(first))), tmp_path / "m2.xlsx")
    one, two = (openpyxl.load_workbook(p).worksheets[0] for p in (first, again))
    assert _look(two) == _look(one)
    assert _rules(two) == _rules(one) and len(two.data_validations.dataValidation) == 2
    assert {k: d.width for k, d in two.column_dimensions.items()} == {k: d.width for k, d in one.column_dimensions.items()}


def test_the_sample_class_keeps_its_bold_title_and_column_widths(tmp_path):
    src = shutil.copy(ROOT / "assets" / "sample-class.xlsx", tmp_path / "sample-class.xlsx")
    sheet = read_sheet(src)
    mapping = ColumnMapping(layout=LONG, id_column="Student ID", name_column="Name", item_column="Question",
                            answer_column="Answer")
    out = write_graded_xlsx(GradingSession(sheet, mapping), tmp_path / "graded.xlsx")
    theirs = openpyxl.load_workbook(src).worksheets[0]
    ws = openpyxl.load_workbook(out).worksheets[0]
    assert ws["A1"].value == theirs["A1"].value and (ws["A1"].font.b, ws["A1"].font.sz) == (True, 14)
    for letter in "ABCD":
        assert ws.column_dimensions[letter].width == theirs.column_dimensions[letter].width, letter
        assert ws[f"{letter}3"].font.b


def test_a_range_over_the_grading_columns_is_cut_around_them_keeping_its_first_cell():
    """Rows 1-10, columns 1-20 without the block of rows 3-8, columns 5-10: the rows above and below whole, the cells
    left and right of the block; the first cell (1, 1) still first. A range whose first cell is in the block: none."""
    assert cut_back([(1, 1, 10, 20)], (3, 5, 8, 10)) == [(1, 1, 2, 20), (3, 1, 8, 4), (9, 1, 10, 20), (3, 11, 8, 20)]
    assert cut_back([(3, 5, 8, 6), (3, 12, 8, 12)], (3, 5, 8, 10)) == []
    assert cut_back([(3, 1, 8, 2)], (3, 5, 8, 10)) == [(3, 1, 8, 2)] and cut_back([(3, 1, 8, 2)], None) == [(3, 1, 8, 2)]
