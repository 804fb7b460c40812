"""The export dialog: choose a format and a destination; the file is written off the GUI thread.

Formats (:mod:`.export_formats`): the graded XLSX (original columns plus the grading columns, and a "Summary" sheet
with a native bar chart per question, in the teacher's language, :mod:`.summary_words`), the graded CSV, a Canvas
gradebook CSV by the sheet's student id column, a PDF report; feedback for each student (XLSX or CSV for a mail merge,
or a printable PDF with a page per student, :mod:`.feedback_pdf`); and every learning management system's grade-import
file of :data:`grader_app.io.lms.FORMATS`, the sheet's own system's preselected. Students an LMS file cannot take (no
identifier, one twice, ...) are listed after saving (:mod:`.unmatched_box`) and in the ``-unmatched.csv`` beside it, in
her language (:mod:`.unmatched_words`): none dropped silently, even when the file was written and its list was not.
What the sheet cannot give an LMS file is said before Export (:func:`grader_app.io.lms.offer`, :mod:`.export_fit_words`:
a file that could take no one is not offered, one that would leave some out says how many); one that takes nobody after
all (one identifier shared by everyone) is not written, and the dialog says why. The identifiers
(:func:`~grader_app.io.lms.identifiers_for`) and the counts are a worker's (:mod:`.export_fit`: opened before they are
in, the dialog says it is counting and shows them when they come, her choice kept, :mod:`.export_offer`). A file that
heads a column per question puts the quiz's name before titles that are only a number, editable and kept in the
project (:mod:`.export_titles`). The summary (:mod:`.export_summary`) stays above the body, the file's place and what
it holds under it; the body scrolls where the screen is too short (:mod:`.export_layout`).

Writing (:mod:`.export_work`) runs through the window's :class:`~grader_app.ui.tasks.TaskManager`; the two PDFs are
painted on the GUI thread a slice at a time between a worker's steps (:mod:`.pdf_export`). A file open elsewhere, a
read-only folder or a full disk shows the writer's one sentence and changes nothing. Where the file goes is
:mod:`.export_target`'s: never over a file unless she agreed, never over the sheet. Open with ``open()``, not ``exec()``.
"""
from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QProgressBar, QPushButton,
    QVBoxLayout, QWidget,
)

from ..core.session import GradingSession
from ..io.errors import SheetError
from ..io.lms import ExportResult, NothingMatched, Recognition
from . import gc_guard
from .export_fit import Found, when_found
from .export_formats import CANVAS, COUNTED, CSV, FEEDBACK_CSV, FEEDBACK_PDF, FEEDBACK_XLSX, PDF, XLSX, choice
from .export_offer import ChooserPlace, kept
from .export_layout import BodyScroll, SaidLabel, fit_height, plain_label, reveal
from .export_summary import summary_text
from .export_titles import TitlesBox
from .export_target import (DestinationNames, IsFolder, ReplaceNeeded, SheetGuard, ask_replace, ask_where, checked,
                            default_destination, default_folder, destination_in, onto_sheet, placed)
from .messages import plain
from .ink import INK, Ink
from .export_work import ExportWork, saved_words, told, unexpected_words, work_for
from .pdf_export import PdfExport, PdfRecipe
from .tasks import Task, TaskManager
from .unmatched_box import UnmatchedBox
from .unmatched_words import problem_words
from .weak_slots import held_weakly, until, weak_slot

__all__ = ["CANVAS", "CSV", "FEEDBACK_CSV", "FEEDBACK_PDF", "FEEDBACK_XLSX", "PDF", "XLSX", "ExportDialog",
           "default_destination"]


