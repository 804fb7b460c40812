"""Where an export goes: its folder found off the GUI thread, a bare name put beside the sheet, and no file
replaced without the teacher saying so.

* The suggested folder is the sheet's own, or Documents when the teacher may not write there. Finding that
  out means creating a file in the folder (:func:`default_folder`), which on a network share or a slow USB
  stick takes a while: the export dialog asks a worker once, and every format's name is then made from the
  answer (:func:`destination_in`) without touching the disk.
* A name typed without a folder ("grades.xlsx") went to the program's working folder, wherever that was,
  and "Saved grades.xlsx in ." told the teacher nothing: it goes to the suggested folder
  (:func:`placed`).
* An export is written over an existing file (last week's graded sheet, with the teacher's own notes added
  since) only once the teacher agreed: in the Save dialog, which asks, or in :func:`ask_replace`. The
  check is made on the worker that writes (:func:`check_target`), which raises :class:`ReplaceNeeded`.
  Agreeing (or the dialog having written the file) holds for that one format: the graded CSV just written
  is not replaced by the feedback CSV without asking.
* A name the teacher gave is carried to the next format they click (:func:`name_for`), their own part of it with
  the new format's suffix and ending, without ever becoming a file another format has: the graded CSV's name was
  offered for the feedback CSV, and Export wrote over the graded sheet; and "9B.csv" typed for the graded CSV gave
  the feedback the suggested "class-feedback.csv", the teacher's "9B" lost. Going back to a format offers the name
  last given for it in the dialog (a name of their own: the suggested one, moved to another folder, is none), under
  the same rule: "9B.csv" typed for the CSV, then Canvas, then CSV again offered "class-graded.csv". A name the
  teacher empties gives the format's suggested name again. A name that is only the format's word ("informe.pdf" for
  the report in a Spanish window) says what the file is, not whose: the next format is named after the sheet as
  suggested (QA: it gave "informe-google-classroom.csv").
* An export is never written over the sheet of answers, under any name (a link, another case): whether the
  file is the sheet is a question for the disk, asked on a worker (:class:`SheetGuard`) when the teacher
  chooses the file and again before it is written.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any, Callable, Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..io.errors import SheetError
from ..io.paths_check import refuse_overwriting_input
from .export_formats import Choice, choice

translate = QCoreApplication.translate


class ReplaceNeeded(Exception):
    """The export's file exists and the teacher has not agreed to replace it."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


class IsFolder(Exception):
    """The export's name, with the format's own ending ("grades.xlsx"), is an existing folder: the teacher wants the
    file in it (under the format's suggested name), and writing to the folder itself would fail."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


def documents() -> Path:
    """The teacher's Documents folder, else their home (reads the disk)."""
    folder = Path.home() / "Documents"
    return folder if folder.is_dir() else Path.home()


def default_folder(sheet_path: Path | None) -> Path:
    """Beside the sheet, or Documents when the sheet's folder is read-only (reads and writes the disk: a worker's)."""
    from ..io.project_store import _folder_writable

    if sheet_path is not None and _folder_writable(Path(sheet_path).parent):
        return Path(sheet_path).parent
    return documents()


def file_name(sheet_path: Path | None, fmt: str) -> str:
    """The suggested name of a format's file: the sheet's name with the format's ending in the interface's language
    ("class-graded.xlsx", German "class-bewertet.xlsx")."""
    c = choice(fmt)
    return f"{Path(sheet_path).stem if sheet_path is not None else 'grades'}{c.file_ending}{c.suffix}"


def _without_ending(stem: str, c: Choice) -> str | None:
    """``stem`` without ``c``'s ending (in the interface's language, or in English: a name suggested before the
    language was changed), None when it has neither."""
    for ending in dict.fromkeys((c.file_ending, c.ending)):
        if ending and stem.casefold().endswith(ending.casefold()):
            return stem[:len(stem) - len(ending)]
    return None


def _only_its_word(stem: str, c: Choice) -> bool:
    """Is ``stem`` only ``c``'s own word ("informe" for the report in a Spanish window, "report"): the kind of file the
    teacher typed, no name of their class's."""
    return any(ending and stem.strip().casefold() == ending.lstrip("-").casefold()
               for ending in (c.file_ending, c.ending))


def destination_in(folder: Path, sheet_path: Path | None, fmt: str) -> Path:
    """The suggested file in ``folder`` (no disk access)."""
    return Path(folder) / file_name(sheet_path, fmt)


def default_destination(sheet_path: Path | None, fmt: str) -> Path:
    """Beside the sheet, named after it; in Documents when the sheet's folder is read-only (reads the disk)."""
    return destination_in(default_folder(sheet_path), sheet_path, fmt)


