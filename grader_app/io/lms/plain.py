"""The plain per-question points sheet: for any system, or for the teacher's own records.

Header: ``Student``, ``Student ID``, ``Email``, one column per question, ``Total``, ``Out of``.
Every student is written (no identifier is needed), one row each in sheet order; ``Total`` is
empty while any of their answers is open. UTF-8 with a BOM so Excel reads accents right.
"""
from __future__ import annotations

from . import export_notes as said
from ._common import EMAIL, SHEET_ID, STUDENT_ID, Table, item_headers, item_maxima, names_of, points, students

HEADER = ("Student", "Student ID", "Email")


def build_points(session, identifiers, item_names) -> Table:
    items = session.item_keys()
    maxima = item_maxima(session)
    out_of = sum(maxima.values()) if items and all(v is not None for v in maxima.values()) else None
    rows = [[*HEADER, *item_headers(items, item_names, (*HEADER, "Total", "Out of")), "Total", "Out of"]]
    sts = students(session, identifiers)
    for st in sts:
        mine = [i for i in items if i in st.answers]
        mine_max = sum(maxima[i] for i in mine) if mine and all(maxima[i] is not None for i in mine) else out_of
        rows.append([names_of(st)[2] or st.label, st.ids.get(SHEET_ID) or st.ids.get(STUDENT_ID, ""), st.ids.get(EMAIL, ""),
                     *st.score_cells(items, session), points(st.total(items)), points(mine_max)])
    return Table(rows=rows, bom=True, written=len(sts),
                 notes=[said.points_sheet()])


EXPORTS = [   # (key, name, system, suffix, where it is uploaded, build)
    ("points", "Points per question (CSV)", "any system", ".csv",
                 "Open it in a spreadsheet, or paste the columns into any gradebook.", build_points),
]
