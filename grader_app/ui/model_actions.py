"""The model library's actions for the main window: add a model, make models from a marked sheet, save the model
learned for a question, and remove a model of the teacher's own. The slow parts (reading, learning, verifying, copying,
deleting) run on the window's task manager; what they return is shown on the GUI thread.

A model learned from the teacher's marks never takes the place of a model that already scores its question
(:mod:`grader_app.learn.library_names`): the teacher is told that the question keeps that model, and that theirs can
be chosen for it in the columns dialog."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from .. import workflow
from ..bundles.errors import BundleError
from ..core.grading import find_bundle_for
from ..core.scale import GUESS
from ..io.lms_points import question_scale
from ..learn.library_names import learned_beside, learns_on, takes_nothing
from .i18n import QT_TRANSLATE_NOOP, quoted
from .learn_sheet_dialog import LearnSheetDialog
from .model_keeping import note_saved
from .learning_words import bundle_title
from .messages import plain
from .problem_words import words
from .text_wrap import wrapped_lines
from .sheet_notes import note_words
from .start_screen import BUSY, ERROR, INFO
from .wording import bundle_takes, learned_agreement

BUNDLE_FILTER = QT_TRANSLATE_NOOP("ModelActions", "Grader models (*.gradebundle)")
SHEET_FILTER = QT_TRANSLATE_NOOP("ModelActions", "Sheets of answers (*.xlsx *.xlsm *.csv *.tsv *.txt *.xls);;All files (*)")


def bundle_filter() -> str:
    return QCoreApplication.translate("ModelActions", BUNDLE_FILTER)


def sheet_filter() -> str:
    return QCoreApplication.translate("ModelActions", SHEET_FILTER)


class ModelActions(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.w = window
        self.learn_dialog: LearnSheetDialog | None = None
        self.remove_box: QMessageBox | None = None   # asking whether to remove a model

    def _say(self, text: str, kind: str = INFO) -> None:
        if kind == ERROR:
            self.w.last_error = text
        self.w.start.show_message(text, kind)
        if kind == ERROR:   # a failure is no news: later news does not replace it
            self.w.news.fail(text, 10000)
        else:
            self.w.statusBar().showMessage(text, 10000)

    # ----- add a model --------------------------------------------------------------------------------
    def choose_bundle(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.w, self.tr("Add a model"), "", bundle_filter())
        if path:
            self.install(Path(path))

    def install(self, path) -> None:
        """Add the model file ``path`` to the library, once the library is read (:mod:`.library_loading`)."""
        self.w.library_loading.after(self._install, Path(path))

    def _install(self, path: Path) -> None:
        self.w.start.show_message(self.tr("Checking “{name}”…").format(name=path.name), BUSY)
        self.w.tasks.run(workflow.copy_bundle_in, self.w.library, path, on_done=self._installed,
                         on_error=lambda exc: self._install_failed(path, exc), name="install bundle")

    def _installed(self, bundle) -> None:
        self.w.library.add(bundle)   # the worker only copied it: the library changes on this thread
        self.w.start.set_library(self.w.library)
        text = self.tr("Added the model “{title}” ({id}) to the library.").format(title=bundle.title, id=bundle.id)
        if getattr(bundle, "replaces", None) is not None:
            text += " " + self.tr("It takes the place of the model that came with Grader, “{title}”, which has the same "
                                  "id.").format(title=bundle.replaces.title)
        if bundle.beside is not None:   # the teacher's own model of its id is kept (bundles.library.Library.copy_in)
            text += " " + self.tr("Your own model “{title}” ({id}) has the same id, so it stays as it is and the one added "
                                  "is listed beside it: to score a sheet with it, choose it when you check the "
                                  "columns.").format(title=bundle_title(bundle.beside), id=bundle.beside.id)
        elif bundle.replaced_own is not None:
            text += " " + self.tr("It takes the place of your model “{title}”, added before, which has the same "
                                  "id.").format(title=bundle_title(bundle.replaced_own))
        if not bundle.sealed:   # said at the drop, not first above the review card (wording.takes_none_note)
            text += " " + self.tr("It takes no answer on its own: its file carries no seal of its settings (a model file "
                                  "of an older Grader, or one whose seal was removed), so every answer it scores comes "
                                  "to you; install a fresh copy of it to have it take answers.")
        self.w.start.show_message(text, INFO)

    def _install_failed(self, path: Path, exc: Exception) -> None:
        self._file_failed(path, exc, self.tr("“{name}” could not be copied into the library ({problem}); check the disk "
                                             "and try again."))

    def _file_failed(self, path: Path, exc: Exception, disk_words: str) -> None:
        """Say why working on the file ``path`` failed: for the disk's refusal, ``disk_words`` with the file's {name}
        and the {problem}; for anything else (a model found wanting), the error's own sentence."""
        if isinstance(exc, OSError) and not isinstance(exc, BundleError):
            msg = disk_words.format(name=path.name, problem=exc.strerror or exc)
        else:
            msg = plain(exc)
        self._say(msg, ERROR)

    # ----- make models from a marked sheet ---------------------------------------------------------------
    def choose_marked_sheet(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.w, self.tr("Make models from a marked sheet"), "", sheet_filter())
        if path:
            self.learn_from(Path(path))

    def learn_from(self, path) -> None:
        """Read the sheet (worker), ask which column holds the scores, then learn and install (worker)."""
        path = Path(path)
        self.w.start.show_message(self.tr("Reading “{name}”…").format(name=path.name), BUSY)
        self.w.tasks.run(_read_marked, path, on_done=lambda read: self._ask_column(path, *read),
                         on_error=lambda exc: self._say(plain(exc), ERROR), name="read marked sheet")

    def _ask_column(self, path: Path, sheet, guess: str | None) -> None:
        self.w.start.clear_message()
        dlg = LearnSheetDialog(path.name, sheet, guess, parent=self.w)
        dlg.accepted.connect(lambda: self._learn(path, dlg.score_column(), dlg.worksheet_name(), dlg.answer_column()))
        dlg.worksheetChosen.connect(lambda name: self._read_worksheet(dlg, path, name))
        dlg.finished.connect(lambda _r: dlg.deleteLater())
        self.learn_dialog = dlg
        dlg.open()

    def _read_worksheet(self, dlg: LearnSheetDialog, path: Path, name: str) -> None:
        """Another worksheet chosen in the dialog: read it on a worker, then list its columns."""
        def shown(read) -> None:
            if self.learn_dialog is dlg and dlg.worksheet_name() == name:   # not closed, nor another chosen since
                dlg.show_sheet(*read)
        self.w.tasks.run(_read_marked, path, name, on_done=shown, on_error=lambda exc: self._say(plain(exc), ERROR),
                         name="read a worksheet of the marked sheet")

    def _learn(self, path: Path, column: str, worksheet: str | None = None, answers: str | None = None) -> None:
        self.w.library_loading.after(self._learn_now, path, column, worksheet, answers)   # once the library is read

    def _learn_now(self, path: Path, column: str, worksheet: str | None, answers: str | None) -> None:
        self.w.start.show_message(self.tr("Learning a model per question from the scores in “{column}”…").format(
            column=column), BUSY)
        # the graphs made in a child process: importing onnx here froze the window for up to a second (learn.graph_child)
        self.w.tasks.run(workflow.make_models_from_sheet, self.w.library, path, column, worksheet, answers, True,
                         on_done=self._learned, on_error=lambda exc: self._say(plain(exc), ERROR),
                         name="learn from a marked sheet")

    def _learned(self, result) -> None:
        bundles, learned = result
        for b in bundles:
            self.w.library.add(b)
        self.w.start.set_library(self.w.library)
        self.w.start.library.show_models([b.id for b in bundles])   # in sight in the list, chosen
        made = "; ".join(f"{quoted(bundle_title(b))} ({_takes_and_agrees(b.manifest)})" for b in bundles)
        text = self.tr("Made %n models and added them to the library: {made}.", "", len(bundles)).format(made=made)
        kept = [q for q in (learned_beside(b.manifest) for b in bundles) if q is not None]
        if kept:   # their questions keep the model they had (learn.library_names)
            text += " " + self.tr("%n questions keep the model they already had ({questions}): to score one with the model "
                                  "learned from your marks, choose that model for it when you check the columns of a "
                                  "sheet.", "", len(kept)).format(questions=", ".join(kept))
        on = [b for b in bundles if takes_nothing(b) and learns_on(b)]   # proposed all the same: their marks go on
        idle = [b for b in bundles if takes_nothing(b) and not learns_on(b)]   # not proposed (library_names)
        if on and len(bundles) == 1:   # the list above said "none on its own" of it: not said again
            text += " " + self.tr("A sheet with its question is scored with it, and the marks you give there go on "
                                  "teaching it together with these.")
        elif on:
            text += " " + self.tr("%n of them take no answer on their own yet: a sheet with one of their questions is "
                                  "scored with its model, and the marks you give there go on teaching it together with "
                                  "these.", "", len(on))
        if idle and len(bundles) == 1:
            text += " " + self.tr("A sheet with its question is not scored with it but goes on learning from your "
                                  "marks; to score one with this model, choose it when you check the columns of a sheet.")
        elif idle:
            text += " " + self.tr("%n of them take no answer on its own, so a sheet with one of their questions goes on "
                                  "learning from your marks instead; to score one with such a model, choose it when you "
                                  "check the columns of a sheet.", "", len(idle))
        if learned.skipped:   # each reason a problem with a kind (too few marks, a typo score…): said in this language
            text += " " + self.tr("Skipped: {skipped}.").format(skipped="; ".join(
                self.tr("question {question}: {why}").format(question=it, why=words(why))
                for it, why in learned.skipped.items()))
        notes = [n for n in learned.notes if not plain_reading(n)]
        if notes:   # what was read otherwise than cell by cell (rows left out, a question read from above…)
            text += " " + " ".join(note_words(n) for n in notes)
        self.w.start.show_message(text, INFO)   # whole under the drop zone; on the status bar in a few words, whole in
        brief = self.tr("Made %n models and added them to the library.", "", len(bundles))   # its tooltip (cut short
        self.w.statusBar().show_in_brief(brief, 10000, text)   # at 16 pt it said "…(ninguna por sí solo: todas te l…")

    # ----- save a learned model ----------------------------------------------------------------------
    def learned_item(self) -> str | None:
        """The question whose learned model "Save as model…" saves: the one on the review screen, else
        the only (or first) question with a learned model."""
        items = self.w.learning.learned_items()
        rv = self.w.review_view
        key = rv.current_key() if rv is not None and self.w.pages.currentIndex() == 2 else None
        here = self.w.session.answers[key].item if key is not None and self.w.session is not None else None
        return here if here in items else (items[0] if items else None)

    def save_learned(self, item: str | None = None) -> None:
        item = item or self.learned_item()
        model = self.w.learning.models.get(item) if item else None
        if model is None:
            self.w.news.warn(self.tr("No question has a model learned from your marks yet."), 8000)
            return
        session = self.w.session
        problem = workflow.unsaved_because(session, item, model) if session is not None else None
        if problem is not None:   # too few marks to take any answer on its own: how many more, before any file is chosen
            self.w.news.fail(plain(problem), 20000)
            return
        from ..learn.library_names import learned_name, names_no_question

        name = item
        if names_no_question(item):   # a model titled "whole sheet" would take every sheet that names no question
            name = self.ask_question_name()
            if not name:
                return
        folder = self.w.sheet_path.parent if self.w.sheet_path is not None else Path.home()
        path, _ = QFileDialog.getSaveFileName(self.w, self.tr("Save the model learned for question {question}").format(
            question=name), str(folder / f"{learned_name(name, self.w.library).bundle_id}.gradebundle"), bundle_filter())
        if not path:
            return
        source = self.w.sheet_path.name if self.w.sheet_path is not None else ""
        self.w.statusBar().showMessage(self.tr("Saving and checking the model for question {question}…").format(question=item))
        answers = len(self.w.session.keys_for(item)) if self.w.session is not None else None
        s = self.w.session
        scale = question_scale(s, item) if s is not None and item in s.items else None   # what it is out of
        kept = self.w.learning.kept_marks(item, model, source)   # kept beside it: later marks go on teaching it
        self.w.tasks.run(workflow.save_learned_model, self.w.library, model, item, Path(path), source, answers, name,
                         scale if scale is not None and scale.source != GUESS else None, kept,
                         on_done=lambda bundle: self._kept(item, model, bundle, Path(path).name),
                         on_error=lambda exc: self._say(plain(exc), ERROR), name="save learned model")

    def ask_question_name(self) -> str:
        """The name the teacher gives the question of a sheet that names none (its wording, say), or "" if cancelled
        or still no name: a model is saved under it, and a later sheet with that question finds it."""
        from ..learn.library_names import names_no_question

        fm = self.w.fontMetrics()   # its label does not wrap of itself: in lines a 1024 px screen holds
        name, ok = QInputDialog.getText(self.w, self.tr("Name the question"), wrapped_lines(self.tr(
            "This sheet does not name its question. Name it (its wording, say): the model is saved under that name, "
            "and a later sheet whose question is headed so finds it."), fm, fm.horizontalAdvance("M") * 50))
        name = " ".join(name.split()) if ok else ""
        if ok and (not name or names_no_question(name)):
            self.w.news.fail(plain(workflow.nameless_problem()), 20000)
            return ""
        return name

    def _kept(self, item: str, model, bundle, chosen: str) -> None:
        """``item``'s learned ``model`` saved as ``bundle`` (its library copy) in the file the teacher named ``chosen``:
        said, and the end of a review no longer asks to save it."""
        note_saved(self.w.learning, item, model)
        self._saved(bundle, chosen)
        if self.w.review_view is not None:
            self.w.review_view.refresh()

    def _saved(self, bundle, chosen: str) -> None:
        """Said under the name of the file the teacher chose (``chosen``), not of the library's copy, named after the
        question: she looks for the file she named."""
        self.w.library.add(bundle)
        self.w.start.set_library(self.w.library)
        question = learned_beside(bundle.manifest)
        first = find_bundle_for(question, self.w.library) if question is not None else None
        if takes_nothing(bundle) and learns_on(bundle) and (first is None or first.id == bundle.id):
            text = self.tr("Saved “{name}” and added it to your models. It cannot take any answer on its own yet: a sheet "
                           "with question “{title}” is scored with it, and the marks you give there go on teaching it "
                           "together with these.").format(name=chosen, title=bundle.title)
        elif takes_nothing(bundle) and not learns_on(bundle):   # not proposed: its question goes on learning instead
            text = self.tr("Saved “{name}” and added it to your models. It cannot take any answer on its own yet, so a "
                           "sheet with question “{title}” goes on learning from your marks; to score one with it, choose "
                           "it when you check the columns of a sheet.").format(name=chosen, title=bundle.title)
        elif first is not None and first.id != bundle.id:   # the question keeps the model it had (learn.library_names)
            text = self.tr("Saved “{name}” and added it to your models. Question “{question}” keeps “{model}” as its "
                           "model: to score it with yours, choose yours for it when you check the columns of a sheet.").format(
                               name=chosen, question=question, model=bundle_title(first))
        else:
            text = self.tr("Saved “{name}” and added it to your models: a sheet with question “{title}” is scored by it "
                           "from now on.").format(name=chosen, title=bundle.title)
        self.w.news.advise(text, 12000)   # what to do next: kept whole above the results too

    # ----- remove a model of the teacher's own ---------------------------------------------------------
    def ask_remove(self, bundle_id: str) -> None:
        """Ask, without blocking, whether to remove a model of the user's folder (a learned or an added one); Cancel is
        the default. The file is deleted on a worker."""
        b = self.w.library.get(bundle_id)
        if b is None or b.path is None or not self.w.library.is_users(bundle_id):
            return
        path, title = b.path, bundle_title(b)
        self._ask_to_remove(self.tr("Remove the model?"),
                            self.tr("Remove “{title}” ({id}) from your models?").format(title=title, id=b.id),
                            self.tr("Its file is deleted from this computer. Sheets it scored keep your decisions."),
                            lambda: self._remove(bundle_id, path, title))

    def _ask_to_remove(self, caption: str, question: str, then: str, remove: Callable[[], None]) -> None:
        """Ask ``question`` (plain text, under ``caption``; ``then``: what removing does) without blocking, Cancel the
        default and Escape's button: "Remove" calls ``remove``. The box is ``remove_box`` while it is open."""
        box = QMessageBox(QMessageBox.Icon.Question, caption, question, QMessageBox.StandardButton.NoButton, self.w)
        box.setTextFormat(Qt.TextFormat.PlainText)   # names of files, models and questions, as written
        box.setInformativeText(then)
        remove_button = box.addButton(self.tr("&Remove"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.finished.connect(lambda _r: remove() if box.clickedButton() is remove_button else None)
        box.finished.connect(lambda _r: box.deleteLater())
        self.remove_box = box
        box.open()

    def _remove(self, bundle_id: str, path: Path, title: str) -> None:
        self.w.tasks.run(workflow.remove_bundle, self.w.library, bundle_id, path,
                         on_done=lambda back: self._removed(bundle_id, title, back),
                         on_error=lambda exc: self._remove_failed(path, exc), name="remove a model")

    def _removed(self, bundle_id: str, title: str, back) -> None:
        self.w.library.forget(bundle_id, back)   # the worker only deleted the file: the library changes on this thread
        self.w.start.set_library(self.w.library)
        text = self.tr("Removed “{title}” from your models.").format(title=title)
        if back is not None:
            text += " " + self.tr("The model that came with Grader, “{title}”, is used again.").format(title=back.title)
        self._say(text)

    def ask_remove_file(self, name: str) -> None:
        """Ask, without blocking, whether to remove a file of the user's models folder that could not be loaded; Cancel
        is the default. The file is deleted on a worker."""
        library = self.w.library
        if not library.refused_in_users(name):
            return
        path = library.refused[name]
        self._ask_to_remove(self.tr("Remove the file?"),
                            self.tr("Remove “{name}”, which could not be loaded, from your models folder?").format(name=name),
                            self.tr("Its file is deleted from this computer."), lambda: self._remove_file(name, path))

    def _remove_file(self, name: str, path: Path) -> None:
        self.w.tasks.run(self.w.library.remove_refused, name, on_done=lambda _r: self._file_removed(name),
                         on_error=lambda exc: self._remove_failed(path, exc), name="remove a file not loaded")

    def _file_removed(self, name: str) -> None:
        self.w.library.forget_refused(name)   # the worker only deleted the file: the library changes on this thread
        self.w.start.set_library(self.w.library)
        self._say(self.tr("Removed “{name}” from your models folder.").format(name=name))

    def _remove_failed(self, path: Path, exc: Exception) -> None:
        self._file_failed(path, exc, self.tr("“{name}” could not be removed ({problem}); check that its folder is "
                                             "writable and try again."))


def _takes_and_agrees(manifest: dict) -> str:
    """What a model made from a marked sheet takes on its own and, so the teacher knows how far to trust its
    suggestions, how often it gave her mark on answers it had not learned from."""
    return "; ".join(w for w in (bundle_takes(manifest), learned_agreement(manifest)) if w)


def _read_marked(path: Path, worksheet: str | None = None):
    """(the marked sheet, the column its scores are guessed to be in), on a worker: reading it and guessing both go
    through every row."""
    sheet = workflow.read_sheet(path, worksheet)
    return sheet, workflow.guess_score_column(sheet)


def plain_reading(note) -> bool:
    """Whether ``note`` only says the sheet was read as UTF-8, comma-separated: what a sheet is read as unless it says
    otherwise, no news at the end of the made-models message (another reading is said)."""
    values = getattr(note, "values", {}) or {}
    encoding = str(values.get("encoding", "")).casefold().replace("-", "").replace("_", "")
    return getattr(note, "kind", "") == "read_as" and encoding in ("utf8", "utf8sig") and values.get("separator") == ","
