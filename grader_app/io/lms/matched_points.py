"""What an LMS import file of scores is written from: the points it writes for each question's score, and the
students matched on the LMS's identifier (and those left out). Every such builder (Blackboard, Brightspace, Canvas,
Google Classroom, Moodle's gradebook and worksheet) starts with these two steps; :func:`matched_with_points` takes
them once. Pure Python, no Qt.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from ..lms_points import LmsPoints
from ..notes import Note
from ._common import Identifiers, Student, lms_points, match_on, points, students, unmatched_entry
from .export_files import Unmatched
from .reasons import ListWords, Reason


@dataclass(frozen=True)
class Matched:
    """The file's points and students: see :func:`matched_with_points`."""

    items: list[str]                     # the session's questions, in order
    pts: LmsPoints                       # the points the file declares and writes (:func:`~._common.lms_points`)
    scaled: list[Note]                   # the note saying which scores were scaled (none when none was)
    key: str | None                      # the identifier field matched on; None when each student's first one is
    good: list[tuple[Student, str]]      # (student, their identifier's value), in sheet order
    bad: list[tuple[Student, Reason]]    # the students left out, and why

    def scores(self, st: Student) -> list[str]:
        """``st``'s score of each question as the file writes it ("" where there is none)."""
        return [points(self.pts.score(i, st.scores.get(i))) for i in self.items]

    def unmatched(self, session, words: ListWords) -> list[Unmatched]:
        """The students left out, each with their scores as the file would have written them, in ``words``."""
        return [unmatched_entry(session, s, r, words, self.pts) for s, r in self.bad]


def matched_with_points(session, identifiers: Identifiers, titles: Sequence[str], system: str,
                        options: Sequence[str], choose: bool = True) -> Matched:
    """``system``'s points for the session's questions, titled ``titles`` in the file (one a question, in order), and
    its students matched on ``options`` (:func:`~._common.match_on`, with ``choose``). PointsUnknown (a SheetError)
    when the file cannot be written."""
    items = session.item_keys()
    pts, scaled = lms_points(session, system, dict(zip(items, titles)), identifiers.system)
    key, good, bad = match_on(session, students(session, identifiers), list(options), system, choose=choose)
    return Matched(items=items, pts=pts, scaled=scaled, key=key, good=good, bad=bad)