def is_suggested(path: Path, sheet_path: Path | None, fmt: str) -> bool:
    """Is ``path`` named as the dialog suggests for ``fmt`` (in any folder; its ending in the interface's language or in
    English)? Such a name is no name of the teacher's own (no disk access)."""
    c = choice(fmt)
    base = _without_ending(path.stem, c)
    sheet = Path(sheet_path).stem if sheet_path is not None else "grades"
    return base is not None and base.casefold() == sheet.casefold() and path.suffix.casefold() == c.suffix


def name_for(current: Path, sheet_path: Path | None, old_fmt: str, new_fmt: str, taken: Mapping[Path, str],
             given: Mapping[str, Path] | None = None) -> Path:
    """The file to offer when the teacher, having given the name ``current`` for ``old_fmt``, clicks ``new_fmt``
    (no disk access). The name last given for ``new_fmt`` (``given``: format -> file, kept by the dialog) comes
    back. Else their folder and their own part of the name stay, and the format's part changes, its suffix and its
    ending: where the name has the old format's ending, the new one's takes its place ("9B-graded.csv" becomes
    "9B-feedback.csv"; the suggested name so becomes the new format's suggested name, and so does a name that is only
    the old format's word: "report.pdf" gives "class-feedback.csv"); a name of the teacher's own
    keeps all of it, with the new format's ending added when the file is of another kind ("9B.csv" for the graded CSV
    becomes "9B.xlsx" for the graded workbook, "9B-feedback.csv" for the feedback). A name that is another format's
    file (``current`` itself, or one ``taken`` for another format: written by the dialog, or agreed to be replaced)
    is never offered: the new format's own name in that folder is."""
    own = (given or {}).get(new_fmt)
    if own is not None and own != current and taken.get(own, new_fmt) == new_fmt:
        return own
    old, new = choice(old_fmt), choice(new_fmt)
    stem = current.stem
    base = _without_ending(stem, old)
    if base is None and _only_its_word(stem, old):   # "informe.pdf": the new file is named after the sheet
        base = Path(sheet_path).stem if sheet_path is not None else "grades"
    if base is not None:
        stem = base + new.file_ending
    elif _without_ending(stem, new) is None and old.file_ending != new.file_ending:
        stem += new.file_ending
    offered = current.with_name(stem + new.suffix)
    if offered == current or taken.get(offered, new_fmt) != new_fmt:
        offered = current.parent / file_name(sheet_path, new_fmt)
    return offered


def placed(text: str, folder: Path) -> Path:
    """The file the teacher typed, a bare or relative name taken as inside ``folder``."""
    path = Path(text).expanduser()
    return path if path.is_absolute() else Path(folder) / path


def check_target(path: Path, replace_ok: bool) -> None:
    """On the writing worker, before anything is written: ReplaceNeeded if ``path`` is a file the teacher did
    not agree to replace. A read-only file is not asked about: the writer refuses it and says why."""
    if replace_ok:
        return
    try:
        mode = path.stat().st_mode
    except OSError:   # not there (or not reachable): the writer says what is wrong, if anything
        return
    if stat.S_ISREG(mode) and mode & 0o222 and os.access(path, os.W_OK):
        raise ReplaceNeeded(path)


