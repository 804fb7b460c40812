"""The columns a teacher hid in their workbook (an "Email" column, private notes while marking): which of the table's
columns they are, and the note saying so. They are read like the others; the graded workbook keeps them hidden, at
the letters it writes them to (:func:`~grader_app.io.writers.write_graded_xlsx`).

A worksheet stores its hidden columns as ranges (``<col min="5" max="7" hidden="1"/>``), one of which may run to the
last column Excel has (a teacher hiding every column right of the table), so the ranges are kept as ranges and only
met with the table's own columns.
"""
from __future__ import annotations

from typing import Mapping, Sequence

from . import notes as notes_


def hidden_ranges(column_dimensions: Mapping[str, Mapping[str, str]]) -> list[tuple[int, int]]:
    """The ranges of columns, 1-based and inclusive, a worksheet hides: from openpyxl's parsed ``<col>`` elements
    (``{letter: {"min": "5", "max": "7", "hidden": "1", ...}}``); an element it cannot read hides nothing."""
    out = []
    for attrs in column_dimensions.values():
        if str(attrs.get("hidden", "")).lower() not in ("1", "true"):
            continue
        try:
            lo = int(attrs["min"])
            hi = int(attrs.get("max", lo))
        except (KeyError, TypeError, ValueError):
            continue
        out.append((lo, max(lo, hi)))
    return out


def hidden_positions(ranges: Sequence[tuple[int, int]], col0: int, width: int) -> set[int]:
    """The positions, from ``col0`` (the table's first column, 0-based), of the table's ``width`` columns that
    ``ranges`` hide; the columns outside the table are none of them."""
    first, last = col0 + 1, col0 + width
    return {c - first for lo, hi in ranges for c in range(max(lo, first), min(hi, last) + 1)}


def column_letter(column: int) -> str:
    """The letters of a 1-based column, as a spreadsheet shows them: 1 -> "A", 27 -> "AA"."""
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def hidden_column_names(hidden: set[int], keep: Sequence[int], names: Sequence[str], col0: int,
                 notes: list[str]) -> tuple[str, ...]:
    """The names of the sheet's columns (``names``, at the positions ``keep`` from ``col0``) that are ``hidden``;
    a note naming them with their letters in the teacher's worksheet is added to ``notes`` when there are any."""
    found = [(column_letter(col0 + j + 1), name) for j, name in zip(keep, names) if j in hidden]
    if found:
        notes.append(notes_.hidden_columns([letter for letter, _ in found], [name for _, name in found]))
    return tuple(name for _, name in found)