class ExportDialog(QDialog):
    exported = Signal(str)   # the path written
    failed = Signal(str)     # the one-sentence reason

    def __init__(self, session: GradingSession, sheet_path: Path | None, tasks: TaskManager,
                 parent: QWidget | None = None, recognition: Recognition | None = None,
                 awaited: Callable[[], list[str]] | None = None, store=None) -> None:
        super().__init__(parent)
        self.session = session
        self.store = store        # the project file: told what a graded sheet written holds (io.sheet_said)
        self._awaited = awaited   # the questions whose model is still learning from the marks (LearningController.awaited)
        self.sheet_path = Path(sheet_path) if sheet_path else None
        self.tasks = tasks
        self.task: Task | None = None
        self.pdf_export: PdfExport | None = None   # the last printable export
        self._busy = False
        self.last_path: Path | None = None
        self.last_result: ExportResult | None = None   # the last LMS file's result (its unmatched students)
        self.list_problem: str | None = None   # the last file was saved, its list of students left out was not: why
        self._note: str | None = None   # a warning to show with "Saved" (Canvas: look-alike ids)
        self._said: list = []             # export notes to show with "Saved" (Canvas: scores scaled to its points)
        self._later: Callable[[bool], str] | None = None   # a warning known once the file is made (feedback PDF)
        # the "Save to" name's folder, the names given, the files that may be replaced unasked (export_target)
        self.names = DestinationNames(self.sheet_path, self.sheet_path.parent if self.sheet_path else Path.home() / "Documents")
        self._writing = XLSX   # the format being written (what a replace question or a file written is about)
        self._told = 0   # choices handled (set_format says the summary once: it is worked out over every answer)
        self.sheet_guard = SheetGuard(tasks, [self.sheet_path, session.sheet.source])   # never export over these
        self.replace_box: QMessageBox | None = None   # asking whether to replace an existing file
        # the LMS files' counts and the sheet's LMS, on a worker (export_fit); not yet: told once they are (_counted), if open
        found = when_found(tasks, session, weak_slot(self._counted, takes=1), until=self.finished)
        self.counting = found is None
        self._picked: str | None = None   # a format chosen while counting: still chosen once the counts are in
        self.setWindowTitle(self.tr("Export grades"))
        self.setModal(True)
        self._build(found, recognition)
        self.set_format(kept(None, self.format_buttons, self.recognised_format))
        self._picked = None
        # where to suggest the file, asked of the disk on a worker: the answer taken while the dialog is open (_folder_found)
        self.tasks.run(default_folder, self.sheet_path, on_done=until(self.finished, weak_slot(self._folder_found, takes=1)),
                       name="find the export folder")

    def _folder_found(self, folder: Path) -> None:
        shown = self.names.folder_found(folder, self.format)
        if shown is not None:
            self.path_edit.setText(str(shown))

    # ----- building ---------------------------------------------------------------------------
    def _build(self, found: Found | None, recognition: Recognition | None) -> None:
        outer = QVBoxLayout(self)
        outer.setSpacing(4)   # the summary, the body, the line of the file, its note, the buttons: snug (16 pt, 1280x720)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        self.body = BodyScroll(body, self)   # above the buttons; scrolls where the screen is too short for it
        outer.addWidget(self.body, 1)
        # above the body, never scrolled away: what the dialog says first stays in view beside what an export said
        # (QA: at 16 pt on a 1366×768 screen the saved line scrolled the summary out of sight)
        self.summary_label = plain_label(self)   # names and titles from the sheet, never markup
        outer.insertWidget(0, self.summary_label)
        # which LMS files could take the students (io.lms.coverage), worked out on a worker (export_fit): said up front
        self._place = ChooserPlace(layout, self, self.session, recognition)
        self._offer(found)
        # an LMS file's question columns: the quiz's name before titles that are only a number (export_titles)
        self.titles_box = TitlesBox(self.session, self.sheet_path, self.store, self)
        self.titles_box.changed.connect(lambda: self.fit(shrink=False) if self.isVisible() else None)
        layout.addWidget(self.titles_box)

        dest = QLabel(self.tr("Save &to:"), self)
        row = QHBoxLayout()
        self.path_edit = QLineEdit(self)
        self.path_edit.setAccessibleName(self.tr("destination file"))
        self.path_edit.textEdited.connect(self._path_edited)
        dest.setBuddy(self.path_edit)
        self.browse_button = QPushButton(self.tr("C&hoose…"), self)
        self.browse_button.clicked.connect(self.choose_destination)
        row.addWidget(dest)   # on the line of the name: the dialog keeps to a small screen
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        # under the body, never scrolled away, with the buttons they go with: at 16 pt on a 1280×720 screen the body
        # scrolled and the name of the file, cut in half, and what it holds were below its fold as the dialog opened
        self.note_label = plain_label(self)
        outer.addLayout(row)
        outer.addWidget(self.note_label)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.error_label = SaidLabel(self)   # (hidden while empty: the dialog keeps to a small screen)
        self.error_label.setAccessibleName(self.tr("export problem"))
        self.error_ink = Ink(self.error_label, "QLabel { color: " + INK + "; font-weight: bold; }",
                             QPalette.ColorRole.Link)   # the link's colour, readable on a dark window too
        layout.addWidget(self.error_label)
        self.done_label = SaidLabel(self)   # a question's title may hold <b> or &amp;: shown as written
        layout.addWidget(self.done_label)

        self.unmatched_box = UnmatchedBox(self)   # whom the last LMS file gives no grade (left out; an answer open)
        self.unmatched_label, self.unmatched_list = self.unmatched_box.label, self.unmatched_box.list
        layout.addWidget(self.unmatched_box)
        layout.addStretch(1)

        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self.reject)
        outer.addWidget(self.buttons)

    def _offer(self, found: Found | None) -> None:
        """The chooser of what ``found`` says (None: while counting, or the count failed), in place of the last one."""
        made = self._place.put(found, self.counting)
        self.recognition, self.recognised_format, self.offer = made.recognition, made.recognised_format, made.offer
        self.chooser, self.format_group, self.format_buttons = made.chooser, made.chooser.group, made.chooser.buttons
        self.chooser.changed.connect(self._format_changed)

    def _counted(self, found: Found | None) -> None:
        """The worker's counts are in (None: it failed): shown, on the choice made meanwhile."""
        if not self.counting:
            return
        focus = QApplication.focusWidget()
        had_focus = focus is not None and self.chooser.isAncestorOf(focus)
        picked, before, recognition, self.counting = self._picked, self.format, self.recognition, False
        self._offer(found)
        fmt = kept(picked, self.format_buttons, self.recognised_format)
        if fmt == before and self.recognition is recognition:   # the summary (read from every answer) says the same
            self.chooser.blockSignals(True)
            self.chooser.set_current(fmt)
            self.chooser.blockSignals(False)
            self.note_label.setText(self.chooser.tip(fmt))   # (how many it leaves out)
        else:
            self.set_format(fmt)
        if had_focus:
            self.format_buttons[fmt].setFocus(Qt.FocusReason.OtherFocusReason)
        if self.isVisible():
            self.fit(shrink=False)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.fit()

    def fit(self, shrink: bool = True) -> None:
        """As tall as what the dialog shows (``shrink``: shorter again when less is shown), never taller than the
        screen's free area allows."""
        before = self.height()
        fit_height(self, self.body)
        if not shrink and self.height() < before:
            self.resize(self.width(), before)

    def refresh_summary(self) -> None:
        """Say the session as it is now (a model learning from the marks has scored; the figures came: export_note)."""
        self._update_summary()
        if self.isVisible():
            self.fit(shrink=False)

    def _update_summary(self) -> None:
        shown = self.recognised_format if self.recognised_format in self.format_buttons else None   # (else its line says why)
        self.summary_label.setText(summary_text(self.session, self.format, self.recognition, shown, self._awaited,
                                                self.refresh_summary))

    # ----- choices ----------------------------------------------------------------------------
    @property
    def format(self) -> str:
        return self.chooser.current()

    def set_format(self, fmt: str) -> None:
        if fmt not in self.format_buttons:
            raise ValueError(f"unknown export format {fmt!r}")
        told = self._told
        self.chooser.set_current(fmt)
        if self._told == told:   # the chooser said nothing (chosen already): as if it had
            self._format_changed(fmt)

    def _format_changed(self, fmt: str) -> None:
        choice(fmt)   # an unknown format: ValueError
        self._told += 1
        self._picked = fmt
        shown = self.names.chosen(fmt, self.path_edit.text())   # a name the teacher gave: never another format's file
        if shown is not None:
            self.path_edit.setText(str(shown))
        self.note_label.setText(self.chooser.tip(fmt))
        self.titles_box.show_for(fmt)
        self._update_summary()   # what the summary says of the answers still open depends on the format
        self.error_label.clear()
        if self.isVisible():
            self.fit(shrink=False)   # a longer note: no shorter dialog jumping at each choice

    def set_destination(self, path) -> None:
        self.names.auto = False
        self.path_edit.setText(str(path))
        self.error_label.clear()
        text, fmt = str(path), self.format   # the sheet itself is said as soon as a worker knows; Export refuses it again
        said = held_weakly(self, lambda dlg, exc: dlg._show_error(onto_sheet(exc, fmt, dlg.sheet_path))
                           if dlg.path_edit.text() == text else None, takes=1)   # (said while open: not once closed)
        self.sheet_guard.look(Path(path).expanduser(), until(self.finished, said))

    def _path_edited(self, _text: str) -> None:
        self.names.auto = False

    def choose_destination(self) -> None:
        self.file_dialog = ask_where(self, self.path_edit.text(), self.format, self._saved_as)

    def _saved_as(self, path: str) -> None:
        """The Save dialog's choice: it asked before replacing a file, so Export of this format does not ask again."""
        self.names.replace_ok[Path(path)] = self.format
        self.set_destination(path)

    # ----- exporting --------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._busy

    def export(self) -> bool:
        """Start writing the chosen format; the result arrives through ``exported`` or ``failed``."""
        if self.busy or (self.counting and self.format in COUNTED):   # (not offered yet: a script may have chosen it)
            return False
        self.error_label.clear()
        self.done_label.clear()
        self.unmatched_box.clear()
        self.list_problem = None
        text = self.path_edit.text().strip()
        if not text:
            self._show_error(self.tr("No file name was given; type where to save the export or press Choose…."))
            return False
        path = placed(text, self.names.folder)   # a bare name goes beside the sheet, not wherever Grader was started
        if str(path) != text:
            self.path_edit.setText(str(path))
        fmt = self.format
        suffix = choice(fmt).suffix
        if path.suffix.lower() != suffix:   # perhaps a folder typed ("out2", "out.v2": a dot in a folder's name is no
            return self._into_folder(path, fmt)   # file's ending): asked of the disk on a worker (_into_folder)
        try:
            made = self._work_for(fmt, path)
        except SheetError as exc:
            self._show_error(exc)
            return False
        except Exception as exc:  # a bug must not cost the teacher the session
            self._show_error(unexpected_words(exc, path.name))
            return False
        self.export_button.setEnabled(False)
        self.progress.setRange(0, 0)          # busy, until a PDF's pages say how far along they are
        self.progress.show()
        self.done_label.setText(self.tr("Saving {name}…").format(name=path.name))
        self._busy, self._writing = True, fmt
        # a worker first learns what the format needs from the sheet, makes sure the file is not the sheet itself (under
        # any name: it asks the disk), then writes
        self.task = self.sheet_guard.check(path, on_clear=lambda learned: self._write(made, fmt, path, learned),
                                           on_error=lambda exc: self._failed(onto_sheet(exc, fmt, self.sheet_path), path),
                                           first=made.ahead)
        return True

    def _wrong_suffix(self, path: Path, suffix: str) -> bool:
        self._show_error(self.tr("{name} does not end in {suffix}; this format is saved as a {suffix} file.").format(
            name=path.name, suffix=suffix))
        return False

    def _into_folder(self, path: Path, fmt: str) -> bool:
        """A name without the format's ending: an existing folder is where the teacher wants the file, so it is saved
        there under the name suggested for the format (a file of that name is still not replaced unasked); anything else
        is told its ending. Whether it is a folder is asked of the disk on a worker (a share may be slow to answer)."""
        self.export_button.setEnabled(False)
        text = self.path_edit.text()   # the answer is taken while the dialog is open (a closed one saves nothing)
        self.tasks.run(path.is_dir, on_done=until(self.finished, weak_slot(self._is_folder, path, fmt, text, takes=1)),
                       on_error=until(self.finished, weak_slot(self._is_folder, False, path, fmt, text)),
                       name="look at the export target")
        return True

    def _is_folder(self, is_folder, path: Path, fmt: str, text: str) -> None:
        self.export_button.setEnabled(True)
        if self.path_edit.text() != text or self.format != fmt:   # changed meanwhile: Export again says
            return
        if is_folder is True:
            self.set_destination(destination_in(path, self.sheet_path, fmt))
            self.export()
        else:
            self._wrong_suffix(path, choice(fmt).suffix)

    def _write(self, made: ExportWork, fmt: str, path: Path, learned=None) -> None:
        """Start writing ``made`` to ``path``, which is not the sheet of answers (``learned``: what its ``ahead``
        gave on the worker)."""
        self._note, self._said = told(made, learned)
        work = made.run
        ok = self.names.replace_ok.get(path) == fmt   # else the worker first checks that no file is there (export_target)
        if isinstance(work, PdfRecipe):     # laid out on the GUI thread in slices, written on the worker
            work = dataclasses.replace(work, prepare=checked(work.prepare, path, ok))
            self.task = None
            self.pdf_export = PdfExport(self.tasks, work.prepare, work.paint, work.write, on_done=self._done,
                                        on_error=lambda exc: self._failed(exc, path), on_progress=self._laid_out,
                                        name=f"export {fmt}", parent=self).start()
        else:
            self.task = self.tasks.run(checked(work, path, ok), on_done=self._done,
                                       on_error=lambda exc: self._failed(exc, path), name=f"export {fmt}")

    def _work_for(self, fmt: str, path: Path) -> ExportWork:
        """What to run (:func:`.export_work.work_for`): a function for the worker, or a PdfRecipe; what to say after
        saving is kept once the worker has learned it (:meth:`_write`)."""
        self._note, self._said, self._later = None, [], None
        made = work_for(self.session, fmt, path, self.recognition, self.store, self.titles_box.item_names())
        self.titles_box.remember()   # the same sheet exported again gets the same titles
        self._later = made.later
        return made

    def _laid_out(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _done(self, written, list_problem: SheetError | None = None) -> None:
        """``written`` is saved (a path, or an LMS file's result); ``list_problem``: why its list of the students left
        out was not, said above the saved line (the file is the export all the same)."""
        self._busy = False
        self.progress.hide()
        self.export_button.setEnabled(True)
        result = written if isinstance(written, ExportResult) else None
        path = Path(result.path if result is not None else written)
        self.last_path = path
        self.names.replace_ok[path] = self._writing   # written here: this format again replaces it without asking
        self.last_result = result
        self.done_label.setText(saved_words(path, result, self._said, self._note, self._blind_names() is not None,
                                            self._later))   # (what is known once the file is made, named unless blind)
        self.unmatched_box.show_left_out(result, self._blind_names())   # (no list named when it was not written)
        if list_problem is not None:
            self.list_problem = plain(list_problem)
            self.error_label.setText("⚠ " + self.list_problem)
        self.fit()
        # what was saved, who is not in it, and above them why their list was not saved
        reveal(self.body, self.unmatched_box, self.done_label, self.error_label)
        gc_guard.give_back_memory()   # what writing it took (hundreds of MB for a big sheet's PDF)
        self.exported.emit(str(path))

    def _blind_names(self):
        """The window's student labels while blind marking is on, else None."""
        names = getattr(getattr(self.parent(), "blind", None), "names", None)
        return names if names is not None and getattr(names, "blind", False) else None

    def unmatched_students(self) -> list[str]:
        """The students shown as not matched (empty when the list is hidden)."""
        return [] if self.unmatched_box.isHidden() else [u.student for u in self.unmatched_box.shown]

    def _failed(self, exc: BaseException, path: Path) -> None:
        self._busy = False
        self.progress.hide()
        self.export_button.setEnabled(True)
        self.done_label.clear()
        if isinstance(exc, IsFolder):   # "grades.xlsx", a folder: saved in it under the suggested name, as any folder
            self.set_destination(destination_in(exc.path, self.sheet_path, self._writing))
            self.export()
            return
        if isinstance(exc, ReplaceNeeded):
            self.replace_box = ask_replace(self, exc.path, lambda yes: self._replace_answered(exc.path, yes))
            return
        result = getattr(exc, "result", None)
        if isinstance(exc, SheetError) and isinstance(result, ExportResult):
            # the grade file was written, its list of students left out was not (open in Excel): the export it is,
            # with who is not in it, and the list's problem said beside it
            self._done(result, exc)
            return
        self._show_error(exc if isinstance(exc, SheetError) else unexpected_words(exc, path.name))

    def _replace_answered(self, path: Path, replace: bool) -> None:
        self.replace_box = None
        if replace:
            self.names.replace_ok[path] = self._writing
            self.export()
        else:
            self._show_error(self.tr("{name} was not replaced, and nothing was saved; type another name or press "
                                     "Choose….").format(name=path.name))
            self.path_edit.setFocus()

    def _show_error(self, problem: object) -> None:
        if isinstance(problem, NothingMatched):   # no file: which identifier is missing, or why for each student
            sentence = problem_words(problem)
            if getattr(problem.reason, "kind", "") == "nothing_matched":
                self.unmatched_box.show_nothing_saved(problem.unmatched, self._blind_names())
        else:
            sentence = plain(problem)
        self.error_label.setText("⚠ " + sentence)
        if self.isVisible():
            self.fit()
            reveal(self.body, self.unmatched_box, self.error_label)
        self.failed.emit(sentence)

    def error_text(self) -> str:
        return self.error_label.text().removeprefix("⚠ ")

    def reject(self) -> None:
        if self.busy:  # the worker reports back to this dialog; let it finish first
            self.done_label.setText(self.tr("Still saving; the dialog closes when you press Close after it finishes."))
            return
        super().reject()
