"""A Canvas gradebook CSV: one row per student, one column per question.

Canvas's gradebook import reads the layout of its own gradebook export: the columns ``Student``,
``ID``, ``SIS User ID``, ``SIS Login ID``, ``Section``, then one column per assignment; a second
row that starts with "Points Possible" gives each assignment's maximum and is read-only. Canvas
finds the student by ``ID``, else ``SIS User ID``, else ``SIS Login ID``, else by name; we fill ``SIS User ID`` from
the sheet's chosen student id column (and ``Student`` from the name column), and leave Canvas's own
numeric ``ID`` empty since the sheet does not know it. Ids that are all email addresses go in ``SIS Login ID`` too
(the login is usually the address, an SIS User ID seldom is). A student with no id in a sheet that has an id column is
left out of the file and listed, with the reason and their scores, as every LMS file lists the students it cannot
match (:func:`canvas_table`). A new assignment column creates a new
assignment in Canvas when imported. An empty score cell (an answer still waiting for the teacher)
leaves that grade unchanged in Canvas.

Cells are formula-safe as in the CSV writer: text that a spreadsheet would evaluate gets a
leading single quote. UTF-8, comma-separated, CRLF line ends; written atomically.

Every header in the file is its own (:func:`canvas_titles`): a question's column is titled by
:func:`~grader_app.io.headers.item_headers` (the teacher's name for it, else its id, "Q3" for a bare
number; a header written in HTML, "<p>Explain <b>osmosis</b> &amp; why</p>", is titled by its words, "Explain osmosis
& why", on one line, and a title longer than Canvas takes for an assignment's name (255 characters) is cut at a word
with "…", keeping its question id: :func:`short_title`; the notes and messages that name the question use the same
title), so a question named "Student", "ID", "SIS User ID" or "Section", or like another of Canvas's
own columns (:data:`READ_ONLY`), or like another question (case and spaces not counting) gets " [2]",
" [3]", ... (not " (2)": Canvas reads a number in brackets at a title's end as an assignment's id); Canvas's own
columns keep their names. Canvas's import also leaves out every column whose
header merely contains the name of one of its computed columns (:data:`COMPUTED`: "Final Score",
"Current Grade", ...; so also "Unposted Final Score" and an assignment group's "Quizzes Current Score"),
matching case; a question titled "Predict the Final Score" would lose its grades, so the name's second
word is written in lower case there ("Predict the Final score").

Students are told apart by their id exactly as the sheet spells it (else their name, else their
row). The written id is trimmed of surrounding spaces, as Canvas expects; but two different ids
never become one row: when trimming makes them look alike (``"\t=1"`` and ``"\r=1"`` both read
``=1``), each keeps a row of its own with its id exactly as in the sheet, and
:func:`canvas_warnings` gives the note that tells the teacher to check them.

Two different students never share a row either. Rows with one id but different names (compared
without case or extra spaces; a row with no name goes with the id's name) are different students
with a mistyped id: all of them are left out of the file, so no one gets another's grades, and listed with
their rows, the shared id and their scores (the ``-unmatched.csv`` beside the file), as every LMS file lists
them. Rows with one id and the same name (or no name) are one student: in a long sheet their answers to
different questions, in either layout a second attempt. For a question such a student answered more than once, the cell holds the
score their decided answers agree on (answers still open are left out, as for any open answer); when
they were given different scores, the cell is left empty (Canvas keeps the grade it has) and
:func:`canvas_warnings` says which student and question to enter by hand. The points possible are
:func:`~grader_app.io.lms_points.item_maxima`'s: the sheet's (a Canvas sheet's), else the model's labels, else the
highest score given; each score is scaled to the points the sheet gives its question when they differ from its score
range and the sheet came from Canvas (:mod:`grader_app.io.lms_points`, as in every LMS file; another LMS's points
are not Canvas's, so a Moodle worksheet's scores are written on their own scale), and
:func:`grader_app.io.lms.canvas.canvas_points` gives the note saying so.
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from ...core.numbers import score_text
from ...core.sheet import student_names
from ...core.session import GradingSession
from ..errors import SheetError
from ..headers import item_header, question_titles, sheet_headers, shown_question
from ..html_text import question_name
from ..lms_points import LmsPoints, item_maxima
from ..lms_points import column_texts
from ..paths_check import refuse_overwriting_input
from ..safe_write import atomic_write
from ..formula_guard import LONE_SURROGATE, guard_cell
from .export_files import POINTS_SHEET, Unmatched, report_path_for
from .fields import SHEET_ID, SIS_ID, is_email
from .name_limits import within
from . import export_notes as said
from ..notes import Note
from .reasons import NothingMatched, no_identifier, nothing_matched, shared_identifier

# the gradebook file starts with a UTF-8 BOM: the teacher opens it in Excel before uploading, and Excel reads a CSV
# without one in the computer's ANSI code page ("JosÃ©" for "José"); Canvas's importer takes it back as it takes its
# own gradebook export, which Canvas itself starts with a BOM for Excel when the teacher's settings ask for one
# ("Include Byte-Order Mark in compatible downloads"; Canvas's importer source was not at hand to read)
BOM = True

# Checked against Canvas's Instructor Guide pages "How do I export grades in the Gradebook?" (the notes on the CSV
# file: read-only current and final score columns, unposted ones, the override grade) and "How do I import grades
# in the Gradebook?" (Student, ID, SIS User ID, SIS Login ID, Section, then assignments), and for the exact names
# against Canvas's own importer (canvas-lms, app/models/gradebook_importer.rb).
FIXED = ("Student", "ID", "SIS User ID", "SIS Login ID", "Section")
POINTS_POSSIBLE = "Points Possible"
# Canvas's import drops every column whose header contains one of these (case counting): the computed totals,
# their "Unposted ..." forms, each assignment group's ("Quizzes Current Score") and the final grade override
COMPUTED = ("Current Score", "Current Points", "Current Grade", "Final Score", "Final Points", "Final Grade",
            "Override Score", "Override Grade", "Override Status")
# the other columns Canvas's gradebook export writes and its import reads as its own: the student columns it may
# add after SIS Login ID, the computed ones by their full names, and the course's Notes column (a custom column,
# matched by its title): no question is headed like one of them
READ_ONLY = ("Integration ID", "Root Account", "Current Points", "Final Points", "Current Score",
             "Unposted Current Score", "Final Score", "Unposted Final Score", "Current Grade", "Unposted Current Grade",
             "Final Grade", "Unposted Final Grade", "Override Score", "Override Grade", "Override Status", "Notes")
_COMPUTED = re.compile("|".join(re.escape(c) for c in COMPUTED))
_ID_AT_END = re.compile(r"\s*\((\d+)\)\s*$")    # "Title (123)": Canvas's import takes 123 for an assignment's id
# Canvas takes an assignment name of up to 255 characters; a title is cut to this many, leaving room for " [k]"
TITLE_LIMIT = 250
TITLE_MOST = 255    # and no more, " [10]", " [100]" and the formula guard's "'" counted (.name_limits.within)
_QUESTION_ID = re.compile(r"\d+\s*:\s*")            # "4411: ", the id Canvas's Student Analysis puts first


def short_title(title: str, limit: int = TITLE_LIMIT) -> str:
    """A title as a Canvas assignment can be named: HTML read as its words (tags removed, entities decoded,
    :func:`~.html_text.question_name`), on one line with single spaces, and at most ``limit`` characters: a longer
    one keeps its question id ("4411: ") and is cut after its last whole word that fits, ending in "…"."""
    text = " ".join(question_name(str(title)).split()) or str(title)
    if len(text) <= limit:
        return text
    keep = len(m.group(0)) if (m := _QUESTION_ID.match(text)) else 0
    cut = text[:limit - 1]
    space = cut.rfind(" ", keep)
    if space > keep:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-–") + "…"


def canvas_titles(items, names: dict[str, str]) -> list[str]:
    """Each question's column title in a Canvas gradebook CSV: :func:`~.headers.item_headers` as :func:`short_title`
    gives it (an HTML header's words, at most :data:`TITLE_LIMIT` characters), none like one of
    Canvas's own columns, and none that Canvas's import would drop for holding a computed column's name ("Final
    Score" in "Predict the Final Score" is written "Final score"). Canvas reads a title ending in a number in
    brackets, "Quiz (2)", as the assignment with that id, so a clash is told apart with " [2]", " [3]", ... and a
    title's own "(2)" at its end is written "[2]": grades never land on another assignment of the course. No title is
    longer than Canvas's 255 as written (:func:`~.name_limits.within`), which would have Canvas refuse it or cut two
    alike into one."""
    def lower_second_word(m: re.Match) -> str:
        first, second = m.group(0).split(" ")
        return f"{first} {second.lower()}"

    titles = {i: _ID_AT_END.sub(r" [\1]", _COMPUTED.sub(lower_second_word, short_title(item_header(i, names))))
              for i in items}
    return within(items, titles, TITLE_MOST, (*FIXED, *READ_ONLY), suffix=" [{k}]")


def _safe(text: str, first: bool = False) -> str:
    text = "" if text is None else str(text)
    return guard_cell(LONE_SURROGATE.sub("\ufffd", text), ",", first)


def student_keys(session: GradingSession) -> dict[int, tuple]:
    """Per answer key, who wrote it: ("id", raw id), else ("name", raw name), else ("row", row).

    Raw means exactly as the sheet has it, so ids that differ only in spaces or control
    characters stay different students; an id of spaces only counts as none. Students who share a name in a sheet
    without ids are as the session tells them apart (:mod:`grader_app.core.namesakes`): ("name", raw name, label).
    """
    m = session.mapping
    ids, names = column_texts(session.sheet.frame, m.id_column), student_names(session.sheet.frame, m)
    out = {}
    for a in session.answers:
        sid, name = ids[a.row], names[a.row]
        apart = (a.student,) if a.sheet_student is not None and a.student != a.sheet_student and not m.id_column else ()
        out[a.key] = ("id", sid) if sid.strip() else ("name", name, *apart) if name.strip() else ("row", a.row)
    return out


def _name_key(name: str) -> str:
    """A name for comparing the rows of one id: spaces and case do not matter."""
    return " ".join(name.split()).casefold()


def _cell_score(finals: list):
    """(the cell's score, the different scores when they clash): the one score the decided answers agree on."""
    decided: dict[str, object] = {}
    for v in finals:
        if v is not None:
            decided.setdefault(score_text(v), v)
    if len(decided) > 1:
        return None, list(decided)
    return next(iter(decided.values()), None), []


def _students(session: GradingSession) -> tuple[list[dict], list[list[str]]]:
    """(one entry per student in sheet order, groups of raw ids/names that trimming made look alike).

    An entry with ``shared`` set is one of several different students (different names) with one id:
    it is left out of the file. ``clashes`` maps a question to the different scores of one student's
    answers to it (more than one attempt): that cell is left empty.
    """
    m = session.mapping
    keys = student_keys(session)
    ids, row_names = column_texts(session.sheet.frame, m.id_column), student_names(session.sheet.frame, m)
    names: dict[tuple, set[str]] = {}
    for a in session.answers:
        if keys[a.key][0] == "id" and (n := _name_key(row_names[a.row])):
            names.setdefault(keys[a.key], set()).add(n)
    shared = {k for k, n in names.items() if len(n) > 1}
    students: dict[tuple, dict] = {}
    for a in session.answers:
        key = keys[a.key]
        name = row_names[a.row].strip()
        slot = (key, _name_key(name)) if key in shared else key
        entry = students.setdefault(slot, {"key": key, "sid": ids[a.row].strip(), "name": "",
                                           "rows": [], "finals": {}, "shared": key in shared, "label": a.student})
        if not entry["name"]:
            entry["name"] = name
        if a.row not in entry["rows"]:
            entry["rows"].append(a.row)
        entry["finals"].setdefault(a.item, []).append(session.final_score(a.key))
    entries = list(students.values())
    for e in entries:
        e["scores"], e["clashes"] = {}, {}
        for item, finals in e["finals"].items():
            e["scores"][item], clash = _cell_score(finals)
            if clash:
                e["clashes"][item] = clash
        e["sid_cell"] = _safe(e["sid"])
        e["student_cell"] = _safe(e["name"] or e["sid"] or f"row {e['key'][1] + 1}", first=True)   # first in its line
    # what Canvas matches on: the SIS User ID, or the name when the sheet has no id
    by_cell: dict[str, list[dict]] = {}
    for e in entries:
        if not e["shared"] and len(e["key"]) < 3:   # students of one name are left out (canvas_table), not collisions
            by_cell.setdefault(e["sid_cell"] if e["sid"] else "\0" + e["student_cell"], []).append(e)
    collisions = []
    for group in by_cell.values():
        if len(group) < 2:
            continue
        collisions.append([e["key"][1] for e in group if e["key"][0] != "row"])
        for e in group:                  # the exact text keeps them apart (and still formula-safe)
            if e["key"][0] == "id":
                e["sid_cell"] = _safe(e["key"][1])
            elif e["key"][0] == "name":
                e["student_cell"] = _safe(e["key"][1], first=True)
    return entries, [c for c in collisions if len(c) > 1]


@dataclass
class CanvasTable:
    """The Canvas gradebook CSV's rows (header first; cells formula-safe text), the students left out of it (each an
    :class:`~.export_files.Unmatched`), and whether the ids it gives are email addresses (see :func:`canvas_table`)."""

    rows: list[list[str]]
    left_out: list[Unmatched] = field(default_factory=list)
    emails: bool = False


def refuse_without_students(session: GradingSession) -> None:
    """SheetError if the sheet's mapping gives no column to tell its students apart (the mapping alone: no cell is
    read, so the export dialog says it at once on the GUI thread)."""
    if not session.mapping.id_column and not session.mapping.name_column:
        raise SheetError.said("lms.canvas_needs_students")


def canvas_rows(session: GradingSession, column_names: dict[str, str] | None = None,
                points_possible: bool = True, source: str | None = None) -> list[list[str]]:
    """The CSV rows of :func:`canvas_table` (header first), one per student in the file in sheet order."""
    return canvas_table(session, column_names, points_possible, source).rows


def canvas_table(session: GradingSession, column_names: dict[str, str] | None = None,
                 points_possible: bool = True, source: str | None = None) -> CanvasTable:
    """The CSV rows (header first), one per student in sheet order; cells are formula-safe text.

    ``column_names`` renames questions (item id -> assignment name as in Canvas). Every header is unique,
    Canvas's own columns keep their names (see the module's docstring). ``source``: the LMS the sheet came from
    (:func:`grader_app.io.lms.recognise`; None: no LMS's); only a Canvas sheet's points are Canvas's.

    With a student id column, a student whose id is empty is left out, with the reason and their scores as the file
    would give them (``left_out``), as every LMS file leaves out a student it cannot match; a sheet with no id column
    gives each student by name (the ``Student`` column, which Canvas matches on when no id is given), but for students
    who share a name (:mod:`grader_app.core.namesakes`), who are left out so. Canvas matches
    a row on ``SIS User ID``, else on ``SIS Login ID``; ids that are all email addresses (``emails``), as a teacher's
    own sheet often has, are seldom SIS User IDs and usually the login, so they are written in both columns.

    Raises SheetError if the sheet has no student id or name column to tell students apart, or if a question's
    marks go above the points the sheet gives it (:class:`~grader_app.io.lms_points.PointsUnknown`).
    """
    m = session.mapping
    refuse_without_students(session)
    items = session.item_keys()
    # a question named from an HTML header: that header; one the sheet does not name: its answer column's
    names = {**question_titles(m), **sheet_headers(m), **(column_names or {})}
    titles = canvas_titles(items, names)
    pts = LmsPoints(session, "Canvas", dict(zip(items, titles)), own=source == "Canvas")
    rows: list[list[str]] = [[_safe(h) for h in (*FIXED, *titles)]]
    if points_possible:
        rows.append([POINTS_POSSIBLE, "", "", "", "", *(score_text(pts.maxima[i]) for i in items)])
    entries, _ = _students(session)
    row = {id(e): session.sheet.row_number(min(e["rows"])) for e in entries}
    # one id, different students (a mistyped id): left out, so no one gets another's grades; no id, or (in a sheet
    # without ids) a name another student has too: Canvas, matching on the name, could not tell
    left_out = [e for e in entries if e["shared"] or (m.id_column and not e["sid"]) or len(e["key"]) > 2]
    kept = [e for e in entries if all(e is not o for o in left_out)]
    emails = bool(m.id_column) and bool(kept) and all(is_email(e["sid"]) for e in kept)
    for e in kept:
        rows.append([e["student_cell"], "", e["sid_cell"], e["sid_cell"] if emails else "", "",
                     *(score_text(pts.score(i, e["scores"].get(i))) for i in items)])
    missing = no_identifier([SHEET_ID], [SIS_ID], "Canvas")

    def reason(e: dict):
        if not e["shared"]:
            return missing
        return shared_identifier(SHEET_ID, e["sid"], [row[id(o)] for o in entries
                                                      if o["shared"] and o["key"] == e["key"] and o is not e])

    return CanvasTable(rows, [Unmatched(student=e["label"], row=row[id(e)], reason=reason(e),
                                        scores={i: score_text(pts.score(i, e["scores"].get(i))) for i in items
                                                if i in e["finals"]})
                              for e in left_out], emails)


def canvas_warnings(session: GradingSession) -> list[Note]:
    """What the teacher must check before importing, each a note of its kind (said in the window's language,
    :mod:`grader_app.ui.export_notes`): one student's different scores for one question, their cell left empty
    (``canvas_different_scores``); ids (or names) that differ only in spaces or invisible characters, kept apart
    (``canvas_lookalike_ids``). Students who share one id are not among them: they are left out of the file and listed
    with the reason (:func:`canvas_table`), as every LMS file lists the students it leaves out."""
    if not session.mapping.id_column and not session.mapping.name_column:
        return []
    entries, collisions = _students(session)
    notes = []
    cells = [(e["name"] or e["sid"] or e["student_cell"], shown_question(session.mapping, item), v)
             for e in entries if not e["shared"] for item, v in e["clashes"].items()]
    if cells:
        notes.append(said.canvas_different_scores(cells))
    if collisions:
        notes.append(said.canvas_lookalike_ids("ids" if session.mapping.id_column else "names", collisions))
    return notes


def unlikely_ids(session: GradingSession) -> list[str]:
    """The sheet's student ids, as this file writes them in ``SIS User ID``, that cannot be Canvas's: those holding
    a space inside ("Participant 1040", Moodle's worksheet identifier). Canvas would match no student by them."""
    entries, _ = _students(session)
    return [e["sid"] for e in entries if not e["shared"] and e["sid"] and any(ch.isspace() for ch in e["sid"])]


def write_canvas_rows(session: GradingSession, path, column_names: dict[str, str] | None = None,
                      points_possible: bool = True, source: str | None = None) -> tuple[Path, int, CanvasTable]:
    """Write the Canvas gradebook CSV atomically (``source``: as for :func:`canvas_table`): (its path, the students in
    it, the table written); SheetError (one sentence) if it cannot be written, NothingMatched (a SheetError, nothing
    written) if it could take no student. :func:`grader_app.io.canvas.write_canvas_csv` gives it with its result, its
    notes and the list of the students left out."""
    table = canvas_table(session, column_names=column_names, points_possible=points_possible, source=source)
    rows = table.rows
    p = Path(path)
    if p.suffix.lower() != ".csv":
        raise SheetError(f"cannot write {p.name}: a Canvas gradebook is a .csv file; choose a name ending in .csv")
    refuse_overwriting_input(p, [session.sheet.source])
    refuse_overwriting_input(report_path_for(p), [session.sheet.source])
    written = len(rows) - (2 if points_possible else 1)
    if table.left_out and not written:   # a header alone would replace what was there, and give nothing back
        raise NothingMatched(nothing_matched(p.name, "Canvas", table.left_out, POINTS_SHEET), table.left_out)

    def write(f) -> None:
        buf = io.StringIO(newline="")
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerows(rows)
        f.write(buf.getvalue().encode("utf-8-sig" if BOM else "utf-8"))

    return atomic_write(p, write), written, table


def open_count(session: GradingSession) -> int:
    """Answers with no final score yet (their Canvas cells are left empty)."""
    return sum(1 for a in session.answers if session.final_score(a.key) is None)


__all__ = ["COMPUTED", "FIXED", "POINTS_POSSIBLE", "READ_ONLY", "CanvasTable", "canvas_rows", "canvas_table", "canvas_titles",
           "canvas_warnings", "item_maxima", "refuse_without_students", "short_title", "student_keys", "unlikely_ids",
           "write_canvas_rows", "open_count"]
