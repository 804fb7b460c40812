"""Google: Forms responses in, a Google Classroom grade sheet out.

In: a form's Responses > Download responses (.csv), or its linked Google Sheet saved as .xlsx or
.csv: the first column is ``Timestamp``, then ``Email address`` when the form collects emails
(older forms: ``Username``), ``Score`` for a quiz ("7 / 10"), then one column per question headed
with the question's text. Questions that ask who the student is ("Name", "Student ID", "Class")
name the student; every other question column is an answer, named by its text.

Out: Google Classroom identifies students by email. Its grade export (and the sheet a teacher
pastes grades from) has ``Last Name``, ``First Name``, ``Email Address``, then one column per
assignment; this file has that header with one column per question. Students without an email
are unmatched.
"""
from __future__ import annotations

import re

from . import export_notes as said
from ._common import (import_titles, EMAIL, FIRST_NAME, LAST_NAME, NAME, STUDENT_ID, Headers, Recognition, cell,
                      item_headers, names_of, norm, read_identifiers, recognised, wide_mapping)
from .export_files import Table
from .matched_points import matched_with_points
from ..header_words import FIRST_NAME_WORDS, LAST_NAME_WORDS, NAME_WORDS, split_words
from .fields import EMAIL_HEADERS
from .reasons import ListWords

SYSTEM = "Google Forms"
# "Timestamp" as the first column, in the languages Forms is most used in
_TIMESTAMP = {"timestamp", "marca temporal", "horodateur", "zeitstempel", "tijdstempel", "carimbo de data/hora",
              "informazioni cronologiche", "sygnatura czasowa"}
# the form's own email column (older forms: "Username"), in any language EMAIL_HEADERS knows; "Mail" alone, which a
# question could be headed, is left to the questions
_EMAIL = ("email address", "email", "username", *(h for h in EMAIL_HEADERS if h != "mail"))
_SCORE = {"score", "puntuación", "note", "punktzahl", "punkte", "puntos", "points", "pontuação", "punteggio", "punten"}
# a quiz's score as Forms writes it, "7 / 10" ("1,5 / 2"), in the column after the email address (or the timestamp):
# the score column whatever the form's language heads it
_SCORED = re.compile(r"\d+(?:[.,]\d+)?\s*/\s*\d+(?:[.,]\d+)?")
_NAME_Q = re.compile(r"(?:what is |what's )?(?:your |student'?s? )?(?:full |first and last |first & last )?name\??|"
                     r"nombre(?: completo)?|nom|"
                     r"vorname und nachname|nome")
_FIRST_Q = re.compile(r"(?:your )?first name\??|given name|vorname|prénom")
_LAST_Q = re.compile(r"(?:your )?(?:last name|surname|family name)\??|nachname|apellidos?")
_ID_Q = re.compile(r"(?:your |student )?(?:id|student id|student number|id number|matriculation number|"
                   r"student no\.?|roll number)\??")
_ABOUT_Q = re.compile(r"(?:your |which )?(?:class|section|period|group|form|homeroom|teacher|date)\??")
_DATE = re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}.*")


# the words that may stand beside a name's words in a question asking it: "Nombre y apellidos", "Vor- und Nachname",
# "Tu nombre", "Dein Name", "Name (first and last)", "Nombre del alumno/a", "Vollständiger Name", "Student's name"
_NAME_JOINERS = {"y", "e", "und", "and", "et", "your", "tu", "su", "dein", "deine", "ihr", "ihre", "votre", "ton", "the",
                 "of", "del", "de", "la", "el", "des", "der", "du", "full", "complete", "completo", "completa", "vor",
                 "vollständiger", "vollständige", "vollständig", "s", "a", "in", "innen", "o"}


def _asks_name(header: str) -> str | None:
    """The field a question asks in words the patterns above do not know, when it asks the student's name and nothing
    else: every word a name's or a joiner ("Nombre y apellidos", "Vor- und Nachname": the whole name; "Tu nombre de
    pila" is not). A question such as "Name a mammal" or "Name two parts of a cell" holds other words: an answer."""
    words = split_words(header)
    named = [w for w in words if w in NAME_WORDS]
    if not named or any(w not in NAME_WORDS and w not in _NAME_JOINERS for w in words):
        return None
    if all(w in FIRST_NAME_WORDS for w in named):
        return FIRST_NAME
    if all(w in LAST_NAME_WORDS for w in named):
        return LAST_NAME
    return NAME


