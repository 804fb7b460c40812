"""Google Classroom's grades download opened as the sheet to grade: the class list a teacher pastes answers into.

Classroom's Grades > Download these grades as CSV heads ``Last Name``, ``First Name``, ``Email Address``, then a column
per assignment, and gives each assignment's points on a row of their own ("Points: 2" under each, no name, no email).
A teacher who adds a column of answers and opens the file in Grader grades those answers: that row is no student
(:func:`points_rows`), so it gives no answer (the reading leaves it out, :func:`~.recognition.reading_for`) and no
file takes it, which says so (the export's note on rows that are not students), as Canvas's "Points Possible" row
(:mod:`.canvas_gradebook`).

Pure Python, no Qt.
"""
from __future__ import annotations

import re

from ...core.sheet import Sheet
from ..lms_points import column_texts
from ._common import cell
from .google import CLASSROOM_HEADER

POINTS = re.compile(r"points:?\s*\d+([.,]\d+)?", re.IGNORECASE)   # as grade_files reads that row: "Points: 3"
ROW_NAME = "Points"


def _header(column) -> str:
    return " ".join(str(column).split()).casefold()


def is_classroom_download(sheet: Sheet) -> bool:
    """Whether ``sheet`` is headed as Classroom's grades download: Last Name, First Name, Email Address first."""
    heads = [_header(c) for c in list(sheet.columns)[:3]]
    return heads == [h.casefold() for h in CLASSROOM_HEADER]


def points_rows(sheet: Sheet) -> dict[int, str]:
    """The rows of Classroom's grades download that give the assignments' points, row -> "Points"; {} for any other
    sheet. Such a row has no name and no email address, and every filled cell of it reads "Points: <number>"."""
    if not is_classroom_download(sheet):
        return {}
    columns = list(sheet.columns)
    who = [column_texts(sheet.frame, c) for c in columns[:3]]   # (each column read once)
    out: dict[int, str] = {}
    for r in range(len(sheet.frame)):
        if any(texts[r].strip() for texts in who):
            continue
        filled = [t for t in (cell(sheet, r, c).strip() for c in columns[3:]) if t]
        if filled and all(POINTS.fullmatch(t) for t in filled):
            out[r] = ROW_NAME
    return out
