"""Where the graded workbook puts the teacher's cells that lie beside the table (:class:`~grader_app.core.sheet.BesideCell`:
a count beside the header, a note below the students, a formula without a saved result) and its grading columns.

The teacher's cells stay where they were: the same row and column as in their worksheet, a formula as the same
formula, so ``=COUNTA(A2:A30)`` beside the header still counts the students of a table that starts at A1 (the usual
sheet, whose graded table is where the teacher's was). The grading columns go to the first columns right of the table
that hold none of the teacher's cells in the rows the grading columns fill (the header's and the students'): beside
a count in G1, from H on; beside a note a hundred columns away, right after the table. None of them is written over a
cell of the teacher's; a cell below the students stays where it is, even in a grading column's letter. Only a cell
whose place the graded table itself takes (the teacher's table did not start at A1, and the cell was above it or to
its left) cannot stay: it goes into the same row, to the right of the grading columns.
"""
from __future__ import annotations

from collections import Counter
from typing import Sequence

from ..core.sheet import BesideCell


def placed(beside: Sequence[BesideCell], rows: int, columns: int,
           added: int) -> tuple[int, list[tuple[int, int, BesideCell]]]:
    """(the first grading column, [(row, column, cell)] where each of ``beside`` is written), 1-based, for a graded
    table of ``rows`` rows (its header's included) and the teacher's ``columns`` columns, to which ``added`` grading
    columns are added."""
    in_table = [b for b in beside if b.row <= rows and b.column <= columns]
    kept = [b for b in beside if not (b.row <= rows and b.column <= columns)]
    first = columns + 1
    for used in sorted({b.column for b in kept if b.row <= rows and b.column > columns}):
        if used >= first + added:
            break
        first = used + 1      # a cell of the teacher's among the columns tried: try right of it
    out = [(b.row, b.column, b) for b in kept]
    after: Counter = Counter()
    for b in sorted(in_table, key=lambda b: (b.row, b.column)):
        out.append((b.row, first + added + after[b.row], b))
        after[b.row] += 1
    return first, out
