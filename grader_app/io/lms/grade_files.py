"""The grade files Grader writes (:data:`~.formats.FORMATS`, the Canvas gradebook by the sheet's ids), told apart
when one is opened as if it held answers: its header is the one its exporter writes, and the columns after it hold
grades (numbers, empty cells, the points sheet's word for an answer still open), never words: a teacher's sheet of
answers headed "Last Name", "First Name", "Email Address" (as Google Classroom's file is) is read as answers.

Opened, such a file would be graded as answers: a Canvas file's ``Points Possible`` row taken for a student and its
scores for answers under a question named "Online text". :func:`grades_file` says which system the file is for, and
the column guess (:func:`grader_app.io.columns.guess_columns`) refuses it with a sentence saying what to open instead.
An LMS's own gradebook download (Moodle's "Export grades", Blackboard's Grade Center, Brightspace's grades, Google
Classroom's grades) holds grades too, under headers of its own: a sheet in which no column holds text answers is
refused the same way when :func:`downloaded_gradebook` knows it (a download that holds answers opens as answers).

So is the list of the students an LMS file could not take (``<name>-unmatched.csv``, written beside it,
:func:`~.export_files.write_report`): read as answers, its column of reasons ("no email address for this student, so
Moodle could not match them") was scored as a question. Its header is in the language of the window that wrote it
(:class:`~.reasons.ListWords`), so :data:`LEFT_OUT_HEADERS` holds it in each language the window speaks, and
:func:`left_out_list` knows it by one of those and a first column of row numbers.
"""
from __future__ import annotations

import re

from ...core.sheet import Sheet
from . import blackboard, google, moodle, plain
from .brightspace import END
from .brightspace import SYSTEM as BRIGHTSPACE
from .canvas import SYSTEM as CANVAS
from .canvas_file import FIXED, POINTS_POSSIBLE
from .reasons import ListWords

POINTS = ""        # the points sheet, for any system
CLASSROOM = google.EXPORTS[0][2]   # "Google Classroom"
_NUMBER = re.compile(r"[-+]?(\d+([.,]\d*)?|[.,]\d+)")
_SAMPLE = 500      # rows enough to tell grades from answers


def _fold(header: str) -> str:
    return " ".join(str(header).split()).casefold()


def _is(columns: list[str], names) -> bool:
    return [_fold(c) for c in columns] == [_fold(n) for n in names]


def _shape(columns: list[str]) -> tuple[str, list[str], bool] | None:
    """(system, the columns of grades, whether one of them must hold a number) of a header an exporter writes."""
    if len(columns) > len(FIXED) and _is(columns[:len(FIXED)], FIXED):
        return CANVAS, columns[len(FIXED):], False
    if len(columns) > 5 and _is(columns[:5], moodle.GRADEBOOK_HEADER):
        return moodle.SYSTEM, columns[5:], False
    if len(columns) > 4 and _is(columns[:4], blackboard.HEADER):
        return blackboard.SYSTEM, columns[4:], False
    if len(columns) > 2 and _fold(columns[0]) in ("orgdefinedid", "username") and _is(columns[-1:], (END,)):
        return BRIGHTSPACE, columns[1:-1], False
    points = _points_columns(columns)
    if points is not None:
        return POINTS, points, False
    if len(columns) > 3 and _is(columns[:3], google.CLASSROOM_HEADER):   # a teacher's own sheet may begin so too
        return CLASSROOM, columns[3:], True
    return None


def _points_columns(columns: list[str]) -> list[str] | None:
    """The columns of grades of the points sheet's header in any language the window writes it
    (:data:`~.plain.POINTS_HEADERS`): the student, then their id, username and email where the sheet gave them (a file
    written before the username had its column has none), a column per question (one at least), the total and the
    points it is out of; None for another header."""
    for student, *who, total, out_of in plain.POINTS_HEADERS.values():
        if len(columns) < 4 or _fold(columns[0]) != _fold(student) or not _is(columns[-2:], (total, out_of)):
            continue
        k = 1
        for optional in who:
            if _fold(columns[k]) == _fold(optional):
                k += 1
        if k < len(columns) - 2:
            return columns[k:]
    return None


def _grade(cell: str) -> bool | None:
    """True for a number ("2", "66.67", "1,5"), False for a short word ("open", "2; open"), None for text."""
    if _NUMBER.fullmatch(cell):
        return True
    return False if len(cell) <= 30 and len(cell.split()) <= 3 else None


def grades_file(sheet: Sheet) -> str | None:
    """The system ``sheet`` is a grade file for (as its :data:`~.formats.FORMATS` entry names it; ``""``: the points
    sheet), or None when it is not one."""
    shape = _shape(list(sheet.columns))
    if shape is None:
        return None
    system, graded, numbers_only = shape
    frame = sheet.frame.iloc[:_SAMPLE]
    kinds = []
    for c in graded:
        for i, v in enumerate(frame[c].tolist()):
            cell = "" if v is None else str(v).strip().lstrip("#")
            if cell and not (i == 0 and _fold(frame.iloc[0, 0]) == _fold(POINTS_POSSIBLE)):
                kinds.append(_grade(cell))
    # an upload file holds numbers alone (an answer still open is an empty cell); the points sheet says "open" too
    if None in kinds or system != POINTS and False in kinds or numbers_only and True not in kinds:
        return None
    return system


