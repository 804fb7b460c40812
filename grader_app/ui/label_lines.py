"""Where the lines of a label's text lie, as the label lays them out: for placing a scrolled card on whole lines
(:mod:`.group_in_view`) and giving the whole question's box a whole number of them (:mod:`.whole_question`)."""
from __future__ import annotations

from PySide6.QtGui import QTextDocument, QTextOption
from PySide6.QtWidgets import QLabel


def line_tops(label: QLabel) -> list[int]:
    """The tops of the lines of a word-wrapped plain-text ``label``, in its own coordinates, and its text's bottom
    (laid out as the label lays it out: a document without margins, its contents' width)."""
    rect = label.contentsRect().adjusted(label.margin(), label.margin(), -label.margin(), -label.margin())
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setDefaultFont(label.font())
    option = doc.defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere if label.wordWrap()
                       else QTextOption.WrapMode.NoWrap)
    doc.setDefaultTextOption(option)
    doc.setPlainText(label.text())
    doc.setTextWidth(rect.width())
    top = rect.top() + max(0, (rect.height() - round(doc.size().height())) // 2)   # a taller label centres its text
    tops = []
    block = doc.begin()
    while block.isValid():
        y, layout = doc.documentLayout().blockBoundingRect(block).top(), block.layout()
        tops += [top + round(y + layout.lineAt(i).y()) for i in range(layout.lineCount())]
        block = block.next()
    return tops + [top + round(doc.size().height())]
