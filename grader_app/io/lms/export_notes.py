"""What an LMS export says after its file is saved (``ExportResult.notes``), in words the window can translate.

Each sentence is a :class:`~grader_app.io.notes.Note`: its ``str()`` is the English sentence (``ExportResult.note``,
what a script or a test reads; the LMS files are written from the app's export dialog, not the command line), and
it carries its ``kind`` and the values it was made from, so that :mod:`grader_app.ui.export_notes` can say it in
the interface's language, one case per kind. The LMS's own menu names inside a sentence ("Grades > Import") and the
column names of the file stay as the LMS writes them.
Pure Python, no Qt.
"""
from __future__ import annotations

from typing import Sequence

from ..notes import Note

LIST_LIMIT = 6   # a list of questions names this many, then "and N more"


def listed(parts: Sequence[str], limit: int = LIST_LIMIT, separator: str = ", ") -> str:
    """ "a, b, c" or "a, b, c, d, e, f and 4 more"."""
    shown = separator.join(parts[:limit])
    return shown + (f" and {len(parts) - limit} more" if len(parts) > limit else "")


def visible(text: str) -> str:
    """``text`` (an id or a name from the sheet) with each character that shows nothing written as its code ("\\u200b",
    "\\t"): look-alikes that differ only in those are told apart."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in str(text))


def canvas_gradebook() -> Note:
    return Note("In Canvas open Grades, choose Import, and upload this file; each question becomes an assignment "
                "column, and empty cells leave a grade unchanged.", "canvas_gradebook")


def canvas_email_ids() -> Note:
    """The sheet's ids are email addresses: the Canvas file gives them as SIS User IDs and as SIS Login IDs."""
    return Note("The sheet's student ids are email addresses. Canvas finds a student by SIS User ID, else by SIS Login "
                "ID; an email address is seldom the SIS User ID but usually the SIS Login ID (the address the student "
                "logs in with), so this file gives each address in both columns. Check that Canvas's import found "
                "every student.", "canvas_email_ids")


def canvas_unlikely_ids(ids: Sequence[str]) -> Note:
    """The sheet's own ids this Canvas file gives as SIS User IDs that cannot be Canvas's (they hold a space)."""
    ids = [str(i) for i in ids]
    quoted = listed([f"“{i}”" for i in ids])
    if len(ids) == 1:
        return Note(f"Canvas matches the students of this file by SIS User ID, and the sheet's id {quoted} holds a "
                    "space, as SIS User IDs seldom do: Canvas may not find that student. Enter the SIS User IDs in "
                    "the sheet's id column, or export from a Canvas download.", "canvas_unlikely_ids", ids=ids)
    return Note(f"Canvas matches the students of this file by SIS User ID, and the sheet's ids {quoted} hold a "
                "space, as SIS User IDs seldom do: Canvas may not find those students. Enter the SIS User IDs in "
                "the sheet's id column, or export from a Canvas download.", "canvas_unlikely_ids", ids=ids)


def canvas_different_scores(cells: Sequence[tuple[str, str, Sequence[str]]]) -> Note:
    """``cells``: (student, question, their different scores) for each cell of the Canvas file left empty because one
    student's answers to one question (more than one attempt) were given different scores."""
    given = [[str(s), str(q), [str(v) for v in scores]] for s, q, scores in cells]
    n = len(given)
    shown = listed([f"{s} on “{q}” ({' / '.join(v)})" for s, q, v in given], separator="; ")
    return Note(f"{n} cell{'' if n == 1 else 's'} {'was' if n == 1 else 'were'} left empty because a student's "
                f"attempts at a question got different scores: {shown}. Decide which attempt counts and enter that "
                "grade in Canvas by hand.", "canvas_different_scores", cells=given)


def canvas_lookalike_ids(what: str, groups: Sequence[Sequence[str]]) -> Note:
    """``groups``: student ids (``what`` "ids") or names (``what`` "names") as the sheet spells them, that differ only
    in spaces or invisible characters: each kept a row of its own in the Canvas file."""
    groups = [[str(v) for v in g] for g in groups]
    shown = listed([" / ".join(f"“{visible(v)}”" for v in g) for g in groups], separator="; ")
    one = "id" if what == "ids" else "name"
    return Note(f"Some student {what} differ only in spaces or invisible characters ({shown}), so each kept a row of "
                f"its own with the {one} exactly as in the sheet; check them in the sheet before importing into Canvas.",
                "canvas_lookalike_ids", what=what, groups=groups)


# the field of Moodle's that a column of the gradebook file goes to, named as a teacher would call it in any language:
# Moodle's import lists the file's own columns under "Map from" as the file heads them, but its fields under "Map to"
# in the site's language ("Email address" in English; "Dirección de correo" or "Dirección Email" in Spanish, as the
# language pack's version has it), so the note quotes only the file's column
MOODLE_FIELDS = {"Email address": "email address", "Username": "username", "ID number": "ID number"}


def moodle_gradebook(column: str) -> Note:
    """``column``: the file's identifier column the teacher maps in Moodle ("Email address"), one of
    :data:`MOODLE_FIELDS`."""
    return Note(f"In Moodle choose Grades > Import > CSV file, map from “{column}” to Moodle's "
                f"{MOODLE_FIELDS[column]} field, and map each question column to a grade item (or a new grade item).",
                "moodle_gradebook", column=column)


