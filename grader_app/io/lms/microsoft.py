"""Microsoft Forms: the responses workbook in (grades go back through the plain points sheet or
Google-style email columns; Forms itself takes no grade file).

In: Responses > Open in Excel downloads an .xlsx with ``ID``, ``Start time``, ``Completion time``,
``Email``, ``Name`` (``anonymous`` when the form does not record names), sometimes ``Last modified
time``; a quiz adds ``Total points``, ``Quiz feedback`` and, per question, ``Points - <question>``
and ``Feedback - <question>``; every other column is a question, headed with its text.
"""
from __future__ import annotations

import re

from ._common import EMAIL, NAME, Headers, Recognition, norm, read_identifiers, recognised, wide_mapping

SYSTEM = "Microsoft Forms"
_FIXED = {"id", "start time", "completion time", "email", "name", "last modified time", "total points",
          "quiz feedback", "grade posted to learners", "posted time"}
_PER_QUESTION = re.compile(r"(?:points|feedback)\s*-\s*.*", re.DOTALL)


def recognise(sheet) -> Recognition | None:
    h = Headers(sheet)
    if not (h.has("id") and h.has("start time") and h.has("completion time")):
        return None
    email, name = h.find("email"), h.find("name")
    answers = {c: c for c in sheet.columns if norm(c) not in _FIXED and not _PER_QUESTION.fullmatch(norm(c))}
    mapping = wide_mapping(sheet, answers, email, name)
    if mapping is None:
        return None
    ids = read_identifiers(sheet, {EMAIL: email, NAME: name}, SYSTEM,
                           clean=lambda f, v: "" if v.casefold() == "anonymous" or (f == EMAIL and "@" not in v) else v)
    return recognised(SYSTEM, "responses workbook", mapping, ids, ("google-classroom", "points"))


EXPORTS: list = []
