"""The cells a workbook Grader writes had to cut: a text longer than Excel's cell limit of 32,767 characters is cut to
it and ends in "…" (:func:`~.xlsx_cells.xlsx_text`), which a teacher reading the workbook later could not tell from
the whole answer. The writers (:func:`~.writers.write_graded_xlsx`, :func:`~.feedback.write_feedback`) add a
:class:`CutCell` to the list they are given for each such cell, so the window says after saving whose cells, and that
a CSV file keeps them whole. Pure Python, no Qt.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from .xlsx_cells import cut_for_excel


@dataclass(frozen=True)
class CutCell:
    student: str   # as the app shows them ("name · id", or "row N")
    column: str    # the column's header in the file written


def note_cut(cut: list[CutCell] | None, value, student: Callable[[Any], str], at, column: str) -> None:
    """Add ``value``'s cell to ``cut`` when it is a text Excel's limit cuts; ``student(at)`` gives the label of the
    student whose cell it is (``at``: where the writer is), asked only then."""
    if cut is not None and isinstance(value, str) and cut_for_excel(value):
        cut.append(CutCell(student=student(at), column=column))


def row_students(session) -> dict[int, str]:
    """Each row of the graded sheet (the frame's index) -> its student's label, as the results table names them."""
    return {a.row: a.student for a in session.answers}
