"""The quiz's name in its questions' column titles in an LMS import file (QA s52b finding 2).

Moodle's Responses report (``Response 1``), Blackboard's download (``Answer 1``), Brightspace's (``Q #`` 1) and many
teachers' own sheets name their questions only by number, so every import file headed them "Q1", "Q2": Canvas's import
takes a column titled like an existing assignment as that assignment, and Brightspace's a column named like a grade
item as that item, so the next quiz's "Q1" wrote its grades over the last one's. The export dialog therefore names
the quiz once (:func:`default_name`: the name the LMS gave its download, else the sheet's file name) and that name goes
before every title that names no question of its own (:func:`is_generic`: "Q1", "Question 2", "Frage 3", "1a"):
"Week 3 quiz – Q1"; a title that is only the word for an answer (the one question of a sheet whose column is headed
"Answer") becomes the name itself. :func:`named` gives the titles to write (``item_names`` of
:meth:`~.formats.ExportFormat.write`), with the teacher's own for any she typed; :func:`file_titles` gives them as the
chosen file writes them (each module's ``question_columns``: its limits and the characters it cannot hold,
:mod:`.title_rules`), which the dialog shows before Export.

Titles that already name their question stay as they are: a question's own text (Canvas's "4101: Explain osmosis",
its words, never the HTML it is headed in; a Google Form's question), a teacher's "Cell membrane", a model's catalogue
name the sheet uses ("asap-sas-5"). They tell this quiz's columns from another's already, and an LMS that made a
column from an earlier export of this sheet finds it again by that title; the name before a whole question's text
would make a long header that Canvas, Moodle and Brightspace cut at their limits. The teacher can still retitle any of
them.

Pure Python, no Qt.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Callable

from ..header_words import ANSWER_WORDS, ITEM_WORDS, split_words
from ..headers import item_header, names_no_question
from . import blackboard, brightspace, canvas, google, moodle
from ._common import import_titles

NAME_LIMIT = 60        # the quiz's name: a prefixed "Q12" fits every LMS's limit (Brightspace's is the shortest)
JOIN = " – "           # "Week 3 quiz – Q1"

# the files that head a column per question which an LMS takes as a grade item of that name, and how each titles them
# (the Canvas file by the sheet's student id column, the export dialog's "canvas", titles them as Canvas's own)
COLUMNS: dict[str, Callable[..., list[str]]] = {
    "canvas-gradebook": canvas.question_columns,
    "canvas": canvas.question_columns,
    "moodle-gradebook": moodle.question_columns,
    "moodle-gradebook-by-id": moodle.question_columns,
    "blackboard-grade-center": blackboard.question_columns,
    "brightspace-grades": brightspace.question_columns,
    "google-classroom": google.question_columns,
}

# the words a title that names a question only by its number may hold besides the number ("Question 2", "Frage 3",
# "Q1 (2 points)", "Nr. 4", "Part 1b")
_NUMBER_WORDS = frozenset(ITEM_WORDS | ANSWER_WORDS | {
    "no", "nr", "num", "number", "n", "part", "teil", "parte", "ex", "ej", "aufg", "nummer", "número", "numero",
    "points", "point", "pts", "pt", "p", "punkte", "punkt", "puntos", "punto", "marks", "mark"})

# what an LMS adds to its download's file name around the quiz's name, and a browser's " (1)" for a second download:
# Canvas "Week 3 Quiz Student Analysis Report.csv" (its title, then " Quiz Student Analysis Report", with "anon" for an
# anonymous report); Moodle "<course>-<quiz>-responses.csv" (quiz_report_download_filename: the course's short name
# is kept, the quiz is named within it); Google Sheets "<form> (Responses) - Form Responses 1.csv" (its German and
# Spanish forms "(Antworten)", "(respuestas)": uncertain, as recalled). Blackboard's and Brightspace's downloads name
# the file otherwise (not known here): their file name is the name.
_AROUND = (
    re.compile(r"\s*\(\d+\)$"),
    re.compile(r"(?:\s*quiz)?\s*student[ _]analysis[ _]report(?:[ _-]*anon(?:ymous)?)?$", re.IGNORECASE),
    re.compile(r"-responses$", re.IGNORECASE),
    re.compile(r"\s*\((?:responses|antworten|respuestas)\)(?:\s*-\s*.*)?$", re.IGNORECASE),
)


def is_generic(title: str) -> bool:
    """Whether ``title`` names its question only by a number ("Q1", "Question 2", "Frage 3", "1a", "Q1 (2 points)")
    or not at all (only the word for an answer: "Answer", "Respuesta"): a title another quiz has too."""
    words = split_words(title)
    if not words or names_no_question(title):
        return bool(str(title).strip())
    return any(w.isdigit() for w in words) and all(w.isdigit() or w in _NUMBER_WORDS or len(w) == 1 for w in words)


def clean_name(text: str | None) -> str:
    """A quiz's name as titles take it: on one line with single spaces, at most :data:`NAME_LIMIT` characters."""
    return " ".join(str(text or "").split())[:NAME_LIMIT].strip()


