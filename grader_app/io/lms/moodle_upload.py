"""Grader's own Moodle grading worksheet (the file :func:`.moodle.build_worksheet` writes for the assignment's Upload
grading worksheet), known when it is opened again as if it held answers.

It has no ``Online text`` column, as a worksheet Moodle gives for an assignment without online text has none, and it
was taken for one: "in Moodle let the assignment take online text, or download the submissions", advice for another
file. The two headers can be the same (Moodle's with only the email address shown), so the cells tell them apart, by
what Grader writes and Moodle does not:

* the header is exactly the uploaded worksheet's columns in one of Moodle's languages (:data:`~..moodle_words.WORKSHEET`
  less the online text), no other identity field (Moodle adds the ID number or username its site shows);
* ``Grade`` and ``Maximum Grade`` hold numbers as Grader writes points (:func:`._common.points`: "2", "1.5", a dot and
  no trailing zero) or nothing; Moodle writes them with two decimals ("2.00", a German site "2,00");
* no ``Status`` or ``Last modified`` cell is Moodle's "-" for none: Grader writes an empty cell there.

A Moodle worksheet re-saved by a spreadsheet program that dropped the ".00" of every grade, for an assignment where
every student had a status and both dates, would pass for Grader's: the sentence then still says which file to open.
"""
from __future__ import annotations

import re

from ...core.sheet import Sheet
from .. import moodle_words as W
from ..lms_points import column_texts

_POINTS = re.compile(r"\d+(\.\d*[1-9])?")   # as Grader writes points: never "2.00" or "2,00"
_SAMPLE = 500
_PARTICIPANTS = 0.8   # of the identifiers filled, as a downloaded worksheet's are (moodle._worksheet)


def _fold(header) -> str:
    return " ".join(str(header).split()).casefold()


def uploaded_worksheet(sheet: Sheet) -> bool:
    """Whether ``sheet`` is the grading worksheet Grader wrote for Moodle's upload (see the module's words)."""
    columns = list(sheet.columns)
    for names in W.WORKSHEET.values():
        upload = {en: n for n, en in zip(names, W.WORKSHEET["en"]) if en != "Online text"}
        if [_fold(c) for c in columns] == [_fold(n) for n in upload.values()]:
            break
    else:
        return False
    frame = sheet.frame.iloc[:_SAMPLE]
    at = {en: columns[i] for i, en in enumerate(upload)}

    def cells(en: str) -> list[str]:
        return [t.strip() for t in column_texts(frame, at[en])]
    ids = [v for v in cells("Identifier") if v]
    if not ids or sum(1 for v in ids if W.PARTICIPANT.fullmatch(v)) < _PARTICIPANTS * len(ids):
        return False
    if any(v and not _POINTS.fullmatch(v) for en in ("Grade", "Maximum Grade") for v in cells(en)):
        return False
    return not any(v == "-" for en in ("Status", "Last modified (submission)", "Last modified (grade)")
                   for v in cells(en))