def split_questions(columns) -> tuple[dict[str, str | None], dict[str, str]]:
    """A form's question columns sorted: those asking who the student is (field -> the first column asking it:
    name, first name, last name, student id), those asking about the class (neither), and the answers
    (column -> question)."""
    ident: dict[str, str | None] = {NAME: None, FIRST_NAME: None, LAST_NAME: None, STUDENT_ID: None}
    answers = {}
    for c in columns:
        n = norm(c).rstrip(":").strip()
        for f, pat in ((FIRST_NAME, _FIRST_Q), (LAST_NAME, _LAST_Q), (NAME, _NAME_Q), (STUDENT_ID, _ID_Q)):
            if pat.fullmatch(n) and ident[f] is None:
                ident[f] = c
                break
        else:
            asked = _asks_name(n)
            if asked is not None and ident[asked] is None:
                ident[asked] = c
            elif asked is None and not _ABOUT_Q.fullmatch(n):
                answers[c] = c
    return ident, answers


def name_columns(ident: dict[str, str | None]) -> tuple[str | None, str | None]:
    """(name column, first-name column) of the questions asking who the student is: a full name alone;
    else the last name with the first name beside it (so the student is "First Last", not "Last")."""
    if ident[NAME]:
        return ident[NAME], None
    if ident[LAST_NAME]:
        return ident[LAST_NAME], ident[FIRST_NAME]
    return ident[FIRST_NAME], None


def _scores(sheet, column: str) -> bool:
    """Whether every filled cell of ``column`` (of the first 50 rows) is a quiz's score, "7 / 10"."""
    values = [v for v in (cell(sheet, r, column).strip() for r in range(min(len(sheet), 50))) if v]
    return bool(values) and all(_SCORED.fullmatch(v) for v in values)


def recognise(sheet) -> Recognition | None:
    cols = sheet.columns
    if not cols or norm(cols[0]) not in _TIMESTAMP or len(cols) < 2:
        return None
    stamps = [cell(sheet, r, cols[0]).strip() for r in range(min(len(sheet), 50))]
    stamps = [s for s in stamps if s]
    if not stamps or sum(1 for s in stamps if _DATE.match(s)) < 0.8 * len(stamps):
        return None
    h = Headers(sheet)
    email = h.find(*_EMAIL)
    fixed = {cols[0], email}
    score_at = (cols.index(email) if email in cols else 0) + 1   # Forms writes the score next: a maths quiz's "3 / 4"
    fixed |= {c for i, c in enumerate(cols) if norm(c) in _SCORE or (i == score_at and _scores(sheet, c))}
    ident, answers = split_questions([c for c in cols if c not in fixed])
    name, first = name_columns(ident)
    mapping = wide_mapping(sheet, answers, email or ident[STUDENT_ID], name, first_name_column=first)
    if mapping is None:
        return None
    ids = read_identifiers(sheet, {EMAIL: email, **ident}, SYSTEM,
                           clean=lambda f, v: "" if f == EMAIL and "@" not in v else v)
    return recognised(SYSTEM, "responses export", mapping, ids, ("google-classroom",))


CLASSROOM_HEADER = ("Last Name", "First Name", "Email Address")
MATCHED_ON = (EMAIL,)   # Classroom knows a student by their email address: a sheet without them is told so before exporting


def question_columns(session, item_names: dict[str, str]) -> list[str]:
    """Each question's column header in the Classroom file: the title of :func:`~._common.import_titles`, none like
    another's or like the file's own columns."""
    return item_headers(session.item_keys(), import_titles(session, item_names), CLASSROOM_HEADER)


def build_classroom(session, identifiers, item_names, words: ListWords) -> Table:
    titles = question_columns(session, item_names)
    m = matched_with_points(session, identifiers, titles, "Google Classroom", MATCHED_ON)
    rows = [[*CLASSROOM_HEADER, *titles]]
    for st, email in m.good:
        first, last, _ = names_of(st)
        rows.append([last, first, email, *m.scores(st)])
    return Table(rows=rows, unmatched=m.unmatched(session, words),
                 notes=[said.google_classroom(), *m.scaled],
                 written=len(m.good), bom=True)   # no importer reads it: the teacher opens it in Excel (which needs
    # the BOM to read UTF-8) or Google Sheets (whose import takes the BOM off) and pastes the grades from it


EXPORTS = [   # (key, name, system, suffix, where it is uploaded, build)
    ("google-classroom", "Google Classroom grades (CSV by email)", "Google Classroom", ".csv",
                 "In Google Classroom: the grades by email address, one column per question.", build_classroom),
]
