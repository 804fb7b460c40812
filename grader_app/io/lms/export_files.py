"""What an LMS export writes: the table a format builds, the result of writing it, the record of a student left
out and the report listing them, and the CSV every one of those files is written as.

Pure Python (no Qt). Every text cell written goes through :func:`grader_app.io.formula_guard.guard_cell`, so
a student's ``=...`` is never a formula, not even after a ";" where a spreadsheet splits a comma file (or a "," in a
semicolon one); files are written atomically with the writers' helper.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping, Sequence

from ..csv_locale import csv_delimiter, with_decimal_mark
from ..errors import SheetError
from ..notes import Note
from ..safe_write import atomic_write
from ..formula_guard import LONE_SURROGATE, guard_cell
from . import export_notes as said
from .reasons import ListWords


# the name of the export every student goes into, which needs no identifier (:mod:`.plain`): what to choose instead of
# a file that could take no student
POINTS_SHEET = "Points per question (CSV)"


@dataclass
class Unmatched:
    student: str        # as the app shows them
    row: int            # the first of their rows in the sheet as a spreadsheet numbers it
    reason: str         # a .reasons.Reason (English text, its kind and values: the window says it in its language)
    scores: dict[str, str] = field(default_factory=dict)   # item -> their final score(s), "" while open (two: "2; open")


# ----- export formats --------------------------------------------------------------------------

@dataclass
class Table:
    rows: list[list[str]]                       # header first; plain text (guarded when written)
    unmatched: list[Unmatched] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)   # what to do with the file, for the teacher (export_notes)
    bom: bool = False
    written: int = 0                            # students in the file
    quote_all: bool = False                     # every cell in quotes (Blackboard asks for it)
    delimiter: str = ","                        # what an LMS reads; the teacher's own: the sheet's (csv_locale)


@dataclass
class ExportResult:
    path: Path
    written: int                                 # students written to the file
    unmatched: list[Unmatched]                   # students left out of it, each with the reason
    report: Path | None = None                   # the small CSV listing them (None when all matched)
    notes: list[Note] = field(default_factory=list)   # sentences for the teacher (how to import; a stale list removed)
    removed_report: Path | None = None           # an earlier export's report of the same name, removed (all matched)
    ungraded: list[Unmatched] = field(default_factory=list)   # students in it without a grade: an answer not scored

    @property
    def note(self) -> str | None:
        """The notes as one English text, or None when there are none: what a caller without the window's words (a
        script, a test) reads. The app writes the LMS files from its export dialog, which says each note in the
        interface's language (:mod:`grader_app.ui.export_notes`); ``grader score`` writes no LMS file."""
        return " ".join(self.notes) or None


def report_path_for(path: Path) -> Path:
    return path.with_name(f"{path.stem}-unmatched.csv")


def safe_text(v, delimiter: str = ",", first: bool = False) -> str:
    """A cell as a CSV written with ``delimiter`` holds it (``first``: the first of its line): formula-safe wherever a
    spreadsheet could start a cell."""
    text = "" if v is None else str(v)
    return guard_cell(LONE_SURROGATE.sub("\ufffd", text), delimiter, first)


def write_csv(path: Path, rows: Iterable[Sequence], bom: bool = False, quote_all: bool = False,
              delimiter: str = ",") -> Path:
    """Every cell formula-safe; UTF-8 (with a BOM for Excel when asked), comma-separated (or by ``delimiter``), CRLF,
    every cell in double quotes when asked; atomic."""
    buf = io.StringIO(newline="")
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n",
                   quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
    for row in rows:
        w.writerow([safe_text(c, delimiter, first=j == 0) for j, c in enumerate(row)])
    data = buf.getvalue().encode("utf-8-sig" if bom else "utf-8")
    return atomic_write(Path(path), lambda f: f.write(data))


