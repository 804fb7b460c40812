"""Whether a column chosen for the students' answers looks like something else, for the columns dialog to say so
beside the choice. It never refuses a choice: some questions are answered with a number, a date or a code.

The rule, on the column's non-empty cells (the first 5,000 rows), first match wins:

* ``EMPTY``: no cell holds anything.

A column of fewer than five cells is judged no further: three numbers are as likely three students' answers.

* ``SAME``: all one value ("4B", "Q1", "see attached"): a class, the question, a placeholder. Said whatever the
  header: one value is no class's answers.

Then only when the header does not say the column holds answers or asks a question (:func:`says_answers`: "Answer",
"Réponse 2", "Q3", "How many chromosomes ...?"), since a question's answers may be numbers, dates or codes:

* ``DATES``: nine cells in ten are dates or times ("2024-10-02 09:10:00", "02/10/2024", "9:10 AM"): a timestamp.
* ``IDS``: nine cells in ten are codes (a whole number, letters and digits run together as "S001" or "Élève12", an
  e-mail address), or the header says it holds ids ("Username", "Matricule"), and no value comes twice within one
  question, judged on the questions with three cells or more and five cells in all: student numbers, e-mail
  addresses, user names, ranks. A class answering a question gives the same answer more than once.
* ``NUMBERS``: nine cells in ten are plain numbers ("3", "12.5", "85 %") and none of the others is written like an
  answer (with a number and a word, "3.5 cm", "about 46", or in several words, "I don't know"): marks, totals,
  student numbers. A class answering with a number writes some answers in words or with their unit; a mark column's
  other cells are a word such as "abs" or "n/a" (:func:`mark_word`: learning from marks skips such rows).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..core.sheet import WIDE, ColumnMapping, Sheet
from .header_words import ANSWER_WORDS, ID_WORDS, KEY_WORDS, NAME_WORDS, NOT_ANSWER_WORDS, about, shape

EMPTY, SAME, DATES, IDS, NUMBERS = "empty", "same", "dates", "ids", "numbers"

SAMPLE_ROWS = 5000
AT_LEAST = 5           # cells before a column is judged by their shape (in questions of three cells or more, for ids)
MOSTLY = 0.9           # the share of cells that makes a column "dates", "codes" or "numbers"

# who the student is: a question's wording about one of these asks for the student's name or id ("What is your student
# number?"), one that merely mentions it does not ("What is the name of the process plants use to make food?")
_WHO = NAME_WORDS | {"id", "sid", "studentid", "email", "username", "login", "matric", "matriculation",
                     "matrikelnummer", "matricule", "identifiant", "candidate"}

_TIME = r"\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s*[AaPp]\.?[Mm]\.?)?"
_DATE = re.compile(rf"(?:\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}})"
                   rf"(?:[ T]+{_TIME}(?:\s*(?:Z|UTC|GMT|[A-Z]{{3,4}})?\s*(?:[-+]\d{{1,2}}(?::?\d{{2}})?)?)?)?|{_TIME}")
_NUMBER = re.compile(r"[-+−]?(?:\d+(?:[.,]\d+)?|[.,]\d+)(?:\s*%)?")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_CODE = re.compile(r"[^\W_][\w.\-/#]*")


@dataclass(frozen=True)
class Doubt:
    """``column`` was chosen for the answers and looks like ``kind`` (``value``: the one value of a ``SAME`` column)."""

    column: str
    kind: str
    value: str = ""


def answer_doubts(sheet: Sheet, mapping: ColumnMapping,
                  known: dict[tuple[str, str | None], Doubt | None] | None = None) -> list[Doubt]:
    """The columns ``mapping`` takes the answers from (a long sheet's one, a wide sheet's ticked ones, in sheet order)
    that do not look like answers. ``known`` keeps each column's finding for the next call (a dialog asks on each
    change of the choice)."""
    columns = sheet.columns
    wide = mapping.layout == WIDE
    chosen = [c for c in columns if c in mapping.answer_columns] if wide else (
        [mapping.answer_column] if mapping.answer_column in columns else [])
    item = mapping.item_column if not wide and mapping.item_column in columns else None
    known = {} if known is None else known
    for c in chosen:
        if (c, item) not in known:
            known[c, item] = doubt_of(sheet, c, item)
    return [d for d in (known[c, item] for c in chosen) if d is not None]


def doubt_of(sheet: Sheet, column: str, item_column: str | None = None) -> Doubt | None:
    """What ``column`` of ``sheet`` looks like if not answers, each cell's question in ``item_column`` (long sheet)."""
    frame, columns = sheet.frame.iloc[:SAMPLE_ROWS], sheet.columns
    questions = [_text(v) for v in frame.iloc[:, columns.index(item_column)].tolist()] if item_column else None
    return column_doubt(column, [_text(v) for v in frame.iloc[:, columns.index(column)].tolist()], questions)


