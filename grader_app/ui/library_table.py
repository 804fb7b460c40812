"""The model library's list: its columns as wide as what they hold, each cell at most a few lines.

A teacher looks in it for the model of her question, so several models are in sight at once, also at a 16 pt font
in a 1024×600 window (before, the four columns shared the width equally, the question wrapped onto nine lines and a row
was 250 px high: one row and a third in sight). A cell says at most :data:`LINES` lines, or as many more as let every
row be in sight at once (four at the usual font in a 1280×800 window); a longer text ends in "…" after its last whole
word that fits, and its tooltip begins with the whole text. A model's title gives up lines before its id, which is left
out only where the title names it ("ASAP-SAS 1 — …" for asap-sas-1).

The widths: the verdict columns ("Agrees with teachers", "Takes on its own") take what their words need on a line fewer
than a cell has (two at the least); the question keeps at least half of what is left, the model takes the rest up to
what its title and id need (in :data:`LINES` lines where the question is still whole beside it: at 1366×768 a title
took three lines and its id a fourth while the question had room to give), and the question all that is left over.
Where the question would be narrower than :data:`QUESTION_CHARS` average characters, a verdict column says a shorter
form of its words (its item's :data:`FORMS_ROLE`, longest first: "closely" for "closely, but not as well as a second
teacher"), the shorter forms that leave the most room first; every row of a column says the same form, so the rows
read alike. A column is never narrower than the longest word of its title, which wraps between words in a header as
tall as its lines; the model's never narrower than the widest word of a model's title with "…" after it (up to 24
average characters), so that a title cut short ends after a whole word (at twelve average characters, 138 px at 16 pt,
the first model's read "replicatin…"; now 165 px).
"""
from __future__ import annotations

from itertools import product

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent, QTextOption
from PySide6.QtWidgets import (QHeaderView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QToolTip, QTreeWidget,
                               QWidget)

from .plain_tip import plain_tip
from .text_wrap import line_spans

LINES = 3                                  # the most lines a cell says where the rows are not all in sight
MOST_LINES = 6                             # and where they are
FORMS_ROLE = Qt.ItemDataRole.UserRole + 2  # a cell's words, longest first (a verdict's shorter forms)
TIP_ROLE = Qt.ItemDataRole.UserRole + 3    # a cell's tooltip as plain text (after the whole text of a cell drawn short)
FILE_ROLE = Qt.ItemDataRole.UserRole + 1   # on a line of a file that could not be loaded: its name (spans the row)
VERDICTS = (2, 3)                          # the columns that say a shorter form where room is short
QUESTION, MODEL = 1, 0
QUESTION_CHARS, MODEL_CHARS = 24, 12       # the least room, in average characters, of the question and the model
LINE = "\u2028"                            # a line break in an item's display text
HEADER_PAD = 12                            # a header section's margins around its title
CUT_AFTER = " ,;:—–-("                     # what a line cut short leaves off before its "…"


def _starts(text: str, font: QFont, width: int) -> list[int]:
    """Where each line of ``text`` (one paragraph) begins, wrapped between words at ``width`` px as an item view
    wraps it."""
    return [start for start, _ in line_spans(text, font, width, QTextOption.WrapMode.WordWrap)] or [0]


def _lines_of(text: str, font: QFont, width: int) -> list[str]:
    """The lines of ``text`` (one paragraph) wrapped at ``width`` px."""
    starts = _starts(text, font, width)
    return [text[a:b].strip() for a, b in zip(starts, starts[1:] + [len(text)])]


def ended(text: str, font: QFont, width: int) -> str:
    """The most of ``text`` on one line of ``width`` px ending in "…": after its last whole word that fits (no
    comma or dash before the "…"), else cut inside its first word."""
    fm, words = QFontMetrics(font), [w for w in text.split(" ") if w]
    for k in range(len(words) - 1, 0, -1):
        kept = " ".join(words[:k]).rstrip(CUT_AFTER) + "…"
        if fm.horizontalAdvance(kept) <= width:
            return kept
    return fm.elidedText(text, Qt.TextElideMode.ElideRight, width)


