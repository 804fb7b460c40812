"""The students a file gives no grade (or an empty score) because an answer of theirs still has no score.

An answer left open when the teacher exports is written as an empty cell: the graded sheet's score, an LMS file's
grade (which the LMS reads as "no grade", leaving the student without one). The export dialog counts such answers
before Export; after it, the teacher is told who they are (:func:`ungraded_students`): the window names the first few,
and an LMS file's list of students (``<name>-unmatched.csv`` beside it) names them all, each with the questions still
without a score (:func:`no_score`; :func:`~.export_files.finish`), as it names the students the file could not take.
Pure Python, no Qt.
"""
from __future__ import annotations

from typing import Sequence

from ..headers import shown_question
from ._common import Identifiers, Student, students
from .export_files import Unmatched
from . import reasons as why
from .reasons import Reason


def ungraded_students(session, left_out: Sequence[Unmatched] = ()) -> list[Student]:
    """The session's students (in sheet order) with an answer still without a score, but for those a file left out
    (``left_out``: listed already, with their own reason)."""
    if all(session.final_score(a.key) is not None for a in session.answers):
        return []   # (every answer scored, the usual export: no pass over the students)
    listed = {(u.student, u.row) for u in left_out}
    return [st for st in students(session, Identifiers(None), scores=False)
            if (st.label, session.sheet.row_number(min(st.rows))) not in listed
            and any(session.final_score(k) is None for keys in st.answers.values() for k in keys)]


def no_score(session, st: Student) -> Reason:
    """Why ``st`` has no grade in a file for some question: their answer to it has no score yet."""
    return why.no_score([shown_question(session.mapping, i) for i in session.item_keys()
                         if any(session.final_score(k) is None for k in st.answers.get(i, ()))])


def ungraded_entries(session, left_out: Sequence[Unmatched]) -> list[Unmatched]:
    """The students of :func:`ungraded_students` as the list beside an LMS file names them, after those it left out
    (``left_out``); their scores are the file's, not given again."""
    return [Unmatched(student=st.label, row=session.sheet.row_number(min(st.rows)), reason=no_score(session, st))
            for st in ungraded_students(session, left_out)]
