"""Students who are in a sheet more than once (a second attempt, a form sent twice), found when the sheet is opened.

Moodle's Responses report with "all attempts", a Canvas Student Analysis with a second attempt, a Google or Microsoft
Form sent twice: one student has two rows (or, in a long sheet, two answers to one question). Grader marks every row,
but no LMS file can take such a student: the export never merges two rows into one and never picks one of them
(:func:`._common.match_on` leaves them out with :func:`.reasons.shared_identifier`, and a student with two answers to a
question with :func:`.reasons.several_answers`), and lists them, each attempt's scores with them, to be entered by hand.
That check stays. Said only then, the teacher learnt it after marking both attempts; so the opening says it too, before
any marking (:func:`twice_note`, above the results in the window and on stderr from ``grader score``), naming each
student and their rows, with what to do: keep one attempt of each (in Moodle's report, "Show at most one finished
attempt per user", and download again; or delete the extra rows) and open the sheet again.

Who counts is what the export sees (:func:`._common.students`): students sharing a value of an identifier some LMS file
matches students on (:data:`MATCHED`: an email address or username compared without case, as the export does; never
a name, which students may share, and which :mod:`grader_app.core.namesakes` handles in a sheet without ids), and
students with more than one answer to a question.

Grader does not offer to keep only the last attempt at export. Which attempt counts is the quiz's own grading method
(highest, average, first or last attempt), which no download carries; the attempts' order would come from dates each
LMS writes in its own format and language, or from a column only some of them have; and the marks of the attempt left
out would leave the upload without the teacher having chosen it. She chooses instead, once, before marking, where the
LMS shows its rule; nothing she marked is lost either way (the graded sheet keeps every row, and the export's list
gives each attempt's scores). Pure Python, no Qt.
"""
from __future__ import annotations

from dataclasses import dataclass

from ...core.sheet import LONG
from ..notes import Note, twice
from ._common import (CANVAS_ID, EMAIL, ID_NUMBER, ORG_DEFINED_ID, PARTICIPANT, SHEET_ID, SIS_ID, SIS_LOGIN_ID,
                      STUDENT_ID, USERNAME, Student, students)
from .fields import FOLDED
from .recognition import identifiers_for, recognise

# the identifiers an LMS file matches students on (:func:`._common.match_on`'s options, every system's)
MATCHED = (EMAIL, USERNAME, CANVAS_ID, SIS_ID, SIS_LOGIN_ID, ORG_DEFINED_ID, STUDENT_ID, ID_NUMBER, PARTICIPANT,
           SHEET_ID)


@dataclass(frozen=True)
class Twice:
    """One student in the sheet more than once: as the window shows them (the labels of their rows' students, one
    label when it is the same on each), and the file's rows (of the answers given twice, in a long sheet)."""

    labels: tuple[str, ...]
    rows: tuple[int, ...]


def more_than_once(session) -> list[Twice]:
    """The students of ``session`` whom no LMS file can take because they are in the sheet more than once, in sheet
    order (see the module's docstring)."""
    sts = students(session, identifiers_for(session.sheet, session.mapping))
    parent = list(range(len(sts)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    seen: dict[tuple[str, str], int] = {}
    for i, st in enumerate(sts):
        for f in MATCHED:
            if v := st.ids.get(f, "").strip():
                j = seen.setdefault((f, v.casefold() if f in FOLDED else v), i)
                parent[root(i)] = root(j)
    groups: dict[int, list[int]] = {}
    for i in range(len(sts)):
        groups.setdefault(root(i), []).append(i)
    found = []
    for members in groups.values():
        if len(members) > 1:
            rows = [min(sts[i].rows) for i in members]
        elif _answered_twice(sts[members[0]]):
            rows = _rows_twice(session, sts[members[0]])
        else:
            continue
        labels = tuple(dict.fromkeys(sts[i].label for i in members))
        found.append((min(rows), Twice(labels, tuple(session.sheet.row_number(r) for r in sorted(set(rows))))))
    return [t for _first, t in sorted(found, key=lambda pair: pair[0])]


def _answered_twice(st: Student) -> bool:
    return any(len(keys) > 1 for keys in st.answers.values())


def _rows_twice(session, st: Student) -> list[int]:
    """The sheet rows of a student's answers to the questions they answered more than once (a long sheet's)."""
    if session.mapping.layout != LONG:
        return list(st.rows)
    return [session.answers[k].row for keys in st.answers.values() if len(keys) > 1 for k in keys]


def twice_note(session) -> Note | None:
    """What the opening says of the students in the sheet more than once (:func:`more_than_once`), or None if none
    is: who, on which rows, and what to do before marking (Moodle's own setting, for its Responses report)."""
    found = more_than_once(session)
    if not found:
        return None
    known = recognise(session.sheet)
    moodle = known is not None and known.system == "Moodle" and known.kind == "quiz responses export"
    return twice([(list(t.labels), list(t.rows)) for t in found], moodle)
