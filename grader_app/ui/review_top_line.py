"""The review screen's top line: the place among the answers, the student (a group's size and chosen member), the
answers left to decide and the answer's status (a group's members scored), on one line where it can be.

At a 16 pt font on a 1024-pixel window the line had no room for all four: the student's name gave way ("Emily Nguyen ·
…"), and in German the counts beside it wrapped to two and three lines ("Status: / zu / prüfen"), which took the room
of a group's member list below. Where the whole words do not fit on one line, the counts now say themselves short
("80 of 80 left", "needs review": :class:`ShortCountLabel`, the whole words in their tooltip and in what a screen reader
hears), which leaves the student whole; only where even that is not enough does the student's label end in "…" (its
tooltip has it whole), and a count wraps at its words as the last resort (:class:`~.review_counts.CountLabel`).

On a group it was cut all the same (QA, 16 pt on a 1024×600 screen): German's "Eine Gruppe aus 3 Antworten · ▶ Noah …",
the group's words whole and the student's name cut; and a learning review's empty count (its place says the answers
left) kept its label and the spacing around it, some 50 pixels of nothing beside "▶ Noah Schmi…". Now a label with
nothing to say is hidden with the gap before it, and a group's words say themselves short, then give way, before the
student is cut: the order in which the line's parts give way is :data:`GIVE_WAY`'s.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QHelpEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import QLabel, QToolTip

from .filter_guard import passes_when_collected
from .i18n import counted as held_count
from .i18n import plain_spaces
from .plain_name import name_plainly
from .plain_tip import plain_tip
from .review_counts import CountLabel, StudentLabel
from .style import status_word
from .wording import why

translate = QCoreApplication.translate
if TYPE_CHECKING:   # what ShortWords is mixed into, for the type checker
    _Label = QLabel
else:
    _Label = object


class ShortWords(_Label):
    """Mixed into a label of the top line that can say itself short: its short form (:meth:`set_short`), said while its
    line is short of room (:meth:`set_level`) and drawn then in place of its words, wrapped where the label wraps;
    its ``text()`` stays whole, and its tooltip then shows it whole too (before its own tooltip, if it has one). A mixin,
    not a QLabel: a class with two QLabel subclasses among its bases (this and :class:`~.review_counts.CountLabel`) got
    a QPainter already active on it in its paintEvent, and painted nothing.

    A label may have a fuller short form too, said first (level 1) before its shortest (level 2): a review of every
    answer says "90 of 90 left · 61 need you" before "90 of 90 left", the status bar's count beside it kept while the
    line has room for it (:mod:`.review_counts`)."""

    short = ""    # its shortest words
    fuller = ""   # its short words said first, where it has such ("" none: its shortest are said at once)
    level = 0     # 0 whole, 1 its fuller short words (or its shortest), 2 its shortest

    def set_short(self, short: str, fuller: str = "") -> None:
        """The short forms of the text it has now, the shortest and a fuller one (give the text first: a new text drops
        the short forms)."""
        self.short, self.fuller = short, fuller
        self.updateGeometry()
        self.update()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        """A new text drops the short form of the old one: a count's short words drawn beside another text (or none)
        said something the label no longer says (a learning review's empty count beside the place drew "13 von 17
        offen", the place's own words, a second time)."""
        if text != self.text():
            self.short = self.fuller = ""
        super().setText(text)
        name_plainly(self)   # heard with plain spaces

    def clear(self) -> None:
        self.short = self.fuller = ""
        super().clear()
        name_plainly(self)

    def set_level(self, level: int) -> None:
        """Says its words whole (0), its fuller short words (1: its shortest where it has none) or its shortest (2)."""
        level = max(0, min(level, 2))
        if level != self.level:
            self.level = level
            self.updateGeometry()
            self.update()

    def set_shortened(self, on: bool) -> None:
        """Says its shortest words (or its whole ones)."""
        self.set_level(2 if on else 0)

    def shown(self) -> str:
        """The words as they are drawn: none for a label without text."""
        return self.said_at(self.level)

    def said_at(self, level: int) -> str:
        """The words it draws at ``level``."""
        short = self.fuller if level == 1 and self.fuller else self.short
        return short if level and short and self.text() else self.text()

    def _short_now(self) -> bool:
        return self.shown() != self.text()

    def _whole_tip(self, e: QEvent) -> bool:
        """Shows the tooltip of a label said short; False for any other event or a label said whole."""
        if e.type() != QEvent.Type.ToolTip or not self._short_now() or not isinstance(e, QHelpEvent):
            return False
        own = self.toolTip()
        whole = plain_spaces(self.text() + (f"\n\n{own}" if own else ""), keep_percent=True)   # it may wrap anywhere
        QToolTip.showText(e.globalPos(), plain_tip(whole), self)
        return True

    def _short_width(self) -> int:
        """The width the short words take on one line, with the label's margins."""
        margins = self.contentsMargins()
        return self.fontMetrics().horizontalAdvance(self.shown()) + 2 * self.margin() + margins.left() + margins.right() + 1

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """The label's own drawing while it is said whole; said short, its short words, wrapped where it wraps."""
        if not self._short_now():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        rect = self.contentsRect().adjusted(self.margin(), self.margin(), -self.margin(), -self.margin())
        flags = int(self.alignment()) | (int(Qt.TextFlag.TextWordWrap) if self.wordWrap() else 0)
        self.style().drawItemText(painter, rect, flags, self.palette(), self.isEnabled(), self.shown(),
                                  self.foregroundRole())

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
        words = self.shown().split(" ") or [""]   # where it may break: "13\u00a0of\u00a080\u00a0left" is one word
        margins = self.contentsMargins()
        width = max(self.fontMetrics().horizontalAdvance(w) for w in words) + margins.left() + margins.right()
        return QSize(width + 2 * self.margin(), self.heightForWidth(width))

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        """Its height at ``width``, its whole words' or its short ones', each laid out once per width: the review
        screen's layouts asked a count about 164 times per key on a group card, each a layout of its words anew. The
        heights are forgotten whenever its text, font, margins or wrapping change (:class:`~.width_memo.WidthMemoLabel`);
        its short words are part of the key they are kept under."""
        if not self._short_now():
            return super().heightForWidth(width)   # remembered per width for its whole text
        key = (width, self.shown())
        height = self._heights.get(key)
        if height is None:
            margins = self.contentsMargins()
            inner = max(1, width - margins.left() - margins.right() - 2 * self.margin())
            rect = self.fontMetrics().boundingRect(QRect(0, 0, inner, 100000), int(Qt.TextFlag.TextWordWrap),
                                                   self.shown())
            height = self._heights[key] = rect.height() + margins.top() + margins.bottom() + 2 * self.margin()
        return height


class ShortPlaceLabel(ShortWords, QLabel):
    """The place among the answers, in bold on one line, never cut: whole ("52–54 of 80 to review") or short ("52–54
    of 80"), its meaning in its tooltip."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().sizeHint()
        return QSize(self._short_width(), hint.height()) if self._short_now() else hint

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self.sizeHint() if self._short_now() else super().minimumSizeHint()


# What gives way, first to last, while the top line is short of room; each stays given while the next is tried. The
# student of the answer chosen is what the teacher must see to mark it, so it gives way only after all of these: first
# what says the least ("Status:", the group's "answers"), then the counts' words, then the group's size, which is said
# beside it all the same ("0 of 10 scored") and on the group's card below. Only then is the student cut ("…", its id at
# its end first; its tooltip has it whole), and last the counts wrap at their words. The place is never cut.
GIVE_WAY = (
    ("status_label", 1),     # "Status: needs review" -> "needs review"
    ("student_label", 1),    # "A group of 10 answers · ▶ name" -> "Group of 10 · ▶ name"
    ("left_label", 1),       # "13 of 80 answers left to decide" -> "13 of 80 left" (whole in its tooltip); in a review
                             # of every answer "… · 6 need you" -> "13 of 80 left · 6 need you"
    ("progress_label", 1),   # "52–54 of 80 to review" -> "52–54 of 80" (whole in its tooltip)
    ("left_label", 2),       # "13 of 80 left · 6 need you" -> "13 of 80 left"
    ("progress_label", 2),   # a learning review's count there, the same way
    ("student_label", 2),    # "Group of 10 · ▶ name" -> "▶ name"
)
LINE = ("progress_label", "student_label", "left_label", "status_label")   # left to right


class TopLine(QObject):
    """Fills ``view``'s (a :class:`~.review_view.ReviewView`) student and status labels, hides a label with nothing to
    say (and the gap before it), and says the line's parts short in the order of :data:`GIVE_WAY` while the whole
    words do not fit on one line (each time the view's width or a text of the line changes)."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        view.installEventFilter(self)

    @passes_when_collected
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
            n, chosen = len(unit), f"▶ {v.who(key)}"
            v.student_label.set_forms((translate("ReviewView", "A group of %n answers", "", n) + " · " + chosen,
                                       translate("ReviewView", "Group of %n", "", n) + " · " + chosen, chosen))
            v.status_label.setText(held_count(translate("ReviewView", "{scored} of {count} scored").format(
                scored=sum(1 for k in unit if k in s.decisions), count=n)))   # "2 of 3" whole where it wraps
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
        """The student's label says itself short or gives way to the counts beside it when the line is short of room (a
        group's "A group of 12 answers · ▶ name" in German): its tooltip and accessible description hold it whole."""
        v = self.view
        whole = v.student_label.text()
        blind = translate("ReviewView", "Names and ids are hidden while you mark (blind marking: View menu, "
                                        "Ctrl+Shift+B)")
        v.student_label.setToolTip(plain_tip(whole + ("\n" + blind if v.names.blind else "")) if whole else "")
        v.student_label.setAccessibleDescription(whole)

    def _top(self):
        """The view's top row, as it keeps it (not read back from its layout: ``itemAt`` gives each item a Python
        wrapper, which the garbage collector, freeing a view let go of, may hand the item the layout still holds)."""
        return self.view.top_row

    def fit(self) -> None:
        """As whole as the line holds on one line at the view's width: every label whole, else given way in the order
        of :data:`GIVE_WAY` as far as needed; where even all of it is not enough, the student's label is cut."""
        v, top = self.view, self._top()
        if top is None:
            return
        for name in LINE:   # a label with nothing to say takes no room, nor does the gap before it (the row's spacing)
            label = getattr(v, name)
            label.setHidden(not label.text())
        margins = v.layout().contentsMargins()
        room = v.width() - margins.left() - margins.right()
        levels = dict.fromkeys(LINE, 0)
        for name, level in GIVE_WAY:   # the next gives way while the line is too long (the last: whether or not)
            if self._width(levels) <= room:
                break
            levels[name] = level
        for name in LINE:
            label = getattr(v, name)
            if isinstance(label, ShortWords):
                label.set_level(levels[name])
            elif isinstance(label, StudentLabel):
                label.set_level(levels[name])

    def _shown(self) -> list[QLabel]:
        return [w for w in (getattr(self.view, name) for name in LINE) if not w.isHidden()]

    def _width(self, levels: dict[str, int]) -> int:
        """The width of the line, each label said at its level in ``levels``: the labels shown, the gaps between them."""
        v, top = self.view, self._top()
        shown = self._shown()
        total = max(0, top.spacing()) * max(0, len(shown) - 1) + 2
        for name in LINE:
            label = getattr(v, name)
            if label not in shown:
                continue
            if isinstance(label, StudentLabel):
                total += label.wanted(levels[name])
            elif isinstance(label, ShortWords):
                was = label.level
                label.level = levels[name]   # its width so, without a repaint
                total += label.sizeHint().width()
                label.level = was
            else:
                total += label.sizeHint().width()
        return total
