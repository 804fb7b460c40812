"""A PDF painted in memory on the GUI thread, laid out and painted a piece at a time.

Both printable exports (the grade report, :mod:`.report_pdf`, and feedback for students,
:mod:`.feedback_pdf`) are made here: each piece of HTML is laid out in a QTextDocument of its own,
placed on the pages (:meth:`PdfPages.place`), and every page is painted with a footer line
(:meth:`PdfPages.paint`). The caller decides what a piece is (a student; a page-long table) and
yields between pieces, so :class:`~grader_app.ui.paced.Paced` can turn the event loop between them.

Why the GUI thread: text layout reads fonts, and a QTextDocument made on a worker thread while the
GUI thread paints widgets can deadlock between the interpreter's lock and a lock inside Qt (seen once
in the test suite: the window stopped while a worker sat in ``QTextDocument()``). Nothing here is
ever run on a worker; the finished bytes are written on one (:func:`grader_app.io.writers.atomic_write`).

The paper is A4, or US Letter where the locale measures in inches or prints on Letter.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QLocale, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (QAbstractTextDocumentLayout, QColor, QFont, QFontMetrics, QFontMetricsF, QPageLayout, QPageSize,
                           QPainter, QPdfWriter, QPen, QTextBlock, QTextBlockFormat, QTextCursor, QTextDocument,
                           QTextFormat, QTextTable)

from ..io.errors import SheetError
from ..io.writers import atomic_write

__all__ = ["PdfPages", "footer_texts", "page_size_for_locale", "keep_headings_with_next", "split_blocks_at_page_breaks",
           "split_tables_at_page_breaks", "write_pdf_bytes"]

RESOLUTION = 300                       # dots per inch of the PDF's coordinates
FOOTER_PT = 8.0

# Where paper is US Letter although the locale measures in metric units.
_LETTER_TERRITORIES = {
    QLocale.Country.Canada, QLocale.Country.Mexico, QLocale.Country.Philippines, QLocale.Country.Chile,
    QLocale.Country.Colombia, QLocale.Country.Venezuela, QLocale.Country.CostaRica,
    QLocale.Country.Guatemala, QLocale.Country.ElSalvador, QLocale.Country.Panama,
    QLocale.Country.DominicanRepublic, QLocale.Country.PuertoRico,
}


def page_size_for_locale(locale: QLocale | None = None) -> QPageSize:
    """US Letter where the locale prints on it (the US, Canada, Mexico, ...), else A4."""
    loc = locale if locale is not None else QLocale()
    if loc.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem or loc.territory() in _LETTER_TERRITORIES:
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)


def paper_for(locale: QLocale | None = None) -> QPageSize:
    """The paper of ``locale``, else of the system's region: the interface's language says nothing about
    the paper in the teacher's printer (a US teacher may use Grader in Spanish; a French one in English)."""
    return page_size_for_locale(locale if locale is not None else QLocale.system())


@dataclass(frozen=True)
class _Slice:
    """The ``part``-th body-high slice of ``doc``, painted ``top`` dots below the body's top; ``owner``: the
    document laid out, which keeps the parts cut from it (:func:`split_tables_at_page_breaks`) alive."""
    doc: QTextDocument
    part: int
    top: float
    owner: QTextDocument | None = None


