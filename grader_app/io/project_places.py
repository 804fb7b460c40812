"""Which sheet a project file goes with when the teacher opens the project file itself, and which project a sheet
without one of its own may take over. Pure Python; no Qt.

* :func:`project_sheet`: a project file opened by itself (double-clicked, dropped, File ▸ Open) opens the sheet
  of the stored name *beside it*, and the window then writes into that very project file (not the project beside
  the sheet's stored path): a class folder copied to a USB stick and graded there keeps its work on the stick. Only
  when no sheet of that name is beside it is the stored path used, and the window says which sheet it opened. The
  project's own checks (the hashes of its answers) still refuse a sheet of another class.
* :func:`earlier_project`: a sheet that has no project of its own (renamed from ``quiz.xlsx`` to
  ``quiz-final.xlsx``, or saved under another name) looks at the few project files in its folder for one that
  holds decisions on most of its answers (the same student, question and text, by the hashes the project keeps), or
  on nearly all of them when the sheet is a part of the project's sheet (a class sheet split per section:
  :mod:`.project_part`), so the window can offer it. :func:`take_over_project` copies it to the sheet's own project
  file (through SQLite, so a crashed session's last decisions come too; never over a file), leaving the other one as
  it was: it may still be the project of the sheet it was made for. A part's copy keeps the work on its own answers
  only. The decisions then come back through the project's usual check and restore, which match each one to its
  answer by student, question and text.
"""
from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..core.sheet import Sheet
from ..errors import GraderError
from .project_copy import copy_project
from .project_part import shared, trim
from .project_schema import SUFFIX, ProjectError, connect_read_only, in_data_folder
from .project_store import ProjectStore, project_path_for

LOOKED_AT = 12   # the project files of a folder looked at for a sheet without its own (the most recent ones)


class NoSheetForProject(ProjectError, ValueError):
    """A project file that does not lead to its sheet (still a ValueError, for the callers that catch those)."""


@dataclass(frozen=True)
class ProjectSheet:
    """What opening a project file opens: ``sheet`` with the project ``project`` (the file opened)."""

    sheet: Path
    project: Path
    elsewhere: bool = False   # the sheet is not beside the project file (its stored place), nor is this its own project


def project_sheet(path) -> ProjectSheet:
    """The sheet a project file belongs to: the one of the stored name beside it, else the stored path (a read-only
    look: this window may hold the project's lock). NoSheetForProject (one sentence) if there is none."""
    path = Path(path).absolute()
    if not path.is_file():
        raise NoSheetForProject.said("project.no_file", name=path.name)
    with ProjectStore.open(path, read_only=True) as store:
        setup = store.load_setup() or {}
    sheet = setup.get("sheet_path")
    if sheet is None:
        raise NoSheetForProject.said("project.no_sheet_yet", name=path.name)
    sheet = Path(sheet)
    if not sheet.exists():
        raise NoSheetForProject.said("project.sheet_missing", sheet=sheet.name, name=path.name)
    elsewhere = sheet.parent != path.parent and project_path_for(sheet) != path
    return ProjectSheet(sheet, path, elsewhere)


@dataclass(frozen=True)
class EarlierProject:
    """A project file beside a sheet that has none of its own, holding ``decisions`` on that sheet's answers."""

    path: Path
    decisions: int
    made_for: str   # the file name of the sheet it was made for
    own: Path       # the sheet's own project file, which taking it over makes
    part: bool = False   # the sheet is a part of the one it was made for (:mod:`.project_part`): copied for its answers
    found: int = 0       # the sheet's answers the project holds
    stored: int = 0      # the answers the project was made for


