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

Students are told apart by their id exactly as the sheet spells it (else their name, else their
row). The written id is trimmed of surrounding spaces, as Canvas expects; but two different ids
never become one row: when trimming makes them look alike (``"\t=1"`` and ``"\r=1"`` both read
``=1``), each keeps a row of its own with its id exactly as in the sheet, and
:func:`canvas_warning` gives the sentence that tells the teacher to check them.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

from ..core.numbers import score_text
from ..core.session import GradingSession
from .errors import SheetError
from .paths_check import refuse_overwriting_input
from .writers import _LONE_SURROGATE, _atomic_write, guard

FIXED = ("Student", "ID", "SIS User ID", "SIS Login ID", "Section")
POINTS_POSSIBLE = "Points Possible"


def _safe(text: str) -> str:
    text = "" if text is None else str(text)
    return guard(_LONE_SURROGATE.sub("\ufffd", text))


def _raw(frame, r: int, col: str | None) -> str:
    """A cell's text exactly as in the sheet ("" for an empty cell or no column)."""
    if not col:
        return ""
    v = frame.iat[r, frame.columns.get_loc(col)]
    if v is None or (isinstance(v, float) and v != v):
        return ""
    return str(v)


def student_keys(session: GradingSession) -> dict[int, tuple]:
    """Per answer key, who wrote it: ("id", raw id), else ("name", raw name), else ("row", row).

    Raw means exactly as the sheet has it, so ids that differ only in spaces or control
    characters stay different students; an id of spaces only counts as none.
    """
    m = session.mapping
    frame = session.sheet.frame
    out = {}
    for a in session.answers:
        sid, name = _raw(frame, a.row, m.id_column), _raw(frame, a.row, m.name_column)
        out[a.key] = ("id", sid) if sid.strip() else ("name", name) if name.strip() else ("row", a.row)
    return out


def _students(session: GradingSession) -> tuple[list[dict], list[list[str]]]:
    """(one entry per student in sheet order, groups of raw ids/names that trimming made look alike)."""
    frame = session.sheet.frame
    m = session.mapping
    keys = student_keys(session)
    students: dict[tuple, dict] = {}
    for a in session.answers:
        key = keys[a.key]
        entry = students.setdefault(key, {"key": key, "sid": _raw(frame, a.row, m.id_column).strip(),
                                          "name": "", "scores": {}})
        if not entry["name"]:
            entry["name"] = _raw(frame, a.row, m.name_column).strip()
        final = session.final_score(a.key)
        if final is not None or a.item not in entry["scores"]:
            entry["scores"][a.item] = final
    entries = list(students.values())
    for e in entries:
        e["sid_cell"] = _safe(e["sid"])
        e["student_cell"] = _safe(e["name"] or e["sid"] or f"row {e['key'][1] + 1}")
    # what Canvas matches on: the SIS User ID, or the name when the sheet has no id
    by_cell: dict[str, list[dict]] = {}
    for e in entries:
        by_cell.setdefault(e["sid_cell"] if e["sid"] else "\0" + e["student_cell"], []).append(e)
    collisions = []
    for group in by_cell.values():
        if len(group) < 2:
            continue
        collisions.append([e["key"][1] for e in group if e["key"][0] != "row"])
        for e in group:                  # the exact text keeps them apart (and still formula-safe)
            if e["key"][0] == "id":
                e["sid_cell"] = _safe(e["key"][1])
            elif e["key"][0] == "name":
                e["student_cell"] = _safe(e["key"][1])
    return entries, [c for c in collisions if len(c) > 1]


def canvas_rows(session: GradingSession, column_names: dict[str, str] | None = None,
                points_possible: bool = True) -> list[list[str]]:
    """The CSV rows (header first), one per student in sheet order; cells are formula-safe text.

    ``column_names`` renames questions (item id -> assignment name as in Canvas).
    Raises SheetError if the sheet has no student id or name column to tell students apart.
    """
    m = session.mapping
    if not m.id_column and not m.name_column:
        raise SheetError("the Canvas gradebook needs to know who each student is; choose the student id "
                         "column in the column mapping and export again")
    items = session.item_keys()
    names = column_names or {}
    header = [*FIXED, *(names.get(i) or str(i) for i in items)]
    rows: list[list[str]] = [[_safe(h) for h in header]]
    if points_possible:
        maxima = []
        for i in items:
            labels = [v for v in session.items[i].labels if isinstance(v, (int, float))]
            maxima.append(score_text(max(labels)) if labels else "")
        rows.append([POINTS_POSSIBLE, "", "", "", "", *maxima])
    entries, _ = _students(session)
    for e in entries:
        rows.append([e["student_cell"], "", e["sid_cell"], "", "",
                     *(score_text(e["scores"].get(i)) for i in items)])
    return rows


def canvas_warning(session: GradingSession) -> str | None:
    """One sentence when some students' ids (or names) only differ in spaces or invisible characters."""
    if not session.mapping.id_column and not session.mapping.name_column:
        return None
    _, collisions = _students(session)
    if not collisions:
        return None
    what = "ids" if session.mapping.id_column else "names"
    shown = ", ".join(" and ".join(repr(v) for v in group) for group in collisions[:3])
    more = f" and {len(collisions) - 3} more" if len(collisions) > 3 else ""
    return (f"some student {what} differ only in spaces or invisible characters ({shown}{more}), so each "
            f"kept a row of its own with the {what[:-1]} exactly as in the sheet; check them in the sheet before "
            "importing into Canvas")


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


__all__ = ["FIXED", "POINTS_POSSIBLE", "canvas_rows", "canvas_warning", "student_keys", "write_canvas_csv",
           "open_count"]
