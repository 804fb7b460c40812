"""Where a printed page breaks: what must not be cut there starts the next page, what may is cut cleanly.

The PDF's pieces (:mod:`.pdf_pages`) are QTextDocuments paginated by Qt at the body's height; before they are
painted page by page, :func:`keep_headings_with_next` puts page breaks before a heading that would be left at
a page's foot and before a table or a paragraph kept whole that must not be cut there,
:func:`split_tables_at_page_breaks` cuts a long table between rows (its header again on the next page) and
:func:`split_blocks_at_page_breaks` splits any other paragraph where the page breaks. :func:`push_down` starts a
piece lower on its first page, where the piece above it ends. Every edit is followed by a full layout again (:func:`editing`).
Each of the three puts in one break (or cut, or split) a pass, and a pass lays the piece out again: their ``*_steps``
forms yield after each pass, so the window's event loop can turn between two (:class:`~.paced.Paced`; a long piece
took a few hundred ms at once on the GUI thread: QA s52g finding 11).
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Generator, Iterator, Sequence

from PySide6.QtGui import (QAbstractTextDocumentLayout, QPaintDevice, QTextBlock, QTextBlockFormat, QTextCursor,
                           QTextDocument, QTextFormat, QTextTable)

from ..io.report import KEEP_WHOLE
from .paced import run_to_end

__all__ = ["keep_headings_with_next", "split_blocks_at_page_breaks", "split_tables_at_page_breaks", "push_down",
           "px_scale", "first_page", "drop_header", "height", "editing", "keep_headings_steps", "split_blocks_steps",
           "split_tables_steps"]

_BEFORE = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
_SPACER = int(QTextFormat.Property.UserProperty.value) + 1     # marks the block :func:`push_down` adds
_SMALL = 0.25                  # a table of rows no taller than this share of a page is kept whole (a chart)


@contextmanager
def editing(doc: QTextDocument) -> Iterator[None]:
    """Edit ``doc`` in the ``with`` block, then lay all of it out again, once: after an edit, Qt's layout can stop
    short of the end (the blocks after it keep no lines, and would not be painted)."""
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()                 # the layout waits for the end of the block
    try:
        yield
    finally:
        doc.markContentsDirty(0, doc.characterCount())
        cursor.endEditBlock()


def height(doc: QTextDocument) -> float:
    return doc.documentLayout().documentSize().height()


def push_down(doc: QTextDocument, top: float, px: float) -> None:
    """Start ``doc``'s content ``top`` dots down its first page: a new empty first block that high (a line of
    fixed height; Qt gives it ``px`` dots a unit, :func:`px_scale`). Qt's pagination then breaks it as on
    that page: what does not fit below ``top`` goes on to the next."""
    fmt = QTextBlockFormat()
    fmt.setLineHeight(top / px, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
    fmt.setProperty(_SPACER, True)
    with editing(doc):
        QTextCursor(doc).insertBlock()
        QTextCursor(doc.begin()).setBlockFormat(fmt)


def px_scale(device: QPaintDevice) -> float:
    """The dots on ``device`` of one unit of a fixed line height (Qt scales it from a screen's px)."""
    probe = QTextDocument()
    probe.documentLayout().setPaintDevice(device)
    probe.setDocumentMargin(0)
    push_down(probe, 1000.0, 1.0)             # above the document's one empty block
    top = probe.documentLayout().blockBoundingRect(probe.lastBlock()).top()
    return top / 1000.0 if top > 0 else 1.0


def first_page(doc: QTextDocument, page_height: float) -> int:
    """The page (0-based) of ``doc``'s first text or table cell (:func:`push_down`'s block and empty ones aside)."""
    block = doc.begin()
    while block.isValid() and block.length() <= 1 and QTextCursor(block).currentTable() is None:
        block = block.next()
    return int(_line_y(doc.documentLayout(), block, 0) // page_height) if block.isValid() else 0


def drop_header(doc: QTextDocument) -> None:
    """Take the header row(s) off ``doc``'s first table (which goes on right below the same table's rows)."""
    tables = [t for t in doc.rootFrame().childFrames() if isinstance(t, QTextTable)]
    heads = tables[0].format().headerRowCount() if tables else 0
    if heads and heads < tables[0].rows():
        with editing(doc):
            tables[0].removeRows(0, heads)
            fmt = tables[0].format()
            fmt.setHeaderRowCount(0)
            tables[0].setFormat(fmt)


def _line_y(layout: QAbstractTextDocumentLayout, block: QTextBlock, line: int, bottom: bool = False) -> float:
    """Where ``block``'s ``line``-th line (0-based; its last when it has fewer) starts, or ends, in its document
    (``layout``: the document's)."""
    top = layout.blockBoundingRect(block).top()
    lines = block.layout()
    if lines is None or lines.lineCount() == 0:
        return top
    one = lines.lineAt(min(line, lines.lineCount() - 1))
    return top + one.y() + (one.height() if bottom else 0.0)


def _lines_end(layout: QAbstractTextDocumentLayout, block: QTextBlock, lines: int) -> float:
    """Where the first ``lines`` lines from ``block`` on end (a paragraph with line breaks is a block a line)."""
    end = _line_y(layout, block, 0, bottom=True)
    while block.isValid() and lines > 0 and block.blockFormat().headingLevel() <= 0:
        count = block.layout().lineCount() if block.layout() is not None else 0
        end = _line_y(layout, block, min(lines, max(1, count)) - 1, bottom=True)
        lines -= max(1, count)
        block = block.next()
    return end


def keep_headings_with_next(doc: QTextDocument, page_height: float, lines: int = 2) -> None:
    """Start a new page before what must not be cut where a page breaks, where it would be:

    * a heading (a block with a heading level, ``<h1>`` to ``<h6>``), the headings right after it and the first
      ``lines`` lines of what follows them (no heading alone at a page's foot);
    * a table of two rows or more no taller than a quarter of the page (a chart; a few figures);
    * a longer table's header row(s) and its first ``lines`` rows (its first ``lines`` rows, without a header);
    * a paragraph marked to be kept whole (:data:`~grader_app.io.report.KEEP_WHOLE`: the sentence below a
      question's chart).

    A table takes along the headings right above it, or the heading whose text runs down to it with no other table
    between (a question's title, prompt and figures sentence; the paragraph right above the table alone where all
    of that is over half a page). What is already at the top of its page stays (it is longer
    than a page). Any other paragraph, or a table of one row (a boxed answer), may break anywhere."""
    run_to_end(keep_headings_steps(doc, page_height, lines))


def keep_headings_steps(doc: QTextDocument, page_height: float, lines: int = 2) -> Generator[None, None, None]:
    """:func:`keep_headings_with_next`, yielding after each page break put in."""
    for _ in range(10_000):                 # one break per pass, the highest first; bounded however long
        found = [m for m in (_heading_to_move(doc, page_height, lines), _table_to_move(doc, page_height, lines),
                             _whole_to_move(doc, page_height)) if m]
        if not found:
            return
        _y, what = min(found, key=lambda m: m[0])
        with editing(doc):
            if isinstance(what, QTextTable):
                table_format = what.format()
                table_format.setPageBreakPolicy(_BEFORE)
                what.setFormat(table_format)
            else:
                fmt = what.blockFormat()
                fmt.setPageBreakPolicy(_BEFORE)
                QTextCursor(what).setBlockFormat(fmt)
        yield


def _page(y: float, page_height: float) -> int:
    return int(y // page_height)


def _movable(block: QTextBlock, y: float, page_height: float) -> bool:
    """May a page break go before ``block`` (at ``y``): not at the top of its page, none there yet."""
    return y % page_height >= 1.0 and not block.blockFormat().pageBreakPolicy() & _BEFORE


def _heading_to_move(doc: QTextDocument, page_height: float, lines: int) -> tuple[float, QTextBlock] | None:
    """(where, which) of the first heading that would be parted from its first ``lines`` lines, or None."""
    layout, block = doc.documentLayout(), doc.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() <= 0:
            block = block.next()
            continue
        head, last, after = block, block, block.next()
        while after.isValid() and after.blockFormat().headingLevel() > 0:
            last, after = after, after.next()
        start = _line_y(layout, head, 0)
        end = _lines_end(layout, after, lines) if after.isValid() else _line_y(layout, last, 1 << 30, True)
        if _page(start, page_height) != _page(end - 1, page_height) and _movable(head, start, page_height):
            return start, head
        block = after
    return None


def _table_to_move(doc: QTextDocument, page_height: float,
                   lines: int) -> tuple[float, QTextTable | QTextBlock] | None:
    """(where, what: the table or the text above it that goes along) of the first table whose rows that must stay
    on one page (:func:`keep_headings_with_next`) would not, or would not be on the page of the text that leads
    to it (:func:`_lead_in`), or None."""
    layout = doc.documentLayout()
    for table in doc.rootFrame().childFrames():
        if not isinstance(table, QTextTable) or table.rows() < 2:
            continue
        box = layout.frameBoundingRect(table)
        small = box.height() <= _SMALL * page_height
        spans = _row_spans(doc, table, [0, table.rows() - 1] if small else
                           range(min(table.rows(), table.format().headerRowCount() + lines)))
        top, end = spans[0][0], spans[-1][1]
        head = _lead_in(doc, table, end, page_height)
        start = _line_y(layout, head, 0) if head is not None else top
        if _page(start, page_height) == _page(end - 1, page_height):
            continue
        if head is not None:
            if _movable(head, start, page_height):
                return start, head
        elif not table.format().pageBreakPolicy() & _BEFORE and not _starts_page(doc, table, top, page_height):
            return top, table
    return None


def _lead_in(doc: QTextDocument, table: QTextTable, end: float, page_height: float) -> QTextBlock | None:
    """Where what leads to ``table`` starts (``end``: where the rows kept with it end), to start a page together:
    the headings right above it; else, below a heading with no other table between, that heading (a question's
    title, its prompt and the sentence saying what its figures are), where all of it down to ``end`` takes no
    more than half a page, else the paragraph right above the table. None: no heading leads to it."""
    layout, above = doc.documentLayout(), doc.findBlock(table.firstPosition() - 1)
    nearest, block = None, above
    while block.isValid() and block.blockFormat().headingLevel() <= 0:
        if QTextCursor(block).currentTable() is not None or block.blockFormat().hasProperty(_SPACER):
            return None                     # another table, or the top of the piece, before any heading
        if nearest is None and block.length() > 1:
            nearest = block
        block = block.previous()
    if not block.isValid():
        return None
    while block.previous().isValid() and block.previous().blockFormat().headingLevel() > 0:
        block = block.previous()            # the headings right above it too (a title over a question's)
    if nearest is None or end - _line_y(layout, block, 0) <= page_height / 2:
        return block
    return nearest if end - _line_y(layout, nearest, 0) <= page_height / 2 else None


def _whole_to_move(doc: QTextDocument, page_height: float) -> tuple[float, QTextBlock] | None:
    """(where, which) of the first paragraph marked to be kept whole (its user state :data:`KEEP_WHOLE`) that would
    run on to the next page, or None. One at the top of its page stays (it is longer than a page)."""
    layout, block = doc.documentLayout(), doc.begin()
    while block.isValid():
        if block.userState() == KEEP_WHOLE:
            start = _line_y(layout, block, 0)
            end = _line_y(layout, block, 1 << 30, bottom=True)
            if _page(start, page_height) != _page(end - 1, page_height) and _movable(block, start, page_height):
                return start, block
        block = block.next()
    return None


def _starts_page(doc: QTextDocument, table: QTextTable, top: float, page_height: float) -> bool:
    """Is nothing of ``doc`` above ``table`` (its first row at ``top``) on the table's page?"""
    above = doc.findBlock(table.firstPosition() - 1)
    if above.blockNumber() == 0 and above.length() <= 1 and not above.blockFormat().hasProperty(_SPACER):
        return True                         # the empty block before a table a document starts with
    return _page(_line_y(doc.documentLayout(), above, 1 << 30, True) - 1, page_height) < _page(top, page_height)


def split_blocks_at_page_breaks(doc: QTextDocument, page_height: float) -> None:
    """Make every paragraph that runs on to the next page two paragraphs, split where the page breaks.

    QTextLayout draws, besides the lines inside the clip, the one line just above it; painted page by
    page, the last line of a paragraph that crosses a page would be drawn (clipped away, but in the
    PDF's text layer) on the next page too, and a reader copying the text would get that line twice.
    A paragraph that starts on its page has no line above it. The split falls where the line wraps,
    so the page looks the same.
    """
    run_to_end(split_blocks_steps(doc, page_height))


def split_blocks_steps(doc: QTextDocument, page_height: float) -> Generator[None, None, None]:
    """:func:`split_blocks_at_page_breaks`, yielding after each split."""
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
        with editing(doc):
            cursor = QTextCursor(doc)
            cursor.setPosition(split)
            if doc.characterAt(split - 1) == "\u2028":   # after a <br>: the break takes its place (kept, it would
                cursor.deletePreviousChar()                # leave an empty line below it to split again, forever)
            cursor.insertBlock()
            fmt = cursor.blockFormat()
            fmt.setTopMargin(0)                 # the paragraph goes on: no gap above its second half
            cursor.setBlockFormat(fmt)
        yield


def _crosses(doc: QTextDocument, table: QTextTable, page_height: float) -> bool:
    """Does ``table`` run on to another page (is it not all on one)?"""
    box = doc.documentLayout().frameBoundingRect(table)
    return _page(box.top(), page_height) != _page(box.bottom() - 1, page_height)


def _row_spans(doc: QTextDocument, table: QTextTable, rows: Sequence[int] | None = None) -> list[tuple[float, float]]:
    """Where each row of ``table`` (or each of ``rows``) starts and ends in ``doc``: the top of its cells' first
    paragraphs (a line that would cross the page is moved below the break, its paragraph is not) and the bottom
    of their last lines (of a table inside a cell too)."""
    layout = doc.documentLayout()
    spans: list[tuple[float, float]] = []
    for r in range(table.rows()) if rows is None else rows:
        top, bottom = float("inf"), float("-inf")
        for c in range(table.columns()):
            cell = table.cellAt(r, c)
            if not cell.isValid() or cell.row() != r or cell.column() != c:
                continue                      # a cell spanning rows belongs to its first
            block, last = cell.firstCursorPosition().block(), cell.lastCursorPosition().block().blockNumber()
            while block.isValid() and block.blockNumber() <= last:
                top = min(top, layout.blockBoundingRect(block).top())
                bottom = max(bottom, _line_y(layout, block, 1 << 30, bottom=True))
                block = block.next()
        spans.append((top, bottom) if top <= bottom else (spans[-1][1] if spans else 0.0,) * 2)
    return spans


def _row_across_pages(doc: QTextDocument, page_height: float) -> tuple[int, int] | None:
    """(which of ``doc``'s tables, which row) of the first row that ends on a later page than the row above it
    (running on to it, or moved to it whole by Qt), or None."""
    for index, frame in enumerate(doc.rootFrame().childFrames()):
        if not isinstance(frame, QTextTable) or not _crosses(doc, frame, page_height):
            continue
        spans = _row_spans(doc, frame)
        for r in range(frame.format().headerRowCount() + 1, len(spans)):
            if _page(spans[r][1] - 1, page_height) != _page(spans[r - 1][1] - 1, page_height):
                return index, r
    return None


def _plain(block: QTextBlock) -> None:
    """Make the empty block left beside a table once the text around it went a plain one: no heading (which
    :func:`keep_headings_with_next` would keep with the table), no margins. Qt gives it no height there."""
    QTextCursor(block).setBlockFormat(QTextBlockFormat())


def _copy(doc: QTextDocument, device) -> QTextDocument:
    """``doc`` again, to be laid out like it once edited (in :func:`editing`); a child of it, it lives as long as
    ``doc``. The clone loses the first block's format (a part after a cut has a plain one: :func:`_plain`)."""
    copy = doc.clone(doc)                   # with its margin and page size
    copy.setUndoRedoEnabled(False)
    copy.documentLayout().setPaintDevice(device)
    return copy


def split_tables_at_page_breaks(doc: QTextDocument, page_height: float, device=None) -> list[QTextDocument]:
    """``doc`` as parts to print one after another, each from the top of a new page, so that no row of a table
    is split between two pages.

    Qt's layout moves a row that would cross a page to the next only where none of its cells' first lines
    fits on the page; a row with a long name wrapping in one cell is split line by line, half the student
    on one page and the rest (with the scores) on the next. Here the document is cut before the first row
    of a table on each new page: the first part ends with the row above it, the second is the same table's
    header row(s), that row and all after it (and what follows the table). A row taller than a page is left
    to Qt."""
    return run_to_end(split_tables_steps(doc, page_height, device))


def split_tables_steps(doc: QTextDocument, page_height: float,
                       device=None) -> Generator[None, None, list[QTextDocument]]:
    """:func:`split_tables_at_page_breaks`, yielding after each part is looked at, copied, and each side of a cut made;
    returns the parts."""
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
            yield
            continue
        index, row = cut
        yield
        head = part if part is not doc else _copy(doc, device)   # ``doc`` stays whole; a part made here is cut
        if head is not part:
            yield
        tail = _copy(part, device)
        yield
        with editing(head):
            QTextCursor(head.begin()).setBlockFormat(part.begin().blockFormat())   # what the clone loses
            table = head.rootFrame().childFrames()[index]
            assert isinstance(table, QTextTable)
            cursor = QTextCursor(head)
            cursor.setPosition(table.lastPosition() + 1)
            cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()           # what follows the table goes with its last rows
            _plain(cursor.block())
            table.removeRows(row, table.rows() - row)
        yield
        with editing(tail):
            table = tail.rootFrame().childFrames()[index]
            assert isinstance(table, QTextTable)
            heads = table.format().headerRowCount()
            table.removeRows(heads, row - heads)
            cursor = QTextCursor(tail)
            cursor.setPosition(table.firstPosition() - 1, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()           # what precedes it (the heading) stays with its first rows
            _plain(tail.begin())
        todo[:0] = [head, tail]
        yield
    return done + todo
