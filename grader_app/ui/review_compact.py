"""The review screen on a short page (fewer than :data:`COMPACT_LINES` lines of its text high: 1024×600 or 1366×768 at a
14–16 pt font): what surrounds the card gives way to it, so that the answer, or a group's members, stay in sight.

At 1024×600 and a 16 pt font a group's card had about 125 pixels: its member list showed one member's text, and the
teacher could not compare two answers of the group she was scoring without scrolling. On a short page now:

- the page's lines are closer together (:data:`COMPACT_SPACING` pixels apart, not the style's 6, and margins of
  :data:`COMPACT_MARGIN` pixels above and below, not 9): some 45 pixels;
- the row of the model's probabilities is one line: its heading says itself short ("The model's probability:", the
  whole heading in its tooltip) and the words under the bars ("◀ model", "✔ your score") give way: the model's score
  stays in bold beside its bar and is said in words in the sentence right under the row, the teacher's is marked on
  its score button ("✓ 2"): 25 pixels;
- a group's members are closer together, each member's head at most two lines (:mod:`.member_head`), and the member
  list is as tall as the card's room (:mod:`.group_in_view`): two members' texts and more are in sight. On the sample
  sheet's group the card's area had 164 pixels in English, 125 of them under the question's line pinned above it
  (139 and 100 in German, whose counts beside the place took two lines: :mod:`.review_top_line`); both have 235 and
  196 now.

It is decided by the page's height in lines of its font, never by what the card holds, so it cannot undo itself; the
notes that fold to one line on a short page are :mod:`.review_room`'s.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QMargins, QObject

from .filter_guard import passes_when_collected

COMPACT_LINES = 30     # a review page fewer lines high than this is short (1024×600 at 16 pt: 22; 1280×800 at 9 pt: 54)
COMPACT_SPACING = 2    # between the page's lines on a short page
COMPACT_MARGIN = 4     # above and below the page's lines on a short page

translate = QCoreApplication.translate


class CompactPage(QObject):
    """Lays ``view`` (a :class:`~.review_view.ReviewView`) out for a short page while it is one (:attr:`on`), as usual
    again once it is not (each time its size or its font changes)."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        self.on = False
        lay = view.layout()
        self._spacing, self._margins = lay.spacing(), QMargins(lay.contentsMargins())
        heading = view.card.bars_heading
        self._heading_width = heading.maximumWidth()   # fixed (AnswerCard.model_row)
        heading.set_short(translate("ReviewView", "The model's probability:"))
        view.installEventFilter(self)
        self.decide()

    @passes_when_collected
    def eventFilter(self, watched: QObject, e: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.view and e.type() in (QEvent.Type.Resize, QEvent.Type.FontChange):
            self.decide()
        return super().eventFilter(watched, e)

    def decide(self) -> None:
        v = self.view
        on = 0 < v.height() < COMPACT_LINES * v.fontMetrics().lineSpacing()
        if on == self.on:
            return
        self.on = on
        lay = v.layout()
        lay.setSpacing(COMPACT_SPACING if on else self._spacing)
        m = self._margins
        lay.setContentsMargins(m.left(), COMPACT_MARGIN if on else m.top(), m.right(),
                               COMPACT_MARGIN if on else m.bottom())
        v.card.bars.set_marks_shown(not on)
        heading = v.card.bars_heading
        heading.set_folded(on)
        short = heading.fontMetrics().horizontalAdvance(heading.short) + 2 * heading.margin() + 8
        heading.setFixedWidth(min(short, self._heading_width) if on else self._heading_width)
        v.group_panel.list_area.set_compact(on)
        v.in_view.later()   # a group's member list as tall as the card's room now (group_in_view)
