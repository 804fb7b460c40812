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
"""
from __future__ import annotations

from typing import Iterable, Sequence

from .formula_guard import guard


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
