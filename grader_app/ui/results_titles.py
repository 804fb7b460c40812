"""The results table's column titles where a column is too narrow for its title (a 16 pt font on a 1024 px screen,
in German above all): the title is drawn in its short form, whole ("Conf.", "Hinw."), instead of cut to its first
letters ("Confi…", "Hi…"); its tooltip and a screen reader still say the whole title, since the model's title is
never changed, only what the header draws.

The titles are measured as the header draws them: in bold (Qt's styles draw every title bold while a row is chosen,
since each column then holds a chosen cell) and beside the sort arrow in the column sorted by. The column widths
(:class:`~.results_layout.ColumnFitter`) and the header (:class:`TitleHeader`) share :func:`title_room`, so a column
given the room for a title draws it whole."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, Qt
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
    column sorted by."""
    opt = QStyleOptionHeader()
    opt.initFrom(header)
    opt.state |= QStyle.StateFlag.State_Horizontal
    opt.orientation = Qt.Orientation.Horizontal
    if header.isSortIndicatorShown() and header.sortIndicatorSection() == col:
        opt.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
    probe = 1000
    opt.rect = QRect(0, 0, probe, max(header.height(), header.sizeHint().height()))
    label = header.style().subElementRect(QStyle.SubElement.SE_HeaderLabel, opt, header)
    return bold_metrics(header).horizontalAdvance(text) + probe - label.width() + 1


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
