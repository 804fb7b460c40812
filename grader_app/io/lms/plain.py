"""The plain per-question points sheet: for any system, or for the teacher's own records.

Header: ``Student``, ``Student ID``, ``Email``, one column per question, ``Total``, ``Out of``.
Every student is written (no identifier is needed; a report's summary row, Moodle's "Overall
average", is no student), one row each in sheet order; ``Student ID`` is the student number the
sheet gives, else its own id column; ``Total`` is
empty while any of their answers is open. UTF-8 with a BOM so Excel reads accents right.

No LMS reads this file: the teacher opens it in their spreadsheet, so it is semicolon-separated with decimal
commas when the teacher's CSV was (:mod:`grader_app.io.csv_locale`), like the graded CSV, and a student's two answers
to one question (two attempts) are both given, "2; open", with the word for an answer still open in the teacher's
language (``ListWords.open``, which the window gives).
"""
from __future__ import annotations

from collections import Counter

from ..csv_locale import csv_delimiter, with_decimal_mark
from . import export_notes as said
from ._common import (EMAIL, ID_NUMBER, ORG_DEFINED_ID, SHEET_ID, SIS_ID, STUDENT_ID, Student, item_header,
                      item_headers, lms_points, names_of, own_titles, points, students)
from .export_files import POINTS_SHEET, Table
from .reasons import ListWords

HEADER = ("Student", "Student ID", "Email")
_IDS = (STUDENT_ID, ID_NUMBER, SIS_ID, ORG_DEFINED_ID, SHEET_ID)


def student_id(st: Student) -> str:
    """The student's id as their school writes it: a student number the sheet gives (a form's "Student number"
    question, Moodle's ID number, an SIS id), else the sheet's own id column (which may be the email)."""
    return next((st.ids[f] for f in _IDS if st.ids.get(f)), "")


def build_points(session, identifiers, item_names, words: ListWords) -> Table:
    items = session.item_keys()
    item_names = own_titles(session, item_names)   # a sheet that names no question: its answer column's header
    came_from = identifiers.system or "the sheet"   # for any system: the sheet's own points, named by its own LMS
    pts, scaled = lms_points(session, came_from, {i: item_header(i, item_names) for i in items}, came_from)
    maxima = pts.maxima
    out_of = sum(maxima.values()) if items and all(v is not None for v in maxima.values()) else None
    rows = [[*HEADER, *item_headers(items, item_names, (*HEADER, "Total", "Out of")), "Total", "Out of"]]
    delimiter = csv_delimiter(session.sheet)
    sts = students(session, identifiers)
    named = Counter((names_of(st)[2], student_id(st), st.ids.get(EMAIL, "")) for st in sts)
    for st in sts:
        name = names_of(st)[2]   # two students of one name and nothing else: the label that tells them apart
        mine = [i for i in items if i in st.answers]
        mine_max = sum(maxima[i] for i in mine) if mine and all(maxima[i] is not None for i in mine) else out_of
        numbers = [*st.score_cells(items, session, words.open, pts.score), points(pts.total(st.scores, mine)),
                   points(mine_max)]
        alike = named[(name, student_id(st), st.ids.get(EMAIL, ""))] > 1
        rows.append([st.label if alike or not name else name, student_id(st), st.ids.get(EMAIL, ""),
                     *(with_decimal_mark(n, delimiter) for n in numbers)])
    return Table(rows=rows, bom=True, written=len(sts), delimiter=delimiter,
                 notes=[said.points_sheet(), *scaled])


EXPORTS = [   # (key, name, system, suffix, where it is uploaded, build)
    ("points", POINTS_SHEET, "any system", ".csv",
                 "Open it in a spreadsheet, or paste the columns into any gradebook.", build_points),
]
