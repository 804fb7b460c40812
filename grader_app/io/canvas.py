"""A Canvas gradebook CSV: one row per student, one column per question.

Canvas's gradebook import reads the layout of its own gradebook export: the columns ``Student``,
``ID``, ``SIS User ID``, ``SIS Login ID``, ``Section``, then one column per assignment; a second
row that starts with "Points Possible" gives each assignment's maximum and is read-only. Canvas
needs one of Student / ID / SIS User ID to find the student; we fill ``SIS User ID`` from the
sheet's chosen student id column (and ``Student`` from the name column), and leave Canvas's own
numeric ``ID`` empty since the sheet does not know it. A new assignment column creates a new
assignment in Canvas when imported. An empty score cell (an answer still waiting for the teacher)
leaves that grade unchanged in Canvas.

Cells are formula-safe as in the CSV writer: text that a spreadsheet would evaluate gets a
leading single quote. UTF-8, comma-separated, CRLF line ends; written atomically.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

from ..core.session import GradingSession
from .errors import SheetError
from .paths_check import refuse_overwriting_input
from .writers import _atomic_write, is_risky

FIXED = ("Student", "ID", "SIS User ID", "SIS Login ID", "Section")
POINTS_POSSIBLE = "Points Possible"


def _score(v):
    if v is None:
        return ""
    if hasattr(v, "item") and not isinstance(v, (str, bytes)):
        v = v.item()
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return str(v)


def _safe(text: str) -> str:
    text = "" if text is None else str(text)
    return "'" + text if is_risky(text) else text


def canvas_rows(session: GradingSession, column_names: dict[str, str] | None = None,
                points_possible: bool = True) -> list[list[str]]:
    """The CSV rows (header first), one per student in sheet order; cells are formula-safe text.

    ``column_names`` renames questions (item id -> assignment name as in Canvas).
    Raises SheetError if the sheet has no student id or name column to tell students apart.
    """
    m = session.mapping
    id_col, name_col = m.id_column, m.name_column
    if not id_col and not name_col:
        raise SheetError("the Canvas gradebook needs to know who each student is; choose the student id "
                         "column in the column mapping and export again")
    frame = session.sheet.frame
    items = session.item_keys()
    names = column_names or {}
    header = [*FIXED, *(names.get(i) or str(i) for i in items)]
    rows: list[list[str]] = [[_safe(h) for h in header]]
    if points_possible:
        maxima = []
        for i in items:
            labels = [v for v in session.items[i].labels if isinstance(v, (int, float))]
            maxima.append(_score(max(labels)) if labels else "")
        rows.append([POINTS_POSSIBLE, "", "", "", "", *maxima])

    def cell(r: int, col: str | None) -> str:
        return str(frame.iat[r, frame.columns.get_loc(col)]).strip() if col else ""

    students: dict[str, dict] = {}
    for a in session.answers:
        sid = cell(a.row, id_col) if id_col else ""
        who = sid or cell(a.row, name_col)
        if not who:
            who = f"row {a.row + 1}"
        entry = students.setdefault(who, {"sid": sid, "name": cell(a.row, name_col), "scores": {}})
        if not entry["name"]:
            entry["name"] = cell(a.row, name_col)
        final = session.final_score(a.key)
        if final is not None or a.item not in entry["scores"]:
            entry["scores"][a.item] = final
    for who, e in students.items():
        student = e["name"] or e["sid"] or who
        rows.append([_safe(student), "", _safe(e["sid"]), "", "",
                     *(_score(e["scores"].get(i)) for i in items)])
    return rows


def write_canvas_csv(session: GradingSession, path, column_names: dict[str, str] | None = None,
                     points_possible: bool = True) -> Path:
    """Write the Canvas gradebook CSV atomically; SheetError (one sentence) if it cannot be written."""
    rows = canvas_rows(session, column_names=column_names, points_possible=points_possible)
    p = Path(path)
    if p.suffix.lower() != ".csv":
        raise SheetError(f"cannot write {p.name}: a Canvas gradebook is a .csv file; choose a name ending in .csv")
    refuse_overwriting_input(p, [session.sheet.source])

    def write(f) -> None:
        buf = io.StringIO(newline="")
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerows(rows)
        f.write(buf.getvalue().encode("utf-8"))

    return _atomic_write(p, write)


def open_count(session: GradingSession) -> int:
    """Answers with no final score yet (their Canvas cells are left empty)."""
    return sum(1 for a in session.answers if session.final_score(a.key) is None)


__all__ = ["FIXED", "POINTS_POSSIBLE", "canvas_rows", "write_canvas_csv", "open_count"]