def default_name(path: str | Path | None) -> str:
    """The quiz's name a sheet's file ``path`` suggests: its name without its ending and without what an LMS adds to
    its download's name around the quiz's (:data:`_AROUND`): "Week 3 quiz Quiz Student Analysis Report.csv" ->
    "Week 3 quiz", "BIO7-Week 3 quiz-responses.csv" -> "BIO7-Week 3 quiz"; "" without a file."""
    if path is None:
        return ""
    stem = Path(path).stem.strip()
    name = stem
    for pattern in _AROUND:
        name = pattern.sub("", name).strip(" -_")
    return clean_name(name or stem)


def named(session, name: str | None, own: dict[str, str] | None = None) -> dict[str, str]:
    """The titles to write for ``session``'s questions (item -> title; a question left out keeps its own, as
    :func:`~._common.import_titles` gives it): ``own`` where the teacher typed a title; else, with a ``name``, that name
    before a title :func:`is_generic` ("Week 3 quiz – Q1"), or the name alone for a title that is only the word for an
    answer."""
    name, own = clean_name(name), {k: " ".join(str(v).split()) for k, v in (own or {}).items()}
    base = import_titles(session, {})
    out = {}
    for i in session.item_keys():
        if own.get(i):
            out[i] = own[i]
            continue
        title = item_header(i, base)
        if name and is_generic(title):
            out[i] = name if names_no_question(title) else f"{name}{JOIN}{title}"
    return out


def every_title(session, name: str | None, own: dict[str, str] | None = None) -> dict[str, str]:
    """Every question's title (item -> title): :func:`named`'s, else its own (:func:`~._common.import_titles`), as the
    teacher reads and types it (a file may still cut it or write a character otherwise: :func:`file_titles`)."""
    given, base = named(session, name, own), import_titles(session, {})
    return {i: given.get(i) or item_header(i, base) for i in session.item_keys()}


def own_only(session, name: str | None, typed: dict[str, str]) -> dict[str, str]:
    """Of the titles the teacher ``typed`` (item -> title), those that differ from what ``name`` gives the question
    (:func:`every_title`): the ones to keep as her own. An empty one goes back to the name's."""
    given = every_title(session, name)
    out = {}
    for i, text in typed.items():
        text = " ".join(str(text).split())
        if text and text != given.get(str(i)):
            out[str(i)] = text
    return out


def has_generic(session) -> bool:
    """Whether any of ``session``'s questions has a title :func:`is_generic` (one the quiz's name goes before)."""
    base = import_titles(session, {})
    return any(is_generic(item_header(i, base)) for i in session.item_keys())


def file_titles(session, key: str, item_names: dict[str, str]) -> list[tuple[str, str]]:
    """(question, its column's title) as the file of export format ``key`` writes them with ``item_names`` (in the
    questions' order); [] for a format that heads no column per question in an LMS (:data:`COLUMNS`)."""
    columns = COLUMNS.get(key)
    return list(zip(session.item_keys(), columns(session, item_names))) if columns is not None else []