def fit(text: str, font: QFont, width: int, lines: int = LINES) -> str:
    """``text`` as a cell of ``width`` px says it in at most ``lines`` lines, its lines broken by "\\n": whole if it
    fits; else the first paragraph (a model's title) gives up lines to those after it (its id), and the last line said
    of a paragraph cut short, or before one left out, ends in "…"."""
    width = max(1, width - 1)   # a pixel spare: the view lays the lines out again, never onto another line
    texts = text.split("\n")
    paragraphs = [_starts(p, font, width) for p in texts]
    if sum(len(p) for p in paragraphs) <= lines:
        return "\n".join(line for p in texts for line in _lines_of(p, font, width))
    out: list[str] = []
    room = lines
    for i, (p, starts) in enumerate(zip(texts, paragraphs)):
        later = sum(len(q) for q in paragraphs[i + 1:])
        take = min(len(starts), max(1, room - later) if i == 0 else room)
        if take <= 0:   # no room for this paragraph or those after it: the last line said ends in "…"
            rest = " ".join(texts[i:])
            out[-1] = out[-1] if out[-1].endswith("…") else ended(out[-1] + " " + rest, font, width)
            break
        said = _lines_of(p, font, width)[:take]
        if take < len(starts):   # the last line said: the rest of the paragraph from where it begins, cut
            said[-1] = ended(p[starts[take - 1]:], font, width)
        out += said
        room -= take
    return "\n".join(out)


def whole_lines(text: str, font: QFont, width: int) -> int:
    """How many lines ``text`` takes whole in ``width`` px."""
    return sum(len(_lines_of(p, font, max(1, width - 1))) for p in text.split("\n"))


def least_width(texts: list[str], font: QFont, low: int, high: int, lines: int = LINES) -> int:
    """The least width from ``low`` to ``high`` px at which each of ``texts`` fits whole in ``lines`` lines
    (``high`` where none does)."""
    def fits(w: int) -> bool:
        return all(whole_lines(t, font, w) <= lines for t in texts)
    if high <= low or fits(low):
        return low
    if not fits(high):
        return high
    while high - low > 1:   # fits(high) and not fits(low)
        mid = (low + high) // 2
        low, high = (low, mid) if fits(mid) else (mid, high)
    return high


class CellDelegate(QStyledItemDelegate):
    """Draws and measures a cell at its column's width in at most :meth:`LibraryTree.lines` lines, in its column's form
    (:meth:`LibraryTree.form_of`); a cell said short has the whole text first in its tooltip. A line of a file that could
    not be loaded spans the row and is said whole."""

    def __init__(self, tree: "LibraryTree") -> None:
        super().__init__(tree)
        self._tree = tree

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        if not option.text:
            return
        # its lines apart as Qt's own display text keeps them (a line separator, not "\n")
        option.text = self._tree.said(index, option.font, option.rect.width()).replace("\n", LINE)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        """At the column's present width (Qt's tree asks without one)."""
        measured = QStyleOptionViewItem(option)
        width = self._tree.viewport().width() if self._tree.spans(index) else self._tree.columnWidth(index.column())
        measured.rect = QRect(0, 0, max(1, width), max(1, option.rect.height()))
        return super().sizeHint(measured, index)

    def helpEvent(self, event, view, option, index) -> bool:  # noqa: N802 (Qt's names)
        """A cell said short: its tooltip begins with its whole text (unless the tooltip says it already)."""
        if event.type() == QEvent.Type.ToolTip and index.isValid():
            whole = str(index.data() or "")
            tip = str(index.data(TIP_ROLE) or index.data(Qt.ItemDataRole.ToolTipRole) or "")
            if _flat(self._tree.shown(index)) != _flat(whole) and _flat(whole) not in _flat(tip):
                QToolTip.showText(event.globalPos(), plain_tip(f"{whole}\n{tip}" if tip else whole), view)
                return True
        return super().helpEvent(event, view, option, index)


def _flat(text: str) -> str:
    return " ".join(text.split())


