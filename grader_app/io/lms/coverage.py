"""How many of a sheet's students each LMS file could take, known before it is written (:func:`coverage`).

Every LMS file matches a student by an identifier the sheet must give: Google Classroom an email address, Blackboard a
username, Brightspace an OrgDefinedId or a username, the Moodle gradebook an email address, username or ID number (or,
by the sheet's student id column, that id), Moodle's grading worksheet the "Participant 123" only a worksheet
downloaded from Moodle gives, Canvas its own ids or the sheet's student id. The export dialog says before Export what
this sheet cannot give: a file that could take no student is not offered, and a line says which identifier is
missing; a file that would leave some students out says how many. Each count is the file's own: the students the
export sees (:func:`~._common.students`, a report's summary row is none), the identifier it matches by
(:func:`~._common.matched_by`: a file that matches every student by one field takes the one most of them have), the
identifiers the export reads (:func:`~.recognition.identifiers_for`). What only writing the file finds (an identifier
two students share, one a spreadsheet would read as a formula, two answers to one question) is still said after
saving, with the students it left out.

Pure Python, no Qt: the dialog shows what it says (:mod:`grader_app.ui.export_fit_words`).
"""
from __future__ import annotations

from dataclasses import dataclass

from ...core.session import GradingSession
from . import blackboard, brightspace, canvas, google, moodle
from ._common import SHEET_ID, matched_by, students
from .recognition import identifiers_for

SHEET_CANVAS = "canvas"   # the Canvas gradebook by the sheet's student id column (grader_app.io.canvas)

# an LMS file's key -> (its system, what it matches a student by in order of preference, whether one of them is chosen
# for every student; else any of them, student by student)
MATCHED_ON: dict[str, tuple[str, tuple[str, ...], bool]] = {
    "canvas-gradebook": (canvas.SYSTEM, canvas.MATCHED_ON, False),
    "moodle-gradebook": (moodle.SYSTEM, moodle.GRADEBOOK_MATCHED_ON, True),
    "moodle-gradebook-by-id": (moodle.SYSTEM, moodle.BY_ID_MATCHED_ON, True),
    "moodle-worksheet": (moodle.SYSTEM, moodle.WORKSHEET_MATCHED_ON, True),
    "blackboard-grade-center": (blackboard.SYSTEM, blackboard.MATCHED_ON, True),
    "brightspace-grades": (brightspace.SYSTEM, brightspace.MATCHED_ON, True),
    "google-classroom": ("Google Classroom", google.MATCHED_ON, True),
}


@dataclass(frozen=True)
class Coverage:
    """What one LMS file could take of a sheet's ``students``: ``without`` of them have no ``field`` (the identifier it
    matches every student by; None when any of ``fields`` does, student by student, or when it needs none)."""

    key: str
    system: str
    field: str | None
    fields: tuple[str, ...]
    students: int
    without: int

    @property
    def nobody(self) -> bool:
        """No student could go into the file (it would not be written): it is not offered."""
        return self.students > 0 and self.without >= self.students

    @property
    def some_left_out(self) -> bool:
        """The file would take some students and leave the others out (each listed after saving)."""
        return 0 < self.without < self.students


def coverage(session: GradingSession) -> dict[str, Coverage]:
    """Each LMS file's :class:`Coverage` of ``session``'s sheet, by its key (:data:`MATCHED_ON`), and that of the
    Canvas gradebook by the sheet's student id column (:data:`SHEET_CANVAS`): a student whose id cell is empty is left
    out of it; a sheet without a student id column gives its students by name there, needing no identifier."""
    ids = identifiers_for(session.sheet, session.mapping)
    sts = students(session, ids, scores=False)   # who they are and their identifiers: no score is read
    out = {}
    for key, (system, options, choose) in MATCHED_ON.items():
        field, fields = matched_by(sts, options, choose)
        without = sum(1 for s in sts if not any(s.ids.get(f) for f in fields))
        out[key] = Coverage(key, system, field, tuple(options), len(sts), without)
    by_id = (SHEET_ID,) if session.mapping.id_column else ()
    out[SHEET_CANVAS] = Coverage(SHEET_CANVAS, canvas.SYSTEM, by_id[0] if by_id else None, by_id, len(sts),
                                 sum(1 for s in sts if by_id and not s.ids.get(SHEET_ID)))
    return out


CANVAS_GRADEBOOK, MOODLE_GRADEBOOK, MOODLE_BY_ID = "canvas-gradebook", "moodle-gradebook", "moodle-gradebook-by-id"


@dataclass(frozen=True)
class Offer:
    """What the export dialog offers of the LMS files for a sheet, and what it says before Export.

    ``left_out``: the choices not offered. ``cannot_take``: those of them that could take no student of the sheet for
    want of the identifier they match by (a line in their place says which is missing); the others are not offered as
    another choice writes their file for this sheet (the two Canvas gradebooks, the two Moodle ones). ``some_left_out``:
    the choices offered that would leave students out (a line under each says how many): some of them; or all, for the
    Canvas gradebook by the sheet's student id column, which stays with the sheet's own files when that column is empty
    (its export then says that it could take no one)."""

    left_out: tuple[str, ...]
    cannot_take: tuple[str, ...]
    some_left_out: tuple[str, ...]


def offer(fit: dict[str, Coverage], canvas_ids: bool) -> Offer:
    """The :class:`Offer` for a sheet whose files cover its students as ``fit`` (:func:`coverage`) says; ``canvas_ids``:
    it holds Canvas's own student ids (:func:`~.recognition.has_canvas_ids`).

    Each LMS heading keeps one gradebook. Without Canvas's ids (or with columns so headed that give no student one)
    both Canvas gradebooks write one file, the sheet's student id column as SIS User ID: only the one by that column is
    offered, with the sheet's own files (it also takes a sheet with names only); with them, only the LMS one, which
    fills in Canvas's own ``ID`` as well. The Moodle gradebook by the sheet's student id column (written as Moodle's
    ``ID number``) is offered instead of the ordinary one when that one could match no student and it could; otherwise
    only the ordinary one. Any other LMS file that could take no student is not offered."""
    canvas_ids = canvas_ids and not fit[CANVAS_GRADEBOOK].nobody
    left_out = [SHEET_CANVAS if canvas_ids else CANVAS_GRADEBOOK]
    by_id = fit[MOODLE_GRADEBOOK].nobody and not fit[MOODLE_BY_ID].nobody
    left_out.append(MOODLE_GRADEBOOK if by_id else MOODLE_BY_ID)
    cannot = tuple(k for k, c in fit.items() if c.nobody and k not in left_out and k != SHEET_CANVAS)
    left_out += cannot
    some = tuple(k for k, c in fit.items() if c.without and k not in left_out)
    return Offer(tuple(left_out), cannot, some)
