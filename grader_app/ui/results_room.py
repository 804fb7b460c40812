"""How the results page shares a page too short for all it says (1024×600 at a 16 pt font, in German or Spanish).

Above the table stand the notes about the sheet, the headline ("73 answers need you; the other 2 are expected to be
at least 95 % right.") and the counts under it. At 1024×600 and a 16 pt font in German the notes took three lines, the
headline three and the counts two, and the table showed three answers at a time (QA s54g finding 2). Now, while the
table shows fewer than :data:`TABLE_ROWS` rows, those lines fold, one after the other (:data:`FOLD_ORDER`), to one line
ending in "…", as the review screen's notes do (:class:`~.review_room.FoldingLabel`: the whole text in its tooltip, and
a screen reader still hears it whole): first the counts (the filters and the status bar give their figures too), then
the notes (their first words stay, with their ⚠ or ℹ; Close is beside them), then what the models learning from the
teacher's marks are doing (in German four lines for a question without a shipped model), then the headline (its first
words, the figure that needs the teacher, stay; the review button says it too). Where the page has room again they unfold.
:class:`ResultsRoom` watches the page and the table (their sizes, and the lines' texts) and decides.
"""
from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QTableView, QVBoxLayout, QWidget

from .filter_guard import passes_when_collected
from . import style
from .review_room import FoldingLabel

TABLE_ROWS = 6   # the table shows at least this many rows before a line above it folds
FOLD_ORDER = ("counts", "notices", "learning", "sentence")   # which give way first


class Notes(Protocol):
    """The notes about the sheet (:class:`~.sheet_notices.SheetNotices`), as they fold."""
    folded: bool

    def set_folded(self, folded: bool) -> None: ...

    def saving(self) -> int: ...

    def short_by(self) -> int: ...

    def isVisibleTo(self, parent: QWidget) -> bool: ...  # noqa: N802 (Qt's name)


def folding_label(font_of: QWidget | None = None, scale: float = 1.0, bold: bool = False) -> FoldingLabel:
    """A word-wrapped line of the results page that can fold (plain text: questions' titles from the sheet, as written;
    ``font_of``: a scaled font of that widget's, as the headline has)."""
    label = FoldingLabel("")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if font_of is not None:
        label.setFont(style.scaled_font(font_of, scale, bold=bold))
    return label


def saving(line: FoldingLabel | Notes) -> int:
    """How much shorter ``line`` is folded than whole, at its width now."""
    if isinstance(line, FoldingLabel):
        return max(0, line.full_height(line.width()) - line.one_line())
    return line.saving()   # the notes: their area, a few lines at most, beside their Close button


def short_by(line: FoldingLabel | Notes) -> int:
    """How much taller ``line`` is whole than it is laid out now (measured, as the table is: a fold decided but not laid
    out yet is not counted as done)."""
    if isinstance(line, FoldingLabel):
        return line.full_height(line.width()) - line.height()
    return line.short_by()


class ResultsRoom(QObject):
    """Folds the lines above the results table (:data:`FOLD_ORDER`) while the table shows fewer than
    :data:`TABLE_ROWS` rows, and unfolds them once it would show as many with them whole."""

    def __init__(self, page: QWidget, table: QTableView, lines: dict[str, FoldingLabel | Notes]) -> None:
        super().__init__(page)
        self.page, self.table = page, table
        self.lines = [lines[name] for name in FOLD_ORDER if name in lines]
        self._soon = QTimer(self)   # once the layouts have settled: the table and the lines measured in one pass
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self.share)
        for watched in (page, table, *(w for w in self.lines if isinstance(w, QWidget))):
            watched.installEventFilter(self)

    @passes_when_collected
    def eventFilter(self, watched: QObject, e: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if e.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest, QEvent.Type.Show, QEvent.Type.Hide):
            self._soon.start()
        return super().eventFilter(watched, e)

    def wanted(self) -> int:
        """The table's height that shows :data:`TABLE_ROWS` rows under its header."""
        rows = self.table.verticalHeader().defaultSectionSize() * TABLE_ROWS
        return rows + self.table.horizontalHeader().height() + 2 * self.table.frameWidth()

    def share(self) -> None:
        """Fold the lines, in their order, while the table would be shorter than :meth:`wanted` with them whole (a line
        already as it should be is left alone, so a fold's own resize changes nothing)."""
        if not self.page.isVisible() or self.table.height() <= 0:
            return
        shown = [line for line in self.lines
                 if line.isVisibleTo(self.page) and (line.text() if isinstance(line, FoldingLabel) else True)]
        height = self.table.height() - sum(short_by(line) for line in shown)   # as if none were folded
        for line in shown:
            fold = height < self.wanted()
            if fold:
                height += saving(line)
            line.set_folded(fold)
        for line in self.lines:
            if line not in shown and line.folded:
                line.set_folded(False)


class ResultsPage(QWidget):
    """The results page: the scoring strip, the notes about the sheet, and the results, which share its height
    (:class:`ResultsRoom`)."""

    def __init__(self, strip: QWidget, notices, results, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(strip)
        lay.addWidget(notices)
        lay.addWidget(results, 1)
        self.room = ResultsRoom(self, results.table, {"counts": results.counts, "notices": notices,
                                                      "learning": results.learning, "sentence": results.sentence})
