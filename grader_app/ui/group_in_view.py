"""A group of answers on the review screen keeps its member list and the chosen member's Pull out (P) button in sight,
also on a small screen (1024×600).

There the card (the question, its rubric, then the group) is taller than its scroll area. It opened at its top, so
the members and their Pull out buttons lay below the fold: the teacher scored a group without seeing which answers
the score goes to, nor the button that takes one out. What gives way now is the question and its rubric: a teacher
marking with the keyboard has read them on the answers before (a group comes among answers to the same question,
and the same text is on every card of it), and Home, Page Up or Q bring them back, while which answers a score
goes to is on this card only and is what the digit they are about to type acts on. So a group opens scrolled as
little as shows its whole member list, but never past the group's own heading (what the score is for comes first);
the list is no taller than the room the card's scroll area has below that heading, though never under
:data:`~.group_panel.MIN_LINES` lines (on a short screen the typical answer's box above it is in less large type, which
gives the list half as much again: :meth:`~.group_panel.GroupPanel.set_short`; decided by the screen's height, never by the
card's, so the choice cannot undo itself); ↑/↓ keep the chosen member in sight, in the list and on the card. Once the
teacher scrolls the card themselves (keys, wheel, scroll bar), it stays where they put it; Q showing the question's
whole text goes to that text, in a box of its own, with the answer under it (:mod:`.whole_question`), or the group's
first member (:mod:`.group_whole`; the question's line is not pinned meanwhile).

While a group is on the card, the question's line ("Question 1 — Science: …") stays above the card's scroll area
(:class:`QuestionPin`): scrolled down to the members, the card cut it off at its top, and the teacher scored a group
without the question in sight. Its prompt and rubric still give way. One answer's card that scrolls keeps the line
there too, on a page not too low for it (:data:`PIN_LINES`).

The card is placed on whole lines: where the top of its scroll area would cut a line of text in two (at 1024×600 the
rubric's last line showed only its lower half under the pinned question), it is scrolled back to show that line whole,
or, when that would hide the chosen member's last line, on to hide it.

The member list shows whole the member chosen, the one the top line names with ▶ and the keys act on: as a group comes,
the first member its header asks to read (one that differs from the typical answer in words, or that the model scores
otherwise; one key for the group leaves it open: :mod:`.group_split`) unless one was chosen in the table
(:meth:`~.group_panel.GroupPanel.first_to_read`); then each one ↑/↓ choose. At 1024×600 the list is a few lines high: it
showed the typical member with the one to read above it cut in half, and later that one while the top line's ▶ named
the typical member, out of sight. Once the teacher scrolls the list themselves, it stays where they put it.

The card is laid out a moment after it changes (and its member list once more when its width changes), so the
placing is done again, one turn of the event loop later, each time the card's scroll range, the scroll area's
height or the group's place on the card changes.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QWidget

from .filter_guard import passes_when_collected
from .group_members import FIRST_MEMBERS
from .group_panel import SHORT_LINES
from .group_whole import group_whole_shown, place_group_whole
from .group_whole import least as group_whole_least
from .label_lines import line_tops
from .review_room import FoldingLabel
from .weak_slots import weak_slot
from .whole_question import least as whole_least
from .whole_question import place_whole, whole_shown

ANSWER_LINES = 3   # an answer's lines kept in sight as it comes, on a page too short for the question above it too
WHOLE_LINES = 8    # an answer's lines the card keeps room for before the notes beside it fold (review_room)
PIN_LINES = 25      # one answer's question line is pinned above a card that scrolls on a page this many lines high
#                    (1280×720 at 16 pt: 27; 1024×600 at 14 pt: 24, at 16 pt: 22), the notes beside it kept unfolded
LIST_MEMBERS = FIRST_MEMBERS   # a group's members the list shows whole before what the panel says above it
#                               gives way (brief_for; always built: group_members)


def whole_lines(card: QWidget, value: int, height: int, keep: int, most: int, text: int | None = None) -> int:
    """``value``, the card's scroll position (at most ``most``), moved off a line of text it would cut at the top of a
    view ``height`` high: back to show the line whole, unless that hides ``keep`` (a y on the card in view at
    ``value``: the bottom of what must stay in sight), else on to hide it (as far as ``most``, where the card ends
    first). Where the card ends before the line is hidden, back after all if that still shows ``text`` (where the
    words of what must stay in sight end, above its box's margin and frame): at 1024×600 and 16 pt in German the
    review done left half a line of the question at the card's top for 4 pixels of the answer box's bottom margin. A
    line in a list of the card's own scroll area that scrolls is that area's (it is not cut here); one in a box that
    shows its text whole (the question's, unbounded) is the card's: the review done, its line under the card took the
    card's room, and the card scrolled to keep the answer in sight opened with a line of the question's text cut in
    half at its top (1280×720, 14 pt, German)."""
    layout = card.layout()
    x = (layout.contentsMargins().left() if layout is not None else 0) + 1
    widget = card.childAt(x, value)
    # a button is cut as a line is ("Show the whole question (Q)" under the pinned line): its top and bottom its edges
    if widget is None or not (isinstance(widget, QAbstractButton) or isinstance(widget, QLabel) and widget.text()):
        return value
    parent = widget.parentWidget()
    while parent is not None and parent is not card:
        if isinstance(parent, QAbstractScrollArea) and parent.verticalScrollBar().maximum() > 0:
            return value
        parent = parent.parentWidget()
    at = widget.mapTo(card, QPoint(0, 0)).y()
    edges = [at + y for y in line_tops(widget)] if isinstance(widget, QLabel) else [at, at + widget.height()]
    before = [y for y in edges if y <= value]
    after = [y for y in edges if y >= value]
    if not before or not after or before[-1] == value:
        return value   # on a line's edge already, or among the label's margins
    if before[-1] + height >= keep or value + height < keep:
        return before[-1]
    # on to hide it, or where the card ends before that as far as it scrolls (the line stays cut at the top, and what
    # must stay in sight is whole: at 1024×600 and 16 pt in German an answer's last line was cut by 6 pixels), unless
    # back shows what must stay in sight but for the margin under its words
    if after[0] > most and text is not None and before[-1] + height >= text:
        return before[-1]
    return min(after[0], most)


class QuestionPin(QObject):
    """The card's question line, taken out of the card into the top margin of its scroll area while a group is shown,
    or one answer on a card that scrolls (:meth:`GroupInView._answer_scrolls`; whatever the card is scrolled to, the
    line stays in sight), and put back at the top of the card otherwise."""

    def __init__(self, scroll, card) -> None:
        super().__init__(scroll)
        self.scroll, self.card = scroll, card
        self.pinned = False
        scroll.installEventFilter(self)

    def pin(self, on: bool) -> None:
        label, lay = self.card.question_label, self.card.layout()
        if on != self.pinned:
            self.pinned = on
            if on:
                lay.removeWidget(label)
                label.setParent(self.scroll)
            else:
                label.setParent(self.card)
                lay.insertWidget(0, label)
            label.show()
        self.place()

    def place(self) -> None:
        """The pinned line across the scroll area's top, in line with the card's text, and as high as it wraps."""
        if not self.pinned:
            self.scroll.set_top_margin(0)
            return
        label, margins = self.card.question_label, self.card.layout().contentsMargins()
        frame = self.scroll.frameWidth()
        width = max(1, self.scroll.width() - 2 * frame - margins.left() - margins.right())
        height = label.heightForWidth(width)
        height = height if height > 0 else label.sizeHint().height()
        label.setGeometry(frame + margins.left(), frame + margins.top(), width, height)
        self.scroll.set_top_margin(margins.top() + height)

    @passes_when_collected
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        # a new size, or the line folded or unfolded (review_room: its geometry asked for anew)
        if watched is self.scroll and event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest) and self.pinned:
            self.place()
        return False


class GroupInView(QObject):
    """Places the review screen's card (``view.scroll``) on a group; ``spare`` is the layout item that takes the
    room left over under the card (between the decision sentence and the buttons): room the card may grow into."""

    def __init__(self, view, spare) -> None:
        super().__init__(view)
        self.view = view
        self.spare = spare
        self.follow = False   # the card follows the group (not scrolled by the teacher since it came)
        self.list_left = False    # the teacher scrolled the member list themselves: it stays where they put it
        self.bring = False   # ↑/↓ chose another member: whole in the list, also under the whole question (group_whole)
        self.pin = QuestionPin(view.scroll, view.card)   # a group's question line in sight above the card
        view.card.wholeQuestionShown.connect(self.question_toggled)   # Q, or the card's button
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.place)
        bar = view.scroll.verticalScrollBar()
        # (the timer held weakly: a slot holding this, and so the view, kept a review screen let go of alive)
        bar.rangeChanged.connect(weak_slot(self._later.start))
        bar.actionTriggered.connect(self._scrolled)   # the teacher's keys, wheel or drag; never a setValue
        members = view.group_panel.list_area.verticalScrollBar()
        members.rangeChanged.connect(weak_slot(self._later.start))   # its members laid out anew
        members.actionTriggered.connect(self._list_scrolled)
        for w in (view.scroll.viewport(), view.group_panel, view.group_panel.list_area):
            w.installEventFilter(self)

    @passes_when_collected
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.Show):
            self._later.start()
        return False

    def opened(self, group: bool) -> None:
        """Another answer or group on screen: an answer opens at the top of the card (scrolled as little as shows its
        first lines, on a page too short for them: :meth:`_answer_in_sight`), a group as above."""
        self.follow, self.list_left, self.bring = True, False, False
        if group:   # (one answer's line is pinned or not once the card is laid out: place)
            self.pin.pin(not group_whole_shown(self.view.card))   # the box shows the question: not pinned
        self.view.scroll.verticalScrollBar().setValue(0)
        self._later.start()

    def compact(self) -> bool:
        """The page is short (:mod:`.review_compact`)."""
        page = getattr(self.view, "compact", None)
        return page is not None and page.on

    def later(self) -> None:
        """The card placed again, a turn of the event loop from now (the page laid out anew)."""
        self._later.start()

    def chosen(self) -> None:
        """Another member chosen with ↑/↓: in sight."""
        self.follow, self.list_left, self.bring = True, False, True
        self._later.start()

    def question_toggled(self, _whole: bool) -> None:
        """Q (or the card's button): the question's whole text is read in its box, the answer or the group's list
        under it (:mod:`.whole_question`, :mod:`.group_whole`); Q again goes back to the group, or the answer."""
        self.follow, self.bring = True, False
        self._later.start()

    def _answer_in_sight(self) -> None:
        """The card of one answer scrolled as little as shows the answer's first :data:`ANSWER_LINES` lines (all of
        it, if fewer; on a short page, :mod:`.review_compact`, all of it where the card's area holds it): at 1024×600 and
        a 16 pt font the question's line and text filled the card's area, and the answer being scored was below it, out
        of sight. The question gives way as the group's does (Home and Q bring it). A flagged answer's chips, on its
        heading's line above it, come in sight with it: under it they were 5 px below the card's area there."""
        v = self.view
        label, card = v.card.answer_label, v.card
        if not label.isVisible():
            return
        height = v.scroll.viewport().height()
        top = label.mapTo(card, QPoint(0, 0)).y()
        whole = label.height()   # on a short page all of it where the card's area holds it (its last line was cut)
        # its first lines end where the label lays them out, under its frame and margin (counted from the box's top,
        # three line spacings cut the third line by those 13 px)
        tops = line_tops(label)
        first = whole if len(tops) - 1 <= ANSWER_LINES else min(whole, tops[ANSWER_LINES])
        keep = top + (whole if self.compact() and whole <= height else first)
        if card.flags_box.texts():   # its flags on its heading's line, above it: why it came to the teacher
            top = card.answer_heading.mapTo(card, QPoint(0, 0)).y()
        value = min(max(0, keep - height), top)
        bar = v.scroll.verticalScrollBar()
        text = label.mapTo(card, QPoint(0, 0)).y() + tops[min(len(tops) - 1, ANSWER_LINES)]   # its words' bottom
        bar.setValue(whole_lines(card, value, height, keep, bar.maximum(), text) if value else 0)

    def _answer_scrolls(self) -> bool:
        """Is one answer's card, its question's line on it, taller than the most its scroll area shows, on a page at
        least :data:`PIN_LINES` lines of its text high? Then the line is pinned above the card as a group's is: at
        1280×720 and a 16 pt font the card scrolled to show the answer took the question's line and text out of sight,
        and nothing on screen said which question the answer was to. On a lower page (1024×600 at 14-16 pt) the line
        gives way as before: pinned, it took the answer's room and folded the notes beside the card (decided by the
        page's height, never by the notes', so that a note folded by the pin cannot undo it). Worked out the same
        whether the line is pinned now or not (its whole height, never its folded one, and the room with the margin it
        takes back), so pinning it cannot undo itself."""
        v = self.view
        card, label = v.card, v.card.question_label
        if label.isHidden() or not label.text() or v.height() < PIN_LINES * v.fontMetrics().lineSpacing():
            return False
        inner = card.layout()
        margins = inner.contentsMargins() if inner is not None else None
        width = max(1, card.width() - (margins.left() + margins.right() if margins is not None else 0))
        need = card.heightForWidth(card.width()) if card.hasHeightForWidth() else card.sizeHint().height()
        line = label.full_height(width) if isinstance(label, FoldingLabel) else label.heightForWidth(width)
        room = v.scroll.viewport().height() + max(0, self.spare.geometry().height())
        if self.pin.pinned:   # as the card would be with the line back on it
            need += line + max(0, inner.spacing() if inner is not None else 0)
            room += v.scroll.viewportMargins().top()
        return need > room

    def least(self, lines: int) -> int:
        """The height the card's scroll area keeps before a note beside it folds (:class:`~.review_room.PageRoom`;
        ``lines``: :data:`~.review_room.CARD_LINES` lines of the card's text). On a short page (:mod:`.review_compact`)
        for one answer more where the answer needs more to be read whole (at most :data:`WHOLE_LINES` of its lines: the
        note of its question was whole at 1024×600 and a 16 pt font, and the answer's last lines cut), and for a group
        its first two members, their texts with them, and no more (the question's line above it then stays whole where
        it can)."""
        v = self.view
        if whole_shown(v.card):   # the whole question's box and the answer's first lines (whole_question)
            return max(lines, whole_least(v.card))
        if group_whole_shown(v.card):   # the box and the group's first member (group_whole)
            return max(lines, group_whole_least(v.card))
        if not self.compact():
            return lines
        if v.card.showing_group():
            area = v.group_panel.list_area
            members = [m for m in area.members if not m.isHidden()][:2]
            width = area.viewport().width()
            need = sum(m.heightForWidth(width) if m.hasHeightForWidth() else m.sizeHint().height() for m in members)
            return need + max(0, area.inner.layout().spacing()) + 2 * area.frameWidth() if members else lines
        label = v.card.answer_label
        if label.isHidden() or not label.text():
            return lines
        width = label.width() if label.width() > 1 else v.scroll.viewport().width()
        most = label.fontMetrics().lineSpacing() * WHOLE_LINES + 2 * label.margin()
        return max(lines, min(label.heightForWidth(width), most))

    def brief_for(self, room: int, width: int) -> tuple[int, bool]:
        """How much of what the group's panel says above its list gives way (:meth:`~.group_panel.GroupPanel.set_brief`)
        so that the list shows its first :data:`LIST_MEMBERS` members whole in the card's ``room``: none of it while
        they fit under all of it; else its summary (the typical answer is in the list, marked so, and each member says
        how it differs), then its heading folded, then the list's heading. At 1366×768 and a 16 pt font the summary
        left a group of three-sentence answers a list of one member, the card scrolled under the question's line with
        its first line cut; on a short page (:mod:`.review_compact`) the list filled the card's area, the group's heading
        scrolled out of sight above it. The level at which the panel is now does not count (no flicker between two).
        Returns the level and whether the members fit under what it leaves (if not, all gives way that can, and on a
        short page the list fills the card's area as before)."""
        panel = self.view.group_panel
        need = panel.members_need(LIST_MEMBERS)
        for level in range(4):
            if room - panel.above_list(width, level) >= need:
                return level, True
        return 3, False

    def fill(self, room: int) -> int:
        """The member list's height at which the whole card (the question, its rubric, the group with nothing given
        way) is as tall as ``room``, the most its scroll area shows: what is not the list, taken from the card's
        height at its width, does not change with the list's height. A line of the room is kept for the message under
        the card while it says nothing: the list keeps its height as one comes and goes (each score's), and is not laid
        out anew at every key."""
        v = self.view
        card, area, message = v.card, v.group_panel.list_area, v.message_label
        if message.isHidden():
            lay = v.layout()
            room -= message.fontMetrics().lineSpacing() + (max(0, lay.spacing()) if lay is not None else 0)
        return room - (card.heightForWidth(card.width()) - area.heightForWidth(area.width()))

    def _scrolled(self, _action: int) -> None:
        self.follow = False

    def _list_scrolled(self, _action: int) -> None:
        self.list_left = True

    def place(self) -> None:
        v = self.view
        if not v.card.showing_group():
            self.pin.pin(not whole_shown(v.card) and self._answer_scrolls())
            room = v.scroll.viewport().height() + max(0, self.spare.geometry().height())
            place_whole(v, room, self.follow)   # the whole question's box bounded, or as tall as its text
            if self.follow and not whole_shown(v.card):
                self._answer_in_sight()
            return
        whole = group_whole_shown(v.card)
        self.pin.pin(not whole)   # (placed again: the question's line may wrap otherwise, at another width)
        panel = v.group_panel
        panel.set_short(v.height() < SHORT_LINES * v.fontMetrics().lineSpacing())   # the screen's, not the card's
        margins = v.card.layout().contentsMargins()
        width = v.card.width() - margins.left() - margins.right()
        # the most the card's scroll area can show: its height now and the room left over under it
        room = v.scroll.viewport().height() + max(0, self.spare.geometry().height())
        compact = self.compact()
        level, fits = (0, True) if whole else self.brief_for(room, width)
        below = room - panel.above_list(width, level)
        if compact and not fits:   # a short page: the list as tall as the card's room (review_compact)
            below = max(below, v.scroll.viewport().height())
        if whole:   # the whole question's box, the list under it (group_whole)
            shown = v.current_key()
            bring = self.bring and self.follow and not self.list_left and shown is not None
            if bring:   # ↑/↓: the member chosen whole in the list
                panel.show_member(shown)
            place_group_whole(v, room, self.follow)
            member = panel.member(shown)
            if bring and member is not None and member.isVisible():   # and in the card's sight: at the list's top
                bar = v.scroll.verticalScrollBar()
                if member.mapTo(v.card, QPoint(0, member.height())).y() > bar.value() + v.scroll.viewport().height():
                    panel.list_area.verticalScrollBar().setValue(member.y())
            return
        panel.list_area.set_room(below, fill=self.fill(room) if level == 0 and fits else None)
        v.card.prompt_area.bound(None)
        v.card.rubric_label.set_folded(False)
        v.card.rubric_label.show()
        panel.set_brief(level)
        if not self.follow:
            return
        shown = v.current_key()   # in sight in the list first: the member chosen (▶), a list a few lines high
        if not self.list_left and shown is not None:
            panel.show_member(shown)
        card, area = v.card, panel.list_area
        height = v.scroll.viewport().height()
        top = panel.mapTo(card, QPoint(0, 0)).y()
        bottom = area.mapTo(card, QPoint(0, area.height())).y()
        value = max(0, min(top, bottom - height))   # the whole list, and the group's heading if there is room
        if compact and not fits:   # the list, as tall as the card's room, fills it: as many members as it holds
            value = max(value, bottom - height)
        keep = bottom
        member = panel.member(shown)
        if member is not None and member.isVisible():   # then the chosen member, where the list shows it
            viewport = area.viewport()
            first = max(member.mapTo(viewport, QPoint(0, 0)).y(), 0)
            last = min(member.mapTo(viewport, QPoint(0, member.height())).y(), viewport.height())
            at = viewport.mapTo(card, QPoint(0, 0)).y()
            value = min(max(value, at + last - height), at + first)
            keep = bottom if value + height >= bottom else at + last   # the whole list in view, else the member
        bar = v.scroll.verticalScrollBar()
        bar.setValue(whole_lines(card, value, height, keep, bar.maximum()))
