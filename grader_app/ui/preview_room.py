"""The columns dialog's preview of the sheet keeps its first rows in sight on a short screen (:class:`PreviewSplit`).

The preview stood at the bottom of the part of the dialog that scrolls, under the columns' choice and the models'
table: at a 16 pt font on a 1024×600 screen only its header was in sight (in German and Spanish not even that), and
the teacher had to scroll to recognise the columns she was choosing. Now the dialog is split in two, one above the
other: the choices (scrolling where they do not fit) and, under them, the preview, which never has less room than its
header and :data:`LEAST_ROWS` whole rows (and a scroll bar under them). Where the dialog has room the choices get
all they need and the preview the rest, as before; the teacher can drag the handle between the two to see more of
either.

The columns' choices come first, though (``keep``): at a 16 pt font on a 1024×600 screen, in German,
the preview's five rows left the choices 275 px, the "Question:" row half in sight and the student's choices under the
preview, to be scrolled to. Where the choices and those rows cannot both be in sight, the preview gives up its rows
(down to none) until every choice is; the teacher drags the handle up to see more of the sheet. For a sheet with one
column per question the list of the columns that hold answers is one of these choices (it stood under the preview at
1024×600 and 16 pt), kept at its least height: it scrolls itself, and what room is left goes to the preview's rows.

Where the choices lack no more than :data:`GIVEN_ROWS` of the preview's rows to be whole, the preview gives up that
much: at 16 pt on a 1280×720 screen the choices of the sample sheet scrolled by 12-31 px (the bottom of the models'
box out of sight behind a scroll bar) while the preview showed its five rows.

With no row left, the heading stood alone and only the handle's dots hinted at a drag (which no keyboard reaches): a
"Show rows" button on the heading's line (:attr:`PreviewSplit.show_rows`, there only while no row is) gives the preview
its :data:`LEAST_ROWS` rows, the choices above them scrolling, as the drag does.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import (QAbstractScrollArea, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSplitter, QTableView,
                               QVBoxLayout, QWidget)

from .filter_guard import passes_when_collected
from .mapping_layout import ScrollAbove

LEAST_ROWS = 5   # whole rows of the sheet the preview keeps in sight, at the least
GIVEN_ROWS = 2   # ... of which it gives up as many as the choices lack to need no scroll bar
translate = QCoreApplication.translate


def rows_height(view: QTableView, rows: int) -> int:
    """The height ``view`` needs to show its header and ``rows`` whole rows, and the horizontal scroll bar under them
    when its columns are wider than it."""
    wide = view.horizontalHeader().length() > view.viewport().width() or view.horizontalScrollBar().maximum() > 0
    return (view.horizontalHeader().sizeHint().height() + view.verticalHeader().defaultSectionSize() * rows
            + (view.horizontalScrollBar().sizeHint().height() if wide else 0) + 2 * view.frameWidth())


class PreviewSplit(QSplitter):
    """The choices (``choices``, a :class:`~.mapping_layout.ScrollAbove`) above the preview (``view``, under its
    heading and the blind-marking note): the choices get what they need while the preview keeps :data:`LEAST_ROWS`
    rows, and the preview takes what is left."""

    def __init__(self, choices: ScrollAbove, heading: QLabel, note: QLabel, view: QTableView,
                 keep=lambda: []) -> None:
        """``keep()``: the widgets of the choices (in ``choices.content``) kept wholly in sight, with all above them,
        before the preview's rows."""
        super().__init__(Qt.Orientation.Vertical)
        self.choices, self.view, self.keep = choices, view, keep
        self.words = (heading, note)
        self.part = QWidget()
        self.part_layout = lay = QVBoxLayout(self.part)
        lay.setContentsMargins(0, 0, 0, 0)
        # no row in sight (the choices took them all): the heading says how to see them, with a button a key reaches
        self.show_rows = QPushButton(translate("MappingDialog", "Show rows"))
        self.show_rows.setToolTip(translate("MappingDialog", "Show the first rows of the sheet here; the column choices "
                                                             "above them scroll. You can also drag the bar above the "
                                                             "heading."))
        self.show_rows.clicked.connect(self.reveal_rows)
        self.show_rows.hide()
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(heading)
        line.addWidget(self.show_rows)
        line.addStretch(1)
        lay.addLayout(line)
        lay.addWidget(note)
        lay.addWidget(view, 1)
        view.setMinimumHeight(rows_height(view, LEAST_ROWS))
        view.setSizePolicy(view.sizePolicy().horizontalPolicy(), QSizePolicy.Policy.Expanding)
        self.addWidget(choices)
        self.addWidget(self.part)
        self.setChildrenCollapsible(False)
        self.setStretchFactor(0, 0)
        self.setStretchFactor(1, 1)
        self.dragged = False   # the teacher moved the handle: her sizes stand
        self.splitterMoved.connect(self._moved)
        self._watch = _Relayout(self)
        choices.content.installEventFilter(self._watch)

    def _moved(self, *_args) -> None:
        self.dragged = True
        if self.view.isHidden():   # the handle dragged to see the sheet: its rows come back
            self.view.setMinimumHeight(rows_height(self.view, 1))
            self.view.show()
            self.show_rows.hide()

    def reveal_rows(self) -> None:
        """The "Show rows" button: the preview's :data:`LEAST_ROWS` rows (as many as the choices' least height leaves
        room for), the choices above them scrolling; the teacher's sizes from then on, as after a drag."""
        view, total = self.view, self.height() - self.handleWidth()
        self.dragged = True
        view.setMinimumHeight(rows_height(view, 1))
        view.show()
        self.show_rows.hide()
        part = self.beside() + self.part_layout.spacing() + rows_height(view, LEAST_ROWS)
        part = min(part, total - self.choices.minimumSizeHint().height())
        self.setSizes([total - part, part])
        view.setFocus(Qt.FocusReason.OtherFocusReason)   # not lost on the button gone

    def share(self) -> None:
        """The columns' choices whole, then the preview's :data:`LEAST_ROWS` rows, then the rest of the choices (a
        table of questions all its rows), as far as the dialog's height goes; the preview the rest."""
        total = self.height() - self.handleWidth()
        if self.dragged or total <= 0:
            return
        view, spacing = self.view, self.part_layout.spacing()
        least_rows = rows_height(view, LEAST_ROWS)
        beside = self.beside()
        above = min(self.wanted(self.choices.width()), total - beside - spacing - least_rows)
        whole = self.choices.least_height(self.choices.width())   # the choices with nothing to scroll
        if above < whole <= total - beside - spacing - rows_height(view, LEAST_ROWS - GIVEN_ROWS):
            above = whole   # a few pixels short: the preview gives up part of its rows, not a scroll bar for them
        first = self.kept_height()
        if above < first:   # the choices of columns before the preview's rows
            above = min(first, total - beside)
        above = max(self.choices.minimumSizeHint().height(), above)
        room = total - above - beside - spacing
        shown = room >= rows_height(view, 1)   # its header and a row, or nothing but its heading
        if not shown:   # the heading alone, with the button that shows the rows on its line
            above = max(self.choices.minimumSizeHint().height(), total - self.beside(button=True))
        elif view.minimumHeight() != min(least_rows, room):
            view.setMinimumHeight(min(least_rows, room))
        if view.isHidden() == shown:
            view.setHidden(not shown)
            self.show_rows.setHidden(shown)
        if self.sizes() != [above, total - above]:
            self.setSizes([above, total - above])

    def beside(self, button: bool = False) -> int:
        """The height of what stands above the preview's rows (its heading, the blind-marking note), without them;
        ``button``: the heading's line with the "Show rows" button on it."""
        lay, width = self.part_layout, max(self.width(), 1)
        shown = [w for w in self.words if not w.isHidden()]
        heights = [w.heightForWidth(width) if w.hasHeightForWidth() else w.sizeHint().height() for w in shown]
        if button and shown and shown[0] is self.words[0]:
            heights[0] = max(heights[0], self.show_rows.sizeHint().height())
        return sum(heights) + lay.spacing() * max(0, len(shown) - 1)

    def wanted(self, width: int) -> int:
        """The height the choices would have at ``width``: all they hold at their wish (a table of questions all its
        rows), their wrapped sentences whole."""
        lay = self.choices.content.layout()
        want = lay.heightForWidth(width) if lay is not None and lay.hasHeightForWidth() else -1
        return max(want if want >= 0 else self.choices.content.sizeHint().height(), self.choices.least_height(width))

    def kept_height(self) -> int:
        """The height the choices need to show the widgets :attr:`keep` gives whole, from their top. Laid out taller
        than their least, a list among them (which scrolls itself) counts at its least height and what is under it as
        high up as that leaves it: how high the list is depends on the room the choices have now."""
        content = self.choices.content
        kept = [(w.mapTo(content, QPoint(0, 0)).y(), w) for w in self.keep() if w.isVisibleTo(content)]
        lay = content.layout()
        margin = lay.contentsMargins().bottom() if lay is not None else 0
        if content.height() <= self.choices.least_height(content.width()):   # at their least: as they will be
            return max((top + w.height() for top, w in kept), default=0) + margin
        spare = [(top, w.height() - least(w)) for top, w in kept if isinstance(w, QAbstractScrollArea)]
        bottoms = [top + (least(w) if isinstance(w, QAbstractScrollArea) else w.height())
                   - sum(more for above, more in spare if above < top) for top, w in kept]
        return max(bottoms, default=0) + margin

    def resizeEvent(self, e) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(e)
        self.share()


def least(widget: QWidget) -> int:
    """The least height ``widget`` is laid out at."""
    return max(widget.minimumHeight(), widget.minimumSizeHint().height())


class _Relayout(QObject):
    """Shares the split again when the choices ask for other room (a note shown, a problem said)."""

    def __init__(self, split: PreviewSplit) -> None:
        super().__init__(split)
        self.split = split

    @passes_when_collected
    def eventFilter(self, watched: QObject, e: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if e.type() == QEvent.Type.LayoutRequest:
            self.split.share()
        return False
