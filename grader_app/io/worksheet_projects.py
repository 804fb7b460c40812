"""A workbook graded worksheet by worksheet: which of its worksheets has saved work, and which one to open.

The workbook's project file (``classes.grader-project``) grades one of its worksheets; another worksheet chosen in the
columns dialog gets a project of its own beside it (``classes (Period 2).grader-project``, :func:`worksheet_project`).
Opening the workbook (the window's File ▸ Open, a drop, a recent sheet, or ``grader score`` without ``--sheet-name``)
opens the worksheet the teacher worked on last (:func:`open_where_worked`), not always the one of the workbook's own
project: a teacher who graded "Period 2" yesterday lands there today, told which worksheet it is and which others have
saved work of their own (:class:`Reopened`). "Last" is when the project was last opened for grading (its setup is saved
each time) or a decision was last made in it, as the project records them: a class folder copied to a USB stick keeps
it, where the files' modification times would not. A tie goes to the workbook's own project. The columns dialog's list
of worksheets says of each with saved work how many of its answers the teacher decided there (:func:`work_by_worksheet`:
the project's decisions, of the answers it was made with).

Only looked at: every project is read without its lock and nothing is written. Pure Python; no Qt.
"""
from __future__ import annotations

import glob
import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from ..core.sheet import Sheet
from ..errors import GraderError
from .errors import SheetError
from .project_schema import SUFFIX, connect_read_only


@dataclass(frozen=True)
class SavedWorksheet:
    """A worksheet of the workbook with a project that knows its columns."""

    name: str | None   # the worksheet (None: a project saved without one, which grades the one read by default)
    project: Path      # its project file
    at: datetime | None   # when it was last opened for grading or decided in (None: the project does not say)
    sheet_file: str | None = None   # the file name of the workbook it was made for, as it recorded it
    decided: int | None = None      # how many answers the teacher decided there (None: the project does not say)
    answers: int | None = None      # of how many answers (None: a project saved before it counted them)


@dataclass(frozen=True)
class Reopened:
    """What opening the workbook says: ``sheet``, the worksheet it opened because the teacher worked there last (not
    the one read by default, or not the only one with saved work), and ``others``, the workbook's other worksheets
    with saved work of their own."""

    sheet: str
    others: tuple[str, ...] = ()


def worksheet_project(project: Path, sheet_name: str) -> Path:
    """The project file of the worksheet ``sheet_name`` of a workbook whose project (``project``) grades another of its
    worksheets: beside it, named after it and the worksheet ("classes (Period 2).grader-project")."""
    return project.with_name(f"{project.stem} ({_safe(sheet_name)}){project.suffix}")


def _safe(sheet_name: str) -> str:
    return "".join("_" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in sheet_name)


def saved_worksheets(project: Path | None, workbook: str | None = None) -> list[SavedWorksheet]:
    """The worksheets with saved work of the workbook (file name ``workbook``) whose project file is ``project`` (which
    need not exist): that one's and each worksheet's own beside it, the one worked on last first. A file of another
    name, a copy the teacher made ("classes (old).grader-project"), another workbook's ("classes (Period 2).xlsx"'s),
    or one that cannot be read is looked past."""
    if project is None:
        return []
    found: list[tuple[tuple, SavedWorksheet]] = []
    try:
        own = sorted(Path(p) for p in glob.glob(glob.escape(str(project.with_suffix(""))) + " (*)" + SUFFIX))
    except OSError:
        own = []
    for path in [project, *own]:
        saved = _look(path)
        if saved is None or (path != project and (saved.name is None or worksheet_project(project, saved.name) != path
                                                  or not _same(saved.sheet_file, workbook))):
            continue
        found.append(((saved.at is not None, saved.at or datetime.min, path == project), saved))
    return [saved for _rank, saved in sorted(found, key=lambda f: f[0], reverse=True)]


