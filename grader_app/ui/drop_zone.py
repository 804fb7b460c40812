"""A large area that takes dropped files (sheets of answers or model bundles) and says what it will do."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout

from .i18n import QT_TRANSLATE_NOOP
from . import style

SHEET_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".xls")   # .xls: the reader says what an old workbook needs
BUNDLE_SUFFIX = ".gradebundle"
PROJECT_SUFFIX = ".grader-project"

SHEET, BUNDLE, PROJECT = "sheet", "bundle", "project"
IDLE_TEXT = QT_TRANSLATE_NOOP("DropZone", "Drop a sheet of answers here\n(Excel .xlsx or CSV)")
HINT_TEXT = QT_TRANSLATE_NOOP("DropZone", "or drop a .gradebundle model to add it to the library")

translate = QCoreApplication.translate


def classify(path: Path) -> str | None:
    """'sheet', 'bundle', 'project', or None for a file Grader does not open."""
    suffix = Path(path).suffix.lower()
    if suffix in SHEET_SUFFIXES:
        return SHEET
    if suffix == BUNDLE_SUFFIX:
        return BUNDLE
    if suffix == PROJECT_SUFFIX:
        return PROJECT
    return None


def dropped_paths(mime) -> list[Path]:
    """The local files a drag carries (none for text, web links and the like)."""
    if mime is None or not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]


def folders_of(paths: list[Path]) -> set[str]:
    """Which of ``paths`` are folders (asks the disk, maybe a network drive that does not answer: a worker's job)."""
    return {str(p) for p in paths if Path(p).is_dir()}


def refusal(path: Path, folder: bool) -> str:
    """One sentence for a dropped file that is neither a sheet nor a bundle; ``folder``: whether it is a folder
    (:func:`folders_of` found out, on a worker)."""
    p = Path(path)
    if folder:
        return translate("drop_zone", "“{name}” is a folder; drop the sheet of answers itself (an .xlsx or .csv "
                         "file).").format(name=p.name)
    if p.suffix:
        return translate("drop_zone", "“{name}” is a {suffix} file, which Grader cannot open; drop an Excel (.xlsx) "
                         "or CSV sheet of answers, or a .gradebundle model.").format(name=p.name, suffix=p.suffix)
    return translate("drop_zone", "“{name}” is a file without a type, which Grader cannot open; drop an Excel "
                     "(.xlsx) or CSV sheet of answers, or a .gradebundle model.").format(name=p.name)


class DropZone(QFrame):
    """Emits ``filesDropped`` with the local paths of whatever was dropped on it."""

    filesDropped = Signal(list)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setObjectName("DropZone")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Drop zone for sheets of answers and model bundles"))
        self.title = QLabel(translate("DropZone", IDLE_TEXT))
        self.title.setTextFormat(Qt.TextFormat.PlainText)   # the name of the file dragged over it, as written
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.title.setFont(style.title_font(self, 1.6))
        self.hint = QLabel(translate("DropZone", HINT_TEXT))
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addStretch(1)
        lay.addWidget(self.title)
        lay.addWidget(self.hint)
        lay.addStretch(1)
        self._set_hover(False)

    def _set_hover(self, on: bool, text: str | None = None) -> None:
        self.setProperty("hover", on)
        self.setStyleSheet(
            "#DropZone { border: 3px dashed palette(highlight); border-radius: 12px; background: palette(alternate-base); }"
            if on else
            "#DropZone { border: 3px dashed palette(mid); border-radius: 12px; background: palette(base); }")
        self.title.setText(text or translate("DropZone", IDLE_TEXT))

    _paths = staticmethod(dropped_paths)

    def dragEnterEvent(self, event) -> None:
        paths = self._paths(event.mimeData())
        if not paths:
            event.ignore()
            return
        kinds = {classify(p) for p in paths}
        if kinds == {SHEET} and len(paths) == 1:
            text = self.tr("Release to open “{name}”").format(name=paths[0].name)
        elif kinds == {BUNDLE}:
            text = self.tr("Release to add the models to the library", "", len(paths))
        else:
            text = self.tr("Grader cannot open this; release to see why")
        self._set_hover(True, text)
        event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        if self._paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event) -> None:
        self._set_hover(False)
        event.accept()

    def dropEvent(self, event) -> None:
        paths = self._paths(event.mimeData())
        self._set_hover(False)
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.filesDropped.emit(paths)
