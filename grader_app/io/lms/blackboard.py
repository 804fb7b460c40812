"""Blackboard Learn: the test's attempts download in, the Grade Center upload CSV out.

In: Grade Center > (test column) > Download Results, either layout:
* "By User" (one row per student): ``Last Name``, ``First Name``, ``Username``, then per question
  ``Question ID N``, ``Question N``, ``Answer N``, ``Possible Points N``, ``Auto Score N``,
  ``Manual Score N``. The ``Answer N`` columns are the answers, named Q1, Q2, ...
* "By Question and User" (one row per answer): ``Username``, ``Last Name``, ``First Name``,
  ``Question ID``, ``Question``, ``Answer``, ``Possible Points``, ``Auto Score``, ``Manual Score``.
A ``Student ID`` column, when present, is kept too. ``Question N`` (``Question``) holds the question's text, which a
question without a model takes as its own (:func:`~.recognition.question_texts`): the ids name it "q_1".
Blackboard gives a download as a comma-delimited .csv or as tab-delimited text named .xls (often UTF-16);
:func:`~grader_app.io.readers.read_sheet` reads both as the text they are, and :func:`recognise` looks at the
columns only, never at the file's name.

Out: Grade Center > Work Offline > Upload takes a CSV whose first row holds the headers; rows are
matched on ``Username``. Header: ``Last Name``, ``First Name``, ``Username``, ``Student ID``, then
per question ``<question> [Total Pts: <points> Score]`` (a column without Blackboard's
``|<column id>`` suffix is created as a new Grade Center column). Points are plain numbers.
Blackboard asks for every cell of a comma-delimited file to be in quotes, so every cell is. A question's title holds no
``[``, ``]`` or ``|``, which that header (and the ``|<column id>`` of Blackboard's own download) reads as its own: they
are written ``(``, ``)`` and ``/`` (:func:`question_columns`, :mod:`.title_rules`).

Points possible: a new column arrives in the Grade Center as a text column worth 0 points, whatever
its header says, so the note tells the teacher to make each one a Score column and gives its points
possible. When they are not known (no model scores the question, the sheet does not give them and
no mark above 0 was given), the header is the question's title alone, never ``Total Pts: 0``, and the
note says so and what to do.
"""
from __future__ import annotations

import re

from ..notes import Note
from . import export_notes as said
from .cleaning import HTML
from ._common import (import_titles, FIRST_NAME, LAST_NAME, STUDENT_ID, USERNAME, Headers, Recognition, best_filled,
                      item_header, long_mapping, names_of, points, read_identifiers, recognised,
                      wide_mapping)
from .export_files import Table
from .matched_points import matched_with_points
from .reasons import ListWords
from .title_rules import BLACKBOARD_MOST, blackboard_title, within

SYSTEM = "Blackboard"
ANSWER_N = re.compile(r"answer\s*(\d+)")
HEADER = ("Last Name", "First Name", "Username", "Student ID")


def recognise(sheet) -> Recognition | None:
    h = Headers(sheet)
    user, first, last = h.find("username", "user name"), h.find("first name"), h.find("last name")
    if not user or not (first or last):
        return None
    cols = {USERNAME: user, FIRST_NAME: first, LAST_NAME: last, STUDENT_ID: h.find("student id")}
    by_user = [(c, m) for c, m in h.matching(ANSWER_N)]
    numbers = {m.group(1) for _, m in by_user}
    mapping, questions = None, {}
    if by_user and any(h.has(f"question {n}", f"question id {n}") for n in numbers) \
            and any(h.has(f"possible points {n}", f"auto score {n}") for n in numbers):
        mapping = wide_mapping(sheet, {c: f"Q{int(m.group(1))}" for c, m in by_user}, user, last or first,
                               first_name_column=first if last else None)
        questions = {c: text for c, m in by_user if (text := h.find(f"question {m.group(1)}"))}
        kind = "test results download (by user)"
    elif (answer := h.find("answer")) and h.has("question id", "question") \
            and h.has("possible points", "auto score", "manual score"):
        item = best_filled(sheet, h.find("question id"), h.find("question"))
        if item:
            mapping = long_mapping(sheet, item, answer, user, last or first, first if last else None)
            if (text := h.find("question")) and text != item:   # the question's text beside its id
                questions = {item: text}
        kind = "test results download (by question and user)"
    if mapping is None:
        return None
    ids = read_identifiers(sheet, cols, SYSTEM)
    return recognised(SYSTEM, kind, mapping, ids, ("blackboard-grade-center",), reading=HTML, questions=questions)


MATCHED_ON = (USERNAME,)   # what the Grade Center matches a student by: a sheet without it is told so before exporting


def column_header(title: str, out_of) -> str:
    """Grade Center's header form for a score column: "Quiz 1 Q1 [Total Pts: 2 Score]"; the title alone
    when the points possible are not known (None, or 0: a column worth nothing)."""
    return f"{title} [Total Pts: {points(out_of)} Score]" if out_of else title


def points_notes(titles: list[str], maxima: list) -> list[Note]:
    """What to do about points possible after the upload (Blackboard makes every new column a text column
    worth 0 points): one sentence, and a second one naming the questions whose points possible are not known."""
    known = [(t, points(m)) for t, m in zip(titles, maxima) if m]
    unknown = [t for t, m in zip(titles, maxima) if not m]
    return [said.blackboard_points(known), *([said.blackboard_unknown_points(unknown)] if unknown else [])]


def question_columns(session, item_names: dict[str, str]) -> list[str]:
    """Each question's column title in the Grade Center file (before its points): the title of
    :func:`~._common.import_titles`, without the characters the upload reads as its own (:func:`.title_rules.blackboard_title`:
    a title "Week 3 [part A]" is written "Week 3 (part A)"), none like another's or like the file's own columns."""
    items = session.item_keys()
    names = import_titles(session, item_names)
    return within(items, {i: blackboard_title(item_header(i, names)) for i in items}, BLACKBOARD_MOST, HEADER)


def build_grade_center(session, identifiers, item_names, words: ListWords) -> Table:
    titles = question_columns(session, item_names)
    m = matched_with_points(session, identifiers, titles, SYSTEM, MATCHED_ON)
    items, maxima = m.items, m.pts.maxima
    rows = [[*HEADER, *(column_header(t, maxima[i]) for t, i in zip(titles, items))]]
    for st, user in m.good:
        first, last, _ = names_of(st)
        rows.append([last, first, user, st.ids.get(STUDENT_ID, ""), *m.scores(st)])
    notes = [said.blackboard_upload(), *points_notes(titles, [maxima[i] for i in items]), *m.scaled]
    # plain UTF-8, no BOM: Blackboard's Grade Center upload is not documented to take one off, and one left on would
    # stick to the first header ("Last Name"), so accents shown right in Excel are not worth the risk
    return Table(rows=rows, unmatched=m.unmatched(session, words), notes=notes, written=len(m.good), quote_all=True)


EXPORTS = [   # (key, name, system, suffix, where it is uploaded, build)
    ("blackboard-grade-center", "Blackboard Grade Center (CSV upload)", SYSTEM, ".csv",
                 "In Blackboard: Grade Center > Work Offline > Upload.", build_grade_center),
]
