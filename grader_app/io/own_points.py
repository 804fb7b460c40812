"""The teacher's own column for the answers' points, left empty for Grader to fill ("Punkte (0-2)" beside "Antwort").

A teacher who made a sheet with a column for each answer's points, still empty, expects the graded sheet to hold the
scores there, not only in Grader's own final-score column beside it. So the graded sheet (XLSX and CSV:
:func:`grader_app.io.writers.graded_frame`) writes each answer's final score into :func:`own_points_column` as well,
and the columns dialog says so under its table of questions (:func:`grader_app.ui.mapping_items.points_note`).
Grader's own columns are written as ever: they are what Grader reads back.

The column is one of the teacher's that Grader does not read, of a sheet of one answer per row, whose header names
points or marks ("Punkte (0-2)", "Score", "Marks", "Puntos", "Nota"; not what they are out of: "Max points",
"Höchstpunktzahl"), and that holds no score the teacher typed: each cell empty, or, in a graded sheet opened again,
the final score Grader wrote beside it in that row (Grader filled it before; it is filled anew). A cell holding
anything else (a mark she typed), or a formula, makes it the teacher's own, kept as it is, as is every other column;
so is a second column of that kind (which one she meant is not known).
"""
from __future__ import annotations

import re

from ..core.sheet import LONG, ColumnMapping, Sheet
from .graded_columns import all_names
from .lms_points import POSSIBLE, _number

# a header naming an answer's points: the word alone or with more ("Punkte (0-2)", "Score Q1"), not a word inside
# another ("Scoreboard", "Appointment")
_POINTS = re.compile(r"(?<![^\W\d_])(points?|pts|marks?|scores?|punkte?|punktzahl|puntos|puntaje|puntuaci[oó]n|"
                     r"notas?|calificaci[oó]n)(?![^\W\d_])", re.IGNORECASE)
# not the points possible ("Max points"), nor a model's score or the student's class ("Modellpunkte" is Grader's own)
_NOT = re.compile(r"(?<![^\W\d_])(max|maximum|maximal|maximale|possible|possibles|posibles|m[aá]xim[ao]s?|out of|"
                  r"model|modell|modelo|total|gesamt)(?![^\W\d_])", re.IGNORECASE)


def _names_points(header: str) -> bool:
    text = " ".join(str(header).split())
    folded = text.casefold()
    return (bool(_POINTS.search(text)) and not _NOT.search(text) and folded not in {n.casefold() for n in all_names()}
            and not any(p in folded for p in POSSIBLE))


def _empty(v) -> bool:
    return v is None or (isinstance(v, float) and v != v) or not str(v).strip()


def _grader_wrote(sheet: Sheet) -> dict[int, object]:
    """Row -> the final score Grader wrote in it (a graded sheet opened again: its decisions and its plain rows)."""
    return {d.row: _number(d.score) for d in (*sheet.earlier, *sheet.plain) if d.score}


def own_points_column(sheet: Sheet, mapping: ColumnMapping | None, empty: list[str] | None = None) -> str | None:
    """The teacher's points column the graded sheet fills with the final scores (see the module), or None.
    ``empty``: :func:`empty_points_columns` of ``sheet``, found before (the columns dialog asks on each change)."""
    if mapping is None or mapping.layout != LONG or not mapping.answer_column:
        return None
    read = set(mapping.read_columns())
    found = [c for c in (empty_points_columns(sheet) if empty is None else empty) if c not in read]
    return found[0] if len(found) == 1 else None


def empty_points_columns(sheet: Sheet) -> list[str]:
    """The columns of ``sheet`` that would be the teacher's points column unless Grader reads them: headed as points,
    without a formula, each cell empty or the score Grader wrote in its row; a pass over every row of each."""
    wrote = _grader_wrote(sheet)
    found = []
    for column in sheet.frame.columns:
        if not _names_points(str(column)) or any(where[1] == column for where in sheet.formulas):
            continue
        cells = sheet.frame[column].tolist()
        if all(_empty(v) or (r in wrote and _number(str(v).strip()) == wrote[r]) for r, v in enumerate(cells)):
            found.append(str(column))
    return found

