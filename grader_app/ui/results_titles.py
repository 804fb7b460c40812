"""The results table's column titles where a column is too narrow for its title (a 16 pt font on a 1024 px screen,
in German above all): the title is drawn in its short form, whole ("Conf.", "Hinw."), instead of cut to its first
letters ("Confi…", "Hi…"); its tooltip and a screen reader still say the whole title, since the model's title is
never changed, only what the header draws.

The titles are measured as the header draws them: in bold (Qt's styles draw every title bold while a row is chosen,
since each column then holds a chosen cell) and beside the sort arrow in the column sorted by. The column widths
(:class:`~.results_layout.ColumnFitter`) and the header (:class:`TitleHeader`) share :func:`title_room`, so a column
given the room for a title draws it whole."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget

from . import results_model as rm

translate = QCoreApplication.translate


def short_title(col: int) -> str:
    """A column's short title in the interface's language (the same as its title where that is short already)."""
    shorts = {   # each a call of its own, for lupdate; their comments tell them from the whole titles
        rm.QUESTION: translate("ResultsModel", "Q.", "column title: short for “Question”, where the column is narrow"),
        rm.MODEL_SCORE: translate("ResultsModel", "Model", "column title: short for “Model” (the model's score), where narrow"),
        rm.CONFIDENCE: translate("ResultsModel", "Conf.", "column title: short for “Confidence”, where the column is narrow"),
        rm.FLAGS: translate("ResultsModel", "Flags", "column title: short for “Flags”, where the column is narrow"),
        rm.STATUS: translate("ResultsModel", "Status", "column title: short for “Status”, where the column is narrow"),
        rm.FINAL: translate("ResultsModel", "Final", "column title: short for “Final” (score), where the column is narrow"),
        rm.COMMENT: translate("ResultsModel", "Comm.", "column title: short for “Comment”, where the column is narrow"),
    }
    return shorts[col] if col in shorts else rm.header(col)   # the student (also with names hidden: the cells say so), the answer


def title_room(header: QHeaderView, col: int, text: str) -> int:
    """The width in which ``text`` is drawn whole as column ``col``'s title: in bold, beside the sort arrow in the
    column sorted by (the results table's header keeps what it worked out: :meth:`TitleHeader.room`)."""
    sorted_here = header.isSortIndicatorShown() and header.sortIndicatorSection() == col
    height = max(header.height(), header.sizeHint().height())
    if isinstance(header, TitleHeader):
        return header.room(text, sorted_here, height)
    return bold_metrics(header).horizontalAdvance(text) + label_margin(header, sorted_here, height) + 1


def label_margin(header: QHeaderView, sorted_here: bool, height: int) -> int:
    """How much narrower than its section a title's room is, in a header ``height`` high (the sort arrow's room too
    where ``sorted_here``)."""
    opt = QStyleOptionHeader()
    opt.initFrom(header)
    opt.state |= QStyle.StateFlag.State_Horizontal
    opt.orientation = Qt.Orientation.Horizontal
    if sorted_here:
        opt.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
    probe = 1000
    opt.rect = QRect(0, 0, probe, height)
    label = header.style().subElementRect(QStyle.SubElement.SE_HeaderLabel, opt, header)
    return probe - label.width()


def bold_metrics(widget: QWidget) -> QFontMetrics:
    font = QFont(widget.font())
    font.setBold(True)
    return QFontMetrics(font)


class TitleHeader(QHeaderView):
    """The results table's column titles: each whole where its column has room for it, else its short form
    (:func:`short_title`) where that fits, else cut as Qt cuts it. The tooltip is the model's: the whole title."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)    # as the table's own header: click to sort, the chosen row's columns in bold
        self.setHighlightSections(True)
        # what title_room worked out, until the header's font or style changes: the column fitter asks each title's
        # room (and each short title's) at every fit of the columns, several times as a sheet is shown, and the header
        # each title's at every paint; each answer built a style option and a bold font, and asked the style
        self._bold: QFontMetrics | None = None
        self._margins: dict[tuple[bool, int], int] = {}
        self._rooms: dict[str, int] = {}   # a title's bold width

    def room(self, text: str, sorted_here: bool, height: int) -> int:
        """:func:`title_room` in this header."""
        if self._bold is None:
            self._bold = bold_metrics(self)
        width = self._rooms.get(text)
        if width is None:
            width = self._rooms[text] = self._bold.horizontalAdvance(text)
        margin = self._margins.get((sorted_here, height))
        if margin is None:
            margin = self._margins[sorted_here, height] = label_margin(self, sorted_here, height)
        return width + margin + 1

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's names)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._bold, self._margins, self._rooms = None, {}, {}
        super().changeEvent(event)

    def title(self, col: int) -> str:
        """The title drawn over column ``col`` at its width now."""
        model = self.model()
        whole = str(model.headerData(col, Qt.Orientation.Horizontal)) if model is not None else ""
        size = self.sectionSize(col)
        if title_room(self, col, whole) <= size:
            return whole
        short = short_title(col)
        return short if short != whole and title_room(self, col, short) <= size else whole

    def initStyleOptionForIndex(self, option: QStyleOptionHeader, logicalIndex: int) -> None:  # noqa: N802 (Qt's)
        super().initStyleOptionForIndex(option, logicalIndex)
        option.text = self.title(logicalIndex)