# An LMS's own gradebook download (not one Grader wrote): the system's columns of grades, known by their headers.
_MOODLE_GRADE = re.compile(r".+\((real|percentage|letter)\)", re.IGNORECASE)   # "Assignment: Cell membrane (Real)"
_BLACKBOARD_GRADE = re.compile(r".*\[total pts:.*\]\s*\|?\s*\d*", re.IGNORECASE)   # "Lab 1 [Total Pts: 3 Score] |1234"
_BRIGHTSPACE_GRADE = re.compile(r".*(points grade|grade symbol|scheme symbol|numerator|denominator|<numeric maxpoints:).*",
                                re.IGNORECASE)   # "Lab 1 Points Grade <Numeric MaxPoints:3>"
_POINTS_ROW = re.compile(r"points:?\s*\d+([.,]\d+)?", re.IGNORECASE)   # Google Classroom's row of the points: "Points: 3"


def _download_shape(columns: list[str]) -> tuple[str, list[str]] | None:
    """(system, the columns of grades) of the header of a gradebook an LMS gives for download (Moodle's "Export grades",
    Blackboard's Grade Center, Brightspace's grades export, Google Classroom's grades), or None."""
    folded = [_fold(c) for c in columns]

    def matching(pattern: re.Pattern) -> list[str]:
        return [c for c in columns if pattern.fullmatch(_fold(c))]
    if len(columns) > 2 and folded[0] == "first name" and folded[1] in ("last name", "surname"):
        graded = matching(_MOODLE_GRADE)
        if graded:
            return moodle.SYSTEM, graded
    if len(columns) > 3 and _is(columns[:3], blackboard.HEADER[:3]):
        graded = matching(_BLACKBOARD_GRADE)
        if graded:
            return blackboard.SYSTEM, graded
    if len(columns) > 2 and folded[0] in ("orgdefinedid", "username") and _is(columns[-1:], (END,)):
        graded = matching(_BRIGHTSPACE_GRADE)
        if graded:
            return BRIGHTSPACE, graded
    if len(columns) > 3 and _is(columns[:3], google.CLASSROOM_HEADER):
        return CLASSROOM, columns[3:]
    return None


def downloaded_gradebook(sheet: Sheet) -> str | None:
    """The system whose own gradebook download ``sheet`` is, or None. Asked only of a sheet in which no column holds
    text answers (:func:`grader_app.io.columns.guess_columns`), so a download that holds answers is never taken for
    one: its header is the system's, and its columns of grades hold grades or nothing ("-", "Points: 3", a letter);
    Google Classroom's, whose header a teacher's own sheet may have too, a number or its row of the points at least."""
    shape = _download_shape(list(sheet.columns))
    if shape is None:
        return None
    system, graded = shape
    cells = [c for col in graded for v in sheet.frame[col].iloc[:_SAMPLE].tolist()
             if (c := "" if v is None else str(v).strip())]
    if any(_grade(c) is None for c in cells):
        return None
    if system == CLASSROOM and not any(_NUMBER.fullmatch(c) or _POINTS_ROW.fullmatch(c) for c in cells):
        return None
    return system


# The first three column names of the list of students left out, in each language the window speaks: ListWords's
# English, and the window's German and Spanish for them (grader_app/ui/unmatched_words.list_words, the ExportReasons
# context; tests/ui/test_left_out_list_opened.py holds the catalogues to these).
LEFT_OUT_HEADERS = ((ListWords.row, ListWords.student, ListWords.why),
                    ("Zeile in der Tabelle", "Schülerin oder Schüler", "Warum in {system} eine Note fehlt"),
                    ("Fila en la hoja", "Estudiante", "Por qué falta una nota en {system}"))
# headers an earlier version of the window wrote (German "Schüler"; the reasons' column "Why {system} could not take
# them", before the list also named the students in the file without a grade): a list written then is still known
EARLIER_LEFT_OUT_HEADERS = (("Zeile in der Tabelle", "Schüler", "Warum {system} sie nicht zuordnen konnte"),
                            ("Row in sheet", "Student", "Why {system} could not take them"),
                            ("Zeile in der Tabelle", "Schülerin oder Schüler",
                             "Warum {system} sie nicht zuordnen konnte"),
                            ("Fila en la hoja", "Estudiante", "Por qué {system} no pudo asignarlos"))
_ROW = re.compile(r"\d+(\.0+)?")   # a row number (4.0: saved as a workbook)


def _why(template: str) -> re.Pattern:
    """The third column's name with any system in place of ``{system}`` (case aside)."""
    before, _, after = template.partition("{system}")
    return re.compile(re.escape(before) + "(.+)" + re.escape(after), re.IGNORECASE)


def left_out_list(sheet: Sheet) -> str | None:
    """The system whose list of students left out ``sheet`` is (the system named in its header), or None when it is
    not one: headed as Grader writes it in one of :data:`LEFT_OUT_HEADERS` (or wrote it, :data:`EARLIER_LEFT_OUT_HEADERS`),
    its first column row numbers."""
    columns = [" ".join(str(c).split()) for c in sheet.columns]
    if len(columns) < 3:
        return None
    for row, student, why in (*LEFT_OUT_HEADERS, *EARLIER_LEFT_OUT_HEADERS):
        named = _why(why).fullmatch(columns[2]) if _is(columns[:2], (row, student)) else None
        if named is None:
            continue
        rows = [str(v).strip() for v in sheet.frame.iloc[:_SAMPLE, 0].tolist() if v is not None and str(v).strip()]
        if rows and all(_ROW.fullmatch(r) for r in rows):
            return named.group(1)
    return None