def ask_replace(parent: QWidget, path: Path, on_answer: Callable[[bool], None]) -> QMessageBox:
    """Ask, without blocking, whether to replace ``path``; ``on_answer(True)`` to replace, ``on_answer(False)`` not.
    Cancel is the default: Enter or Esc keeps the file."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("ExportDialog", "Replace the file?"),
                      translate("ExportDialog", "{name} already exists in {folder}. Replace it with this export?").format(
                          name=path.name, folder=path.parent), QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)   # names of files, models and questions, as written
    box.setInformativeText(translate("ExportDialog", "What is in it now is lost, changes you made to it too. To keep "
                                                     "it, cancel and type another name."))
    replace = box.addButton(translate("ExportDialog", "&Replace"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.finished.connect(lambda _r: on_answer(box.clickedButton() is replace))
    box.finished.connect(lambda _r: box.deleteLater())
    box.open()
    return box


def ask_where(parent: QWidget, text: str, fmt: str, on_chosen: Callable[[str], object]) -> QFileDialog:
    """The Save dialog, opened without blocking at ``text`` for the format ``fmt`` (its filter, its suffix added to a
    name without one); ``on_chosen(path)`` once a file is chosen. It asks itself before replacing a file."""
    c = choice(fmt)
    dlg = QFileDialog(parent, translate("ExportDialog", "Export to"), text, c.filter_text)
    dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dlg.setDefaultSuffix(c.suffix.lstrip("."))
    dlg.fileSelected.connect(on_chosen)
    dlg.finished.connect(lambda _r: dlg.deleteLater())
    dlg.open()
    return dlg


def checked(work: Callable, path: Path, replace_ok: bool) -> Callable:
    """``work`` run after :func:`check_target` (both on the worker)."""
    def run():
        check_target(path, replace_ok)
        return work()
    return run


def onto_sheet(problem: BaseException, fmt: str, sheet_path: Path | None) -> BaseException:
    """``problem``, or when it is the refusal to write over the sheet of answers, that refusal naming the file being
    written (the format's choice, as the dialog shows it) and suggesting that format's own name ("class-feedback.csv"
    in English): the writers' own sentence spoke of "the graded sheet" and suggested "class-graded.csv" whatever was
    being exported."""
    if getattr(problem, "kind", "") != "write.is_input":
        return problem
    name = getattr(problem, "values", {}).get("name", "")
    kind = choice(fmt).label.replace("&&", "\0").replace("&", "").replace("\0", "&")   # no mnemonic's "&"
    return SheetError(translate("ExportTarget", "{name} is the sheet of answers itself, and saving “{kind}” there would "
                                "replace it; choose another file name, such as {suggestion}").format(
                                    name=name, kind=kind, suggestion=file_name(sheet_path, fmt)))


class SheetGuard:
    """Whether an export's destination is one of ``inputs`` (the sheet of answers), asked of the disk on a worker
    of ``tasks``: a symlink or a hard link to the sheet is only told by what it is on disk
    (:func:`grader_app.io.paths_check.same_file`), which on a share that does not answer takes a while."""

    def __init__(self, tasks, inputs: list) -> None:
        self.tasks = tasks
        self.inputs = list(inputs)
        self._asked = 0   # the latest look: an older one's answer is dropped

    def look(self, path: Path, on_refused: Callable[[SheetError], object]) -> None:
        """``on_refused(error)`` on the GUI thread if ``path`` is the sheet, unless another look or a
        :meth:`check` was started meanwhile (a closed or deleted dialog is kept out by its slot: weak_slots)."""
        self._asked += 1
        asked = self._asked

        def answered(exc) -> None:
            if asked == self._asked and isinstance(exc, SheetError):
                on_refused(exc)
        self.tasks.run(refuse_overwriting_input, path, self.inputs, on_error=answered, name="check the export target")

    def check(self, path: Path, on_clear: Callable[[Any], object], on_error: Callable[[BaseException], object],
              first: Callable[[], Any] | None = None):
        """Before writing ``path``: ``on_clear(what first() gave)`` if it is not the sheet, else
        ``on_error(SheetError)`` (both on the GUI thread). ``first``, what the format must learn from the sheet, runs on
        the worker before the look at the destination, so its SheetError is said first, as when it ran on the GUI
        thread. An existing folder at ``path`` gives ``on_error(IsFolder)``. Returns the worker's task."""
        self._asked += 1   # what an earlier look finds is no longer needed: this check says it
        inputs = self.inputs

        def run():
            learned = first() if first is not None else None
            if path.is_dir():
                raise IsFolder(path)
            refuse_overwriting_input(path, inputs)
            return learned
        return self.tasks.run(run, on_done=on_clear, on_error=on_error, name="check the export target")


class DestinationNames:
    """The export dialog's memory of its "Save to" name (no disk access): the folder to suggest (the sheet's until a
    worker has found whether it may be written), whether the name is still the suggested one, the name the teacher
    last gave each format, and the files each may replace unasked (the teacher agreed to, or the dialog wrote it)."""

    def __init__(self, sheet_path: Path | None, folder: Path) -> None:
        self.sheet_path = sheet_path
        self.folder = folder
        self.auto = True   # the name shown is the suggested one: a format chosen, or the folder found, changes it
        self.replace_ok: dict[Path, str] = {}   # file -> the one format it may be replaced with unasked
        self.given: dict[str, Path] = {}   # format -> the name the teacher last gave it, offered when it is chosen again
        self.named_for: str | None = None   # the format the name shown is for

    def folder_found(self, folder: Path, fmt: str) -> Path | None:
        """The worker's folder came: the name to show now (None: keep the one shown)."""
        if folder == self.folder:
            return None
        self.folder = folder
        return destination_in(folder, self.sheet_path, fmt) if self.auto else None

    def chosen(self, fmt: str, text: str) -> Path | None:
        """``fmt`` was chosen while ``text`` is the name shown: the name to show for it (None: keep the one shown)."""
        old, self.named_for = self.named_for, fmt
        text = text.strip()
        if fmt == old:   # told twice about one choice: the name already is this format's
            return None
        if self.auto:
            return destination_in(self.folder, self.sheet_path, fmt)
        if text and old is not None:   # a name the teacher gave: never another format's file
            current = placed(text, self.folder)
            if is_suggested(current, self.sheet_path, old):   # the suggested name (another folder): none of their own
                self.given.pop(old, None)
            else:
                self.given[old] = current
            return name_for(current, self.sheet_path, old, fmt, self.replace_ok, self.given)
        if not text:   # the name cleared: the format's own name again, as at first
            self.auto = True
            return destination_in(self.folder, self.sheet_path, fmt)
        return None
