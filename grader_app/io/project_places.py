"""Which sheet a project file goes with when the teacher opens the project file itself, and which project a sheet
without one of its own may take over. Pure Python; no Qt.

* :func:`project_sheet`: a project file opened by itself (double-clicked, dropped, File ▸ Open) opens the sheet
  of the stored name *beside it*, and the window then writes into that very project file (not the project beside
  the sheet's stored path): a class folder copied to a USB stick and graded there keeps its work on the stick. Only
  when no sheet of that name is beside it is the stored path used, and the window says which sheet it opened. The
  project's own checks (the hashes of its answers) still refuse a sheet of another class.
* :func:`earlier_project`: a sheet that has no project of its own (renamed from ``quiz.xlsx`` to
  ``quiz-final.xlsx``, or saved under another name) looks at the few project files in its folder for one that
  holds decisions on most of its answers (the same student, question and text, by the hashes the project keeps),
  so the window can offer it. :func:`take_over_project` copies it to the sheet's own project file (through SQLite,
  so a crashed session's last decisions come too; never over a file), leaving the other one as it was: it may
  still be the project of the sheet it was made for. The decisions then come back through the project's usual
  check and restore, which match each one to its answer by student, question and text.
"""
from __future__ import annotations

import os
import sqlite3
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..core.sheet import Sheet, answers_from_sheet
from ..errors import GraderError
from .project_copy import copy_project
from .project_records import digests_of
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


def earlier_project(sheet_path, sheet: Sheet, read_worksheet: Callable[[str], Sheet] | None = None,
                    ) -> EarlierProject | None:
    """The project file in the sheet's folder that holds decisions on most of ``sheet``'s answers (the most
    decisions if several do), or None; ``read_worksheet(name)`` reads another worksheet of the same file (a project
    that graded a workbook's second worksheet). Call it only when the sheet has no project of its own."""
    own = project_path_for(sheet_path)
    try:
        files = [p for p in Path(sheet_path).absolute().parent.glob("*" + SUFFIX) if p.is_file() and p != own]
        files = sorted(files, key=lambda p: p.stat().st_mtime, reverse=True)[:LOOKED_AT]
    except OSError:
        return None
    best = None
    for path in files:
        try:
            found = _holds(path, sheet, read_worksheet)
        except (GraderError, OSError, sqlite3.Error, ValueError, KeyError):   # not one to offer: looked past
            continue
        if found is not None and (best is None or found[0] > best.decisions):
            best = EarlierProject(path, *found, own)
    return best


def _holds(path: Path, sheet: Sheet, read_worksheet) -> tuple[int, str] | None:
    """How many decisions the project ``path`` holds on ``sheet``'s answers, and the sheet it was made for; None
    unless its answers are most of this sheet's."""
    from .lms import reading_for

    with ProjectStore.open(path, read_only=True) as store:
        setup = store.load_setup()
        if setup is None:
            return None
        stored = store.stored_answers()
        decided = set(store.decided_answers())
    worksheet = setup.get("sheet_name")
    if worksheet and worksheet != sheet.sheet_name:
        if read_worksheet is None:
            return None
        sheet = read_worksheet(worksheet)
    answers = answers_from_sheet(sheet, setup["mapping"], reading_for(sheet))
    left = Counter(digests_of(answers))
    found = decisions = 0
    for key, digest in stored:
        if left[digest] > 0:
            left[digest] -= 1
            found += 1
            decisions += key in decided
    # the project's own check takes a sheet holding half its answers; offered only when they are most of this sheet's
    if not decisions or found < 0.5 * max(len(stored), 1) or found <= 0.5 * len(answers):
        return None
    made_for = setup["sheet_path"].name if setup.get("sheet_path") else path.stem
    return decisions, made_for


def take_over_project(earlier: Path, sheet_path) -> Path:
    """Copy the project file ``earlier`` to the sheet's own project file; its path. ``earlier`` is only read, and a
    project the sheet has meanwhile (another window made it) is kept as it is: nothing is copied over it."""
    target = project_path_for(sheet_path)
    if os.path.lexists(target):
        return target
    conn = connect_read_only(Path(earlier))
    try:
        copy_project(conn, target).close()
    except FileExistsError:   # it took the name while the copy was made
        pass
    finally:
        conn.close()
    return target


def existing_project_for(sheet_path: str | os.PathLike) -> Path | None:
    """The project file of a sheet if there is one, beside it or in the user's data folder (where
    :func:`project_path_for` puts it for a sheet in a read-only folder), else None; found by looking only: unlike
    :func:`project_path_for`, it never tries a write in the sheet's folder (the command line reads a project, and
    leaves nothing beside the teacher's sheet)."""
    sheet_path = Path(sheet_path).absolute()
    beside = sheet_path.with_name(sheet_path.stem + SUFFIX)
    for path in (beside, in_data_folder(sheet_path)):
        if path.exists():
            return path
    return None