class PdfPages:
    """One PDF in memory: lay out pieces, place them on pages, paint the pages in order, then finish."""

    def __init__(self, title: str, page_size: QPageSize, margins_mm: QMarginsF) -> None:
        self._data = QByteArray()
        self._buffer = QBuffer(self._data)
        self._buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self._writer = QPdfWriter(self._buffer)
        self._writer.setResolution(RESOLUTION)
        self._writer.setPageSize(page_size)
        self._writer.setPageMargins(margins_mm, QPageLayout.Unit.Millimeter)
        self._writer.setTitle(title)
        self._writer.setCreator("Grader")
        paint = self._writer.pageLayout().paintRectPixels(RESOLUTION)
        self.width, self.height = float(paint.width()), float(paint.height())
        self._footer_font = QFont()
        self._footer_font.setPointSizeF(FOOTER_PT)
        self._footer_h = FOOTER_PT / 72 * RESOLUTION * 1.6
        self.body_height = self.height - self._footer_h * 2   # the text, a gap, then the footer
        self._plan: list[list[_Slice]] = []    # what each page holds
        self._used = 0.0                       # how far down the last planned page is filled
        self._painted = 0
        self._painter = QPainter()
        if not self._painter.begin(self._writer):
            raise SheetError(QCoreApplication.translate("PdfPages", "the PDF could not be started; try exporting again"))

    # ----- layout -----------------------------------------------------------------------------------------
    def lay_out(self, html: str) -> QTextDocument:
        """``html`` laid out at the PDF's resolution for the body's width, paginated at the body's height."""
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self._writer)
        doc.setDocumentMargin(0)
        doc.setPageSize(QSizeF(self.width, self.body_height))
        doc.setHtml(html)
        _heading_sizes_as_styled(doc)
        keep_headings_with_next(doc, self.body_height)
        return doc

    def place(self, doc: QTextDocument, new_page: bool = False, gap: float = 0.0) -> range:
        """Put ``doc`` after what is placed: ``gap`` dots below it on the same page where the whole of it fits
        there (and ``new_page`` is not asked), else from the top of a new page on as many pages as it needs,
        a table's row never split between two pages (the rows that would be start a new page, under the
        table's header again). Returns the pages (0-based) it is on."""
        height = doc.documentLayout().documentSize().height()
        top = self._used + gap
        if self._plan and not new_page and top + height <= self.body_height:
            self._plan[-1].append(_Slice(doc, 0, top))
            self._used = top + height
            return range(len(self._plan) - 1, len(self._plan))
        first = len(self._plan)
        for part in split_tables_at_page_breaks(doc, self.body_height, self._writer):
            split_blocks_at_page_breaks(part, self.body_height)
            pages = max(1, part.pageCount())
            self._plan += [[_Slice(part, p, 0.0, doc)] for p in range(pages)]
            self._used = part.documentLayout().documentSize().height() - (pages - 1) * self.body_height
        return range(first, len(self._plan))

    @property
    def page_count(self) -> int:
        """Pages placed so far."""
        return len(self._plan)

    # ----- painting -----------------------------------------------------------------------------------------
    def paint(self, page: int, footer_left: str, footer_right: str, shrink: str = "") -> None:
        """Paint placed page ``page`` (pages are painted in order, each once) with its footer line: ``footer_left``
        on the left, ``footer_right`` on the right, one line; where they do not both fit, ``shrink`` (a part of
        ``footer_right``, such as a long name) and ``footer_left`` are shortened with "…", never the rest."""
        if page != self._painted or page >= len(self._plan):
            raise ValueError(f"page {page} painted out of order (next is {self._painted} of {len(self._plan)})")
        if self._painted:
            self._writer.newPage()
        painter = self._painter
        for piece in self._plan[page]:
            painter.save()
            painter.translate(0, piece.top)
            painter.setClipRect(QRectF(0, 0, self.width, self.body_height - piece.top))
            painter.translate(0, -piece.part * self.body_height)
            ctx = QAbstractTextDocumentLayout.PaintContext()
            # a line starting exactly at the break belongs to the next page
            ctx.clip = QRectF(0, piece.part * self.body_height, self.width, self.body_height - piece.top - 1)
            piece.doc.documentLayout().draw(painter, ctx)
            painter.restore()
        self._plan[page] = []                      # its documents may go once every page holding them is painted
        self._footer(QRectF(0, self.height - self._footer_h, self.width, self._footer_h), footer_left, footer_right,
                     shrink)
        self._painted += 1

    def _footer(self, rect: QRectF, left: str, right: str, shrink: str = "") -> None:
        painter = self._painter
        painter.save()
        painter.setPen(QPen(QColor("#9aa3ab"), 2))
        painter.drawLine(rect.topLeft(), rect.topRight())
        painter.setPen(QColor("#555"))
        painter.setFont(self._footer_font)
        left, right = footer_texts(painter.fontMetrics(), rect.width(), left, right, shrink)
        text_rect = rect.adjusted(0, rect.height() * 0.2, 0, 0)
        flags = Qt.TextFlag.TextSingleLine | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(text_rect, int(flags | Qt.AlignmentFlag.AlignRight), right)
        painter.drawText(text_rect, int(flags | Qt.AlignmentFlag.AlignLeft), left)
        painter.restore()

    # ----- the end ------------------------------------------------------------------------------------------
    def finish(self) -> bytes:
        """The PDF's bytes (every placed page must be painted)."""
        if self._painted != len(self._plan):
            raise ValueError(f"{len(self._plan) - self._painted} placed pages were not painted")
        self.abandon()
        return bytes(self._data.data())

    def abandon(self) -> None:
        """End the painter and close the buffer (also what :meth:`finish` does first); safe to call twice."""
        if self._painter.isActive():
            self._painter.end()                     # writes the PDF's last page and trailer into the buffer
        if self._buffer.isOpen():
            self._buffer.close()
        self._plan = []


