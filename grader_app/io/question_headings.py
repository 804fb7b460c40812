"""A question's name where a heading or a table's column names it: short, however long the teacher's name for it is.

A teacher's sheet often holds the whole question where Grader takes a question's name from: the question column of
a long sheet, or the header of a wide sheet's answer column (a Google Form's or a quiz export's column is the
question): "Q3. After reading the group's procedure, describe what additional information you would need in order to
replicate the experiment. Make sure to list at least three pieces of information." Printed as it is, such a name
filled several lines in heading type (the grade report, the students' feedback, the review screen), and the report's
table of scores per student, whose column headers do not wrap, ran past the page's edge with the scores in it.

The rule:

* A heading names the question by its whole name when that is at most :data:`WHOLE_CHARS` (90) characters long, as
  before: a model's title (the shipped ones run to 75), "Cells: osmosis", a question of up to some fifteen words. It
  takes a line of heading type, or two; cut, it would say less of the name above only to say all of it again below.
  A longer name is the whole question (thirty to eighty words run to 150–500 characters), and the heading says its
  first words (:func:`heading_name`): cut after the last whole word within :data:`HEADING_CHARS` (50) characters,
  ending in "…" (a comma, full stop, colon or dash before the cut dropped), on one line. Fifty characters and the word
  before them ("Pregunta ", "12. ") fit one line of the report's 13 pt heading and of the feedback's 12 pt one on A4
  and on Letter, even in capitals (measured: 54 did not); the review screen's heading line is wider. A heading should
  tell the questions apart at a glance, and the first words do (the id a name begins with, "Q3.", is among them);
  the question itself is read below it.
* Where a heading was cut, the whole name follows it once, in body type (:func:`whole_below`): under each question's
  heading in the report, under the question's heading on each student's feedback page (the student reads the whole
  question once), in the line under the review card's heading. Not where the question's prompt shown there says it
  already (a model's prompt: a reading passage, then the same question): the same words twice helped no one.
* A column of a table (the report's scores per student) names it by at most :data:`COLUMN_CHARS` characters
  (:func:`column_name`): the id a longer name begins with ("Q3" of "Q3. After reading…", "Q4" of "4) Explain…", as the
  files Grader writes head a question named by a number), else its first words cut as above; the report's headings
  begin with the same words, so a column is found among them. Two columns never read alike: they take more of their
  words until they differ (:func:`column_names`).
* A model's title after the name (the review card's heading, the report's, the summary sheet's) is left out where it is
  the name again (:func:`title_besides`): a model learned from a sheet is titled with the sheet's question.

A name within the limits is left as it is ("Q1", "asap-sas-3", "Cells: osmosis"): nothing changes for it.
"""
from __future__ import annotations

import re

from .header_words import NUMBERED

WHOLE_CHARS = 90     # a name up to this long heads its question whole (a title, a short question)
HEADING_CHARS = 50   # a longer one is cut to this: one line of the report's and the feedback's heading type
COLUMN_CHARS = 24    # a column header's: the report's table of scores keeps several questions across a page
_TRAILING = " ,.;:-–—"
_WORD = re.compile(r"\w+")


def one_line(text: str) -> str:
    """``text`` on one line, its spaces single."""
    return " ".join(str(text).split())


def cut(text: str, limit: int) -> str:
    """``text`` on one line, at most ``limit`` characters: a longer one cut after its last whole word that fits (or
    within a word far longer than ``limit``), ending in "…"."""
    line = one_line(text)
    if len(line) <= limit:
        return line
    room = line[:limit]                       # "…" takes the place of the space after the last word kept
    space = room.rfind(" ")
    head = room[:space] if space > limit // 2 else line[:limit - 1]
    return head.rstrip(_TRAILING) + "…"


def is_cut(name: str) -> bool:
    """Whether ``name`` is the whole question, which a heading says only the first words of (:func:`heading_name`)."""
    return len(one_line(name)) > WHOLE_CHARS


def heading_name(name: str) -> str:
    """The question's name as a heading says it: as it is up to :data:`WHOLE_CHARS` characters, else its first words
    within :data:`HEADING_CHARS` (:func:`cut`)."""
    return cut(name, HEADING_CHARS) if is_cut(name) else name


def _leading_id(name: str) -> str:
    """The id a question's name begins with ("Q3" of "Q3. After reading…", "Question 2" of "Question 2 - Explain…",
    "4" of "4) List…"); "" when it begins with none."""
    m = NUMBERED.match(name)
    return name[:m.start("text")].strip().rstrip(_TRAILING + ".)").strip() if m else ""


def column_name(name: str) -> str:
    """The question's name as a table's column header says it (:data:`COLUMN_CHARS`): as it is when it fits, else the
    id it begins with ("Q" before a bare number), else its first words."""
    if len(one_line(name)) <= COLUMN_CHARS:
        return name
    own = _leading_id(name)
    if own and len(own) <= COLUMN_CHARS:
        return f"Q{own}" if own.isdigit() else own
    return cut(name, COLUMN_CHARS)


def column_names(names: list[str]) -> list[str]:
    """:func:`column_name` of each of ``names``, none like another's: two that come out alike ("After reading the…"
    of two questions on one passage) take more of their words until they differ (the column is then wider, which is
    rare), and names alike but for their spaces or case a number in brackets."""
    out = [column_name(n) for n in names]
    limit = COLUMN_CHARS
    while limit < max((len(one_line(n)) for n in names), default=0):
        limit += COLUMN_CHARS // 2
        alike = {c for c in out if out.count(c) > 1}
        if not alike:
            break
        out = [cut(n, limit) if c in alike else c for n, c in zip(names, out)]
    seen: dict[str, int] = {}
    for k, c in enumerate(out):
        if out.count(c) > 1:
            seen[c] = seen.get(c, 0) + 1
            out[k] = f"{c} ({seen[c]})"
    return out


def _words(text: str) -> str:
    return " " + " ".join(w.casefold() for w in _WORD.findall(text)) + " "


def said_in(name: str, text: str) -> bool:
    """Whether ``text`` says the question ``name`` asks, word for word (the id the name begins with, case,
    punctuation and spaces aside): "Q3. Starting with mRNA leaving the nucleus, list…" in a model's prompt "Starting
    with mRNA leaving the nucleus list…"."""
    m = NUMBERED.match(name)
    asked = _words(m.group("text") if m else name)
    return bool(asked.strip()) and asked in _words(text)


def whole_below(name: str, shown: str = "") -> bool:
    """Whether the whole ``name`` goes under its heading: the heading cut it, and ``shown`` (the question's prompt as
    the page shows it under the heading; "" for none) does not say it already."""
    return is_cut(name) and not said_in(name, shown)


def title_besides(name: str, title: str | None) -> str:
    """A model's ``title`` to show after the question's ``name``; "" when it is the name again (spaces and case aside): a
    model learned from a sheet is titled with its question, and "Question Ice floats — Ice floats" said it twice."""
    def same(text: str) -> str:
        return " ".join(text.split()).casefold()
    return "" if not title or same(title) in {same(name), same(heading_name(name))} else title
