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
named as the teacher reads it (:func:`question_items`: "4101: Explain osmosis"), which the window, the report, the
teacher's files and every LMS import file show (an LMS showed the tags and entities as the grade item's name).

A long sheet with no question column has one question, keyed by the mapping's ``default_item`` (the window's "whole
sheet", the command line's "bundle"): that key is data, kept in the project with the teacher's decisions, and no
title. The question is titled by its answer column's header (:func:`question_titles`: "Cell membrane") wherever it is
named, in every file, note and screen (the window's screens not by a header that is only the word for an answer).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Iterable, Mapping, Sequence

from ..core.sheet import LONG
from .formula_guard import guard
from .header_words import ANSWER_WORDS, split_words
from .html_text import question_name


# a header of these words alone names no question ("Answer", "Student response", "Your answer", "Respuesta")
_ANSWER_ONLY = frozenset(ANSWER_WORDS | {"student", "students", "s", "your", "the", "text", "given",
                                         "schüler", "schülers", "alumno", "estudiante", "élève", "eleve", "de", "del",
                                         "des", "la", "le", "der", "die"})


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
    the sheet has it (item -> header)."""
    return {str(item): str(column) for column, item in mapping.answer_columns.items()
            if str(item) != str(column) and question_name(str(column)) == str(item)}


def question_titles(mapping, generic: bool = True) -> dict[str, str]:
    """The title of the question a sheet does not name (item -> title): a long sheet with no question column has one,
    keyed by the mapping's ``default_item`` ("whole sheet"), titled by its answer column's header as the teacher reads
    it (an HTML header's words, on one line). {} for any other sheet: its questions' keys are their names.

    Not ``generic``: a header made only of the words for an answer ("Answer", "Student response", "Respuesta") names
    no question, and gives no title (the window then says "whole sheet" in the teacher's language rather than
    "Question Answer"); a file still heads the column with it, the teacher's own word for it."""
    if mapping is None or mapping.layout != LONG or mapping.item_column or not mapping.default_item:
        return {}
    title = " ".join(question_name(str(mapping.answer_column or "")).split())
    if not title or not generic and names_no_question(title):
        return {}
    return {str(mapping.default_item): title}


# "3318801: ", the question id Canvas's Student Analysis puts before each question's words: a number of four digits or
# more (a teacher's own "3: Osmosis" is their numbering and stays; "2024: Reflection", a year, stays too), a colon, words
_LMS_QUESTION_ID = re.compile(r"\s*(?!(?:19|20)\d\d\s*:)\d{4,}\s*:\s*(?=\S)")


def question_words(mapping) -> dict[str, str]:
    """The questions of a sheet whose every key begins with an LMS's question id, each by its words without it
    (item -> words): Canvas's Student Analysis heads a question "3318801: Use the results…", and the id means nothing
    to the teacher; a long sheet's question cells may hold the same ("3318801: Use the results…" in its Question
    column: the questions it was last read with, ``mapping.questions``). A question that would then read like another
    of the sheet's (case and spaces not counting) keeps its id. For the window only: the key stays as it is in the
    project, the decisions, the models' matching and every file, which the LMS's import reads. A sheet with any
    question not so headed, or headed by a year ("2024: Reflection"), is the teacher's own: kept."""
    if mapping is None:
        return {}
    items = mapping.questions if mapping.layout == LONG else mapping.answer_columns.values()
    return dict(_words(tuple(dict.fromkeys(str(i) for i in items))))


@lru_cache(maxsize=16)
def _words(items: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    words = {i: i[m.end():] for i in items if (m := _LMS_QUESTION_ID.match(i))}
    if len(words) < len(items):   # an LMS puts its id before every question: a sheet of the teacher's own keeps hers
        return ()
    counts = Counter(" ".join(t.split()).casefold() for t in [*words.values(), *(i for i in items if i not in words)])
    return tuple((i, w) for i, w in words.items() if counts[" ".join(w.split()).casefold()] == 1)


def names_no_question(title: str) -> bool:
    """Whether ``title`` is made only of the words for an answer ("Answer", "Student response", "Respuesta"): a header
    that names no question."""
    return set(split_words(str(title))) <= _ANSWER_ONLY


def shown_question(mapping, item) -> str:
    """``item`` as a file the teacher reads names it: the title of a question the sheet does not name
    (:func:`question_titles`), else the key itself."""
    return question_titles(mapping).get(str(item), str(item))
