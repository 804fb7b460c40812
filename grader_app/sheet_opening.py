"""Opening a sheet, with no Qt: its cells read (a sheet Grader graded before without its grading columns), its
columns guessed, and its project file looked for, opened and checked against the sheet (the worksheet it graded,
the columns it recorded, asked again where the sheet changed). Slow: a worker's job in the window.
:mod:`grader_app.workflow` hands these on under their names there.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .core.grading import fill_default_item
from .core.sheet import ColumnMapping, Sheet
from .io.errors import SheetError
from .io.project_columns import ChangedColumns, ask_again, gone
from .io.project_places import project_sheet
from .io.project_repair import DAMAGED, Repaired, repair
from .io.project_store import ProjectError, ProjectStore, project_path_for
from .io.worksheet_projects import (Reopened, SavedWorksheet, open_where_worked, other_worksheets_project,
                                    work_by_worksheet, worksheet_project)


def read_sheet(path, sheet_name: str | None = None) -> Sheet:
    """The sheet's cells as text (SheetError, one sentence, if it cannot be read)."""
    from .io.readers import read_sheet as _read

    return _read(path, sheet_name=sheet_name)


def read_for_grading(path, sheet_name: str | None = None) -> Sheet:
    """:func:`read_sheet` for grading: a sheet Grader graded before comes without its grading columns, holding the
    teacher's earlier decisions and a note saying so (:mod:`~grader_app.io.earlier_grading`; learning from a marked
    sheet reads them with :func:`read_sheet`)."""
    from .io.earlier_grading import set_aside

    return set_aside(read_sheet(path, sheet_name=sheet_name))


def decisions_kept(path, project=None) -> tuple[str, int] | None:
    """For a sheet that could not be read: the name of its project file (``project``, the one the teacher opened, else
    the sheet's own) and how many decisions it holds, looked at without a lock; None when there is none, it holds
    none or it cannot be read (then nothing is said about it)."""
    try:
        where = Path(project) if project is not None else project_path_for(path)
        if not ProjectStore.exists(where):
            return None
        store = ProjectStore.open(where, read_only=True)
        try:
            count = store.decision_count()
        finally:
            store.close()
    except Exception:   # only a kind word is at stake: the sheet's own problem is said whatever happens here
        return None
    return (where.name, count) if count else None


def guess_columns(sheet: Sheet, library=None) -> ColumnMapping:
    """The proposed columns; with a library, a long sheet whose answer column is named after an
    installed model gets that question for every answer. SheetError or ValueError if no guess."""
    from .io.columns import guess_columns as _guess

    mapping = _guess(sheet)
    fill_default_item(mapping, library)
    return mapping


@dataclass
class OpenedSheet:
    """A sheet read from disk, with its guessed columns and, if it has one, its project."""

    path: Path
    sheet: Sheet
    mapping: ColumnMapping | None = None          # the guess; None when the columns could not be guessed
    guess_error: Exception | None = None
    store: ProjectStore | None = None             # the sheet's project, open (and locked), when it has a setup
    setup: dict | None = None                     # what that project recorded (ProjectStore.load_setup)
    project_error: ProjectError | None = None     # the project exists but cannot be used here
    changed: ChangedColumns | None = None         # the project's columns, some of which the sheet lost: ask again
    project_path: Path | None = None              # the worksheet's own project file (:func:`worksheet_project`)
    reopened: Reopened | None = None              # a workbook opened at the worksheet worked on last: say which
    # the columns will be asked in a workbook of several worksheets: each one's saved work, for the list of worksheets
    worksheets: dict[str, SavedWorksheet] = field(default_factory=dict)
    repaired: Repaired | None = None              # the project was damaged: kept aside, a new one made of what read


def open_sheet(path, library=None, sheet_name: str | None = None, with_project: bool = True,
               project=None, ask: bool = False) -> OpenedSheet:
    """Read the sheet, guess its columns and look for its project file (slow: run it on a worker): ``project``, the
    project file the teacher opened, else the sheet's own (:func:`project_path_for`).

    A project that recorded a setup comes back open, so the columns need not be asked again; the caller owns it and
    must close it (or pass it to :func:`grader_app.workflow.prepare_session`). One whose columns are asked again
    (:func:`_stored_setup`, or the teacher ``ask``s) comes back closed, with ``changed`` saying how to ask.

    A worksheet ``sheet_name`` other than the one the workbook's project graded has a project of its own
    (:func:`worksheet_project`, in ``opened.project_path``): its columns are never the other worksheet's, and the
    other worksheet's project is left as it is. Without ``sheet_name`` (and ``project``), a workbook opens at the
    worksheet worked on last, saying so in ``opened.reopened`` (:func:`~grader_app.io.worksheet_projects.open_where_worked`)."""
    path = Path(path)
    own = project_path_for(path) if with_project and project is None else None
    reopened = None
    if own is not None and sheet_name is None:   # a workbook: at the worksheet worked on last (its own project's)
        sheet, sheet_name, reopened = open_where_worked(own, lambda name: read_for_grading(path, sheet_name=name),
                                                        path.name)
    else:
        sheet = read_for_grading(path, sheet_name=sheet_name)
    opened = OpenedSheet(path, sheet, reopened=reopened)
    try:
        opened.mapping = guess_columns(sheet, library)
    except (SheetError, ValueError) as exc:   # no guess: the teacher chooses the columns
        opened.guess_error = exc
    if with_project:
        project = Path(project) if project is not None else own
        assert project is not None
        _open_project(opened, project, sheet_name, ask)
        if opened.project_path is None and sheet_name and not ProjectStore.exists(project):
            if ProjectStore.exists(alone := worksheet_project(project, sheet_name)):   # the workbook's project gone
                opened.project_path = alone
        if opened.project_path is not None:   # the workbook's project is another worksheet's: this one's own
            _open_project(opened, opened.project_path, sheet_name, ask)
        if opened.store is None and len(sheet.sheet_names) > 1:   # the columns dialog lists the worksheets: their work
            # a glob and one small read of each project file beside the workbook: here, on the caller's worker
            opened.worksheets = work_by_worksheet(project, path.name, sheet.sheet_names,
                                                  default=sheet.sheet_name if sheet_name is None else None)
    return opened


