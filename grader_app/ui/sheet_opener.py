"""Opening a sheet, step by step off the GUI thread: read it and guess its columns
(:func:`grader_app.workflow.open_sheet`); a project that knows the columns goes straight on, else
the columns dialog asks (prefilled with the project's choices, saying why, when the sheet lost a column the project
was made with); then the session is prepared (:func:`grader_app.workflow.prepare_session`). A project file the teacher
opened is carried through every step, as it is the one written; a sheet with no project of its own that has one in its
folder holding decisions on its answers (a renamed sheet) is first asked about (:mod:`.earlier_project`).

Each step is a workflow function on the task manager; its result comes back here on the GUI
thread and goes out as a signal. Whoever receives ``prepared`` owns the session and its store.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import workflow
from ..io.columns import holds_no_answers
from ..io.notes import shared_names
from ..io.project_places import kept_in_data_folder
from ..bundles.library import Library
from .blind import recorded_blind_marking
from .i18n import quoted, score_list
from .earlier_project import ask_take_over
from .learning_words import question_name
from .mapping_dialog import MappingDialog
from .project_elsewhere import earlier_work, prepare_and_remember, started_afresh
from .project_readback_words import answers_named as answers_in_session
from .project_readback_words import left_out_notes
from .messages import plain
from .sheet_notes import model_unlike, note_words, twice_words
from .wording import takes_none_note

translate = QCoreApplication.translate


SHOWN_DROPPED = 3   # the edited answers named in the status bar; the rest are counted
# the project's problems with the columns chosen in the dialog that the dialog asks again about (workflow.prepare_session)
ASK_AGAIN = frozenset({"project.columns_lose", "project.other_columns"})


def read_and_look(path, library, sheet_name: str | None, project=None,
                  ask: bool = False) -> tuple[workflow.OpenedSheet, bool | None, workflow.EarlierProject | None]:
    """The sheet read (:func:`grader_app.workflow.open_sheet`; ``project``: the project file the teacher opened), and,
    when the columns dialog will ask, what a project file beside it says about blind marking and, if the sheet has no
    project of its own, another project in its folder that holds decisions on its answers (a renamed sheet's), or one
    kept elsewhere for the same answers (:mod:`.project_elsewhere`; looked for on the first read only, not when the
    teacher chose another worksheet): all on the worker, none of it on the GUI thread. ``ask``: the teacher asked to
    choose the columns again (File ▸ Choose columns…)."""
    opened = workflow.open_sheet(path, library, sheet_name, project=project, ask=ask)
    asks = opened.store is None and opened.project_error is None
    earlier = None
    if asks and opened.changed is None and project is None and sheet_name is None and opened.project_path is None and \
            not workflow.ProjectStore.exists(workflow.project_path_for(opened.path)):
        earlier = earlier_work(opened)   # beside it (a renamed sheet), else kept elsewhere (a copy taken home)
    return opened, recorded_blind_marking(opened.sheet, project) if asks else None, earlier


def opened_note(prepared: workflow.Prepared, project_name: str, blind: bool = False) -> str:
    """What the status bar says once a sheet is open: :func:`opened_notes`, one after the other ("" if none)."""
    return " ".join(text for text, _warning in opened_notes(prepared, project_name, blind))


def opened_notes(prepared: workflow.Prepared, project_name: str, blind: bool = False) -> list[tuple[str, bool]]:
    """What is said once a sheet is open, each with whether it is a warning (the results page keeps those whole above
    the table: :mod:`.sheet_notices`): decisions restored, decisions that could not be (their
    answers were edited in the sheet since), decisions set aside (made on a row that is no student), students who share
    a name (:mod:`grader_app.core.namesakes`; named only while names are shown: ``blind``, the window's switch, or the
    project's), students in the sheet more than once (a second attempt: :mod:`grader_app.io.lms.attempts`), models
    missing, a graded workbook's models missing or another version now (on the opening that makes its project:
    :attr:`workflow.Prepared.unlike`), models whose file carries no seal (why every answer to their question comes to
    the teacher: said above the results too, not first above the review's card); none if none."""
    notes: list[tuple[str, bool]] = []
    if prepared.elsewhere:   # a project file opened by itself, with no sheet of its name beside it
        notes.append((translate("SheetOpener", "There is no {sheet} beside {file}, so Grader opened the one in {folder}.")
                      .format(sheet=prepared.path.name, file=project_name, folder=str(prepared.path.parent)), True))
    if kept_in_data_folder(prepared.path, prepared.store.path):   # QA: she looked beside the sheet and thought it lost
        notes.append((translate("SheetOpener", "The sheet's folder cannot be written to, so Grader keeps your decisions "
                                "in its own folder: {file}. They come back when you open the sheet from here again.")
                      .format(file=str(prepared.store.path)), True))
    if prepared.reopened is not None:   # a workbook graded worksheet by worksheet: where, and the others' work kept
        notes.append((reopened_note(prepared.reopened), True))
    if prepared.restored.get("decisions"):
        notes.append((translate("SheetOpener", "Restored %n decisions from {file}.", "",
                                int(prepared.restored["decisions"])).format(file=project_name), False))
    earlier = prepared.earlier
    if earlier.kept:
        notes.append((translate("SheetOpener", "Took over your %n earlier decisions from the sheet.", "", earlier.kept), False))
    if earlier.not_scores:
        notes.append((translate("SheetOpener", "%n earlier decisions in the sheet were not taken over because their "
                               "final score is not a score of their question; score those answers again.", "",
                               len(earlier.not_scores)), True))
    if earlier.typed:
        notes.append((translate("SheetOpener", "Took %n final scores typed into the sheet as your decisions, with "
                                "their comments.", "", earlier.typed), True))
    if earlier.typed_not_scores:
        notes.append((typed_not_scores_note(prepared), True))
    if earlier.commented:
        notes.append((translate("SheetOpener", "Took %n comments typed into the sheet beside the model's score as your "
                                "decisions, with that score.", "", earlier.commented), True))
    if earlier.waiting:
        notes.append((translate("SheetOpener", "Kept %n comments typed into the sheet on answers with no score yet: each "
                                "waits for its answer's score, shown with ◷ in the comment column ({answers}).", "",
                                len(earlier.waiting)).format(answers=answers_named(prepared, earlier.waiting)), True))
    if edited := [k for k in earlier.edited if k not in earlier.given_back and k not in earlier.taken_back]:
        notes.append((translate("SheetOpener", "Took %n final scores or comments changed in the sheet since Grader last "
                                "saved or read it as your decisions ({answers}).", "", len(edited)).format(
                                    answers=answers_named(prepared, edited)), True))
    if earlier.taken_back:   # no decision of the teacher's any more: said apart, as grader score says it
        notes.append((translate("SheetOpener", "%n final scores of your decisions were cleared in the sheet since Grader "
                                "last saved or read it, so those decisions are taken back ({answers}); their answers "
                                "are scored by the model as ones you have not decided.", "", len(earlier.taken_back))
                      .format(answers=answers_named(prepared, earlier.taken_back)), True))
    if earlier.given_back:
        notes.append((translate("SheetOpener", "%n answers are the model's again, not your decisions: what you had added "
                                "to the model's score was cleared in the sheet since Grader last saved or read it "
                                "({answers}).", "", len(earlier.given_back)).format(
                                    answers=answers_named(prepared, earlier.given_back)), True))
    if earlier.unsure:
        notes.append((translate("SheetOpener", "%n final scores or comments in the sheet differ from what {file} holds, "
                                "and Grader cannot tell which are newer, so it kept the project's ({answers}); check "
                                "those answers.", "", len(earlier.unsure)).format(
                                    file=project_name, answers=answers_named(prepared, earlier.unsure)), True))
    if earlier.no_answer:
        notes.append((translate("SheetOpener", "%n earlier decisions in the sheet were not taken over because they "
                               "belong to no answer of the columns chosen.", "", earlier.no_answer), True))
    if prepared.restored.get("dropped"):
        notes.append((dropped_note(prepared), True))
    notes += [(note, True) for note in left_out_notes(prepared.session, prepared.store.left_out, project_name)]
    if prepared.restored.get("set_aside"):
        notes.append((set_aside_note(prepared.store.set_aside, project_name), True))
    if prepared.session.namesakes:
        if (blind or prepared.blind or prepared.store.blind_marking()) and prepared.unused_ids:
            notes.append((translate("SheetOpener", "Some students in this sheet share a name, and the sheet's column "
                                    "'{column}' is not chosen for the student ids: Grader keeps them apart by the row "
                                    "where each one's answers start. Choose it for the student ids (File ▸ Choose "
                                    "columns…) before you upload grades to a learning platform.").format(
                                        column=prepared.unused_ids), True))
        elif blind or prepared.blind or prepared.store.blind_marking():
            notes.append((translate("SheetOpener", "Some students in this sheet share a name, and the sheet has no "
                                    "student id column: Grader keeps them apart by the row where each one's answers "
                                    "start. Add a column of student ids to the sheet before you upload grades to a "
                                    "learning platform."), True))
        else:
            notes.append((note_words(shared_names(prepared.session.namesakes, prepared.unused_ids)), True))
    if prepared.twice is not None:   # a second attempt: said before any marking, not first at the export (io.lms.attempts)
        hidden = bool(blind or prepared.blind or prepared.store.blind_marking())
        notes.append((twice_words(prepared.twice, hidden), True))
    if prepared.missing:
        notes.append((translate("SheetOpener", "Models {models} not installed; those questions are yours to score.", "",
                                len(prepared.missing)).format(models=", ".join(prepared.missing)), True))
    notes += [(model_unlike(*u), True) for u in prepared.unlike]   # a graded workbook's, as the columns dialog says
    session = prepared.session
    for item in session.item_keys():   # why all its answers come to the teacher, above the results, not only the review
        if session.items[item].unsealed and (note := takes_none_note(session, item, question_name(item, session.mapping))):
            notes.append((note, True))
    return notes


def opened_is_news(prepared: workflow.Prepared) -> bool:
    """True when the opening note only says what went well ("Opened …", "Restored 60 decisions …"): it may go at the
    next decision. Decisions not restored or set aside, models missing or unsealed, are warnings that keep their time; so are
    final scores typed into the sheet and taken as decisions (taken or not), which Grader read from what the teacher
    did in another program: "Scored 90 answers" does not hide them."""
    earlier = prepared.earlier
    return not (prepared.elsewhere or prepared.reopened or prepared.restored.get("dropped") or prepared.restored.get("set_aside")
                or prepared.restored.get("left_out") or kept_in_data_folder(prepared.path, prepared.store.path)
                or prepared.missing or earlier.not_scores or earlier.typed or earlier.typed_not_scores or earlier.no_answer
                or earlier.commented or earlier.waiting or earlier.edited or earlier.unsure or prepared.session.namesakes
                or prepared.unlike or prepared.twice is not None
                or any(info.unsealed for info in prepared.session.items.values()))


def reopened_note(reopened: workflow.Reopened) -> str:
    """The worksheet a workbook opened at, being the one the teacher worked on last, and its other worksheets with saved
    work of their own (each has its project file), with how to go on there. QA: the workbook always opened at the
    worksheet of its first project, and a teacher who graded another one the day before thought that work lost."""
    if not reopened.others:
        return translate("SheetOpener", "Opened the worksheet {sheet}, the one you worked on last; to grade another "
                         "worksheet of this workbook, choose File ▸ Choose columns… and pick it.").format(
                             sheet=quoted(reopened.sheet))
    return translate("SheetOpener", "Opened the worksheet {sheet}, the one you worked on last. Your work on %n other "
                     "worksheets is saved too ({others}): to go on there, choose File ▸ Choose columns… and pick the "
                     "worksheet.", "", len(reopened.others)).format(
                         sheet=quoted(reopened.sheet), others=", ".join(quoted(o) for o in reopened.others))


def answers_named(prepared: workflow.Prepared, keys) -> str:
    """The sheet's row and question of the first answers of ``keys`` ("row 4, Q2"), the rest counted."""
    return answers_in_session(prepared.session, keys)


def typed_not_scores_note(prepared: workflow.Prepared) -> str:
    """One sentence: final scores typed into the sheet (in Excel, say) that were not taken because they are not scores
    of their questions; which (the sheet's row, what it said, the question and its scores) and what to do."""
    session = prepared.session
    named = []
    for key, said in prepared.earlier.typed_not_scores[:SHOWN_DROPPED]:
        a = session.answers[key]
        labels = score_list(session.items[a.item].labels)
        named.append(translate("SheetOpener", "row {row}: “{said}” for {item}, whose scores are {labels}").format(
            row=session.sheet.row_number(a.row), said=said, item=question_name(a.item, session.mapping),
            labels=labels))
    more = len(prepared.earlier.typed_not_scores) - len(named)
    if more:
        named.append(translate("SheetOpener", "%n more", "", more))
    return translate("SheetOpener", "%n final scores typed into the sheet were not taken because they are not scores "
                     "of their questions ({answers}); score those answers in the review.", "",
                     len(prepared.earlier.typed_not_scores)).format(answers="; ".join(named))


def dropped_note(prepared: workflow.Prepared) -> str:
    """How many stored decisions were not restored, in up to two sentences. Those whose answer the project can tell
    was edited in place (:attr:`workflow.Prepared.dropped`: their neighbours are where they were) "changed in the
    sheet", named (only the question while names are hidden), to be scored again. Of the rest the project knows only
    that no answer in the sheet is theirs as it was (it keeps a hash of each answer, not its student): their rows were
    deleted, or their student, question or answer changed. A QA pass found 6 deleted rows said as "changed in the
    sheet; score them again", and the teacher went looking for answers that were no longer there."""
    n = int(prepared.restored["dropped"])
    session = prepared.session
    named = []
    for key in prepared.dropped[:SHOWN_DROPPED]:
        a = session.answers[key]
        item = question_name(a.item, session.mapping)   # a question the sheet does not name: its answer column's header
        named.append(translate("SheetOpener", "an answer to {item}").format(item=item) if prepared.blind else
                     translate("SheetOpener", "{student} on {item}").format(student=a.student, item=item))
    more = len(prepared.dropped) - len(named)
    if more:
        named.append(translate("SheetOpener", "%n more", "", more))
    notes = []
    if named:
        notes.append(translate("SheetOpener", "%n decisions could not be restored because their answers changed in the "
                               "sheet ({answers}); score them again.", "", len(prepared.dropped)).format(
                                   answers="; ".join(named)))
    gone = n - len(prepared.dropped)
    if gone > 0:
        notes.append(translate("SheetOpener", "%n decisions could not be restored because their answers are no longer "
                               "in the sheet as they were: their rows were deleted, or their student, question or "
                               "answer was changed.", "", gone))
    return " ".join(notes)


def set_aside_note(set_aside: list[dict], project_name: str) -> str:
    """One sentence: a project saved by an older Grader held decisions or comments on rows that are no student
    (Moodle's "Overall average"), which are set aside in the project file (:mod:`grader_app.io.project_upgrade`)."""
    rows = list(dict.fromkeys(f"'{e['student']}'" for e in set_aside))
    n = len(set_aside)
    if len(rows) == 1:
        text = translate("SheetOpener", "The row {rows} of the downloaded report is not a student, so Grader no longer "
                         "grades it or puts it in any file; what you marked on it (%n decisions or comments) is kept "
                         "aside in {file}.", "", n)
    else:
        text = translate("SheetOpener", "The rows {rows} of the downloaded report are not students, so Grader no longer "
                         "grades them or puts them in any file; what you marked on them (%n decisions or comments) is "
                         "kept aside in {file}.", "", n)
    return text.format(rows=", ".join(rows), file=project_name)


class SheetOpener(QObject):
    sheetRead = Signal(object)       # Path: the sheet could be read (it joins the recent sheets)
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
        self._own, self._reopened = None, None
        self._reads += 1
        self._reading = self.tasks.run(read_and_look, path, self.library, sheet_name,
                                       project.project if project is not None else None, ask, on_done=self._read,
                                       on_error=lambda exc: self._failed(path, exc), name="read sheet")

    def _failed(self, path: Path, exc) -> None:
        self._reading = self._preparing = None
        self.failed.emit(path, plain(exc))

    def _read(self, read: tuple[workflow.OpenedSheet, bool | None, workflow.EarlierProject | None]) -> None:
        self._reading = None
        opened, recorded, earlier = read
        path, sheet = opened.path, opened.sheet
        if self.discarding:
            if opened.store is not None:
                opened.store.close()
            return
        if opened.store is None and holds_no_answers(opened.guess_error) and len(sheet.sheet_names) <= 1:
            self.failed.emit(path, plain(opened.guess_error))   # a gradebook: refused as the command line does, not a
            return                                              # columns dialog that said "Choose the columns above" too
        self.sheetRead.emit(path)
        self._own, self._reopened = opened.project_path, opened.reopened
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
                take, earlier, opened, recorded) if reads == self._reads else None)
            return
        self._ask_columns(opened, recorded)

    def _earlier_answered(self, take: bool, earlier: workflow.EarlierProject, opened: workflow.OpenedSheet,
                          recorded: bool | None) -> None:
        """Take over the other project's decisions (copied on a worker, then the sheet read again with it), or ask
        for the columns as for any new sheet."""
        self.earlier_box = None
        if self.discarding:
            return
        path = opened.path
        if not take:   # not asked again for this sheet (a project elsewhere; noted on a worker)
            self.tasks.run(started_afresh, earlier, path, name="start afresh")
            return self._ask_columns(opened, recorded)
        self.status.emit(self.tr("Copying {file}…").format(file=earlier.path.name), 0)
        library, reads = self.library, self._reads

        def copied(_own) -> None:   # the sheet read again, now with its own project: unless another is being opened
            if reads == self._reads and not self.discarding:
                self.read(path, library)
        self._reading = self.tasks.run(workflow.take_over_project, earlier.path, path, on_done=copied,
                                       on_error=lambda exc: self._failed(path, exc), name="take over project")

    def _ask_columns(self, opened: workflow.OpenedSheet, recorded: bool | None) -> None:
        """The columns dialog, prefilled with the guess (or the project's choices, saying why they are asked again)."""
        path, sheet = opened.path, opened.sheet
        assert self.library is not None   # read() was given one
        # no guess: the columns guessed all the same, when only the answers' column is missing (it is empty)
        guess = opened.mapping or getattr(opened.guess_error, "guess", None)
        changed = opened.changed   # the project's columns, some gone from the sheet: its choices where they still are
        dlg = self.mapping_dialog = MappingDialog(sheet, self.library, changed.mapping if changed else guess,
                                                  chosen=changed.chosen if changed else None, parent=self.parent(),
                                                  recorded=(recorded,), worksheets=opened.worksheets,
                                                  scales=changed.scales if changed else None)
        if changed is not None and changed.said is not None:   # why they are asked again, what becomes of decisions
            dlg.show_problem(plain(changed.said))
        elif opened.mapping is None:   # let the teacher choose the columns, and say why they must
            problem = plain(opened.guess_error) if opened.guess_error else self.tr(
                "The columns of this sheet could not be guessed.")
            todo = (self.tr("Choose the worksheet of the answers above, or Cancel.")   # no columns of a gradebook
                    if holds_no_answers(opened.guess_error) else self.tr("Choose the columns above, or Cancel."))
            dlg.show_problem(problem + " " + todo)
        dlg.accepted.connect(lambda: self._mapping_accepted(path, sheet, dlg))
        dlg.rejected.connect(lambda: self._cancelled(path))
        dlg.worksheetChosen.connect(lambda name: self._other_worksheet(path, dlg, name))
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

    def _other_worksheet(self, path: Path, dlg: MappingDialog, name: str) -> None:
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
        prepared.reopened = self._reopened
        self.prepared.emit(prepared)