def moodle_maximum_grades(known: Sequence[tuple[str, str]]) -> Note:
    """Moodle gives a grade item the import makes a maximum grade of 100, so a 2 on a 0-3 question would read 2/100:
    ``known`` is (question title, its maximum grade as the file's scores are out of: "3", "1.5") for each question
    whose maximum is known; the sentence lists them (and leaves the others to the teacher's marking scheme)."""
    known = [(str(t), str(p)) for t, p in known]
    shown = f" ({listed([f'{t}: {p}' for t, p in known])})" if known else " from your marking scheme"
    return Note("A grade item that Moodle makes in the import has a maximum grade of 100: make each question's grade "
                f"item first with its maximum grade{shown}, or edit it after the import without rescaling existing "
                "grades.", "moodle_maximum_grades", known=known)


def moodle_worksheet() -> Note:
    return Note("In Moodle open the assignment, choose View all submissions > Upload grading worksheet, and tick "
                "'Allow updating records that have been modified more recently in Moodle than in the spreadsheet' "
                "if Moodle holds newer grades.", "moodle_worksheet")


def brightspace_grades(id_header: str) -> Note:
    """``id_header``: the file's identifier column ("OrgDefinedId" or "Username")."""
    return Note("In Brightspace open Grades, choose Import, and upload this file; students are matched on "
                f"{id_header}, and a question's item is created if it does not exist yet.", "brightspace_grades",
                id_header=id_header)


def google_classroom() -> Note:
    return Note("Google Classroom matches students by email address: copy a question's column into the assignment's "
                "grades, or into your Classroom grade sheet.", "google_classroom")


def points_sheet(without_total: int = 0) -> Note:
    """``without_total``: the students whose total is left empty because an answer of theirs has no score yet."""
    if not without_total:
        return Note("Every student has a row with their points per question and their total.", "points_sheet")
    return Note("Every student has a row with their points per question; "
                f"{without_total} of them {'has' if without_total == 1 else 'have'} no total yet, because an answer "
                "of theirs has no score.", "points_sheet", without_total=without_total)


def blackboard_upload() -> Note:
    return Note("In Blackboard open the Grade Center, choose Work Offline > Upload, pick this file (comma delimiter) "
                "and tick the question columns; students are matched on Username.", "blackboard_upload")


def blackboard_points(known: Sequence[tuple[str, str]]) -> Note:
    """``known``: (question title, its points possible as the file writes them: "2", "1.5") for each question
    whose points possible are known; the sentence lists them."""
    known = [(str(t), str(p)) for t, p in known]
    shown = f" ({listed([f'{t}: {p}' for t, p in known])})." if known else "."
    return Note("Blackboard adds each new column as a text column worth 0 points: edit each one (Edit Column "
                "Information), choose Score as its primary display and set its points possible" + shown,
                "blackboard_points", known=known)


def blackboard_unknown_points(titles: Sequence[str]) -> Note:
    """The questions whose points possible nobody knows (the header gives none)."""
    titles = [str(t) for t in titles]
    return Note(f"The points possible of {listed(titles)} are not known (no model scores "
                f"{'it' if len(titles) == 1 else 'them'}, the sheet does not give them and no mark above 0 was "
                "given), so the header gives none; set them from your marking scheme.", "blackboard_unknown_points",
                titles=titles)


def scores_scaled(system: str, scaled: Sequence[tuple]) -> Note:
    """``scaled``: (question title, highest score of its range, the points ``system`` gives it, a score, that score
    as written) for each question whose scores were scaled to the LMS's points (:mod:`grader_app.io.lms_points`)."""
    scaled = [(str(t), str(top), str(lms), str(a), str(b)) for t, top, lms, a, b in scaled]
    shown = listed([f"{t} 0–{top} to 0–{lms} ({a} → {b})" for t, top, lms, a, b in scaled])
    return Note(f"Scores were scaled to the points {system} gives each question (score ÷ highest score × "
                f"points, rounded to 2 decimals): {shown}.", "scores_scaled", system=system, scaled=scaled)


def not_students_left_out(rows: Sequence[str]) -> Note:
    """Rows of the downloaded report that are no student (Moodle's "Overall average"), as the report shows them:
    they are in neither this file nor the list of students left out."""
    rows = [str(r) for r in rows]
    quoted = listed([f"“{r}”" for r in rows])
    if len(rows) == 1:
        return Note(f"The row {quoted} of the downloaded report is not a student, so it is not in this file.",
                    "not_students_left_out", rows=rows)
    return Note(f"The rows {quoted} of the downloaded report are not students, so they are not in this file.",
                "not_students_left_out", rows=rows)


def stale_report_deleted(name: str) -> Note:
    """An earlier export's list of students left out (file ``name``) was deleted: everyone is in the file now."""
    return Note(f"The earlier list of students left out, {name}, was deleted: every student is in this file.",
                "stale_report_deleted", name=name)


def stale_report_kept(name: str) -> Note:
    """That list could not be deleted."""
    return Note(f"The earlier list of students left out, {name}, could not be deleted; delete it yourself, as every "
                "student is in this file now.", "stale_report_kept", name=name)