def column_doubt(header: str, cells: list[str], questions: list[str] | None = None) -> Doubt | None:
    """What the column headed ``header`` looks like, if not answers (see the module); ``questions``: the question of
    each cell in a long sheet (a student number comes once per question)."""
    pairs = [(q, v) for q, v in zip(questions if questions is not None else [""] * len(cells), cells) if v]
    values = [v for _, v in pairs]
    if not values:
        return Doubt(header, EMPTY)
    if len(values) < AT_LEAST:
        return None
    if len(set(values)) == 1:
        return Doubt(header, SAME, values[0])
    if says_answers(header):
        return None
    most = MOSTLY * len(values)
    if sum(1 for v in values if _DATE.fullmatch(v)) >= most:
        return Doubt(header, DATES)
    ids = any(w in ID_WORDS for w in shape(header)[0]) or sum(1 for v in values if _code(v)) >= most
    if ids and _once_per_question(pairs):
        return Doubt(header, IDS)
    numbers = [bool(_NUMBER.fullmatch(v)) for v in values]
    if sum(numbers) >= most and not any(_worded(v) for v, n in zip(values, numbers) if not n):
        return Doubt(header, NUMBERS)
    return None


def says_answers(header: str) -> bool:
    """The header says the column holds answers ("Answer", "Response 2", "Réponse"; not "Answer key", "Response date")
    or names or asks a question ("Q3", "Frage 2", "How many legs has a spider?", "What is the name of the process plants
    use to make food?"; not "What is your student number?", which asks who the student is)."""
    words, question, wording = shape(header)
    if question or (wording and not _asks_who(words)):
        return True
    answer = "".join(words) in ANSWER_WORDS or any(w in ANSWER_WORDS for w in words)
    return answer and not any(w in NOT_ANSWER_WORDS | ID_WORDS | KEY_WORDS for w in words)


def _asks_who(words) -> bool:
    """A question's wording, split into ``words``, asks for the student's name or id ("What is your name?", "What is
    your student number?"): it names them and is about them (:func:`~.header_words.about`), not a question that
    merely mentions a name ("What is the name of the process plants use to make food?", "A student reads 12 pages a
    day: how many pages does she read in a week?")."""
    return any(w in _WHO for w in words) and about(words, NAME_WORDS | ID_WORDS)


def _text(v) -> str:
    return "" if v is None or (isinstance(v, float) and v != v) else str(v).strip()


def _code(v: str) -> bool:
    """A student number, a code such as "S001" or "Élève12", an e-mail address: one run of letters and digits with a
    digit in it, not a number with a fraction ("3.5")."""
    if _EMAIL.fullmatch(v):
        return True
    return (len(v) <= 40 and bool(_CODE.fullmatch(v)) and any(ch.isdigit() for ch in v)
            and not (_NUMBER.fullmatch(v) and not v.isdigit()))


def _once_per_question(pairs: list[tuple[str, str]]) -> bool:
    """No value comes twice within one question, among enough cells to tell (see the module)."""
    groups: dict[str, list[str]] = {}
    for q, v in pairs:
        groups.setdefault(q, []).append(v)
    judged = [g for g in groups.values() if len(g) >= 3]
    return sum(map(len, judged)) >= AT_LEAST and all(len(set(g)) == len(g) for g in judged)


def mark_word(v: str) -> bool:
    """A word written in a column of marks instead of a number, as the ``NUMBERS`` rule allows among them ("abs", "n/a",
    "absent", "krank", "k. A.", "-"): a filled cell with no digit in it. No score can be read from it; a cell with
    digits that is no number ("2/3", "2 pts") is a score written otherwise."""
    v = str(v or "").strip()
    return bool(v) and not any(ch.isdigit() for ch in v)


def _worded(v: str) -> bool:
    """Written like an answer: a number with a word or unit ("3.5 cm", "about 46"), or several words."""
    has_digit = any(ch.isdigit() for ch in v)
    return (has_digit and any(ch.isalpha() for ch in v)) or len(v.split()) >= 2
