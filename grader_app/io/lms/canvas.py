"""Canvas: the quiz Student Analysis report in, the gradebook CSV out.

In: Quizzes > (quiz) > Quiz Statistics > Student Analysis (classic and New Quizzes) downloads a
CSV with one row per attempt: ``name``, ``id`` (Canvas's user id), ``sis_id``, then section
columns (``section``, ``section_id``, ``section_sis_id``; some versions add ``root_account``),
``submitted``, ``attempt``, then per question a column headed ``<question id>: <question text>``
holding the student's answer, followed by a column headed with the points possible ("1.0")
holding the points; and at the end ``n correct``, ``n incorrect``, ``score``. The question
columns are the answers; Canvas's user id and SIS id are kept for the way back.

The Item Analysis report (statistics per question) holds no answers: it is recognised so the
teacher is told to download the Student Analysis instead.

Out: the gradebook import CSV, as in :mod:`grader_app.io.canvas`: ``Student``, ``ID``,
``SIS User ID``, ``SIS Login ID``, ``Section``, one column per question, a second row
"Points Possible". Canvas matches a row on ``ID`` (its user id) or ``SIS User ID``; a student with
neither is listed as unmatched. ``Section`` is the download's ``section`` ("Period 3"), which Canvas does not read.
Written for another LMS's sheet (the export dialog offers the file by the sheet's student id column instead, but a
script may write this one), ``Student`` is the student's name, ``SIS User ID`` the sheet's id, and ids that are all
email addresses go in ``SIS Login ID`` too, as :func:`.canvas_file.canvas_table` writes them.
"""
from __future__ import annotations

import re

from . import canvas_file
from .canvas_file import FIXED, POINTS_POSSIBLE, canvas_titles
from ..headers import question_titles, sheet_headers
from . import export_notes as said
from .cleaning import canvas_analysis
from .fields import SECTION, is_email
from ._common import (import_titles, CANVAS_ID, NAME, NOT_A_STUDENT, SHEET_ID, SIS_ID, SIS_LOGIN_ID, Headers,
                      Recognition, best_filled, holding_no_answers, lms_points, names_of, points, read_identifiers,
                      recognised, wide_mapping)
from .export_files import Table
from .matched_points import matched_with_points
from .reasons import ListWords

SYSTEM = "Canvas"
QUESTION = re.compile(r"(\d+)\s*:\s*(.*)", re.DOTALL)
_ANALYSIS_FIELDS = ("sis_id", "section", "section_id", "section_sis_id", "submitted", "attempt", "root_account",
                    "n correct", "n incorrect", "score")
_ITEM_ANALYSIS = ("answered student count", "top student count", "correct student count", "difficulty index",
                  "point biserial of correct", "correct student ratio")


def recognise(sheet) -> Recognition | None:
    h = Headers(sheet)
    if h.has("question id", "question_id") and sum(h.has(n) for n in _ITEM_ANALYSIS) >= 2:
        return holding_no_answers(SYSTEM, "item analysis report", read_identifiers(sheet, {}, SYSTEM),
                                  "columns.canvas_item_analysis", ("canvas-gradebook",))
    name, uid = h.find("name"), h.find("id")
    if not name or not uid or sum(h.has(n) for n in _ANALYSIS_FIELDS) < 3:
        return None
    questions = [(c, m) for c, m in h.matching(QUESTION)]
    if not questions:
        return None
    sis = h.find("sis_id", "sis user id")
    mapping = wide_mapping(sheet, {c: c for c, _ in questions}, best_filled(sheet, sis, uid), name)
    if mapping is None:
        return None
    ids = read_identifiers(sheet, {CANVAS_ID: uid, SIS_ID: sis, NAME: name, SECTION: h.find("section")}, SYSTEM)
    tests = student_view_rows(ids)
    for r in tests:
        ids.rows[r][NOT_A_STUDENT] = ids.rows[r][NAME]
    # the teacher's Student View account gives no answers (not graded, not counted, not learned from, in no file)
    return recognised(SYSTEM, "quiz Student Analysis report", mapping, ids, ("canvas-gradebook",),
                      reading=canvas_analysis(tests))


