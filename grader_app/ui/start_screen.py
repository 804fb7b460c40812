"""The first page: a large drop zone, an Open button, recent sheets and the model library.

A recent sheet that is gone is shown greyed out. Whether it is there is asked of the disk on a worker of the
window's task manager (:meth:`StartScreen.set_tasks`): a sheet on a school share that cannot be reached (the
laptop at home) makes each such question wait many seconds, and the window would not even show meanwhile.
Which dropped files are folders is asked on a worker too (:meth:`StartScreen.handle_paths`).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QSplitter,
                               QVBoxLayout, QWidget)

from ..bundles.library import Library
from . import style
from .drop_zone import BUNDLE, PROJECT, SHEET, DropZone, classify, folders_of, refusal
from .ink import FAILURE, INK, Ink
from .library_view import LibraryView
from .mapping_layout import ScrollAbove
from .plain_tip import plain_tip
from .recent_entry import NAME_ROLE, RecentEntry
from .start_message import MessageBox

ERROR, INFO = "error", "info"
# work under way ("Loading models…", "Reading “x.xlsx”…"): no mark; "✓" before it read as done
BUSY = "busy"


def missing_of(paths: list[Path]) -> set[str]:
    """Which of ``paths`` are gone (asks the disk, maybe a network drive that does not answer: a worker's job)."""
    return {str(p) for p in paths if not Path(p).exists()}


class StartScreen(QWidget):
    openRequested = Signal(object)          # Path of a sheet to open
    installRequested = Signal(object)       # Path of a bundle to add
    openDialogRequested = Signal()          # the Open… button
    addModelDialogRequested = Signal()
    learnRequested = Signal()               # "Make models from a marked sheet…"
    refused = Signal(str)                   # the sentence shown for a drop that is refused (for a status bar)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.heading = title = QLabel(self.tr("Grade a class's short answers"))
        title.setWordWrap(True)
        title.setFont(style.title_font(self, 1.8, keep=0.25))
        sub = QLabel(self.tr("Everything stays on this computer. The models score every answer; you check only the "
                             "ones they are unsure of."))
        sub.setWordWrap(True)

        self.drop_zone = DropZone()
        self.drop_zone.filesDropped.connect(self.handle_paths)
        self.open_button = QPushButton(self.tr("Open a sheet…"))
        self.open_button.setFont(style.title_font(self, 1.2))
        self.open_button.setToolTip(self.tr("Choose an Excel or CSV sheet of answers (Ctrl+O)"))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.openDialogRequested)

        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)   # file names, columns and cells named in it, as written
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setObjectName("StartMessage")
        self.message_box = MessageBox(self.message, room=self._message_room)   # the drop zone keeps its room
        self.message.setVisible(False)
        self.message_box.setVisible(False)
        self.message_ink = Ink(self.message, "", FAILURE)   # a problem's words: dark red, readable on a dark window
        self.message_kind = ""

        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Recent sheets"))
        self.recent.itemActivated.connect(self._open_recent)
        # a name too long for the column ends in "…" (its whole path is in its tooltip) rather than a scroll bar
        # sideways taking a row's room (in German at a 16 pt font it hid half of the second of two sheets)
        self.recent.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.recent.setItemDelegate(RecentEntry(self.recent))   # the folder is cut first, a long name in its middle
        self.recent.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recent_label = QLabel("<b>" + self.tr("Recent sheets") + "</b>")
        self._tasks = None           # the window's TaskManager: the recent sheets are looked for on a worker
        self._recent_shown = 0       # which list of recent sheets is shown (a late answer about an older one is dropped)

        self.library = LibraryView()
        self.library.addRequested.connect(self.addModelDialogRequested)
        self.library.learnRequested.connect(self.learnRequested)

        # at a 16 pt font in a 600 px high window the heading and the drop zone fit (their titles grow less than the
        # text: style.title_font); at a larger one they are taller than their room and scroll, each whole (squeezed
        # into it, the drop zone's words were drawn over each other), and the Open button and the recent sheets under
        # them stay in sight
        above = QWidget()
        al = QVBoxLayout(above)
        al.setContentsMargins(0, 0, 0, 0)
        al.addWidget(title)
        al.addWidget(sub)
        al.addWidget(self.drop_zone, 1)
        self.above = ScrollAbove(above, lines=6)
        left = QWidget()
        self.left = left
        self.left_layout = ll = QVBoxLayout(left)
        ll.addWidget(self.above, 2)
        self.open_row = row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.open_button)
        row.addStretch(1)
        ll.addLayout(row)
        ll.addWidget(self.message_box)
        ll.addWidget(self.recent_label)
        ll.addWidget(self.recent, 1)
        self.message_box.watch(left)

        right = QFrame()
        rl = QVBoxLayout(right)
        rl.addWidget(self.library)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([4010, 5990])   # two fifths to the left, as the columns' wishes made it at the usual font (at
        # a large one the library's wish grew with its font and the left column narrowed)
        splitter.setChildrenCollapsible(False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(-1, 0, -1, 0)   # the style's at the sides; above and below the columns' own are enough
        lay.addWidget(splitter)

    def _message_room(self) -> int:
        """The height the left column has for the message beside the least height the heading and the drop zone need
        at their width and the height of the rest (the Open button, the recent sheets), with the spacing between."""
        lay = self.left_layout
        m = lay.contentsMargins()
        rest = [w.sizeHint().height() for w in (self.recent_label, self.recent) if not w.isHidden()]
        taken = self.above.least_height(self.above.width()) + self.open_row.sizeHint().height() + sum(rest)
        return self.left.height() - m.top() - m.bottom() - taken - lay.spacing() * (2 + len(rest))

    def set_tasks(self, tasks) -> None:
        self._tasks = tasks

    def set_recent(self, paths: list[Path]) -> None:
        """List ``paths``; those that are gone are greyed out once a worker has looked (at once without tasks)."""
        self.recent.clear()
        self._recent_shown += 1
        for p in paths:
            item = QListWidgetItem(self.tr("{name}  —  in {folder}").format(name=p.name, folder=p.parent.name or p.parent))
            item.setData(Qt.ItemDataRole.UserRole, str(p))
            item.setData(NAME_ROLE, p.name)
            item.setToolTip(plain_tip(str(p)))
            self.recent.addItem(item)
        self.recent_label.setVisible(bool(paths))
        self.recent.setVisible(bool(paths))
        # no taller than its sheets: the room left over goes to the drop zone
        rows = self.recent.sizeHintForRow(0) * len(paths) + 2 * self.recent.frameWidth()
        self.recent.setMaximumHeight(max(rows, self.recent.minimumSizeHint().height()) if paths else (1 << 24) - 1)
        self.message_box.refit()   # the room the message may take changed
        if not paths:
            return
        shown = self._recent_shown
        if self._tasks is None:
            self._mark_missing(shown, missing_of(paths))
        else:
            self._tasks.run(missing_of, list(paths), on_done=lambda gone: self._mark_missing(shown, gone),
                            name="look for the recent sheets")

    def _mark_missing(self, shown: int, gone: set[str]) -> None:
        if shown != self._recent_shown:
            return
        try:
            items = [self.recent.item(i) for i in range(self.recent.count())]
        except RuntimeError:   # the window closed before the worker answered
            return
        for item in items:
            if item.data(Qt.ItemDataRole.UserRole) in gone:
                item.setText(self.tr("{name}  —  (moved or deleted)").format(name=Path(item.data(Qt.ItemDataRole.UserRole)).name))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)

    def set_library(self, library: Library) -> None:
        self.library.set_library(library)

    def show_message(self, text: str, kind: str = INFO) -> None:
        """A plain sentence under the drop zone: ⚠ for a problem, ✓ for news (text, not colour only), no mark for work
        still under way (BUSY: its "…" says so)."""
        self.message_kind = kind
        mark = {ERROR: "⚠ ", BUSY: ""}.get(kind, "✓ ")
        self.message_ink.set_sheet("#StartMessage { color: " + INK + "; font-weight: bold; }" if kind == ERROR else "")
        self.message_box.set_text(mark + text)   # after the sheet: a bold problem needs more room
        self.message.setVisible(bool(text))
        self.message_box.setVisible(bool(text))

    def clear_message(self) -> None:
        self.message_kind = ""
        self.message_box.set_text("")
        self.message.setVisible(False)
        self.message_box.setVisible(False)

    # ----- dropped files ---------------------------------------------------------------------------
    def handle_paths(self, paths: list) -> str:
        """Open the sheet and add the models dropped, once a worker has found which of them are folders (at once
        without tasks). Returns the sentence shown if some were refused and that is known now, else "";
        ``refused`` gives it whenever it is known."""
        paths = [Path(p) for p in paths]
        if self._tasks is None:
            return self._take_dropped(paths, folders_of(paths))
        self._tasks.run(folders_of, paths, on_done=lambda folders: self._take_dropped(paths, folders),
                        name="look at the dropped files")
        return ""

    def _take_dropped(self, paths: list[Path], folders: set[str]) -> str:
        """What handle_paths does once it is known which of ``paths`` are ``folders``."""
        sheets = [p for p in paths if classify(p) in (SHEET, PROJECT)]  # a project reopens its sheet
        bundles = [p for p in paths if classify(p) == BUNDLE]
        others = [p for p in paths if classify(p) is None or str(p) in folders]
        try:
            if others:
                problem = refusal(others[0], str(others[0]) in folders)
                self.show_message(problem, ERROR)
            elif len(sheets) > 1:
                problem = self.tr("Drop one sheet at a time; Grader opens one class sheet per window.")
                self.show_message(problem, ERROR)
            else:
                problem = ""
                self.clear_message()
        except RuntimeError:   # the window closed before the worker answered
            return ""
        if problem:
            self.refused.emit(problem)
        if len(sheets) > 1 and not others:   # nothing is taken
            return problem
        for b in bundles:
            self.installRequested.emit(b)
        if len(sheets) == 1 and not others:
            self.openRequested.emit(sheets[0])
        return problem

    def _open_recent(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        if path:
            self.openRequested.emit(Path(path))