def footer_texts(metrics: QFontMetricsF | QFontMetrics, width: float, left: str, right: str,
                 shrink: str = "") -> tuple[str, str]:
    """The footer's left and right text as they fit on one line ``width`` wide with a gap between: whole where
    they fit; else ``shrink`` (within ``right``) and ``left`` are elided at their ends ("…"), each keeping at
    least half of the room the rest of ``right`` leaves (or all it needs, when it needs less)."""
    gap = width * 0.04
    at = right.find(shrink) if shrink else -1
    if at < 0:
        shrink, at = "", len(right)
    fixed = metrics.horizontalAdvance(right[:at] + right[at + len(shrink):])
    room = max(0.0, width - gap - fixed)
    need_left, need_shrink = metrics.horizontalAdvance(left), metrics.horizontalAdvance(shrink)
    if need_left + need_shrink <= room:
        return left, right
    left_room = min(need_left, max(room / 2, room - need_shrink))
    short = metrics.elidedText(shrink, Qt.TextElideMode.ElideRight, int(room - left_room)) if shrink else ""
    left_room = room - metrics.horizontalAdvance(short)           # what the shortened name leaves
    return (metrics.elidedText(left, Qt.TextElideMode.ElideRight, int(max(0.0, left_room))),
            right[:at] + short + right[at + len(shrink):])


def write_pdf_bytes(pdf: bytes, path) -> Path:
    """Write a finished PDF's bytes atomically (no Qt: the export runs it on a worker); SheetError on failure."""
    return atomic_write(Path(path), lambda f: f.write(pdf))


def _heading_sizes_as_styled(doc: QTextDocument) -> None:
    """A heading's text in the size its style sheet gives: Qt's HTML import also marks a heading's text with a
    size step (``<h4>``: the document's default size), which would win over the style sheet's ``font-size``."""
    adjust, size = QTextFormat.Property.FontSizeAdjustment, QTextFormat.Property.FontPointSize
    fragments = []
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0:
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if fragment.charFormat().hasProperty(adjust) and fragment.charFormat().hasProperty(size):
                    fragments.append((fragment.position(), fragment.length(), fragment.charFormat()))
                it += 1
        block = block.next()
    cursor = QTextCursor(doc)
    for position, length, fmt in fragments:
        fmt.clearProperty(adjust)
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(fmt)


def _line_y(doc: QTextDocument, block: QTextBlock, line: int, bottom: bool = False) -> float:
    """Where ``block``'s ``line``-th line (0-based; its last when it has fewer) starts, or ends, in ``doc``."""
    top = doc.documentLayout().blockBoundingRect(block).top()
    lines = block.layout()
    if lines is None or lines.lineCount() == 0:
        return top
    one = lines.lineAt(min(line, lines.lineCount() - 1))
    return top + one.y() + (one.height() if bottom else 0.0)


