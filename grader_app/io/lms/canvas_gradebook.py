"""Canvas's own gradebook download opened as the sheet to grade: the class list a teacher pastes answers into.

Canvas's Grades > Export writes ``Student``, ``ID`` (Canvas's user id), ``SIS User ID``, ``SIS Login ID`` (and may add
``Integration ID`` or ``Root Account``), ``Section``, then a column per assignment and its computed scores; its importer
knows the file by ``Student`` and ``ID`` first. Its second row, ``    Points Possible``, gives each assignment's
points, and the teacher's Student View account is a row too, named as the gradebook sorts it, "Student, Test", with no
SIS User ID. A teacher who adds a column of answers and opens the file in Grader grades those answers: such rows are
no student (:func:`not_student_rows`), so they give no answer (the reading leaves them out,
:func:`~.recognition.reading_for`) and no LMS file takes them, which says so (the export's note on rows that are not
students). Canvas's help also describes a row saying "Manual Posting" under each assignment posted by hand (uncertain:
as described, not seen in a download at hand): a row with neither student nor id whose every filled cell says that is
no student either. And the ``ID`` column is Canvas's own user id (:func:`canvas_id_column`): the Canvas upload matches
by it, never writing it as an SIS User ID, which Canvas would match against another student's SIS id.

Pure Python, no Qt.
"""
from __future__ import annotations

from ...core.sheet import Sheet
from ..lms_points import column_texts
from ._common import cell

STUDENT, ID, SIS_USER_ID, SECTION = "Student", "ID", "SIS User ID", "Section"
POINTS_POSSIBLE = "Points Possible"
TEST_STUDENT = ("Student, Test", "Test Student")   # the Student View account, as the gradebook sorts it or not
MANUAL_POSTING = "manual posting"
_FIRST = 7   # Section comes at most this far in: Student, ID, SIS User ID, SIS Login ID, Integration ID, Root Account


def _header(column) -> str:
    return " ".join(str(column).split())


def is_canvas_gradebook(sheet: Sheet) -> bool:
    """Whether ``sheet`` is headed as Canvas's gradebook download: ``Student``, ``ID``, then ``Section`` soon after."""
    heads = [_header(c) for c in list(sheet.columns)[:_FIRST]]
    return len(heads) >= 3 and heads[0] == STUDENT and heads[1] == ID and SECTION in heads[2:]


def canvas_id_column(sheet: Sheet) -> str | None:
    """The column of Canvas's user ids in its gradebook download (``ID``), else None."""
    return list(sheet.columns)[1] if is_canvas_gradebook(sheet) else None


def not_student_rows(sheet: Sheet) -> dict[int, str]:
    """The rows of Canvas's gradebook download that are no student, row -> what names it ("Points Possible",
    "Student, Test", "Manual Posting"); {} for any other sheet."""
    if not is_canvas_gradebook(sheet):
        return {}
    columns = list(sheet.columns)
    sis = next((c for c in columns[2:_FIRST] if _header(c) == SIS_USER_ID), None)
    names = column_texts(sheet.frame, columns[0])
    ids = column_texts(sheet.frame, columns[1])
    sis_ids = column_texts(sheet.frame, sis) if sis is not None else [""] * len(names)
    out: dict[int, str] = {}
    for r, (name, uid, sid) in enumerate(zip(names, ids, sis_ids)):
        name = name.strip()
        if name == POINTS_POSSIBLE or (name in TEST_STUDENT and not sid.strip()):
            out[r] = name
        elif not name and not uid.strip() and _manual_posting(sheet, r, columns[2:]):
            out[r] = "Manual Posting"
    return out


def _manual_posting(sheet: Sheet, r: int, columns) -> bool:
    filled = [t for t in (cell(sheet, r, c).strip() for c in columns) if t]
    return bool(filled) and all(t.casefold() == MANUAL_POSTING for t in filled)
