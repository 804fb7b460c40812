"""Cells Grader reads that hold a formula whose result the workbook never saved (a script or another program wrote
the workbook, and no spreadsheet program ever calculated it): what such a cell shows cannot be seen, so a sheet whose
students', questions', answers' or scores' columns hold one is refused, saying which cells and what to do. The cells
come from the reader (:attr:`~grader_app.core.sheet.Sheet.formulas`, :class:`~grader_app.core.sheet.FormulaCell`).
Pure Python; no Qt."""
from __future__ import annotations

from typing import Iterable

from ..errors import GraderError
from .sheet import Sheet


class UnsavedResults(GraderError, ValueError):
    """Cells of the columns Grader reads hold formulas whose results the workbook never saved: what they show cannot be
    seen (:func:`refuse_unsaved`)."""


def unsaved_cells(sheet: Sheet, columns: Iterable[str | None]) -> dict[str, list[str]]:
    """The cells of ``columns`` holding a formula without a saved result, by column (in the sheet's order): their names
    ("D4") from the top down."""
    wanted = {c for c in columns if c}
    found = sorted((f.column, f.row, column, f.name) for (_, column), f in sheet.formulas.items()
                   if not f.saved and column in wanted)
    out: dict[str, list[str]] = {}
    for _, _, column, name in found:
        out.setdefault(column, []).append(name)
    return out


def refuse_unsaved(sheet: Sheet, columns: Iterable[str | None], error: type[GraderError] = UnsavedResults) -> None:
    """Raise ``error`` ("columns.formulas_without_results": which cells, what to do) when cells of ``columns`` (those
    Grader reads: the students', the questions', the answers', the scores') hold formulas whose result the workbook
    never saved (a script or another program wrote them): Grader would read them as empty, so grade, name or count
    wrongly. A column of the teacher's own that Grader does not read is no reason: the sheet opens, a note names its
    cells, and the graded workbook keeps their formulas."""
    found = unsaved_cells(sheet, columns)
    if found:
        shown = "; ".join(f"{c}: " + ", ".join(names[:3]) + (", …" if len(names) > 3 else "")
                          for c, names in found.items())
        raise error.said("columns.formulas_without_results", count=sum(map(len, found.values())), cells=shown)
