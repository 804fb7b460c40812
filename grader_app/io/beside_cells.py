"""The teacher's cells outside the table in a workbook (:class:`~grader_app.core.sheet.BesideCell`: the title rows above
the header, a count beside it, a note below the students, a formula without a saved result), which the reader keeps
(:func:`outside_table`), and where the graded workbook puts them and its grading columns (:func:`placed`).

The graded workbook is the teacher's worksheet with Grader's columns added: the table is written where it was (its
header in its row, each student in their row, each column at its letter: ``Sheet.first_column``), and every cell of
the teacher's outside it stays where it was, a formula as the same formula, a text as text, a number or a date in its
number format. So the title rows stay above the table with the cells beside them ("Max: 30" beside the title), a title
merged across the table stays merged, and a formula anywhere (``=COUNTA(A5:A34)`` in a title row, ``=SUM(D5:D34)``
beside the header) reads the same cells. The grading columns go to the first columns right of the table that hold
none of the teacher's cells in the rows the grading columns fill (the header's and the students'): beside a count in
G4, from H on; beside a note a hundred columns away, right after the table. None of them is written over a cell of the
teacher's; a cell above the header or below the students stays where it is, even in a grading column's letter. Only a
cell whose place the graded table itself takes (a table written from A1, a CSV's, has none beside it) cannot stay: it
goes into the same row, to the right of the grading columns.
"""
from __future__ import annotations

from collections import Counter
from typing import Sequence

from ..core.sheet import BesideCell

Range = tuple[int, int, int, int]   # (first row, first column, last row, last column), 1-based


def outside_table(cells: dict[int, dict[int, str]], formulas: dict[tuple[int, int], str],
                  typed: dict[tuple[int, int], tuple], merges: Sequence[Range], table: Range | None,
                  also: Sequence[tuple[int, int]] = ()) -> tuple[list[BesideCell], list[Range]]:
    """The worksheet's cells outside ``table`` (the header's row and column to the last student's row and the table's
    last column; None: no table) and the cells ``also`` (a formula without a saved result in a column of the table
    that holds nothing else), each as the graded workbook writes it back: its formula (``formulas``: each cell's formula,
    "=COUNTA(A5:A34)"), else its value (``typed``: ``(value, number format)`` of a number or a date; ``cells``: the text
    of the others); and the ``merges`` among them that touch no row of the table (a title merged across it)."""
    top, left, bottom, right = table if table is not None else (0, 0, -1, -1)
    places = {(r, c) for r, row in cells.items() for c in row
              if not (top <= r <= bottom and left <= c <= right)} | set(also)

    def kept(r: int, c: int) -> BesideCell:
        if formulas.get((r, c)):
            return BesideCell(r, c, formulas[(r, c)], formula=True)
        value, fmt = typed.get((r, c), (cells.get(r, {}).get(c, ""), "General"))
        return BesideCell(r, c, value, number_format=fmt)

    simple = [m for m in merges if table is not None and (m[2] < top or m[0] > bottom)]
    return [kept(r, c) for r, c in sorted(places)], simple


def placed(beside: Sequence[BesideCell], rows: tuple[int, int], own: Sequence[int],
           added: int) -> tuple[int, list[tuple[int, int, BesideCell]]]:
    """(the first grading column, [(row, column, cell)] where each of ``beside`` is written), 1-based, for a graded
    table filling ``rows`` (its header's row and its last student's) in the columns ``own`` (the teacher's, each at
    its letter), to which ``added`` grading columns are added right of the last."""
    head, last = rows
    columns = max(own, default=0)
    taken = set(own)
    in_table = [b for b in beside if head <= b.row <= last and b.column in taken]
    kept = [b for b in beside if not (head <= b.row <= last and b.column in taken)]
    first = columns + 1
    for used in sorted({b.column for b in kept if head <= b.row <= last and b.column > columns}):
        if used >= first + added:
            break
        first = used + 1      # a cell of the teacher's among the columns tried: try right of it
    out = [(b.row, b.column, b) for b in kept]
    after: Counter = Counter()
    for b in sorted(in_table, key=lambda b: (b.row, b.column)):
        out.append((b.row, first + added + after[b.row], b))
        after[b.row] += 1
    return first, out


def right_of(letters: Sequence[int], start: int) -> list[int]:
    """``letters`` (the teacher's columns that stood right of the grading columns of a sheet graded before), moved
    right together, their gaps kept, so that the first is at ``start`` or beyond: right of the grading columns
    written anew where the old ones were."""
    shift = max(0, start - min(letters, default=start))
    return [c + shift for c in letters]


def grading_in_place(columns: Sequence, own: int, after: int) -> list:
    """The graded table's ``columns`` (the sheet's ``own`` ones, then the grading ones) in the order written: the last
    ``after`` of the sheet's right of the grading columns (:func:`right_of`)."""
    cols, k = list(columns), own - after
    return [*cols[:k], *cols[own:], *cols[k:own]]
