"""Microsoft Forms: the responses workbook in (grades go back through the plain points sheet or
Google-style email columns; Forms itself takes no grade file).

In: Responses > Open in Excel downloads an .xlsx with ``ID``, ``Start time``, ``Completion time``,
``Email``, ``Name`` (``anonymous`` when the form does not record names), sometimes ``Last modified
time``; a quiz adds ``Total points``, ``Quiz feedback`` and, per question, ``Points - <question>``
and ``Feedback - <question>``; every other column is a question, headed with its text. Questions
that ask who the student is ("Your name", "Student number") name the student, as in a Google form
(:func:`grader_app.io.lms.google.split_questions`); they are not answers to grade. Their values are
used where the form recorded no email or name (an anonymous form).
"""
from __future__ import annotations

import re

from ._common import (EMAIL, NAME, STUDENT_ID, Headers, Identifiers, Recognition, best_filled,
                      norm, read_identifiers, recognised, wide_mapping)
from .google import name_columns, split_questions

SYSTEM = "Microsoft Forms"
_FIXED = {"id", "start time", "completion time", "email", "name", "last modified time", "total points",
          "quiz feedback", "grade posted to learners", "posted time"}
_PER_QUESTION = re.compile(r"(?:points|feedback)\s*-\s*.*", re.DOTALL)


def _clean(field: str, value: str) -> str:
    return "" if value.casefold() == "anonymous" or (field == EMAIL and "@" not in value) else value


def recognise(sheet) -> Recognition | None:
    h = Headers(sheet)
    if not (h.has("id") and h.has("start time") and h.has("completion time")):
        return None
    email, name = h.find("email"), h.find("name")
    questions = [c for c in sheet.columns if norm(c) not in _FIXED and not _PER_QUESTION.fullmatch(norm(c))]
    asked, answers = split_questions(questions)
    ids = read_identifiers(sheet, {EMAIL: email, NAME: name}, SYSTEM, clean=_clean)
    recorded = {f: sum(1 for r in ids.rows if r.get(f)) for f in (EMAIL, NAME)}   # by the form, not anonymous
    told = read_identifiers(sheet, asked, SYSTEM, clean=_clean)   # what the student typed about themselves
    ids = Identifiers(system=SYSTEM, rows=[{**typed, **own} for own, typed in zip(ids.rows, told.rows)])   # the form's first
    id_column = email if email and recorded[EMAIL] else best_filled(sheet, asked[STUDENT_ID], email)
    name_column: str | None
    first_column: str | None
    if name and recorded[NAME]:
        name_column, first_column = name, None
    else:
        name_column, first_column = name_columns(asked)
        name_column = name_column or name
    mapping = wide_mapping(sheet, answers, id_column, name_column, first_name_column=first_column)
    if mapping is None:
        return None
    return recognised(SYSTEM, "responses workbook", mapping, ids, ("google-classroom", "points"))


EXPORTS: list = []
