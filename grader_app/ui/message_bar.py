"""The main window's status bar, whose message never runs off the window: one too long for the room beside the
counts ("120 decided · 6 to review · saved") is cut with "…", and then the whole of it is the bar's tooltip.
QStatusBar itself cuts a message at the bar's edge with no sign that there is more, and at 1024 px a failure lost
what to do about it. ``currentMessage()`` stays the whole message; only what is painted is shorter. (Failures are
also kept whole in the notes above the results: :meth:`.sheet_notices.SheetNotices.add_problem`.)

A file's name in the message gives way first: cut in its middle, its extension kept ("Restored 45 decisions from
sample-c….grader-project.", "saved in answers (rec….grader-project."), so the words and the figures around it stay
whole (QA s54g: at 16 pt in Spanish the bar said "Se recuperaron 45 decisiones de sample-cla…"; a copy's name with its
space and brackets was not found, and "… answers (recov…" lost where the work is). Only if that is not enough is the
message cut at its end. News too long for the bar at 16 pt is said in a few words instead
(:meth:`MessageBar.show_in_brief`), and its whole is the tooltip while they are shown; while they are shown, the counts
beside them give them their room, down to a fifth of the bar (:mod:`.bar_counts`: cut at their end, whole in their
tooltip), so that they are whole beside large counts too (at 16 pt in German "9999 von Ihnen entschieden · 9999 warten
auf Sie · gespeichert" left 316 px of a 1024 px window, and "Nichts verloren: jetzt gespeichert." is 356)."""
from __future__ import annotations

import re

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import QSizeGrip, QStatusBar, QStyle, QStyleOption, QWidget

from .plain_tip import plain_tip

LEFT, RIGHT = 6, 12   # QStatusBar's own margins around its message
# "answers.csv", "sample-class.grader-project", and a copy's "answers (recovered 2).grader-project" (io.project_copy)
FILE_NAME = re.compile(r"[^\s“”„«»\"'()]+(?: \([^()“”„«»\"']+\))?\.[^\W\d_][\w-]*")
NAME_KEPT = 6   # a name cut in its middle keeps at least this many of its characters
COUNTS_KEPT = 0.2   # the share of the bar's width the counts keep beside news said in a few words
GAP = "M"   # the room left between such news and the counts it was given room by (one letter's width)
WIDEST = 16777215   # Qt's widest widget: no limit


class MessageBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._brief = ("", "")   # a message said in a few words, and the whole of it (its tooltip while it is shown)
        self._narrowed: list[QWidget] = []   # the counts made narrower to give that message its room
        self.messageChanged.connect(self._changed)

    def show_in_brief(self, text: str, ms: int, detail: str) -> None:
        """``text`` for ``ms``, news in a few words whose whole, ``detail``, is the tooltip while it is shown (the bar's
        room beside its counts is short at 16 pt: what matters first, the rest a glance away, and in the notes)."""
        self._brief = (text, detail)
        self.showMessage(text, ms)
        self._fit()   # the same text shown again changes no message

    def _changed(self, text: str) -> None:
        if text != self._brief[0]:
            self._brief = ("", "")
        self._fit()

    def _items(self) -> list[QWidget]:
        """The widgets shown on the bar (while a message is shown, only the permanent ones), left to right."""
        kids = self.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        return sorted((w for w in kids if w.isVisible() and not isinstance(w, QSizeGrip) and not w.isWindow()),
                      key=lambda w: w.x())

    def message_rect(self) -> QRect:
        items = self._items()
        right = min(self.width() - RIGHT, items[0].x() - 2) if items else self.width() - RIGHT
        return QRect(LEFT, 0, max(0, right - LEFT), self.height())

    def shown_message(self) -> str:
        """The message as painted: whole, or cut with "…" to the room it has (a file's name in its middle first)."""
        message, fm, room = self.currentMessage(), self.fontMetrics(), self.message_rect().width()
        if fm.horizontalAdvance(message) <= room:
            return message
        names = sorted(FILE_NAME.finditer(message), key=lambda m: len(m.group()), reverse=True)
        if names and len(name := names[0].group()) > NAME_KEPT:
            rest = message[:names[0].start()] + message[names[0].end():]
            cut = _cut_name(fm, name, room - fm.horizontalAdvance(rest) - 1)
            if cut:
                shown = message[:names[0].start()] + cut + message[names[0].end():]
                if fm.horizontalAdvance(shown) <= room:
                    return shown
        return fm.elidedText(message, Qt.TextElideMode.ElideRight, room)

    def _give_room(self, message: str) -> None:
        """News said in a few words gets the room it needs from the counts beside it (left to right, each down to its
        share of the bar); any other message, or none, gives them back their own width. Each call moves them by what is
        missing or to spare once the bar is laid out, so calls before the layout catches up change nothing."""
        items = self._items()
        if not (message and message == self._brief[0] and self._brief[1] and items):
            for w in self._narrowed:
                w.setMaximumWidth(WIDEST)
            self._narrowed = []
            return
        fm = self.fontMetrics()
        missing = fm.horizontalAdvance(message + GAP) - self.message_rect().width()
        least = int(self.width() * COUNTS_KEPT / len(items))
        for w in items:
            if missing > 0 and w.width() > least:
                width = max(least, w.width() - missing)
            elif missing < 0 and w in self._narrowed:
                width = w.width() - missing
            else:
                continue
            missing -= w.width() - width
            if width >= w.sizeHint().width():
                width = WIDEST
            if w.maximumWidth() != width:
                w.setMaximumWidth(width)
            if width != WIDEST and w not in self._narrowed:
                self._narrowed.append(w)
            elif width == WIDEST and w in self._narrowed:
                self._narrowed.remove(w)

    def _fit(self) -> None:
        """The whole message is the tooltip when the bar shows it cut (and only then); news said in brief, its whole."""
        message = self.currentMessage()
        brief, whole = self._brief
        self._give_room(message)
        if message and message == brief and whole:
            self.setToolTip(plain_tip(whole))
        else:
            self.setToolTip(plain_tip(message) if message and self.shown_message() != message else "")

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def paintEvent(self, event) -> None:
        """As QStatusBar paints itself, with the message cut to its room with "…"."""
        message = self.currentMessage()
        self._fit()   # the counts beside it may have grown or shrunk since
        painter = QPainter(self)
        opt = QStyleOption()
        opt.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelStatusBar, opt, painter, self)
        for w in self._items():
            frame = QStyleOption()
            frame.rect = w.geometry().adjusted(-2, -1, 2, 1)
            frame.palette = self.palette()
            self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameStatusBarItem, frame, painter, w)
        if message:
            painter.setPen(self.palette().windowText().color())
            painter.drawText(self.message_rect(), int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
                                                      | Qt.TextFlag.TextSingleLine), self.shown_message())
        painter.end()


def _cut_name(fm: QFontMetrics, name: str, width: int) -> str:
    """``name`` cut in its middle to ``width``, its extension whole if there is room for it ("answers (rec….grader-project":
    what kind of file it is, and where the work is, stay readable), or "" if not even NAME_KEPT of its characters fit."""
    stem, dot, ext = name.rpartition(".")
    ext = dot + ext
    if stem and width >= fm.horizontalAdvance(stem[:NAME_KEPT // 2] + "…" + ext):
        return fm.elidedText(stem, Qt.TextElideMode.ElideMiddle, width - fm.horizontalAdvance(ext)) + ext
    if width >= fm.horizontalAdvance(name[:NAME_KEPT] + "…"):
        return fm.elidedText(name, Qt.TextElideMode.ElideMiddle, width)
    return ""
