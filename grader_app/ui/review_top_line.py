"""The review screen's top line: the place among the answers, the student (a group's size and chosen member), the
answers left to decide and the answer's status (a group's members scored), on one line where it can be.

At a 16 pt font on a 1024-pixel window the line had no room for all four: the student's name gave way ("Emily Nguyen ·
…"), and in German the counts beside it wrapped to two and three lines ("Status: / zu / prüfen"), which took the room
of a group's member list below. Where the whole words do not fit on one line, the counts now say themselves short
("80 of 80 left", "needs review": :class:`ShortCountLabel`, the whole words in their tooltip and in what a screen reader
hears), which leaves the student whole; only where even that is not enough does the student's label end in "…" (its
tooltip has it whole), and a count wraps at its words as the last resort (:class:`~.review_counts.CountLabel`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QHelpEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import QLabel, QToolTip

from .plain_tip import plain_tip
from .review_counts import CountLabel
from .style import status_word
from .wording import why

translate = QCoreApplication.translate
if TYPE_CHECKING:   # what ShortWords is mixed into, for the type checker
    _Label = QLabel
else:
    _Label = object


class ShortWords(_Label):
    """Mixed into a label of the top line that can say itself short: its short form (:meth:`set_short`), said while its
    line is short of room (:meth:`set_shortened`) and drawn then in place of its words, wrapped where the label wraps;
    its ``text()`` stays whole, and its tooltip then shows it whole too (before its own tooltip, if it has one). A mixin,
    not a QLabel: a class with two QLabel subclasses among its bases (this and :class:`~.review_counts.CountLabel`) got
    a QPainter already active on it in its paintEvent, and painted nothing."""

    short = ""
    shortened = False

    def set_short(self, short: str) -> None:
        """The short form of the text it has now (give the text first: a new text drops the short form)."""
        self.short = short
        self.updateGeometry()
        self.update()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        """A new text drops the short form of the old one: a count's short words drawn beside another text (or none)
        said something the label no longer says (a learning review's empty count beside the place drew "13 von 17
        offen", the place's own words, a second time)."""
        if text != self.text():
            self.short = ""
        super().setText(text)

    def clear(self) -> None:
        self.short = ""
        super().clear()

    def set_shortened(self, on: bool) -> None:
        if on != self.shortened:
            self.shortened = on
            self.updateGeometry()
            self.update()

    def shown(self) -> str:
        """The words as they are drawn: none for a label without text."""
        return self.short if self.shortened and self.short and self.text() else self.text()

    def _short_now(self) -> bool:
        return self.shown() != self.text()

    def _whole_tip(self, e: QEvent) -> bool:
        """Shows the tooltip of a label said short; False for any other event or a label said whole."""
        if e.type() != QEvent.Type.ToolTip or not self._short_now() or not isinstance(e, QHelpEvent):
            return False
        own = self.toolTip()
        QToolTip.showText(e.globalPos(), plain_tip(self.text() + (f"\n\n{own}" if own else "")), self)
        return True

    def _short_width(self) -> int:
        """The width the short words take on one line, with the label's margins."""
        margins = self.contentsMargins()
        return self.fontMetrics().horizontalAdvance(self.short) + 2 * self.margin() + margins.left() + margins.right() + 1

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """The label's own drawing while it is said whole; said short, its short words, wrapped where it wraps."""
        if not self._short_now():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        rect = self.contentsRect().adjusted(self.margin(), self.margin(), -self.margin(), -self.margin())
        flags = int(self.alignment()) | (int(Qt.TextFlag.TextWordWrap) if self.wordWrap() else 0)
        self.style().drawItemText(painter, rect, flags, self.palette(), self.isEnabled(), self.short, self.foregroundRole())

    def event(self, e: QEvent) -> bool:
        return self._whole_tip(e) or super().event(e)


class ShortCountLabel(ShortWords, CountLabel):
    """A count beside the place: wrapped at its words as the last resort, whole or short."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        if not self._short_now():
            return super().sizeHint()
        width = self._short_width()
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        if not self._short_now():
            return super().minimumSizeHint()
        words = self.short.split() or [""]
        margins = self.contentsMargins()
        width = max(self.fontMetrics().horizontalAdvance(w) for w in words) + margins.left() + margins.right()
        return QSize(width + 2 * self.margin(), self.heightForWidth(width))

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        if not self._short_now():
            return super().heightForWidth(width)
        margins = self.contentsMargins()
        inner = max(1, width - margins.left() - margins.right() - 2 * self.margin())
        rect = self.fontMetrics().boundingRect(QRect(0, 0, inner, 100000), int(Qt.TextFlag.TextWordWrap), self.short)
        return rect.height() + margins.top() + margins.bottom() + 2 * self.margin()


class ShortPlaceLabel(ShortWords, QLabel):
    """The place among the answers, in bold on one line, never cut: whole ("52–54 of 80 to review") or short ("52–54
    of 80"), its meaning in its tooltip."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().sizeHint()
        return QSize(self._short_width(), hint.height()) if self._short_now() else hint

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self.sizeHint() if self._short_now() else super().minimumSizeHint()


class TopLine(QObject):
    """Fills ``view``'s (a :class:`~.review_view.ReviewView`) student and status labels, and shortens its counts while
    the whole words do not fit on one line (each time the view's width or a text of the line changes)."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, e: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.view and isinstance(e, QResizeEvent) and e.size().width() != e.oldSize().width():
            self.fit()
        return super().eventFilter(watched, e)

    def show(self, unit: list[int], key: int | None) -> None:
        """The student of answer ``key`` and its status, or of the group ``unit`` its size, the member chosen and how
        many are scored (``key`` None: nothing)."""
        v, s = self.view, self.view.session
        if key is None:
            for w in (v.student_label, v.status_label, v.left_label):
                w.clear()
        elif len(unit) > 1:
            v.student_label.setText(translate("ReviewView", "A group of %n answers", "", len(unit)) + f" · ▶ {v.who(key)}")
            v.status_label.setText(translate("ReviewView", "{scored} of {count} scored").format(
                scored=sum(1 for k in unit if k in s.decisions), count=len(unit)))
            v.status_label.set_short("")
            v.status_label.setToolTip("")
        else:
            word = status_word(s.status(key))
            v.student_label.setText(v.who(key))
            v.status_label.setText(translate("ReviewView", "Status: {status}").format(status=word))
            v.status_label.set_short(word)
            v.status_label.setToolTip(why(s, key))
        self.student_whole()
        self.fit()

    def student_whole(self) -> None:
        """The student's label gives way to the counts beside it when even their short words leave it too little room
        (a group's "A group of 12 answers · ▶ name" in German): its tooltip and accessible description hold it whole."""
        v = self.view
        whole = v.student_label.text()
        blind = translate("ReviewView", "Names and ids are hidden while you mark (blind marking: View menu, "
                                        "Ctrl+Shift+B)")
        v.student_label.setToolTip(plain_tip(whole + ("\n" + blind if v.names.blind else "")) if whole else "")
        v.student_label.setAccessibleDescription(whole)

    def fit(self) -> None:
        """As whole as the line holds on one line at the view's width: every label whole; else the counts short; else
        the place short too. The student is whole at the first that fits (it gives way only when none does)."""
        v = self.view
        counts = [w for w in (v.left_label, v.status_label) if isinstance(w, ShortWords)]
        place = v.progress_label if isinstance(v.progress_label, ShortWords) else None
        lay, top = v.layout(), None
        if lay is not None and lay.count():
            top = lay.itemAt(0).layout()
        if top is None:
            return
        margins = lay.contentsMargins()
        room = v.width() - margins.left() - margins.right()
        spare = sum(top.itemAt(i).sizeHint().width() for i in range(top.count()) if top.itemAt(i).spacerItem())
        fixed = spare + max(0, top.spacing()) * max(0, top.count() - 1) + 2 + \
            v.student_label.fontMetrics().horizontalAdvance(v.student_label.text())
        stages = ((), tuple(counts), tuple(counts) + ((place,) if place is not None else ()))
        for short in stages:
            if self._width(short) + fixed <= room:
                break
        for label in (*counts, *((place,) if place is not None else ())):
            label.set_shortened(label in short)

    def _width(self, short) -> int:
        """The width of the place and the counts, those in ``short`` said short."""
        v = self.view
        total = 0
        for label in (v.progress_label, v.left_label, v.status_label):
            if not label.text():
                continue
            was = getattr(label, "shortened", False)
            label.shortened = label in short   # its width so, without a repaint
            total += label.sizeHint().width()
            label.shortened = was
        return total
