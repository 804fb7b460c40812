"""The list separator and decimal mark of the CSV files Grader writes for the teacher's own spreadsheet.

Excel splits a CSV it opens at the list separator of the computer's region and reads numbers with that region's
decimal mark: where the comma is the decimal mark (German, French, Spanish, ... Excel) the list separator is a
semicolon. A teacher whose CSV of answers had semicolons gets every CSV meant for their spreadsheet back that way,
semicolon-separated with a decimal comma in the numbers Grader writes (0,954; 1,5): the graded sheet
(:mod:`.writers`), the feedback sheet for a mail merge (:mod:`.feedback`), the points per question and the list of
students an LMS file left out (``<name>-unmatched.csv``, :mod:`.lms.formats`). Any other CSV of answers (comma, tab
or bar separated) gives commas and decimal points. A sheet that was no CSV (a workbook) says nothing of the teacher's
Excel, so it takes the separator of the numbers the window shows (:mod:`grader_app.core.list_separator`, which the window
sets with its language: semicolons where they have a decimal comma, as German and Spanish do; QA found a German teacher's
workbook exported as a comma CSV, which her Excel opened as one column); without a window (the command line) commas.
A file an LMS imports keeps the comma and the decimal point that LMS asks for, whatever the sheet was (docs/lms.md).
"""
from __future__ import annotations

import re
from pathlib import Path

from ..core.list_separator import region_separator

__all__ = ["csv_delimiter", "decimal_mark", "with_decimal_mark"]

_TEXT_SHEETS = (".csv", ".txt", ".tsv", ".tab")
_DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")


def csv_delimiter(sheet) -> str:
    """The delimiter of a CSV for the teacher made from ``sheet``: a semicolon when the teacher's own CSV had
    semicolons (the reader's note says what it read), a comma when it had another (a tab or a bar is no list separator
    Excel uses for a .csv: those sheets come back comma-separated); for a sheet that was no CSV, the window's
    (:mod:`grader_app.core.list_separator`)."""
    for note in getattr(sheet, "notes", ()):
        if getattr(note, "kind", None) == "read_as":
            return ";" if note.values.get("separator") == ";" else ","
    if Path(str(getattr(sheet, "source", "") or "")).suffix.lower() in _TEXT_SHEETS:
        return ","      # a text sheet whose reading left no note (made in code, not read): no sign of semicolons
    return region_separator()


def decimal_mark(delimiter: str) -> str:
    """The decimal mark beside ``delimiter``: a comma beside semicolons (as the Excel that reads them writes it),
    else a point."""
    return "," if delimiter == ";" else "."


def with_decimal_mark(text: str, delimiter: str) -> str:
    """``text``, a number as Grader writes it ("0.954", "1.5", or "1.5; open" for two attempts), with the decimal
    mark that goes with ``delimiter``; only a point between two digits is a decimal point."""
    mark = decimal_mark(delimiter)
    return text if mark == "." else _DECIMAL_POINT.sub(mark, text)
