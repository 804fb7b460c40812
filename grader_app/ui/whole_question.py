"""The question's whole text on the review screen's card (Q, or the button under it) in a box of its own that scrolls
where the card's area is too short for it and the answer under it, so that the answer being graded stays in sight.

Q showed the whole text from the card's top, and the card's area had no room left for the answer: on the sample
sheet's first question (a procedure of some 130 words before the question) at 1024×600 and a 16 pt font the text was
575 pixels high in an area of 236, and the answer began 623 pixels below the area's bottom; at 1366×768, 400 pixels
below. The teacher read the question and then had to scroll it away (or press Q again) to see what they were grading.
Of the two ways to keep both in sight, scrolling the card down to the answer would show the question's last lines
only, cut anywhere, and the passage before them would scroll the answer away again as it was read; a box of its own
lets the whole text be read, with the mouse wheel or Page Up/Down, Home and End (the review screen's keys scroll
the box while the whole question is shown: :meth:`QuestionArea.scroll_key`), while the answer stays where it is.

So while the whole text is shown for an answer (for a group, the same with its member list under the box:
:mod:`.group_whole`), the box is as tall as the card's area leaves once the answer's first
:data:`ANSWER_LINES` lines, and what lies between (the button, the rubric, the answer's heading) are in it
(:func:`place_whole`), and never under :data:`MIN_LINES` of its lines; the card is scrolled to the box's top. Where that
is still too little the rubric folds to one line (its whole text in its tooltip, and whole again with Q), then fewer of
the answer's lines are kept, down to one; and the review screen's notes fold to give the card room (:func:`least`, read
by :mod:`.review_room`). Where everything fits the box is as tall as its text and nothing changes.
"""
from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollBar, QWidget

from .fitted_scroll import FittedScrollArea
from .label_lines import line_tops

ANSWER_LINES = 3   # the answer's lines kept in sight under the whole question where the card's area has room
MIN_LINES = 3      # the least the whole question's box shows of its text
MOST = 16777215    # Qt's largest widget size: no bound


class QuestionArea(FittedScrollArea):
    """The card's box of the question's text: as tall as its text, unless bounded (:meth:`bound`); then it scrolls."""

    def __init__(self, label: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # keys always reach the review screen itself
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(label)
        label.setAutoFillBackground(False)   # the card's own background behind its text, as for its other lines

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """No taller than its text (a scroll area's least height is its scroll bar's, some 70 px: a question of one
        line had a gap under it)."""
        least = super().minimumSizeHint()
        return QSize(least.width(), min(least.height(), self.sizeHint().height(), self.maximumHeight()))

    def shown(self, on: bool) -> None:
        """The text and its box shown or hidden together (a hidden text left an empty box on the card)."""
        self.label.setVisible(on)
        self.setVisible(on)

    def bound(self, height: int | None) -> None:
        """At most ``height`` pixels high (``None``: as tall as its text)."""
        most = MOST if height is None else max(1, height)
        if self.maximumHeight() != most:
            self.setMaximumHeight(most)
            if height is None:
                self.verticalScrollBar().setValue(0)

    def bounded(self) -> bool:
        return self.maximumHeight() < MOST

    def full_height(self) -> int:
        """The height its text asks for at its width."""
        width = max(1, self.width())
        need = self.label.heightForWidth(width)
        return need if need > 0 else self.label.sizeHint().height()

    def least(self) -> int:
        """:data:`MIN_LINES` lines of its text: where the last of them ends, as laid out (their spacing in whole pixels
        was short of it by rounding, and the box got one line fewer: 2 at 1024×600 and 16 pt in German)."""
        ends = line_tops(self.label)[1:]
        if len(ends) > MIN_LINES:   # (the last is the text's bottom)
            return ends[MIN_LINES - 1]
        return self.label.fontMetrics().lineSpacing() * MIN_LINES + 2 * self.label.margin()

    def whole_lines(self, height: int) -> int:
        """``height`` made to end where one of its text's lines does (less, down to its first line): the box's last
        line is never cut in half (the room under it goes to the answer)."""
        ends = line_tops(self.label)[1:]
        return max([y for y in ends if y <= height] or ends[:1] or [height])

    def scroll_key(self, key) -> bool:
        """Page Up/Down, Home or End scroll the box, where it scrolls; False, and nothing done, where it does not."""
        bar = self.verticalScrollBar()
        if self.isHidden() or not self.bounded() or bar.maximum() <= 0:
            return False
        A = QScrollBar.SliderAction
        bar.triggerAction({Qt.Key.Key_PageUp: A.SliderPageStepSub, Qt.Key.Key_PageDown: A.SliderPageStepAdd,
                           Qt.Key.Key_Home: A.SliderToMinimum, Qt.Key.Key_End: A.SliderToMaximum}[key])
        return True


def whole_shown(card) -> bool:
    """The whole question is on a card of one answer."""
    return card.whole_question and not card.showing_group() and not card.prompt_area.isHidden()


def _below(card, fold: bool, lines: int) -> int:
    """From the box's bottom to the bottom of the answer's first ``lines`` lines (all of them, if fewer), the rubric
    folded to one line or not."""
    area, answer, rubric = card.prompt_area, card.answer_label, card.rubric_label
    bottom = area.mapTo(card, QPoint(0, area.height())).y()
    top = answer.mapTo(card, QPoint(0, 0)).y()
    if not rubric.isHidden() and rubric.text():   # its height as it would be, whatever it is now
        width = rubric.width() or area.width()
        rubric_height = rubric.one_line() if fold else rubric.full_height(width)
        top += rubric_height - rubric.height()
    ends = line_tops(answer)   # the tops of its lines, and its text's bottom
    first = answer.height() if lines >= len(ends) - 1 else ends[lines]
    return max(0, top - bottom) + first


def _choice(card, room: int) -> tuple[bool, int]:
    """The rubric folded or not, and how many of the answer's lines are kept, for a card's area ``room`` high: the
    first that leaves the box :data:`MIN_LINES` lines, else the last (the rubric folded, one line)."""
    least = card.prompt_area.least()
    for fold, lines in ((False, ANSWER_LINES), (True, ANSWER_LINES), (True, 2), (True, 1)):
        if room - _below(card, fold, lines) >= least:
            break
    return fold, lines


def least(card) -> int:
    """The card's area the whole question asks for before the notes beside the card fold: the box's least, and the
    answer's first :data:`ANSWER_LINES` lines under it, the rubric folded."""
    return card.prompt_area.least() + _below(card, True, ANSWER_LINES)


def place_whole(view, room: int, follow: bool) -> None:
    """The whole question's box bounded for a card's area ``room`` high (the room the card may grow into, too), and
    where ``follow``, the card scrolled to show it and the answer under it; with no whole question on a card of one
    answer, the box as tall as its text and the rubric whole."""
    card = view.card
    area, rubric = card.prompt_area, card.rubric_label
    rubric.show()   # (hidden under the whole question on a group's card: group_whole)
    if not whole_shown(card):
        area.bound(None)
        rubric.set_folded(False)
        return
    full = area.full_height()
    fold, lines = _choice(card, room)
    box = area.whole_lines(max(area.least(), room - _below(card, fold, lines)))
    bounded = full > box
    area.bound(box if bounded else None)
    rubric.set_folded(fold and bounded)
    if not follow:
        return
    top = area.mapTo(card, QPoint(0, 0)).y()
    height = view.scroll.viewport().height()
    keep = top + min(full, box) + _below(card, fold and bounded, lines)
    view.scroll.verticalScrollBar().setValue(top if bounded else min(top, max(0, keep - height)))
