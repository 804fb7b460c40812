"""A PDF painted in memory on the GUI thread, laid out and painted a piece at a time.

Both printable exports (the grade report, :mod:`.report_pdf`, and feedback for students,
:mod:`.feedback_pdf`) are made here: each piece of HTML is laid out in a QTextDocument of its own,
placed on the pages (:meth:`PdfPages.place`: right below the piece above, running on to the next page
where the rest of its page is too short; :mod:`.pdf_breaks` says where a page may break), and every page
is painted with a footer line (:meth:`PdfPages.paint`). The caller decides what a piece is (a student; a
page-long table) and yields between pieces, so :class:`~grader_app.ui.paced.Paced` can turn the event loop
between them.

Why the GUI thread: text layout reads fonts, and a QTextDocument made on a worker thread while the
GUI thread paints widgets can deadlock between the interpreter's lock and a lock inside Qt (seen once
in the test suite: the window stopped while a worker sat in ``QTextDocument()``). Nothing here is
ever run on a worker; the finished bytes are written on one (:func:`grader_app.io.safe_write.atomic_write`).

Every text reaches the PDF here (a piece's HTML, a footer, the title), so here its hidden characters (a
right-to-left override, a zero-width space, ...) are written out as the screen writes them, "⟦U+202E⟧" in
their logical order (:func:`~grader_app.core.hidden_characters.show_hidden`): a student's answer or name never prints
backwards or split unseen on paper. The page models and the sheets (:mod:`grader_app.io.feedback`) keep the
text exactly as the student wrote it.

The paper is A4, or US Letter where the locale measures in inches or prints on Letter.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Generator

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QLocale, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (QAbstractTextDocumentLayout, QColor, QFont, QFontMetrics, QFontMetricsF, QPageLayout, QPageSize,
                           QPainter, QPdfWriter, QPen, QTextCursor, QTextDocument, QTextFormat)

from ..core.hidden_characters import show_hidden
from ..io.errors import SheetError
from ..io.safe_write import atomic_write
from .paced import run_to_end
from .pdf_breaks import (drop_header, editing, first_page, height, keep_headings_steps, keep_headings_with_next,
                         push_down, px_scale, split_blocks_at_page_breaks, split_blocks_steps, split_tables_at_page_breaks,
                         split_tables_steps)

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
        self._writer.setTitle(show_hidden(title))
        self._writer.setCreator("Grader")
        paint = self._writer.pageLayout().paintRectPixels(RESOLUTION)
        self.width, self.height = float(paint.width()), float(paint.height())
        self._footer_font = _without_ligatures(QFont())
        self._footer_font.setPointSizeF(FOOTER_PT)
        self._footer_h = FOOTER_PT / 72 * RESOLUTION * 1.6
        self.body_height = self.height - self._footer_h * 2   # the text, a gap, then the footer
        self._plan: list[list[_Slice]] = []    # what each page holds
        self._used = 0.0                       # how far down the last planned page is filled
        self._painted = 0
        self._px = px_scale(self._writer)     # dots per px of a line's height in a QTextDocument
        self._painter = QPainter()
        if not self._painter.begin(self._writer):
            raise SheetError(QCoreApplication.translate("PdfPages", "the PDF could not be started; try exporting again"))

    # ----- layout -----------------------------------------------------------------------------------------
    def lay_out(self, html: str) -> QTextDocument:
        """``html`` laid out at the PDF's resolution for the body's width, paginated at the body's height, its hidden
        characters written out (the module's docstring; the markup itself has none)."""
        doc = QTextDocument()
        doc.setUndoRedoEnabled(False)
        doc.documentLayout().setPaintDevice(self._writer)
        doc.setDocumentMargin(0)
        doc.setPageSize(QSizeF(self.width, self.body_height))
        doc.setDefaultFont(_without_ligatures(doc.defaultFont()))
        doc.setHtml(show_hidden(html))
        _heading_sizes_as_styled(doc)
        return doc

    def place(self, doc: QTextDocument, new_page: bool = False, gap: float = 0.0, continues: bool = False) -> range:
        """Put ``doc`` ``gap`` dots below what is placed (unless ``new_page``), running on to as many pages as it
        needs: on the same page where its first lines fit there, its paragraphs broken where the page ends; a
        heading never without the first lines it heads, a small table (a chart) never split, a larger one cut
        between rows, under its header again (:func:`keep_headings_with_next`,
        :func:`split_tables_at_page_breaks`). ``continues``: ``doc`` is more rows of the table placed last, so
        right below it (no gap) its header is left out. Returns the pages (0-based) it is on."""
        return run_to_end(self.place_steps(doc, new_page, gap, continues))

    def place_steps(self, doc: QTextDocument, new_page: bool = False, gap: float = 0.0,
                    continues: bool = False) -> Generator[None, None, range]:
        """:meth:`place`, yielding after each layout of ``doc`` again (pushed down, a page break put in, a table cut,
        a paragraph split: :mod:`.pdf_breaks`), so that the event loop can turn between two; returns the pages."""
        here = bool(self._plan) and not new_page
        top = self._used + (0.0 if continues else gap)
        if here and top + height(doc) <= self.body_height:             # the whole of it fits on this page
            if continues:
                drop_header(doc)
            self._plan[-1].append(_Slice(doc, 0, top))
            self._used = top + height(doc)
            return range(len(self._plan) - 1, len(self._plan))
        pushed = here and top < self.body_height
        if pushed:
            push_down(doc, top, self._px)
            yield
        yield from keep_headings_steps(doc, self.body_height)
        parts = yield from split_tables_steps(doc, self.body_height, self._writer)
        shared = pushed and first_page(parts[0], self.body_height) == 0    # else it all went on to a new page
        if shared and continues:
            drop_header(parts[0])              # not before the cuts: the parts after it repeat the header
            yield
        first = len(self._plan) - shared
        for k, part in enumerate(parts):
            yield from split_blocks_steps(part, self.body_height)
            yield                                # each part looked at in a step of its own
            pages = max(1, part.pageCount())
            slices = [[_Slice(part, p, 0.0, doc)] for p in range(pages)]
            if k == 0 and pushed:                # its first page is the page it was pushed down on
                on_this = slices.pop(0)
                self._plan[-1] += on_this if shared else []
            self._plan += slices
            self._used = height(part) - (pages - 1) * self.body_height
        return range(first, len(self._plan))

    @property
    def page_count(self) -> int:
        """Pages placed so far."""
        return len(self._plan)

    # ----- painting -----------------------------------------------------------------------------------------
    def paint(self, page: int, footer_left: str, footer_right: str, shrink: str = "") -> None:
        """Paint placed page ``page`` (pages are painted in order, each once) with its footer line: ``footer_left``
        on the left, ``footer_right`` on the right, one line; where they do not both fit, ``shrink`` (a part of
        ``footer_right``, such as a long name) and ``footer_left`` are shortened with "…", never the rest. Their
        hidden characters are written out (the module's docstring)."""
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
        self._footer(QRectF(0, self.height - self._footer_h, self.width, self._footer_h), show_hidden(footer_left),
                     show_hidden(footer_right), show_hidden(shrink))
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


def _without_ligatures(font: QFont) -> QFont:
    """``font`` drawing "fl" and "ff" as two letters: with the font's ligatures the PDF's text held "reﬂect" (U+FB02),
    so a word copied from a student's page, or looked for in it, was not the word."""
    plain = QFont(font)
    for tag in ("liga", "clig"):
        plain.setFeature(QFont.Tag(tag), 0)
    return plain


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
    if not fragments:
        return
    with editing(doc):                         # laid out again: else Qt's layout can leave blocks out
        cursor = QTextCursor(doc)
        for position, length, fmt in fragments:
            fmt.clearProperty(adjust)
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(fmt)
