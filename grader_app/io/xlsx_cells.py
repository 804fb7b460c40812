"""How the graded workbook's cells are written (:mod:`.writers`, :mod:`.feedback`): a text as XLSX can carry it
(:func:`xlsx_text`: no character XML 1.0 forbids, CR as LF, cut to Excel's cell limit and then ending in "…",
:func:`cut_for_excel`; in a cell, Excel's escapes
kept as the student's text, :func:`xlsx_string`), stored as a string and
quote-prefixed when a spreadsheet could take it for a formula (:func:`set_cell`); the teacher's numbers and dates in
their number format, their formulas as formulas, their cells beside the table as they were; and the strings another
sheet of the workbook holds made as safe (:func:`scrub_extra_sheets`)."""
from __future__ import annotations

import re

from ..core.sheet import BesideCell, TypedCell
from .formula_guard import is_risky

EXCEL_CELL_LIMIT = 32767   # UTF-16 units Excel holds in one cell; a longer cell makes it refuse the file
# XML 1.0 allows #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


CUT_MARK = "…"   # ends a text cut to Excel's limit, as Grader ends every text it shortens


def xlsx_text(text: str) -> str:
    """``text`` as XLSX can carry it: XML-forbidden characters dropped, CR as LF, cut to Excel's limit, never inside a
    character, and then ending in :data:`CUT_MARK` (so the workbook's reader sees it is not the whole text)."""
    text = _XML_ILLEGAL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    if len(text) > EXCEL_CELL_LIMIT // 2:
        units = 0
        for i, ch in enumerate(text):
            units += 2 if ord(ch) > 0xFFFF else 1
            if units > EXCEL_CELL_LIMIT:
                return _room_for_mark(text, i) + CUT_MARK
    return text


def _room_for_mark(text: str, i: int) -> str:
    """``text[:i]`` (Excel's limit in UTF-16 units) shortened by one unit for :data:`CUT_MARK`, never inside a
    character."""
    head = text[:i]
    units = sum(2 if ord(ch) > 0xFFFF else 1 for ch in head)
    while head and units + 1 > EXCEL_CELL_LIMIT:
        units -= 2 if ord(head[-1]) > 0xFFFF else 1
        head = head[:-1]
    return head


def cut_for_excel(text: str) -> bool:
    """Whether :func:`xlsx_text` cuts ``text`` (longer than Excel's cell limit once made fit for XML)."""
    if len(text) <= EXCEL_CELL_LIMIT // 2:
        return False
    text = _XML_ILLEGAL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF) > EXCEL_CELL_LIMIT


# an underscore that begins what Excel reads as its escape of a character ("_x000D_", "_x6904_"): Excel shows the text
# "_x000D_" a CSV answer held, written as it stood, as a line break (and Grader read it back so); escaped
# "_x005F_x000D_" as Excel itself stores it (ECMA-376 ST_Xstring), it is that text again in Excel and in Grader
_ESCAPE_START = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)")


def xlsx_string(text: str) -> str:
    """A cell's text as XLSX can carry it (:func:`xlsx_text`), each underscore that would begin Excel's escape of a
    character escaped itself, so Excel shows, and :func:`~.xlsx_values.cell_text` reads back, exactly ``text``."""
    text = xlsx_text(text)
    return _ESCAPE_START.sub("_x005F_", text) if "_x" in text else text


def scrub_extra_sheets(wb) -> None:
    """Every string an ``extra_sheets`` hook wrote (titles, text cells) fit for XML, risky text quote-prefixed."""
    for ws in wb.worksheets:
        clean = xlsx_text(ws.title)
        if clean != ws.title:
            ws.title = clean or "Sheet"
        if ws is wb.worksheets[0]:
            continue                  # the graded table is clean already
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.data_type == "s":
                    clean = xlsx_string(cell.value)
                    if clean != cell.value:
                        cell.value = clean
                        cell.data_type = "s"
                    if is_risky(clean) and not cell.quotePrefix:
                        cell.quotePrefix = True


def set_typed(cell, was: TypedCell):
    """An original cell that held a number or a date in the teacher's workbook: that value, in its number format."""
    cell.value = was.value
    if was.number_format and was.number_format != "General":
        cell.number_format = was.number_format
    return cell


def set_formula(cell, formula: str, number_format: str = "General"):
    """A formula of the teacher's own (never an answer's text), in its number format."""
    cell.value = formula
    if number_format and number_format != "General":
        cell.number_format = number_format
    return cell


def set_beside(cell, b: BesideCell):
    """A cell of the teacher's beside the table: their formula as that formula (it was one in their own workbook; an
    answer of the table never is one), a number or a date in its number format, a text as text (:func:`set_cell`)."""
    if b.formula:
        cell.value = b.value
        return cell
    if isinstance(b.value, str):
        return set_cell(cell, b.value)
    return set_typed(cell, TypedCell(b.value, b.number_format, ""))


def set_cell(cell, v):
    if isinstance(v, bool):
        cell.value = int(v)
    elif isinstance(v, (int, float)):
        cell.value = v
    else:
        text = str(v)
        written = xlsx_string(text)
        cell.value = written
        cell.data_type = "s"          # never a formula, whatever the text starts with
        if is_risky(written) or is_risky(text):
            cell.quotePrefix = True   # and Excel keeps it text when the teacher edits it
    return cell