def _open_project(opened: OpenedSheet, project: Path, sheet_name: str | None, ask: bool) -> None:
    """:func:`open_sheet`'s look at the project file ``project``. One made for another worksheet than ``sheet_name``
    is closed again and names this worksheet's own (``opened.project_path``), unless it is that one already. A damaged
    one is kept aside and a new one made of what can still be read of it (:mod:`.io.project_repair`), once."""
    if ProjectStore.exists(project):
        try:
            store = ProjectStore.open(project)
        except ProjectError as exc:
            if not _repaired(opened, project, exc):
                opened.project_error = exc
                return
            return _open_project(opened, project, sheet_name, ask)
        try:
            opened.setup = store.load_setup()
        except ProjectError as exc:   # a damaged page, too, is one sentence naming the file
            store.close()
            if _repaired(opened, project, exc):
                return _open_project(opened, project, sheet_name, ask)
            opened.project_error = exc
            return
        except BaseException:
            store.close()
            raise
        if opened.setup is None:
            store.close()    # reopened with the chosen columns by prepare_session
        elif (sheet_name and opened.setup.get("sheet_name") not in (None, sheet_name)
              and opened.project_path is None):
            store.close()    # another worksheet's project, left as it is
            opened.project_path = other_worksheets_project(project, opened.setup["sheet_name"], sheet_name,
                                                           project_path_for(opened.path))
            opened.setup = None
        else:
            opened.store = store
            _stored_setup(opened, store, sheet_name)
            if ask and opened.store is not None and opened.changed is None:   # asked again, as it is
                setup = opened.setup or {}
                opened.changed = ChangedColumns(setup["mapping"], dict(setup.get("item_bundles") or {}), None)
            if opened.changed is not None:
                opened.changed.scales = store.load_scales()   # the dialog shows what the teacher set them to be out of
                store.close()    # reopened with the columns chosen by prepare_session
                opened.store, opened.setup = None, None


def _repaired(opened: OpenedSheet, project: Path, problem: ProjectError) -> bool:
    """``problem`` says the project is damaged, and it was made anew of what could be read (``opened.repaired``), for
    the first time in this opening."""
    if problem.kind not in DAMAGED or opened.repaired is not None:
        return False
    opened.repaired = repair(project)
    return opened.repaired is not None


def _stored_setup(opened: OpenedSheet, store: ProjectStore, asked: str | None) -> None:
    """A workbook's project graded the worksheet the teacher chose, which need not be the one read by default: read
    that one again (a worksheet since renamed or removed is one sentence). A project saved before Grader read first
    names gains the first-name column this sheet's guess finds (:meth:`ProjectStore.upgrade_setup`). A project made with
    a column the sheet no longer has, or without the ids it has gained, asks for the columns again (``opened.changed``:
    :func:`~grader_app.io.project_columns.ask_again`), unless it is another sheet's."""
    stored, guess = (opened.setup or {}).get("sheet_name"), opened.mapping   # the guess made of opened.sheet
    if stored and asked is None and stored != opened.sheet.sheet_name:
        try:
            opened.sheet, guess = read_for_grading(opened.path, sheet_name=stored), None
        except SheetError as exc:
            name = store.path.name
            store.close()
            opened.store, opened.setup = None, None
            opened.project_error = ProjectError.said("project.worksheet_unreadable", name=name,
                                                     sheet=stored, why=exc)
            return
    setup = opened.setup or {}
    if not gone(opened.sheet, setup["mapping"]):
        opened.setup = setup = store.upgrade_setup(setup, opened.sheet, guess)
    again = ask_again(opened.sheet, setup, guess, store, opened.path.name)
    if isinstance(again, ProjectError):   # another sheet's project, whatever the columns
        store.close()
        opened.store, opened.setup, opened.project_error = None, None, again
    else:
        opened.changed = again


def sheet_of_project(path) -> Path:
    """The sheet a project file belongs to (:func:`~grader_app.io.project_places.project_sheet`: the one beside it)."""
    return project_sheet(path).sheet