def earlier_project(sheet_path, sheet: Sheet, read_worksheet: Callable[[str | None], Sheet] | None = None,
                    ) -> EarlierProject | None:
    """The project file in the sheet's folder that holds decisions on most of ``sheet``'s answers, or on nearly all of
    them when the sheet is a part of the one it was made for (the most decisions if several do, then one whose sheet is
    still beside it), or None; ``read_worksheet(name)`` reads another worksheet of the same file (a project that graded
    a workbook's second worksheet). Call it only when the sheet has no project of its own."""
    own = project_path_for(sheet_path)
    try:
        files = [p for p in Path(sheet_path).absolute().parent.glob("*" + SUFFIX) if p.is_file() and p != own]
        files = sorted(files, key=lambda p: p.stat().st_mtime, reverse=True)[:LOOKED_AT]
    except OSError:
        return None
    best: tuple[tuple[int, bool], EarlierProject] | None = None
    for path in files:
        try:
            found = shared(path, sheet, read_worksheet)
        except (GraderError, OSError, sqlite3.Error, ValueError, KeyError):   # not one to offer: looked past
            continue
        if found is None or not found.offered:
            continue
        rank = (found.decisions, (path.parent / found.made_for).exists())   # a tie: the one whose sheet is still there
        if best is None or rank > best[0]:
            best = rank, EarlierProject(path, found.decisions, found.made_for, own, found.part, len(found.keymap),
                                        found.stored)
    return None if best is None else best[1]


def take_over_project(earlier: Path, sheet_path, read: Callable[[str | None], Sheet] | None = None) -> Path:
    """Copy the project file ``earlier`` to the sheet's own project file; its path. A sheet that is a part of the one
    the project was made for (read again here, with ``read(worksheet)`` or from ``sheet_path``) gets a copy holding
    the work on its own answers only (:func:`.project_part.trim`). ``earlier`` is only read, and a project the sheet
    has meanwhile (another window made it) is kept as it is: nothing is copied over it."""
    target = project_path_for(sheet_path)
    if os.path.lexists(target):
        return target
    try:
        share = shared(Path(earlier), None, read or (lambda name: _read_for_grading(sheet_path, name)))
    except (GraderError, OSError, sqlite3.Error, ValueError, KeyError):   # the sheet read again fails as it opens
        share = None
    part = share if share is not None and share.part else None
    conn = connect_read_only(Path(earlier))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)   # the data folder's projects, for a sheet in a read-only one
        copy_project(conn, target, None if part is None else lambda copy: trim(copy, part, Path(sheet_path))).close()
    except FileExistsError:   # it took the name while the copy was made
        pass
    finally:
        conn.close()
    return target


def _read_for_grading(path, sheet_name: str | None) -> Sheet:
    """The sheet as the window reads it for grading (:func:`grader_app.workflow.read_for_grading`)."""
    from .earlier_grading import set_aside
    from .readers import read_sheet

    return set_aside(read_sheet(path, sheet_name=sheet_name))


def existing_project_for(sheet_path: str | os.PathLike) -> Path | None:
    """The project file of a sheet if there is one, beside it or in the user's data folder (where
    :func:`project_path_for` puts it for a sheet in a read-only folder), else None; found by looking only: unlike
    :func:`project_path_for`, it never tries a write in the sheet's folder (the command line reads a project, and
    leaves nothing beside the teacher's sheet)."""
    sheet_path = Path(sheet_path).absolute()
    beside = sheet_path.with_name(sheet_path.stem + SUFFIX)
    for path in (beside, in_data_folder(sheet_path)):
        try:
            if path.exists():
                return path
        except OSError:   # a folder that cannot be searched: no project is read there (the sheet's read says why)
            continue
    return None


def kept_in_data_folder(sheet_path: str | os.PathLike, project: str | os.PathLike) -> bool:
    """True when ``project``, the project file the sheet at ``sheet_path`` opened with, is in the user's data folder
    (where :func:`project_path_for` keeps it when the sheet's folder cannot be written to), not beside the sheet: the
    teacher looking beside the sheet would not find it. Names are compared only; nothing is looked up on disk."""
    sheet_path = Path(sheet_path).absolute()
    return Path(project).absolute().parent == in_data_folder(sheet_path).parent != sheet_path.parent