def finish(path: Path, written: int, unmatched: list[Unmatched], notes: Sequence[Note], system: str, session,
           words: ListWords | None = None, titles: Mapping[str, str] | None = None,
           ungraded: Sequence[Unmatched] = ()) -> ExportResult:
    """The result of the import file ``path`` written with ``written`` students and ``notes``, once its list of the
    students left out is written (:func:`report_left_out`, whose notes go last). The students in the file without a
    grade, because an answer of theirs still has no score (``ungraded``, :mod:`.ungraded`), are in that list too, after
    those left out. A list that could not be written raises its SheetError carrying, as ``result``, this
    file's result without a list: the file is saved all the same, and the window says so as the export it is, with the
    list's problem beside it."""
    try:
        report, removed, stale = report_left_out(path, unmatched, system, session, words, titles, ungraded)
    except SheetError as exc:
        exc.result = ExportResult(path=path, written=written, unmatched=list(unmatched), notes=list(notes),
                                  ungraded=list(ungraded))
        raise
    return ExportResult(path=path, written=written, unmatched=list(unmatched), report=report, notes=[*notes, *stale],
                        removed_report=removed, ungraded=list(ungraded))


def report_left_out(path: Path, unmatched: list[Unmatched], system: str, session, words: ListWords | None = None,
                    titles: Mapping[str, str] | None = None,
                    ungraded: Sequence[Unmatched] = ()) -> tuple[Path | None, Path | None, list[Note]]:
    """The list of the students left out of the import file ``path`` (``<name>-unmatched.csv`` beside it, laid out as
    the teacher's sheet, :func:`write_report`), then of those in it without a grade (``ungraded``), or, when everyone
    is in the file with a grade, an earlier list of that name deleted (entering its grades by hand would enter them
    twice): (the list written, the list deleted, the notes saying so)."""
    report_path = report_path_for(path)
    if unmatched or ungraded:
        try:
            return write_report(report_path, [*unmatched, *ungraded], system, session.item_keys(), words,
                                delimiter=csv_delimiter(session.sheet), titles=titles), None, []
        except SheetError as exc:
            raise _list_not_saved(exc, path, report_path, unmatched) from None
    if not report_path.is_file():
        return None, None, []
    try:
        report_path.unlink()
    except OSError:
        return None, None, [said.stale_report_kept(report_path.name)]
    return None, report_path, [said.stale_report_deleted(report_path.name)]


# the list refused because another program holds it open (safe_write's kinds) -> saying that the import file was saved
_LIST_KINDS = {"write.locked": "write.list_locked", "write.open_elsewhere": "write.list_open_elsewhere"}


def _list_not_saved(exc: SheetError, path: Path, report_path: Path, unmatched: list[Unmatched]) -> SheetError:
    """The problem of writing the list ``report_path`` after the import file ``path`` was written: a list open in
    another program (Excel holds a CSV it has open) says that ``path`` was saved and the list was not, not the list
    alone as though nothing had been saved; any other problem as it is. Either way it carries the students left out
    of ``path`` (``unmatched``), for the window to show who is not in the file it did save."""
    kind = _LIST_KINDS.get(exc.kind or "")
    problem = SheetError.said(kind, name=path.name, list=report_path.name) if kind else exc
    problem.unmatched = list(unmatched)
    return problem


def write_report(path: Path, unmatched: list[Unmatched], system: str, items: Sequence[str],
                 words: ListWords | None = None, delimiter: str = ",", titles: Mapping[str, str] | None = None) -> Path:
    """The students left out of an import file, so none is lost: row, student, why, their scores; in ``words`` (the
    teacher's language, from the window), else in English. The teacher opens it, no LMS: ``delimiter`` is the one
    of the teacher's sheet (:func:`~grader_app.io.csv_locale.csv_delimiter`), its decimal mark goes with it.
    ``titles``: a question's column title where it is not its key (a sheet that names no question: its answer
    column's header)."""
    w = words if words is not None else ListWords()
    titles = titles or {}
    rows: list[list] = [[w.row, w.student, w.why.format(system=system), *(titles.get(i) or i for i in items)]]
    for u in unmatched:
        rows.append([u.row, u.student, w.reason(u.reason),
                     *(with_decimal_mark(u.scores.get(i, ""), delimiter) for i in items)])
    return write_csv(path, rows, bom=True, delimiter=delimiter)