# the account Canvas makes for a course's Student View ("Test Student", with no SIS id): the teacher, not a student
TEST_STUDENT = "Test Student"


def student_view_rows(ids) -> list[int]:
    """The rows of Canvas's "Test Student" (the teacher trying the quiz in Student View): that name exactly, and no SIS
    id, which Canvas never gives it (a real student of that name, who has one, stays)."""
    return [r for r, row in enumerate(ids.rows) if row.get(NAME) == TEST_STUDENT and not row.get(SIS_ID)]


# what Canvas matches a row by: its own user id, else the SIS User ID, else the sheet's student id given as one (any of
# them, student by student)
MATCHED_ON = (CANVAS_ID, SIS_ID, SHEET_ID)


def question_columns(session, item_names: dict[str, str]) -> list[str]:
    """Each question's assignment column title in the gradebook file (:func:`~.canvas_file.canvas_titles` of the
    titles of :func:`~._common.import_titles`); the Canvas file by the sheet's student id column titles them alike."""
    return canvas_titles(session.item_keys(), import_titles(session, item_names))


def build_gradebook(session, identifiers, item_names, words: ListWords) -> Table:
    titles = question_columns(session, item_names)
    # Canvas's own id when the sheet came from Canvas, else whatever id the sheet has as SIS User ID
    m = matched_with_points(session, identifiers, titles, SYSTEM, MATCHED_ON, choose=False)
    good = m.good
    rows = [[*FIXED, *titles],
            [POINTS_POSSIBLE, "", "", "", "", *(points(m.pts.maxima[i]) for i in m.items)]]
    sis = {id(st): st.ids.get(SIS_ID) or ("" if st.ids.get(CANVAS_ID) else st.ids.get(SHEET_ID, "")) for st, _ in good}
    # another sheet's ids that are all email addresses (Moodle's, a form's) go in SIS Login ID too, as the Canvas file
    # by the sheet's id column writes them (canvas_file.canvas_table): Canvas's login is usually the address
    emails = bool(good) and all(not st.ids.get(CANVAS_ID) and not st.ids.get(SIS_ID) and is_email(sis[id(st)])
                                for st, _ in good)
    for st, _ in good:
        login = st.ids.get(SIS_LOGIN_ID) or (sis[id(st)] if emails else "")
        rows.append([names_of(st)[2] or sis[id(st)], st.ids.get(CANVAS_ID, ""), sis[id(st)], login,
                     st.ids.get(SECTION, ""), *m.scores(st)])
    return Table(rows=rows, unmatched=m.unmatched(session, words),
                 notes=[said.canvas_gradebook(), *([said.canvas_email_ids()] if emails else []), *m.scaled],
                 written=len(good), bom=canvas_file.BOM)


def canvas_points(session, source: str | None) -> list:
    """The note the Canvas file by the sheet's student id column (:func:`grader_app.io.canvas.write_canvas_csv`) gives
    when it scales scores to the points the sheet gives (:mod:`grader_app.io.lms_points`); [] when it scales none,
    as when ``source``, the LMS the sheet came from (None: no LMS's), is not Canvas.
    PointsUnknown (a SheetError) when that file cannot be written."""
    items = session.item_keys()
    titles = dict(zip(items, canvas_titles(items, {**question_titles(session.mapping), **sheet_headers(session.mapping)})))
    return lms_points(session, SYSTEM, titles, source)[1]


EXPORTS = [   # (key, name, system, suffix, where it is uploaded, build)
    ("canvas-gradebook", "Canvas gradebook (CSV import)", SYSTEM, ".csv",
                 "In Canvas: Grades > Import, then choose this file.", build_gradebook),
]
