"""A column that numbers a sheet's rows 1, 2, ..., n, told from the students' ids.

Microsoft Forms heads its response number ``ID`` (1 for the first response, 2 for the second...), and a teacher's own
sheet may number its rows under "Nr." or "No". Headed like an id, such a column was proposed as the student id, and the
LMS files by the sheet's id column then wrote 1, 2, 3 as the students' SIS User IDs or Moodle ID numbers: in a school
whose ids are small numbers, other students' ids. When the sheet also has a column of email addresses, that column is
proposed instead (:func:`id_instead`, used by :func:`grader_app.io.columns.guess_columns`); without one, the guess
stands (the teacher sees it in the columns dialog). A column of email addresses is never taken for answers
(:func:`all_emails`): a header in a language the guess does not read ("Adresse de messagerie") does not make it one.
Pure Python, no Qt.
"""
from __future__ import annotations

from typing import Sequence

from ..core.sheet import Sheet


def numbers_the_rows(values: Sequence) -> bool:
    """``values`` are 1, 2, ..., n in order, none empty ("3", 3 or 3.0 for 3)."""
    for n, v in enumerate(values, start=1):
        try:
            if float(str(v).strip() if v is not None else "") != n:
                return False
        except ValueError:
            return False
    return len(values) > 0


def all_emails(values: Sequence[str]) -> bool:
    """``values`` (a column's filled cells, trimmed) are email addresses, one at least: who the students are, which
    the column guess never takes for answers."""
    from .lms.fields import is_email

    return bool(values) and all(is_email(v) for v in values)


def email_column(sheet: Sheet, columns: Sequence[str]) -> str | None:
    """The first of ``columns`` that has a filled cell and whose filled cells are all email addresses, else None."""
    for col in columns:
        if all_emails([t for v in sheet.frame[col].tolist() if v is not None and (t := str(v).strip())]):
            return col
    return None


def id_instead(sheet: Sheet, chosen: str | None, free: Sequence[str]) -> str | None:
    """``chosen``, the column guessed as the student id, unless it numbers the rows (:func:`numbers_the_rows`) and one
    of ``free`` (columns not taken otherwise) holds email addresses: that one then."""
    if chosen is None or not numbers_the_rows(sheet.frame[chosen].tolist()):
        return chosen
    return email_column(sheet, [c for c in free if c != chosen]) or chosen
