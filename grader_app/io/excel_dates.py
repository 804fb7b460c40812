"""Cells Excel turned into dates from what was typed (:func:`made_dates`): a "3/4" or "1-2" typed into Excel, or a CSV
of answers opened in Excel and saved, becomes a date that Excel shows without its year ("4-Mar"), and the workbook keeps
only the date. The typing cannot be read back for sure (Excel reads "3/4" as month/day or day/month, as the computer is
set up, and the separator is lost), so the reader reads the date as it does every date and a note names the cells and
what the first may have been typed as. A date shown with its year (a submission time, a due date) is no such cell."""
from __future__ import annotations

import datetime as _dt
import re

from ..core.sheet import Sheet, TypedCell
from . import notes as notes_

_QUOTED = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.')      # literal text, [$-409] locales and colours, escaped characters


def year_less_date(code: str) -> bool:
    """A number format that shows a day and a month but no year and no time ("d-mmm", "mmm-d", "dd/mm")."""
    bare = _QUOTED.sub("", code.split(";")[0]).lower()
    return "d" in bare and "m" in bare and not any(ch in bare for ch in "yhs")


def made_dates(sheet: Sheet) -> list[notes_.Note]:
    """One note per column holding dates shown without their year (in the order of the columns)."""
    found: dict[str, list[tuple[int, TypedCell]]] = {}
    for (r, column), cell in sorted(sheet.typed.items(), key=lambda kv: kv[0][0]):
        if isinstance(cell.value, (_dt.date, _dt.datetime)) and year_less_date(cell.number_format):
            found.setdefault(column, []).append((r, cell))
    said = []
    for column in sheet.columns:
        if column not in found:
            continue
        r, first = found[column][0]
        day = first.value
        readings = [f"{day.month}/{day.day}"] + ([f"{day.day}/{day.month}"] if day.day != day.month else [])
        rows = [sheet.row_number(i) for i, _ in found[column]]
        said.append(notes_.excel_dates(column, rows, first.text, readings))
    return said