def _lines_end(doc: QTextDocument, block: QTextBlock, lines: int) -> float:
    """Where the first ``lines`` lines from ``block`` on end (a paragraph with line breaks is a block a line)."""
    end = _line_y(doc, block, 0, bottom=True)
    while block.isValid() and lines > 0 and block.blockFormat().headingLevel() <= 0:
        count = block.layout().lineCount() if block.layout() is not None else 0
        end = _line_y(doc, block, min(lines, max(1, count)) - 1, bottom=True)
        lines -= max(1, count)
        block = block.next()
    return end


def keep_headings_with_next(doc: QTextDocument, page_height: float, lines: int = 2) -> None:
    """Never leave a heading alone at the foot of a page: a heading (a block with a heading level, ``<h1>`` to
    ``<h6>``), the headings right after it and the first ``lines`` lines of what follows them start a new page
    together where they would not all be on one page (a page break before the first heading). A heading already
    at the top of its page stays (what follows it is then longer than a page)."""
    for _ in range(10_000):                 # one break per pass; bounded however long the page
        moved = False
        block = doc.begin()
        while block.isValid() and not moved:
            if block.blockFormat().headingLevel() <= 0:
                block = block.next()
                continue
            head, last, after = block, block, block.next()
            while after.isValid() and after.blockFormat().headingLevel() > 0:
                last, after = after, after.next()
            start = _line_y(doc, head, 0)
            end = _lines_end(doc, after, lines) if after.isValid() else _line_y(doc, last, 1 << 30, True)
            at_top = start % page_height < 1.0
            forced = bool(head.blockFormat().pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            if int(start // page_height) != int((end - 1) // page_height) and not at_top and not forced:
                cursor = QTextCursor(head)
                fmt = head.blockFormat()
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                cursor.setBlockFormat(fmt)
                moved = True
            block = after
        if not moved:
            return


def split_blocks_at_page_breaks(doc: QTextDocument, page_height: float) -> None:
    """Make every paragraph that runs on to the next page two paragraphs, split where the page breaks.

    QTextLayout draws, besides the lines inside the clip, the one line just above it; painted page by
    page, the last line of a paragraph that crosses a page would be drawn (clipped away, but in the
    PDF's text layer) on the next page too, and a reader copying the text would get that line twice.
    A paragraph that starts on its page has no line above it. The split falls where the line wraps,
    so the page looks the same.
    """
    layout = doc.documentLayout()
    for _ in range(10_000):                 # one split per pass; bounded however long the answers
        split = None
        block = doc.begin()
        while block.isValid() and split is None:
            lines = block.layout()
            top = layout.blockBoundingRect(block).top()
            if lines is not None and lines.lineCount() > 1:
                first_page = int((top + lines.lineAt(0).y()) // page_height)
                for i in range(1, lines.lineCount()):
                    line = lines.lineAt(i)
                    if int((top + line.y()) // page_height) != first_page:
                        split = block.position() + line.textStart()
                        break
            block = block.next()
        if split is None:
            return
        cursor = QTextCursor(doc)
        cursor.setPosition(split)
        if doc.characterAt(split - 1) == "\u2028":   # after a <br>: the break takes its place (kept, it would
            cursor.deletePreviousChar()                # leave an empty line below it to split again, forever)
        cursor.insertBlock()
        fmt = cursor.blockFormat()
        fmt.setTopMargin(0)                 # the paragraph goes on: no gap above its second half
        cursor.setBlockFormat(fmt)


def _row_spans(doc: QTextDocument, table: QTextTable) -> list[tuple[float, float]]:
    """Where each row of ``table`` starts and ends in ``doc``: the top of its cells' first paragraphs (a line
    that would cross the page is moved below the break, its paragraph is not) and the bottom of their last
    lines (of a table inside a cell too)."""
    layout = doc.documentLayout()
    spans: list[tuple[float, float]] = []
    for r in range(table.rows()):
        top, bottom = float("inf"), float("-inf")
        for c in range(table.columns()):
            cell = table.cellAt(r, c)
            if not cell.isValid() or cell.row() != r or cell.column() != c:
                continue                      # a cell spanning rows belongs to its first
            block, last = cell.firstCursorPosition().block(), cell.lastCursorPosition().block().blockNumber()
            while block.isValid() and block.blockNumber() <= last:
                top = min(top, layout.blockBoundingRect(block).top())
                bottom = max(bottom, _line_y(doc, block, 1 << 30, bottom=True))
                block = block.next()
        spans.append((top, bottom) if top <= bottom else (spans[-1][1] if spans else 0.0,) * 2)
    return spans


def _row_across_pages(doc: QTextDocument, page_height: float) -> tuple[int, int] | None:
    """(which of ``doc``'s tables, which row) of the first row that runs on to the next page although it starts
    below another of the table's rows (which a new page would mend), or None."""
    for index, frame in enumerate(doc.rootFrame().childFrames()):
        if not isinstance(frame, QTextTable):
            continue
        spans = _row_spans(doc, frame)
        for r in range(frame.format().headerRowCount() + 1, len(spans)):
            top, bottom = spans[r]
            page = int(top // page_height)
            if int((bottom - 1) // page_height) != page and int((spans[r - 1][1] - 1) // page_height) == page:
                return index, r
    return None


def _plain(block: QTextBlock) -> None:
    """Make the empty block left beside a table once the text around it went a plain one: no heading (which
    :func:`keep_headings_with_next` would keep with the table), no margins. Qt gives it no height there."""
    QTextCursor(block).setBlockFormat(QTextBlockFormat())


def _copy(doc: QTextDocument, device) -> QTextDocument:
    """``doc`` again, laid out like it (a child of it: it lives as long as ``doc``)."""
    copy = doc.clone(doc)
    copy.documentLayout().setPaintDevice(device)
    copy.setDocumentMargin(doc.documentMargin())
    copy.setPageSize(doc.pageSize())
    return copy


def split_tables_at_page_breaks(doc: QTextDocument, page_height: float, device=None) -> list[QTextDocument]:
    """``doc`` as parts to print one after another, each from the top of a new page, so that no row of a table
    is split between two pages.

    Qt's layout moves a row that would cross a page to the next only where none of its cells' first lines
    fits on the page; a row with a long name wrapping in one cell is split line by line, half the student
    on one page and the rest (with the scores) on the next. Here the document is cut before such a row: the
    first part ends with the row above it, the second is the same table's header row(s), that row and all
    after it (and what follows the table). A row taller than a page is left to Qt."""
    device = device if device is not None else doc.documentLayout().paintDevice()
    done: list[QTextDocument] = []
    todo = [doc]
    for _ in range(10_000):                 # each cut leaves fewer rows in both parts; bounded however many
        if not todo:
            break
        part = todo.pop(0)
        cut = _row_across_pages(part, page_height)
        if cut is None:
            done.append(part)
            continue
        index, row = cut
        head, tail = _copy(part, device), _copy(part, device)
        table = head.rootFrame().childFrames()[index]
        assert isinstance(table, QTextTable)
        cursor = QTextCursor(head)
        cursor.setPosition(table.lastPosition() + 1)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()           # what follows the table goes with its last rows
        _plain(cursor.block())
        table.removeRows(row, table.rows() - row)
        table = tail.rootFrame().childFrames()[index]
        assert isinstance(table, QTextTable)
        heads = table.format().headerRowCount()
        table.removeRows(heads, row - heads)
        cursor = QTextCursor(tail)
        cursor.setPosition(table.firstPosition() - 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()           # what precedes it (the heading) stays with its first rows
        _plain(tail.begin())
        for made in (head, tail):             # Qt's layout after the edits can stop short of the end: all again
            made.markContentsDirty(0, made.characterCount())
        todo[:0] = [head, tail]
    return done + todo
