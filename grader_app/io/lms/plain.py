"""The plain per-question points sheet: for any system, or for the teacher's own records.

Header: ``Student``, ``Student ID``, ``Email``, one column per question, ``Total``, ``Out of``; ``Student ID`` and
``Email`` only where the sheet gives them for someone (a sheet of names alone has neither, as the feedback sheet).
The headers are in the teacher's language when the window gives them (:class:`~.reasons.ListWords`'s ``points``), as
one of the sets of :data:`POINTS_HEADERS`, which :mod:`.grade_files` knows in every language when the file is opened
again as if it held answers (English from the command line, or for words it does not know).
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
TOTALS = ("Total", "Out of")
# the header's own words (Student, Student ID, Email, Total, Out of) in each language the window speaks: its German and
# Spanish for them (grader_app/ui/unmatched_words.points_words, the PointsSheet context;
# tests/ui/test_points_sheet_words.py holds the catalogues to these)
POINTS_HEADERS: dict[str, tuple[str, ...]] = {
    "en": (*HEADER, *TOTALS),
    "de": ("Schülerin oder Schüler", "Schüler-ID", "E-Mail", "Summe", "Höchstpunktzahl"),
    "es": ("Estudiante", "ID de estudiante", "Correo electrónico", "Total", "Puntuación máxima"),
}
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
    heads = words.points if words.points in POINTS_HEADERS.values() else POINTS_HEADERS["en"]
    delimiter = csv_delimiter(session.sheet)
    sts = students(session, identifiers)
    # Student ID and Email where the sheet gives them for someone: an empty column for everyone says nothing
    who = [k for k, given in ((1, any(student_id(st) for st in sts)), (2, any(st.ids.get(EMAIL) for st in sts)))
           if given]
    head = [heads[0], *(heads[k] for k in who)]
    rows = [[*head, *item_headers(items, item_names, (*head, *heads[3:])), *heads[3:]]]
    named = Counter((names_of(st)[2], student_id(st), st.ids.get(EMAIL, "")) for st in sts)
    for st in sts:
        name = names_of(st)[2]   # two students of one name and nothing else: the label that tells them apart
        mine = [i for i in items if i in st.answers]
        mine_max = sum(maxima[i] for i in mine) if mine and all(maxima[i] is not None for i in mine) else out_of
        numbers = [*st.score_cells(items, session, words.open, pts.score), points(pts.total(st.scores, mine)),
                   points(mine_max)]
        alike = named[(name, student_id(st), st.ids.get(EMAIL, ""))] > 1
        ids = {1: student_id(st), 2: st.ids.get(EMAIL, "")}
        rows.append([st.label if alike or not name else name, *(ids[k] for k in who),
                     *(with_decimal_mark(n, delimiter) for n in numbers)])
    return Table(rows=rows, bom=True, written=len(sts), delimiter=delimiter,
                 notes=[said.points_sheet(), *scaled])


EXPORTS = [   # (key, name, system, suffix, where it is uploaded, build)
    ("points", POINTS_SHEET, "any system", ".csv",
                 "Open it in a spreadsheet, or paste the columns into any gradebook.", build_points),
]