class LibraryTree(QTreeWidget):
    """The list of models: columns as wide as their words (the module's doc says how), each row as tall as the lines
    its cells say; the header as tall as its titles wrapped."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._forms: dict[int, int] = {}     # a verdict column's form, by column: 0 its whole words
        self._needs: dict[int, dict] = {}    # what each column needs, by the lines of a cell (per font and contents)
        self._laid: tuple[int, int] = (-1, -1)   # the width and the lines last laid out for
        self._lines = LINES
        self._pad: int | None = None         # a cell's margins around its text
        self._said: dict[tuple, str] = {}    # what cells say, by their words and room (:meth:`said`)
        self._cells = CellDelegate(self)
        self.setItemDelegate(self._cells)
        self.header().sectionResized.connect(self._remeasure)

    # ----- what a cell says ------------------------------------------------------------------------------------
    def lines(self) -> int:
        """The most lines a cell says."""
        return self._lines

    def form_of(self, index: QModelIndex | QPersistentModelIndex, font: QFont, room: int) -> str:
        """The words a cell says before they are fitted to its lines: a verdict's in its column's form; any other
        cell's first form that fits whole (a model's title without its id when the title names it), else its last."""
        forms = index.data(FORMS_ROLE) or [str(index.data() or "")]
        if index.column() in VERDICTS:
            return forms[min(self._forms.get(index.column(), 0), len(forms) - 1)]
        return next((f for f in forms if whole_lines(f, font, room) <= self._lines), forms[-1])

    def said(self, index: QModelIndex | QPersistentModelIndex, font: QFont, width: int) -> str:
        """What the cell at ``index`` says in a cell ``width`` px wide, its lines broken by "\\n" (kept until the
        contents, the font or the lines change: a row is measured and drawn many times)."""
        room, lines = self.text_room(width), 1 << 10 if self.spans(index) else self._lines
        forms = index.data(FORMS_ROLE) or [str(index.data() or "")]
        key = (tuple(forms), index.column(), self._forms.get(index.column(), 0), font.key(), room, lines)
        if key not in self._said:
            self._said[key] = fit(self.form_of(index, font, room), font, room, lines)
        return self._said[key]

    def spans(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        first = self.model().index(index.row(), 0, index.parent())
        return bool(first.data(FILE_ROLE)) or self.isFirstColumnSpanned(index.row(), index.parent())

    def text_room(self, width: int) -> int:
        """The width a cell's text has in a cell ``width`` px wide (the style's margins off)."""
        if self._pad is None:
            self._pad = self._padding()
        return max(1, width - self._pad)

    def _padding(self) -> int:
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = QRect(0, 0, 400, 100)
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay | QStyleOptionViewItem.ViewItemFeature.WrapText
        option.text = "x"
        style = self.style()
        text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, self).width()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1
        return 400 - text + 2 * margin

    def shown(self, index: QModelIndex | QPersistentModelIndex) -> str:
        """What the cell at ``index`` says, its lines broken by "\\n"."""
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = self.visualRect(index)
        if self.spans(index):
            option.rect.setWidth(self.viewport().width())
        self._cells.initStyleOption(option, index)
        return option.text.replace(LINE, "\n")

    # ----- the columns' widths -------------------------------------------------------------------------------------
    def contents_changed(self) -> None:
        """The rows or the font changed: measure again what the columns need, and lay them out."""
        self._needs = {}
        self._pad = None
        self._said = {}
        self._laid = (-1, -1)
        self.lay_out_columns()

    def _lines_for_height(self) -> int:
        """:data:`LINES`, or more where every row is in sight with more (the header taken as three lines high, so
        that what the header's height follows from does not change this)."""
        rows = self.topLevelItemCount()
        head = 3 * self.header().fontMetrics().lineSpacing() + 8
        room = self.height() - 2 * self.frameWidth() - head
        each = (room // rows - 4) // max(1, self.fontMetrics().lineSpacing()) if rows else LINES
        return max(LINES, min(MOST_LINES, each))

    def _measure(self, lines: int) -> dict:
        font, fm, head = self.font(), self.fontMetrics(), self.header().fontMetrics()
        pad = self._padding()
        items = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        rows = [it for it in items if it is not None and not it.data(0, FILE_ROLE)]
        floor: dict[int, int] = {}
        need: dict[int, list[int]] = {}
        for c in range(self.columnCount()):
            forms = [it.data(c, FORMS_ROLE) or [it.text(c)] for it in rows]
            title = max((head.horizontalAdvance(w) for w in self.headerItem().text(c).split()), default=0)
            least = [title + HEADER_PAD - pad]
            if c in VERDICTS:   # the longest word of its shortest words
                least += [fm.horizontalAdvance(w) for f in forms for w in f[-1].split(" ")]
            if c == MODEL:   # its id, on a line of its own, whole (where its title does not name it)
                least += [fm.horizontalAdvance(f[-1].split("\n")[1]) for f in forms if "\n" in f[-1]]
                # any word of its title whole, also as the last one said of a title cut short ("replicating…": at
                # twelve characters a title's third line read "replicatin…" at 16 pt), up to twice that room (a
                # longer word is cut, whole in its tooltip)
                words = [w for f in forms for w in f[-1].split("\n")[0].split()]
                least += [min(2 * MODEL_CHARS * fm.averageCharWidth(),
                              max(fm.horizontalAdvance(w), fm.horizontalAdvance(w.rstrip(CUT_AFTER) + "…")))
                          for w in words]
            floor[c] = max(least) + 2
            widest = max((fm.horizontalAdvance(p) for f in forms for t in f for p in t.split("\n")), default=0) + 2
            at_most = max(2, lines - 1) if c in VERDICTS else lines
            need[c] = [least_width([f[min(k, len(f) - 1)] for f in forms], font, floor[c], max(floor[c], widest), at_most)
                       for k in range(max((len(f) for f in forms), default=1))]
        avg = fm.averageCharWidth()
        floor[QUESTION] = max(floor[QUESTION], QUESTION_CHARS * avg)
        floor[MODEL] = max(floor[MODEL], MODEL_CHARS * avg)
        # the model's title and id in :data:`LINES` lines, where the question stays whole (lay_out_columns)
        titles = [it.data(MODEL, FORMS_ROLE) or [it.text(MODEL)] for it in rows]
        widest = max((fm.horizontalAdvance(p) for f in titles for p in f[0].split("\n")), default=0) + 2
        roomy = least_width([f[0] for f in titles], font, floor[MODEL], max(floor[MODEL], widest), min(lines, LINES))
        return {"pad": pad, "floor": floor, "need": need, "roomy": roomy}

    def lay_out_columns(self) -> None:
        """Each column's width and form for the view's present size (the module's doc says how)."""
        avail, lines = self.viewport().width(), self._lines_for_height()
        if (avail, lines) == self._laid or self.columnCount() != 4:
            return
        self._laid, self._lines = (avail, lines), lines
        if lines not in self._needs:
            self._needs[lines] = self._measure(lines)
        pad, floor, need = self._needs[lines]["pad"], self._needs[lines]["floor"], self._needs[lines]["need"]
        v1, v2 = VERDICTS

        roomy = self._needs[lines]["roomy"]

        def model_of(left: int) -> int:   # the model's text width of the text width left to it and the question
            want = roomy if left - roomy >= need[QUESTION][0] else need[MODEL][0]
            return max(floor[MODEL], min(max(want, need[MODEL][0]), left - max(floor[QUESTION], left // 2)))

        combos = sorted(product(range(len(need[v1])), range(len(need[v2]))),
                        key=lambda k: (k[0] + k[1], need[v1][k[0]] + need[v2][k[1]]))
        chosen = combos[-1]
        for k in combos:   # the verdicts' longest words that leave the question its least
            left = avail - need[v1][k[0]] - need[v2][k[1]] - 4 * pad
            if left - model_of(left) >= floor[QUESTION]:
                chosen = k
                break
        widths = {v1: need[v1][chosen[0]] + pad, v2: need[v2][chosen[1]] + pad}
        left = avail - widths[v1] - widths[v2] - 2 * pad
        widths[MODEL] = model_of(left) + pad
        spare = left - model_of(left) - need[QUESTION][0]
        if spare > 0:   # the question whole with room to spare: the spare for all, as their widths are
            total = sum(widths.values()) + need[QUESTION][0] + pad
            for c in list(widths):
                widths[c] += spare * widths[c] // total
        widths[QUESTION] = max(1, avail - sum(widths.values()))
        self._forms = {v1: chosen[0], v2: chosen[1]}
        head = self.header()
        for c in range(4):
            head.resizeSection(c, widths[c])
        self._remeasure()

    def _remeasure(self, *_args) -> None:
        self.scheduleDelayedItemsLayout()
        head, wrap = self.header(), int(Qt.TextFlag.TextWordWrap)
        lines = [head.fontMetrics().boundingRect(QRect(0, 0, max(1, head.sectionSize(c) - HEADER_PAD), 1 << 16), wrap,
                                                 self.headerItem().text(c)).height() for c in range(self.columnCount())]
        head.setMinimumHeight(max(lines, default=0) + 8)   # the header is as tall as its longest wrapped title

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.lay_out_columns()
        self.scheduleDelayedItemsLayout()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.contents_changed()


def fixed_columns(tree: LibraryTree) -> None:
    """The header of ``tree``: widths set by the tree (:meth:`LibraryTree.lay_out_columns`), titles wrapping."""
    h = tree.header()
    for c in range(tree.columnCount()):
        h.setSectionResizeMode(c, QHeaderView.ResizeMode.Fixed)
    h.setStretchLastSection(False)
    # a column's title wraps onto more lines rather than being cut ("Agrees with tea") at a large font
    h.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap)
