"""Where the graded workbook puts the teacher's cells that lie beside the table (:class:`~grader_app.core.sheet.BesideCell`:
a count beside the header, a note below the students, a formula without a saved result) and its grading columns.

The teacher's cells stay where they were: the same row and column as in their worksheet, a formula as the same
formula, so ``=COUNTA(A2:A30)`` beside the header still counts the students of a table that starts at A1 (the usual
sheet, whose graded table is where the teacher's was). The grading columns go to the first columns right of the table
that hold none of the teacher's cells in the rows the grading columns fill (the header's and the students'): beside
a count in G1, from H on; beside a note a hundred columns away, right after the table. None of them is written over a
cell of the teacher's; a cell below the students stays where it is, even in a grading column's letter. Only a cell
whose place the graded table itself takes (the teacher's table did not start at A1, and the cell was above it or to
its left) cannot stay: it goes into the same row, to the right of the grading columns. A table under title rows
(or with blank rows the reader left out) is written from row 1, and the cells beside it move up with its rows, their
formulas as copied formulas move (:func:`in_graded_rows`).
"""
from __future__ import annotations

import dataclasses
from bisect import bisect_left
from collections import Counter
from typing import Sequence

from ..core.sheet import BesideCell, Sheet


def in_graded_rows(sheet: Sheet) -> list[BesideCell]:
    """``sheet.beside`` in the graded table's rows. The graded table starts at row 1, so a sheet whose header had title
    rows above it (or whose blank rows the reader dropped) moves up; each cell at or below the header moves up with the
    rows beside it, and a formula moves as a copied formula does (``=COUNTA(A4:A93)`` beside a header in row 3 becomes
    ``=COUNTA(A2:A91)`` beside the header in row 1), so it still counts the same students. A cell above the header has
    no row in the graded table: its row is 0 (:func:`placed` puts it in row 1, right of the grading columns)."""
    header = sheet.header_row + 1                      # the header's 1-based row in the teacher's worksheet
    kept = sorted(sheet.file_rows) if sheet.file_rows else []
    last = kept[-1] if kept else header + len(sheet)

    def row(r: int) -> int:
        if r < header:
            return 0
        if not kept:
            return r - header + 1
        inside = bisect_left(kept, min(r, last + 1))   # the table's rows above r
        dropped = min(r, last + 1) - header - 1 - inside   # blank rows the reader left out between them
        return r - (header - 1) - max(0, dropped)

    out = []
    for b in sheet.beside:
        r = row(b.row)
        if r == b.row:
            out.append(b)
            continue
        value = b.value
        if b.formula and r > 0:
            value = _moved_formula(b.value, b.row, r, b.column)
        out.append(dataclasses.replace(b, row=r, value=value))
    return out


def _moved_formula(formula: str, was: int, now: int, column: int) -> str:
    """``formula`` as it reads copied from row ``was`` to row ``now`` of ``column`` (its relative references moved by
    the rows between); unchanged where openpyxl cannot parse it."""
    from openpyxl.formula.translate import Translator
    from openpyxl.utils import get_column_letter

    letter = get_column_letter(column)
    try:
        return Translator(formula, origin=f"{letter}{was}").translate_formula(f"{letter}{now}")
    except Exception:  # a formula openpyxl's tokenizer refuses: written as the teacher had it
        return formula


def placed(beside: Sequence[BesideCell], rows: int, columns: int,
           added: int) -> tuple[int, list[tuple[int, int, BesideCell]]]:
    """(the first grading column, [(row, column, cell)] where each of ``beside`` is written), 1-based, for a graded
    table of ``rows`` rows (its header's included) and the teacher's ``columns`` columns, to which ``added`` grading
    columns are added."""
    in_table = [b for b in beside if b.row < 1 or (b.row <= rows and b.column <= columns)]
    kept = [b for b in beside if b not in in_table]
    first = columns + 1
    for used in sorted({b.column for b in kept if b.row <= rows and b.column > columns}):
        if used >= first + added:
            break
        first = used + 1      # a cell of the teacher's among the columns tried: try right of it
    out = [(b.row, b.column, b) for b in kept]
    after: Counter = Counter()
    for b in sorted(in_table, key=lambda b: (b.row, b.column)):
        r = max(1, b.row)   # one above the header (:func:`in_graded_rows`) goes beside the header
        out.append((r, first + added + after[r], b))
        after[r] += 1
    return first, out
