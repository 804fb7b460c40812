"""Column headers: comparing them, and the titles of the question columns of the files Grader writes.

Headers are compared the way a teacher reads them (:func:`norm`): a BOM, surrounding and doubled
spaces, non-breaking spaces and line breaks do not count, nor does case. So "Answer ", " answer"
and "Answer" are one header, and "Student\\u00a0ID" is "Student ID".

A question's column title (:func:`item_header`) is the teacher's name for it, else its id. In a
file Grader writes for a gradebook (the Canvas gradebook CSV of :mod:`.canvas`, the LMS files of
:mod:`.lms`) no two columns may carry the same header, nor a question take the header of one of
the file's own columns ("Student", "ID", "Section"...): the importer would read one column of
grades as another's, or a question's grades as a student's identifiers. :func:`item_headers`
gives each question a title of its own. Here, outside both packages, so each can import it
without importing the other.

A question headed in HTML, as Canvas's Student Analysis may write it ("4101: <p>Explain <b>osmosis</b></p>"), is
named as the teacher reads it (:func:`question_items`: "4101: Explain osmosis"), which the window, the report and
the teacher's files show; an LMS import file heads its column with the header as the sheet has it
(:func:`sheet_headers`), never with the name made from it, so the LMS finds the column it made from an earlier file.
"""
from __future__ import annotations

from collections import Counter
from typing import Iterable, Mapping, Sequence

from .formula_guard import guard
from .html_text import question_name


def norm(header) -> str:
    """A header for comparing: BOM and surrounding spaces gone, inner spaces single, case-folded."""
    return " ".join(str(header).replace("\ufeff", "").split()).casefold()


def _written(header: str) -> str:
    """How a header is compared with the others: as written (formula-guarded, so "=Q" and "'=Q" are one), by
    :func:`norm`."""
    return norm(guard(header))


def find_column(columns: Iterable[str], name: str) -> str | None:
    """The column headed ``name``: that exact header, else the one :func:`norm` makes the same (spaces and
    case not counting); None when there is none, or several that differ only in spaces or case."""
    columns = [str(c) for c in columns]
    if name in columns:
        return name
    alike = [c for c in columns if norm(c) == norm(name)]
    return alike[0] if len(alike) == 1 else None


def item_header(item: str, names: dict[str, str]) -> str:
    """A question's column title: the teacher's name for it, else its id ("Q3" for a bare number)."""
    title = str(names.get(item) or "")
    if not title.strip():
        title = str(item)
    return f"Q{title}" if title.isdigit() else title


def item_headers(items: Sequence[str], names: dict[str, str], taken: Sequence[str] = (),
                 suffix: str = " ({k})") -> list[str]:
    """Each question's column title (:func:`item_header`), none the same as another's or as one of the file's
    own columns (``taken``), compared as written and without case or spaces counting: a clash gets " (2)",
    " (3)", ... (``suffix``, with ``{k}`` the number) so no column of grades is read as another's."""
    used = {_written(t) for t in taken}
    out = []
    for i in items:
        title = base = item_header(i, names)
        k = 2
        while _written(title) in used:
            title, k = base + suffix.format(k=k), k + 1
        used.add(_written(title))
        out.append(title)
    return out


def question_items(columns: Sequence[str], given: Mapping[str, str] | None = None) -> dict[str, str]:
    """Each answer column of a wide sheet with its question (a :class:`~grader_app.core.sheet.ColumnMapping`'s
    ``answer_columns``): ``given[column]`` where ``given`` names it, else the name the teacher reads in its header
    (:func:`~.html_text.question_name`: an HTML header's words). A name that another column's question has too is
    not taken, the column's own header is: two columns never become one question."""
    given = dict(given or {})
    out = {c: given[c] if c in given else question_name(c) for c in columns}
    while True:
        counts = Counter(out.values())
        alike = [c for c, q in out.items() if counts[q] > 1 and q != c and c not in given]
        if not alike:
            return out
        for c in alike:
            out[c] = c


def sheet_headers(mapping) -> dict[str, str]:
    """The questions :func:`question_items` named from their column's HTML header, each with that header exactly as
    the sheet has it (item -> header): what an LMS import file heads the question's column with."""
    return {str(item): str(column) for column, item in mapping.answer_columns.items()
            if str(item) != str(column) and question_name(str(column)) == str(item)}