def _look(path: Path) -> SavedWorksheet | None:
    """The worksheet the project file ``path`` grades and when it was last worked on; None if it has no setup yet, is
    no file, or cannot be read."""
    try:
        if not path.is_file():
            return None
        conn = connect_read_only(path)
    except (GraderError, OSError):
        return None
    try:
        meta = dict(conn.execute("SELECT name, value FROM meta WHERE name IN ('mapping', 'sheet_name', 'saved', "
                                 "'sheet_file', 'answers')"))
        if meta.get("mapping") is None:
            return None
        last = conn.execute("SELECT max(logged_at) FROM decision_log").fetchone()[0]
        decided = conn.execute("SELECT count(*) FROM decisions").fetchone()[0]
        answers = json.loads(meta["answers"]) if meta.get("answers") is not None else None
        name = json.loads(meta["sheet_name"]) if meta.get("sheet_name") is not None else None
        times = [t for t in (_time(json.loads(meta["saved"]) if meta.get("saved") else None), _time(last)) if t]
        file = json.loads(meta["sheet_file"]) if meta.get("sheet_file") is not None else None
        return SavedWorksheet(name if isinstance(name, str) and name else None, path, max(times) if times else None,
                              file if isinstance(file, str) else None, decided if isinstance(decided, int) else None,
                              answers if isinstance(answers, int) and not isinstance(answers, bool) else None)
    except (sqlite3.Error, ValueError, TypeError):
        return None
    finally:
        conn.close()


def _same(file: str | None, workbook: str | None) -> bool:
    return file is None or workbook is None or file.casefold() == workbook.casefold()


def _time(text) -> datetime | None:
    """An ISO time the project wrote (``project_schema.now``: UTC), as UTC without its zone; None if it is none."""
    try:
        at = datetime.fromisoformat(text) if isinstance(text, str) and text else None
    except ValueError:
        return None
    if at is not None and at.utcoffset() is not None:
        at = at.astimezone(timezone.utc).replace(tzinfo=None)
    return at


def work_by_worksheet(project: Path | None, workbook: str | None, worksheets: tuple[str, ...],
                      default: str | None = None) -> dict[str, SavedWorksheet]:
    """The saved work of each of ``worksheets`` that has some (:func:`saved_worksheets`), by its name, for the columns
    dialog's list of worksheets: the newest project of a worksheet if two say they grade it; a project that names no
    worksheet as the worksheet ``default`` (the one read by default, when known), else not at all."""
    out: dict[str, SavedWorksheet] = {}
    for saved in saved_worksheets(project, workbook):
        name = saved.name if saved.name is not None else default
        if name is not None and name in worksheets:
            out.setdefault(name, saved)
    return out


def project_of_worksheet(project: Path | None, sheet_name: str | None) -> Path | None:
    """The project file of the worksheet ``sheet_name`` (None: the one read by default): the workbook's ``project``
    unless that one grades another worksheet, then the worksheet's own (:func:`worksheet_project`); the worksheet's
    own, too, when the workbook's project is gone or empty and the worksheet's is not."""
    if project is None or sheet_name is None:
        return project
    saved, own = _look(project), worksheet_project(project, sheet_name)
    if saved is None:
        return own if own.is_file() else project
    return project if saved.name in (None, sheet_name) else own


def other_worksheets_project(project: Path, graded: str, wanted: str, main: Path) -> Path:
    """The project file of the worksheet ``wanted`` when the project file ``project`` grades another one, ``graded``:
    the workbook's (``main``) or ``wanted``'s own beside it when ``project`` is a worksheet's own project opened by
    itself (double-clicked or dropped), else ``wanted``'s own beside ``project``."""
    if project != main and project == worksheet_project(main, graded):
        return project_of_worksheet(main, wanted) or main
    return worksheet_project(project, wanted)


def open_where_worked(project: Path | None, read: Callable[[str | None], Sheet], workbook: str | None = None,
                      ) -> tuple[Sheet, str | None, Reopened | None]:
    """The workbook (file name ``workbook``) read (``read(worksheet)``; None: the one read by default) at the worksheet
    worked on last, the worksheet to open it with (None: as the workbook's project says), and what to say about it
    (None when nothing need be said: no saved work, or only on the worksheet read by default). A worksheet since
    renamed or removed: the default, as when nothing is saved (the workbook's project then says what became of its
    worksheet)."""
    saved = saved_worksheets(project, workbook)
    if not saved or saved[0].name is None:
        return read(None), None, None
    last, sheet = saved[0], None
    if len(saved) == 1:   # only one worksheet has saved work: most often the one read by default, read once
        sheet = read(None)
        if sheet.sheet_name == last.name:   # its own project, if the workbook's is gone: asked for by its name
            return sheet, (None if last.project == project else last.name), None
    try:
        sheet = read(last.name)
    except SheetError:
        return (sheet if sheet is not None else read(None)), None, None
    others = tuple(dict.fromkeys(s.name for s in saved[1:] if s.name is not None and s.name != sheet.sheet_name
                                 and s.name in sheet.sheet_names))
    return sheet, last.name, Reopened(str(sheet.sheet_name), others)
