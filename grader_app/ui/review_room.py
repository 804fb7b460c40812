"""How the review screen shares a page too short for all it says (1024×600 at a 14–16 pt font, in German or Spanish).

Every line of the page wants its room: the counts, a question's note, the card (the question and the answer), the
model's probabilities, what is decided, the score buttons, the two rows of buttons and the keys. On a short page Qt's
layout squeezed them all alike: the note and the keys were drawn cut in half, and the card, which holds the answer being
scored, was a strip showing the question's first line and no answer at all. Now the card keeps at least
:data:`CARD_LINES` lines of text (or all it needs, if less; on a short page an answer whole, a group's first two
members: :meth:`~.group_in_view.GroupInView.least`), and to give it them the notes said on every answer fold, one after
the other, to one line (:class:`FoldingLabel`; the whole text in its tooltip, and a screen reader still hears it whole):
a short form of their own where they have one, else their first line ending in "…" after a whole word. First the keys
(folded: the keys no button names and where every key is listed, Help ▸ About Grader and keyboard keys; they were cut to
"… ←/→ …"), then the note of a question whose model takes no answer on its own (the same on each of its answers; folded:
one short sentence, where it was cut "… to score it witho…"), then what the model learned, then, once the review is
done, what comes next (its Export button stays beside it), then what the question is out of, beside the score buttons
(the buttons show its scores; in German it took four lines beside them), then, while a group is on the card, the
question's line pinned above it (:class:`~.group_in_view.QuestionPin`; its first words stay in sight): at 1024×600 and a
16 pt font the group's member list showed about one line of its answers, under that line in two lines. Where the page
has room again they unfold. :class:`PageRoom` watches the page (its size, and its lines' texts) and decides.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QHelpEvent, QPainter
from PySide6.QtWidgets import QScrollArea, QToolTip, QWidget

from .filter_guard import passes_when_collected
from .i18n import plain_spaces
from .plain_name import PlainlyNamed, name_plainly
from .plain_tip import plain_tip
from .text_wrap import cut_at_word
from .width_memo import WidthMemoLabel

CARD_LINES = 8                                          # the card keeps this many lines of text before a note folds
FOLD_ORDER = ("keymap_label", "model_note", "learning_label", "end.label",   # which give way first
              "score_buttons.scale_label", "card.question_label")
PINNED = "card.question_label"   # folds only while pinned above the card's scroll area (a group, or an answer: group_in_view)


class FoldingLabel(PlainlyNamed, WidthMemoLabel):
    """A word-wrapped label that can fold to one line (:meth:`set_folded`): its short form if it has one
    (:meth:`set_short`: a sentence of its own, not a cut one), else its first line cut with "…"; its ``text()``, and so
    what a screen reader hears, stays whole, and while folded its tooltip shows it whole. Its height for a width
    unfolded is laid out once per width (:class:`~.width_memo.WidthMemoLabel`: the page's layout and :class:`PageRoom`
    asked for it about 150 times per key on a group card).

    One that says what to do (a group's heading: what a digit does to the group) folds to its short form whole, wrapped
    at its words where one line is too narrow (:attr:`folds_whole`), never cut: folded to its first line, German's
    instruction ended "… bewertet alle außer den abweichenden, die…" at 1280×720 and 14 pt."""

    folds_whole = False   # folded, its short form wraps (never cut) rather than staying on one line

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.folded = False
        self.short = ""
        name_plainly(self)

    def set_short(self, short: str) -> None:
        """What the label says folded ("": its first line, cut): cut with "…" too where even that is too long (but
        for one that :attr:`folds_whole`: wrapped)."""
        if short != self.short:
            self.short = short
            if self.folded:
                self.updateGeometry()
            self.update()

    def set_folded(self, folded: bool) -> None:
        if folded != self.folded:
            self.folded = folded
            self.updateGeometry()
            self.update()

    def one_line(self) -> int:
        """Its height folded to one line."""
        m = self.contentsMargins()
        return self.fontMetrics().lineSpacing() + m.top() + m.bottom() + 2 * self.margin()

    def folded_height(self, width: int) -> int:
        """Its height at ``width`` folded: one line, or (:attr:`folds_whole`) its short form's lines, laid out once per
        width and words (kept with its unfolded heights, and forgotten with them)."""
        if not self.folds_whole:
            return self.one_line()
        words = self._folded_words()
        key = (width, words)
        height = self._heights.get(key)
        if height is None:
            m = self.contentsMargins()
            inner = max(1, width - m.left() - m.right() - 2 * self.margin())
            rect = self.fontMetrics().boundingRect(QRect(0, 0, inner, 100000), int(Qt.TextFlag.TextWordWrap), words)
            height = self._heights[key] = max(rect.height(), self.fontMetrics().lineSpacing()) + m.top() + m.bottom() \
                + 2 * self.margin()
        return height

    def full_height(self, width: int) -> int:
        """Its height at ``width`` unfolded (all its lines)."""
        return super().heightForWidth(width)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        return self.folded_height(width) if self.folded else super().heightForWidth(width)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().sizeHint()
        return QSize(hint.width(), self.folded_height(hint.width())) if self.folded else hint

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        least = super().minimumSizeHint()
        return QSize(least.width(), self.folded_height(max(least.width(), self.width()))) if self.folded else least

    def _folded_words(self) -> str:
        return " ".join((self.short or self.text()).split())

    def shown(self) -> str:
        """The text as it is drawn: whole, or folded: its short form (else its first line), on one line cut with "…"
        after a whole word where it is wider than the label, or whole and wrapped (:attr:`folds_whole`)."""
        if not self.folded:
            return self.text()
        if self.folds_whole:
            return self._folded_words()
        rect = self.contentsRect().adjusted(self.margin(), 0, -self.margin(), 0)
        return cut_at_word(self._folded_words(), self.fontMetrics(), rect.width())

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if not self.folded:
            super().paintEvent(event)
            return
        painter = QPainter(self)
        rect = self.contentsRect().adjusted(self.margin(), self.margin(), -self.margin(), -self.margin())
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if self.folds_whole:
            flags |= int(Qt.TextFlag.TextWordWrap)
        self.style().drawItemText(painter, rect, flags, self.palette(), self.isEnabled(), self.shown(),
                                  self.foregroundRole())

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and self.folded and isinstance(e, QHelpEvent):
            own = self.toolTip()   # folded: the whole text, then the label's own tooltip if it has one
            whole = plain_spaces(self.text() + (f"\n\n{own}" if own else ""), keep_percent=True)   # it may wrap anywhere
            QToolTip.showText(e.globalPos(), plain_tip(whole), self)
            return True
        return super().event(e)


class PageRoom(QObject):
    """Folds the review page's notes (:data:`FOLD_ORDER`) while the page is too short for them and a card of
    :data:`CARD_LINES` lines, and unfolds them once it has the room (each time the page's size or a line's text
    changes)."""

    def __init__(self, view: QWidget, card: QScrollArea) -> None:
        super().__init__(view)
        self.view, self.card = view, card
        view.installEventFilter(self)

    def labels(self, all_of_them: bool = False) -> list[FoldingLabel]:
        """The labels that may fold now, in :data:`FOLD_ORDER` (``all_of_them``: also the question's line while it is
        on the card, where it scrolls with the rest)."""
        found = []
        for name in FOLD_ORDER:
            widget: object = self.view
            for part in name.split("."):
                widget = getattr(widget, part, None)
            if name == PINNED and not all_of_them and isinstance(widget, QWidget) and widget.parentWidget() is not self.card:
                continue
            found.append(widget)
        return [label for label in found if isinstance(label, FoldingLabel)]

    @passes_when_collected
    def eventFilter(self, watched: QObject, e: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.view and e.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self.share()
        return super().eventFilter(watched, e)

    def _card_height(self) -> int:
        """The card's whole height at its scroll area's width, a scroll bar or none (what it asks for then: a scroll
        bar shown or hidden by a fold does not undo the fold)."""
        content = self.card.widget()
        if content is None or not content.hasHeightForWidth():
            return self.card.sizeHint().height()
        return content.heightForWidth(max(1, self.card.width() - 2 * self.card.frameWidth()))

    def _least(self) -> int:
        """The card's least height before a note folds: :data:`CARD_LINES` lines of its text, or what the card's placing
        asks for (:meth:`~.group_in_view.GroupInView.least`: an answer whole, a group's first two members)."""
        lines = self.card.fontMetrics().lineSpacing() * CARD_LINES
        wants = getattr(getattr(self.view, "in_view", None), "least", None)
        return wants(lines) if callable(wants) else lines

    def share(self) -> None:
        """Fold the notes, in their order, that the page has no room for (a note already as it should be is left
        alone, so a fold's own layout request changes nothing)."""
        lay, view = self.view.layout(), self.view
        if lay is None or view.height() <= 0 or not lay.hasHeightForWidth():
            return
        labels = [label for label in self.labels() if label.isVisibleTo(view) and label.text()]
        width = view.width()
        need = lay.totalHeightForWidth(width)
        for label in labels:   # as if none were folded
            if label.folded:
                need += label.full_height(label.width() or width) - label.heightForWidth(label.width() or width)
        # the card gives way down to its least before any note folds: counted at that least, never more than it needs
        least = min(self._card_height(), self._least())
        margins = self.card.viewportMargins()   # the question's line pinned above it, counted as the notes are
        need += least + margins.top() + margins.bottom() + 2 * self.card.frameWidth() - self.card.sizeHint().height()
        for label in labels:
            fold = need > view.height()
            if fold:
                at = label.width() or width
                need -= label.full_height(at) - label.one_line()
            label.set_folded(fold)
        for label in self.labels(all_of_them=True):
            if label not in labels:
                label.set_folded(False)
