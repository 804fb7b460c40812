"""Opening a sheet, step by step off the GUI thread: read it and guess its columns
(:func:`grader_app.workflow.open_sheet`); a project that knows the columns goes straight on, else
the columns dialog asks (prefilled with the project's choices, saying why, when the sheet lost a column the project
was made with); then the session is prepared (:func:`grader_app.workflow.prepare_session`). A project file the teacher
opened is carried through every step, as it is the one written; a sheet with no project of its own that has one in its
folder holding decisions on its answers (a renamed sheet) is first asked about (:mod:`.earlier_project`).

Each step is a workflow function on the task manager; its result comes back here on the GUI
thread and goes out as a signal. The sheet is opened (``sheetOpened``: it joins the recent sheets) only once its session
is prepared, not when it is read, refused or its columns dialog cancelled. Whoever receives ``prepared`` owns the
session and its store. What is said once the sheet is open: :mod:`.opening_notes`.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import workflow
from ..io.columns import holds_no_answers
from ..io.errors import SheetError
from ..bundles.library import Library
from .blind import recorded_blind_marking
from .earlier_project import ask_take_over
from .mapping_dialog import MappingDialog, RowsRead, rows_read
from .project_elsewhere import earlier_work, prepare_and_remember, started_afresh
from .messages import plain
from .weak_slots import weak_slot

translate = QCoreApplication.translate

# the project's problems with the columns chosen in the dialog that the dialog asks again about (workflow.prepare_session)
ASK_AGAIN = frozenset({"project.columns_lose", "project.other_columns"})


def read_and_look(path, library, sheet_name: str | None, project=None,
                  ask: bool = False) -> tuple[workflow.OpenedSheet, bool | None, workflow.EarlierProject | None,
                                              RowsRead | None]:
    """The sheet read (:func:`grader_app.workflow.open_sheet`; ``project``: the project file the teacher opened), and,
    when the columns dialog will ask, what a project file beside it says about blind marking and, if the sheet has no
    project of its own, another project in its folder that holds decisions on its answers (a renamed sheet's), or one
    kept elsewhere for the same answers (:mod:`.project_elsewhere`; looked for on the first read only, not when the
    teacher chose another worksheet): all on the worker, none of it on the GUI thread. ``ask``: the teacher asked to
    choose the columns again (File ▸ Choose columns…). When the columns dialog will ask, the rows it counts the
    answers on (:func:`rows_read`) come too, with what they say under the columns it opens with and the
    library's model of each of their questions."""
    try:
        opened = workflow.open_sheet(path, library, sheet_name, project=project, ask=ask)
    except SheetError as exc:   # a sheet damaged since the teacher worked on it: whether that work is safe is said too
        exc.work_kept = workflow.decisions_kept(path, project)
        raise
    asks = opened.store is None and opened.project_error is None
    earlier = None
    if asks and opened.changed is None and project is None and sheet_name is None and opened.project_path is None and \
            not workflow.ProjectStore.exists(workflow.project_path_for(opened.path)):
        earlier = earlier_work(opened)   # beside it (a renamed sheet), else kept elsewhere (a copy taken home)
    return (opened, recorded_blind_marking(opened.sheet, project) if asks else None, earlier,
            rows_read(opened.sheet, start=first_columns(opened), library=library) if asks else None)


def first_columns(opened: workflow.OpenedSheet):
    """The columns the dialog opens with: the project's where the sheet still has them, else the guess (also the
    columns guessed when only the answers' column is missing: it is empty), else None."""
    changed = opened.changed
    return changed.mapping if changed else opened.mapping or getattr(opened.guess_error, "guess", None)


class SheetOpener(QObject):
    # Path: the sheet is opened, its columns confirmed or its project gone on with (it joins the recent sheets; a
    # sheet only read, refused or its columns dialog cancelled, is not one the teacher worked on)
    sheetOpened = Signal(object)
    asking = Signal()                # the columns dialog is open
    status = Signal(str, int)        # a status-bar sentence and how long to show it (ms; 0: until replaced)
    prepared = Signal(object)        # workflow.Prepared
    failed = Signal(object, str)     # Path, the sentence saying why
    kept = Signal(object)            # Path: File ▸ Choose columns… cancelled, the columns kept as they were

    def __init__(self, tasks, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._window = parent_widget
        self.tasks = tasks
        self.library: Library | None = None
        self.mapping_dialog: MappingDialog | None = None
        self.discarding = False      # the window is closing: a late result only closes its project
        self._preparing = None
        self._reading = None
        self._worksheet_asked = False   # the teacher chose the worksheet being read in the columns dialog
        self._project: workflow.ProjectSheet | None = None   # the project file the teacher opened, if they did
        self._again = False   # the columns of an open sheet asked again (File ▸ Choose columns…): Cancel keeps them
        self._own: Path | None = None   # the worksheet's own project file, when the workbook's is another worksheet's
        self._reopened: workflow.Reopened | None = None   # the workbook opened at the worksheet worked on last
        self._repaired: workflow.Repaired | None = None   # the project was damaged and made anew (io.project_repair)
        self._reads = 0   # the sheets read so far: an answer to a question about an earlier one is let go
        self.earlier_box: QMessageBox | None = None   # asking whether to take over another project's decisions

    def let_go(self) -> None:
        """The sheet was closed: the columns dialog it was opened with (a child of the window, which holds the whole sheet)
        is deleted, unless it is open (asking about the next sheet)."""
        dlg = self.mapping_dialog
        if dlg is not None and not dlg.isVisible():
            self.mapping_dialog = None
            dlg.deleteLater()

    @property
    def busy(self) -> bool:
        """A session is being prepared (its project file is open on a worker)."""
        return self._preparing is not None

    @property
    def project(self) -> workflow.ProjectSheet | None:
        """The project file the teacher opened for the sheet being (or last) opened, if they did."""
        return self._project

    def read(self, path, library, sheet_name: str | None = None, project: workflow.ProjectSheet | None = None,
             ask: bool = False, again: bool | None = None) -> None:
        """Read the sheet (``project``: the project file the teacher opened, and so the one written; ``ask``: its
        columns are asked again even if its project knows them; ``again``: the sheet was open, and Cancel in the
        columns dialog keeps its columns as they were (``kept``); by default, as ``ask``)."""
        path = Path(path)
        self.library = library
        self._again = ask if again is None else again
        self.mapping_dialog = self.earlier_box = None
        self._worksheet_asked = sheet_name is not None
        self._project = project
        self._own, self._reopened, self._repaired = None, None, None
        self._reads += 1
        self._reading = self.tasks.run(read_and_look, path, self.library, sheet_name,
                                       project.project if project is not None else None, ask, on_done=self._read,
                                       on_error=lambda exc: self._failed(path, exc), name="read sheet")

    def _failed(self, path: Path, exc) -> None:
        self._reading = self._preparing = None
        sentence = plain(exc)
        if kept := getattr(exc, "work_kept", None):   # a sheet that cannot be read, its project's decisions are safe
            project, count = kept
            sentence = sentence.rstrip(".") + ". " + translate(
                "SheetOpener", "Your %n decisions are kept in {project}; they come back when the sheet opens again.", "",
                count).format(project=project)
        self.failed.emit(path, sentence)

    def _read(self, read: tuple[workflow.OpenedSheet, bool | None, workflow.EarlierProject | None,
                                RowsRead | None]) -> None:
        self._reading = None
        opened, recorded, earlier, rows = read
        path, sheet = opened.path, opened.sheet
        if self.discarding:
            if opened.store is not None:
                opened.store.close()
            return
        if opened.store is None and holds_no_answers(opened.guess_error) and len(sheet.sheet_names) <= 1:
            self.failed.emit(path, plain(opened.guess_error))   # a gradebook: refused as the command line does, not a
            return                                              # columns dialog that said "Choose the columns above" too
        self._own, self._reopened, self._repaired = opened.project_path, opened.reopened, opened.repaired
        if opened.project_error is not None:
            self.failed.emit(path, plain(opened.project_error))
            return
        if opened.store is not None:
            setup = opened.setup
            assert setup is not None   # the workflow keeps a project open only when it has a setup
            self._prepare(path, sheet, setup["mapping"], setup["item_bundles"], opened.store)
            return
        self.asking.emit()
        if earlier is not None:   # a renamed sheet: its decisions are in another project file beside it
            reads = self._reads
            self.earlier_box = ask_take_over(self._window, earlier, path, lambda take: self._earlier_answered(
                take, earlier, opened, recorded, rows) if reads == self._reads else None)
            return
        self._ask_columns(opened, recorded, rows)

    def _earlier_answered(self, take: bool, earlier: workflow.EarlierProject, opened: workflow.OpenedSheet,
                          recorded: bool | None, rows: RowsRead | None = None) -> None:
        """Take over the other project's decisions (copied on a worker, then the sheet read again with it), or ask
        for the columns as for any new sheet."""
        self.earlier_box = None
        if self.discarding:
            return
        path = opened.path
        if not take:   # not asked again for this sheet (a project elsewhere; noted on a worker)
            self.tasks.run(started_afresh, earlier, path, name="start afresh")
            return self._ask_columns(opened, recorded, rows)
        self.status.emit(self.tr("Copying {file}…").format(file=earlier.path.name), 0)
        library, reads = self.library, self._reads

        def copied(_own) -> None:   # the sheet read again, now with its own project: unless another is being opened
            if reads == self._reads and not self.discarding:
                self.read(path, library)
        self._reading = self.tasks.run(workflow.take_over_project, earlier.path, path, on_done=copied,
                                       on_error=lambda exc: self._failed(path, exc), name="take over project")

    def _ask_columns(self, opened: workflow.OpenedSheet, recorded: bool | None, rows: RowsRead | None = None) -> None:
        """The columns dialog, prefilled with the guess (or the project's choices, saying why they are asked again);
        ``rows``: the rows it counts the answers on, found on the worker that read the sheet (None: found here)."""
        path, sheet = opened.path, opened.sheet
        assert self.library is not None   # read() was given one
        changed = opened.changed   # the project's columns, some gone from the sheet: its choices where they still are
        dlg = self.mapping_dialog = MappingDialog(sheet, self.library, first_columns(opened),
                                                  chosen=changed.chosen if changed else None, parent=self.parent(),
                                                  recorded=(recorded,), worksheets=opened.worksheets,
                                                  scales=changed.scales if changed else None, rows=rows)
        if changed is not None and changed.said is not None:   # why they are asked again, what becomes of decisions
            (dlg.show_news if changed.news else dlg.show_problem)(plain(changed.said))   # a column found new: news
        elif opened.mapping is None:   # let the teacher choose the columns, and say why they must
            problem = plain(opened.guess_error) if opened.guess_error else self.tr(
                "The columns of this sheet could not be guessed.")
            todo = (self.tr("Choose the worksheet of the answers above, or Cancel.")   # no columns of a gradebook
                    if holds_no_answers(opened.guess_error) else self.tr("Choose the columns above, or Cancel."))
            dlg.show_problem(problem + " " + todo, until_valid=True)   # moot once her choices are valid
        # this opener (and so its window) held weakly: the dialog, kept while its sheet is open, must not keep them
        dlg.accepted.connect(weak_slot(self._mapping_accepted, path, sheet, dlg))
        dlg.rejected.connect(weak_slot(self._cancelled, path))
        dlg.worksheetChosen.connect(weak_slot(self._other_worksheet, path, dlg, takes=1))
        dlg.open()
        if self._worksheet_asked and dlg.worksheet_combo is not None:   # the keyboard goes on where it was
            dlg.worksheet_combo.setFocus()

    def _cancelled(self, path: Path) -> None:
        """Cancel in the columns dialog: the opening ends; for an open sheet whose columns were asked again, the
        columns are kept as they were (``kept``: the sheet opened again with its project's, asking nothing)."""
        if self._again and not self.discarding:
            self._again = False
            self.kept.emit(path)
        else:
            self.status.emit(self.tr("Opening cancelled"), 4000)

    def _other_worksheet(self, name: str, path: Path, dlg: MappingDialog) -> None:
        """Read the worksheet the teacher chose in the columns dialog (on a worker), then ask again."""
        dlg.rejected.disconnect()
        dlg.reject()
        self.status.emit(self.tr("Reading worksheet {sheet} of {name}…").format(sheet=name, name=path.name), 0)
        assert self.library is not None
        self.read(path, self.library, sheet_name=name, project=self._project, again=self._again)

    def _mapping_accepted(self, path: Path, sheet, dlg: MappingDialog) -> None:
        try:
            self._prepare(path, sheet, dlg.mapping(), dlg.chosen(), dlg=dlg)
        except ValueError as exc:
            self.failed.emit(path, plain(exc))

    def _prepare(self, path: Path, sheet, mapping, chosen: dict, store=None, dlg: MappingDialog | None = None) -> None:
        """Build the session and bind its project file off the GUI thread (the columns chosen in ``dlg``, if given)."""
        self.status.emit(self.tr("Preparing %n rows of {name}…", "", len(sheet)).format(name=path.name), 0)
        self._preparing = self.tasks.run(
            prepare_and_remember, path, sheet, mapping, dict(chosen), self.library, store,
            self._own or (self._project.project if self._project is not None else None),
            dlg.scales() if dlg is not None else None,
            on_done=self._prepared, on_error=lambda exc: self._not_prepared(path, exc, dlg), name="prepare")

    def _not_prepared(self, path: Path, exc, dlg: MappingDialog | None) -> None:
        """The session could not be prepared. Columns that would leave the project's decisions behind (the sheet lost
        a column it was made with) are asked again in the same dialog, saying why; anything else fails the opening."""
        if dlg is None or self.discarding or getattr(exc, "kind", None) not in ASK_AGAIN:
            return self._failed(path, exc)
        self._preparing = None
        self.asking.emit()
        dlg.show_problem(plain(exc))
        dlg.open()

    def _prepared(self, prepared: workflow.Prepared) -> None:
        self._preparing = None
        if self.discarding:   # the window closed while the session was being prepared
            prepared.store.close()
            return
        prepared.elsewhere = self._project is not None and self._project.elsewhere
        prepared.reopened, prepared.repaired = self._reopened, prepared.repaired or self._repaired
        self.sheetOpened.emit(prepared.path)
        self.prepared.emit(prepared)
