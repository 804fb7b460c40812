"""The formulas of a workbook's worksheet, as the XLSX reader (:mod:`.xlsx_reader`) finds them and the sheet keeps them.

A formula's text is read as openpyxl's parser gives it ("=SUM(D2:F2)"): a formula Excel shares down a column (filled
down, the cells below holding only a reference to the first) comes as each cell's own formula, an array formula as
its text; a data table's has none. Whether its result was saved decides what Grader can see: a workbook saved by
Excel or LibreOffice holds each result, one a script or another program wrote (openpyxl) holds none, and such a
cell reads as empty.

Where a formula without a saved result refuses the sheet, and where it does not (decision): only where what it shows
matters to grading. So

* in the table's header (:func:`place`): the header names the column (in the columns dialog, the project file, every
  export), and the sheet is refused when read (``read.formulas_without_results``);
* in a column Grader reads to know whose answer to which question it is (the student's id or name, the question; the
  scores ``grader learn`` learns from; the grading columns of a sheet graded before): the grading is refused
  (:func:`~grader_app.core.unsaved_formulas.refuse_unsaved`, ``columns.formulas_without_results``), not the sheet, so
  the teacher can still choose another column;
* in an answer column: that one answer reads as empty and is flagged with its own reason (``core.flags.UNSAVED``), the
  class is graded, and the graded workbook keeps the formula in its cell (once Excel saves the file, its value is read
  like any other answer): one answer a tool left uncomputed is no reason to stop the scoring of 150;
* anywhere else (a "Late?" or "Total" column of the teacher's own, a count beside the table): the sheet opens, a
  note names the cells and says what to do (open and save the file in Excel), and the graded workbook keeps the
  teacher's formula as a formula. So does it every formula of a column Grader does not read, whether or not its
  result was saved: a teacher's own formula stays a formula. In a column Grader reads, the graded workbook holds the
  value Grader read (a text is never written as a formula, whatever it starts with), but for an answer's formula whose
  value was never saved: it stays that formula, as it was in the teacher's workbook.

A formula that names an Excel table (a structured reference: a calculated column's ``Table1[[#This Row],[Points]]*2``,
a total row's ``SUBTOTAL(103,Table1[Answer])``) is read as the value it shows, never as a formula
(:func:`names_a_table`): the graded workbook holds no table, and Excel, opening a workbook whose formula names a table
it lacks, says the file has a problem and takes the formula out. A string that only looks so ("x[1]") loses nothing:
its value is written instead.
"""
from __future__ import annotations

import re

from ..core.sheet import FormulaCell, Sheet

# a table's name right before a bracket ("Table1[Points]"); an external workbook's "[1]Sheet1!A1" has none before it
_TABLE_REFERENCE = re.compile(r"(?<![\w.\\])[A-Za-z_\\][\w.\\]*\[")


def names_a_table(formula: str) -> bool:
    """Whether ``formula`` ("=Table1[[#This Row],[Points]]*2") names an Excel table (a structured reference)."""
    return "[" in formula and _TABLE_REFERENCE.search(formula) is not None


def formula_text(parser, element, fallback: str | None) -> str:
    """The formula of the cell ``element`` as openpyxl's worksheet ``parser`` reads it ("=SUM(D2:F2)"; a shared
    formula moved to the cell), "" for a data table's or one without text; ``fallback`` (the element's own text) when
    the parser cannot say."""
    try:
        value = parser.parse_formula(element)
    except Exception:   # a formula openpyxl cannot read (odd XML): its own text, as the file holds it
        return "=" + fallback if fallback else ""
    text = value if isinstance(value, str) else getattr(value, "text", None)   # ArrayFormula: its text
    return text if isinstance(text, str) and text != "=" else ""


def place(sheet: Sheet, cells: dict[tuple[int, int], FormulaCell], col0: int) -> tuple[list[FormulaCell], list[FormulaCell]]:
    """Put the formula cells of the table ``cells`` (by their 1-based (row, column); the table's cells start at the
    0-based column ``col0``) into ``sheet.formulas`` where the frame holds them (a data row, a column it kept). Gives
    back, of those without a saved result that the frame does not hold: (those in the header row: the sheet is
    refused; the others, in a row or a column the reader left out: kept beside the table)."""
    rows = {r: i for i, r in enumerate(sheet.file_rows)}
    names = {p: n for n, p in sheet.places.items()} if sheet.places else dict(enumerate(sheet.columns))
    header = sheet.header_row + 1
    head: list[FormulaCell] = []
    rest: list[FormulaCell] = []
    for (r, c), f in sorted(cells.items()):
        name = names.get(c - 1 - col0)
        if r in rows and name is not None:
            sheet.formulas[(rows[r], name)] = f
        elif not f.saved:
            (head if r == header else rest).append(f)
    return head, rest
