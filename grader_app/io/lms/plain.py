"""The plain per-question points sheet: for any system, or for the teacher's own records.

Header: ``Student``, ``Student ID``, ``Username``, ``Email``, one column per question, ``Total``, ``Out of``; ``Student
ID``, ``Username`` and ``Email`` only where the sheet gives them for someone (a sheet of names alone has none, as the
feedback sheet), each identifier under its own name and only once, as the feedback gives them (:func:`.fields.student_id`,
:func:`.fields.username`).
The headers are in the teacher's language when the window gives them (:class:`~.reasons.ListWords`'s ``points``), as
one of the sets of :data:`POINTS_HEADERS`, which :mod:`.grade_files` knows in every language when the file is opened
again as if it held answers (English from the command line, or for words it does not know).
Every student is written (no identifier is needed; a report's summary row, Moodle's "Overall
average", is no student), one row each in sheet order; ``Student ID`` is the student number the
sheet gives, else its own id column unless that is the email or username; ``Total`` is
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
from . import fields
from ._common import EMAIL, Student, item_header, item_headers, lms_points, names_of, own_titles, points, students
from .export_files import POINTS_SHEET, Table
from .reasons import ListWords

HEADER = ("Student", "Student ID", "Username", "Email")
TOTALS = ("Total", "Out of")
# the header's own words (Student, Student ID, Username, Email, Total, Out of) in each language the window speaks: its
# German and Spanish for them (grader_app/ui/unmatched_words.points_words, the PointsSheet context;
# tests/ui/test_points_sheet_words.py holds the catalogues to these)
POINTS_HEADERS: dict[str, tuple[str, ...]] = {
    "en": (*HEADER, *TOTALS),
    "de": ("Schülerin oder Schüler", "Schüler-ID", "Benutzername", "E-Mail", "Summe", "Höchstpunktzahl"),
    "es": ("Estudiante", "ID de estudiante", "Nombre de usuario", "Correo electrónico", "Total", "Puntuación máxima"),
}
WHO = len(HEADER)   # the header's words before the totals


def student_id(st: Student) -> str:
    """The student's id as their school or LMS writes it (:func:`.fields.student_id`, the feedback's too)."""
    return fields.student_id(st.ids)


def _who(st: Student) -> dict[int, str]:
    """The student's identifiers by their place in the header: id, username, email."""
    return {1: student_id(st), 2: fields.username(st.ids), 3: st.ids.get(EMAIL, "")}


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
    # Student ID, Username and Email where the sheet gives them for someone: an empty column for everyone says nothing
    given = [_who(st) for st in sts]
    who = [k for k in (1, 2, 3) if any(g[k] for g in given)]
    head = [heads[0], *(heads[k] for k in who)]
    rows = [[*head, *item_headers(items, item_names, (*head, *heads[WHO:])), *heads[WHO:]]]
    named = Counter((names_of(st)[2], *g.values()) for st, g in zip(sts, given))
    for st, ids in zip(sts, given):
        name = names_of(st)[2]   # two students of one name and nothing else: the label that tells them apart
        mine = [i for i in items if i in st.answers]
        mine_max = sum(maxima[i] for i in mine) if mine and all(maxima[i] is not None for i in mine) else out_of
        numbers = [*st.score_cells(items, session, words.open, pts.score), points(pts.total(st.scores, mine)),
                   points(mine_max)]
        alike = named[(name, *ids.values())] > 1
        rows.append([st.label if alike or not name else name, *(ids[k] for k in who),
                     *(with_decimal_mark(n, delimiter) for n in numbers)])
    return Table(rows=rows, bom=True, written=len(sts), delimiter=delimiter,
                 notes=[said.points_sheet(without_total(session, identifiers)), *scaled])


def without_total(session, identifiers) -> int:
    """How many students the points sheet gives no total because an answer of theirs has no score yet."""
    return sum(1 for st in students(session, identifiers)
               if any(session.final_score(k) is None for keys in st.answers.values() for k in keys))


EXPORTS = [   # (key, name, system, suffix, where it is uploaded, build)
    ("points", POINTS_SHEET, "any system", ".csv",
                 "Open it in a spreadsheet, or paste the columns into any gradebook.", build_points),
]
