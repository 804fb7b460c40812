"""Rows of a sheet that repeat its header row: two class lists or two downloads pasted one under the other, each with
its header ("Student ID", "Name", "Question", "Answer" again in row 12). Such a row is no student: read as one, its
"Answer" was listed as an answer to the question "Question", to be marked and exported (QA s53f finding 2).

The row stays in the sheet, so the graded sheet writes it back where it was; it gives no answers
(:attr:`~grader_app.core.sheet.Reading.skip`, :func:`grader_app.io.lms.reading_for`), and a note names it
(:func:`grader_app.io.sheet_detection.build_sheet`). A row repeats the header when every cell it fills holds its
column's header (spaces, case and a byte order mark aside; a header Grader renamed, "Q1 (2)" of a second "Q1", by the
file's text) and it fills two cells or more and half of the named columns: a student's answer that happens to be a
header's word ("Name" under "Answer") is one cell and no repetition."""
from __future__ import annotations

import math
import re

__all__ = ["header_again_rows"]

_RENAMED = re.compile(r"^(?P<base>.*) \(\d+\)$")


def _tidy(text) -> str:
    """A cell's words as a header's are weighed: spaces and case aside, and a byte order mark (a second export joined to
    the end of the first, ``copy /b 9a.csv+9b.csv``, begins its header row with its mark, invisible)."""
    return " ".join(str(text).replace("\ufeff", "").split()).casefold()


def header_again_rows(frame, file_texts: dict[str, str] | None = None) -> frozenset[int]:
    """The 0-based rows of ``frame`` that repeat its header (``file_texts``: column -> the header's text in the file,
    where the column's name tidied it, as :func:`~.sheet_detection.file_headers` gives them)."""
    names = [str(c) for c in frame.columns]
    own = file_texts or {}
    heads = []
    for n in names:
        said = {_tidy(n), _tidy(own.get(n, n))}
        renamed = _RENAMED.match(n)
        if renamed:
            said.add(_tidy(renamed.group("base")))
        heads.append(said)
    named = sum(1 for n in names if not n.startswith("Column "))
    needed = max(2, math.ceil(0.5 * named))
    if len(names) < 2 or named < 2:
        return frozenset()
    out = set()
    for r, row in enumerate(frame.itertuples(index=False, name=None)):
        filled = [(_tidy(v), h) for v, h in zip(row, heads) if str(v).strip()]
        if len(filled) >= needed and all(v in h for v, h in filled):
            out.add(r)
    return frozenset(out)
