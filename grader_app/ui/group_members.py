"""The scrolling list of a group's members on the review screen's card (:class:`~.group_panel.GroupPanel` fills each
member: student, scores, text, Pull out button), built a window of members at a time.

A member is a handful of widgets, each laid out with its wrapped text: a few milliseconds apiece on the GUI thread. A
group of 2,002 answers whose member to read first (one that differs in words) stood at the end of the list had a
widget built for every member before it, and the window froze for 13–16 s (QA s52g). The list holds widgets for one
contiguous window of the group's members only: :data:`CHUNK` of them when a group comes, from its first, or from the
member the list shows first (the one to read, or chosen) when more than :data:`ABOVE` members come before it;
:data:`CHUNK` more as it is scrolled to its end, and a new window so for a member far from the window (chosen with ↑/↓
or in the table). Above a window that does not start at the group's first member, a button shows the members before
it (:data:`CHUNK` more at each click); ↑ past the window's first member builds them too. So a group of thousands opens
and is shown again as fast as one of 24, whatever member it is shown at; and a group of 30 whose member to read is its
17th no longer has the 16 above it built, out of sight, at each →/← onto it (about 1.3 ms each on the GUI thread, a
third of the key). The widgets are reused by the next window and the next group.

Of a window, only the members in sight are built and filled as a group comes (and again at each key): those from the
window's first to the member the list shows first (the one chosen, or to read), as many after it as fill the list's
height, and one more; about six of 24 at 1280×800, where filling and laying out the other eighteen was about a third of
→/←'s time on the GUI thread. Under them, room as tall as the rest of the window will be keeps the list's scroll bar
as it was; the rest is built as soon as the list is scrolled into the last member built, or ↑/↓ choose a member past
it; those newly in sight when the list grows taller (a larger window); all of the window while a screen reader is on
(it hears the members as widgets, each with its name and place in the group).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from .member_head import HeadLabel
from .weak_slots import weak_slot
from .width_memo import WidthMemoLabel

VISIBLE_LINES = 16   # the member list shows about this many lines before it scrolls
MIN_LINES = 6        # and never fewer, whatever the room (a member's line, its Pull out button and text, and more)
CHUNK = 24           # member widgets made at a time (more as the list scrolls)
FIRST_MEMBERS = 3    # built whatever the room: the review screen measures them (group_in_view's LIST_MEMBERS)
ABOVE = 8            # at most this many members above the one the list shows first are built with it (a few, in a
#                      small group, a scroll away); one further down starts the list's window (_MemberList._start)
COMPACT_SPACING = 2  # between a member's lines, and between members, on a short page (review_compact)


def _label(parent: QWidget, text: str = "", bold: bool = False, kind: type[QLabel] = WidthMemoLabel) -> QLabel:
    """A group card's word-wrapped plain-text line (its height laid out once per width: :mod:`.width_memo`)."""
    lab = kind(text, parent)
    lab.setWordWrap(True)
    lab.setTextFormat(Qt.TextFormat.PlainText)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    lab.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    if bold:
        f = lab.font()
        f.setBold(True)
        lab.setFont(f)
    return lab


class _Member(QFrame):
    """One member: its line, its text and its Pull out button. A click on it (its line or text, not a phrase selected
    there) chooses it, the mouse's ↑/↓: ``choose(key)``."""

    def __init__(self, key: int, parent: QWidget, pull, choose) -> None:
        super().__init__(parent)
        self.key = key
        self._choose = choose
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.head = _label(self, bold=True, kind=HeadLabel)   # at most two lines on a short page (review_compact)
        self.text = _label(self, kind=WidthMemoLabel)   # its height laid out once per width (width_memo)
        self.pull_button = QPushButton(self.tr("Pull out (P)"), self)
        self.pull_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pull_button.setToolTip(self.tr("Take this answer out of the group: it gets its own score"))
        self.pull_button.clicked.connect(lambda _=False: pull(self.key))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 4, 8, 4)
        top = QHBoxLayout()
        lay.addLayout(top)   # before it is filled: PySide gives each item of a filled row added to a layout a wrapper
        top.addWidget(self.head, 1)
        top.addWidget(self.pull_button, 0, Qt.AlignmentFlag.AlignTop)
        lay.addWidget(self.text)
        self.usual_spacing = lay.spacing()   # its own, for a page of the usual height (set_compact)
        for label in (self.head, self.text):
            label.installEventFilter(self)

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt's names)
        event.accept()   # its margins: the release comes here

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        self._clicked(event)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.MouseButtonRelease:
            self._clicked(event)
        return False   # the label selects its text as before

    def _clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.key < 0:
            return
        if not (self.head.hasSelectedText() or self.text.hasSelectedText()):   # a phrase selected: only that
            QTimer.singleShot(0, self, lambda key=self.key: self._choose(key))   # once the label is done with its click

    def set_compact(self, on: bool) -> None:
        """On a short page: its head at most two lines, its text right under it."""
        head = self.head
        if isinstance(head, HeadLabel):
            head.set_max_lines(2 if on else 0)
        lay = self.layout()
        if lay is not None:
            lay.setSpacing(COMPACT_SPACING if on else self.usual_spacing)


class _MemberList(QScrollArea):
    """The scrolling list of members: exactly as tall as the members are at its width (their texts
    wrap), so a small group leaves no empty band under them, and at most about :data:`VISIBLE_LINES`
    lines, beyond which it scrolls; on a tall screen, where the whole card would leave room under it with the list
    that high, as tall as fills that room (at 1920×1080 it stopped at 16 lines above an empty band of about 280 px).

    Its height is a height for its width, asked by the layouts above it (the panel, the answer card,
    the card's fitted scroll area) whenever they lay out: a fixed height worked out from the members'
    size hints came out about twice too tall (a wrapping label's hint guesses a narrow width), and one
    fixed again on every resize would be lost in the middle of a layout pass. While the members fit
    there is no scroll bar at all: one shown by an earlier, bigger group would narrow them, wrap their
    texts and so keep asking for itself (see :meth:`refit`).

    On a small screen it is also no taller than its ``room`` (pixels; None: no limit but the lines), which the review
    screen sets to what its card's scroll area shows below the group's heading (:mod:`.group_in_view`), but not less
    than :data:`MIN_LINES` lines.

    It builds the members' widgets a window at a time (see the module): ``fill(member)`` fills a widget given its
    member's key, ``pull(key)`` is its Pull out button's, ``choose(key)`` a click's on it."""

    def __init__(self, parent: QWidget, fill, pull, choose) -> None:
        super().__init__(parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        # a new width (texts wrap differently) is taken up once the layout pass that gave it is over:
        # a size asked for in the middle of one is dropped by Qt, and the list kept its old height
        self._refit_later = QTimer(self)
        self._refit_later.setSingleShot(True)
        self._refit_later.setInterval(0)
        self._refit_later.timeout.connect(self.refit)
        self.room: int | None = None
        self.least: int | None = None   # its least height, pixels (None: MIN_LINES lines; set_room)
        self.fill: int | None = None    # as tall as fills the card's area, if more than its lines (set_room)
        self.compact = False   # a short page: members closer together (set_compact)
        self._fill, self._pull, self._choose = fill, pull, choose
        self.keys: tuple[int, ...] = ()
        self.index: dict[int, int] = {}     # member -> its place in the group
        self.first = 0                      # the place of the window's first member
        self.end = 0                        # and of the member after its last
        self.place = 0                      # of the member the list shows first (settle)
        self.sized = False                  # shown at a width once: members in sight can be told (settle)
        self.members: list[_Member] = []    # the window's members built: first .. first + len - 1, in order
        self.pool: list[_Member] = []       # every member widget made so far (the window's first), in the list's order
        self.setWidgetResizable(True)
        self.inner = QWidget(self)
        self._layout = QVBoxLayout(self.inner)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.usual_spacing = self._layout.spacing()   # between members, on a page of the usual height (set_compact)
        self.earlier = QPushButton(self.inner)   # shown above a window that does not start at the first member
        self.earlier.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # the keys stay with the review screen (↑ builds them too)
        self.earlier.clicked.connect(weak_slot(self.grow_up))   # weakly: a slot holding the list kept a panel let go of
        self.earlier.setVisible(False)
        self._layout.addWidget(self.earlier)
        self.rest = QWidget(self.inner)   # the room of the window's members not built yet (_keep_room)
        self.rest.setVisible(False)
        self._layout.addWidget(self.rest)
        self._layout.addStretch(1)
        self.setWidget(self.inner)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    # ----- the window ---------------------------------------------------------------------------------
    def set_keys(self, keys: tuple[int, ...], around: int | None = None) -> None:
        """Another group: a window of :data:`CHUNK` of its members, from its first or from member ``around`` (the one
        the list will show first: :meth:`_start`). Nothing is built or filled yet: :meth:`settle` does."""
        self.keys = keys
        self.index = {k: i for i, k in enumerate(keys)}
        self._window(self._start(self.index.get(around, 0) if around is not None else 0))

    @staticmethod
    def _start(i: int) -> int:
        """The first member of a window for a list that shows the ``i``-th first: the group's first when at most
        :data:`ABOVE` come before that one, else that one (the button above the list shows those before it)."""
        return 0 if i <= ABOVE else i

    def _window(self, first: int) -> None:
        self.first, self.end, self.members = first, min(len(self.keys), first + CHUNK), []

    def settle(self, around: int | None) -> None:
        """The window's members filled (again): those built already, and those in sight (see the module) that are not;
        ``around`` is the member the list shows first (the one chosen, or to read)."""
        self.place = max(self.index.get(around, self.first) if around is not None else self.first, self.first)
        self._fill_through(*self._in_sight(len(self.members)))

    def _in_sight(self, keep: int, refill: bool = True) -> tuple[int, int]:
        """How many of the window's members to build: the ``keep`` built already and at least :data:`FIRST_MEMBERS`,
        those through :attr:`place` and after it as many as the list shows (twice as many when those built already fall
        short: ↓ went past them), and one more; all of the window while a screen reader is on (it hears the members as
        widgets) or before the list had a width. Returns that number and how many of them are filled already (each one
        measured is: the layout asks for the same heights next); without ``refill``, the ``keep`` are not filled again."""
        width, count = self.viewport().width(), self.end - self.first
        if not self.sized or QAccessible.isActive():
            return count, 0
        cap, gap, height = self.cap(), max(0, self._layout.spacing()), 0
        want = cap
        for n in range(count):
            m = self._widget(n)
            if refill or n >= keep:
                m.key = self.keys[self.first + n]
                self._fill(m)
            if self.first + n < self.place:
                continue
            if n + 1 >= max(keep, FIRST_MEMBERS):
                if height > want:
                    return n + 1, n + 1   # the one under those in sight: scrolled into, the rest of the window comes
                if keep:   # ↓ past those built: a list's height more at once, not one more at each ↓
                    want = 2 * cap
            m.ensurePolished()   # (the font it is laid out in)
            height += self._height(m, width) + gap
        return count, count

    @staticmethod
    def _height(m: QWidget, width: int) -> int:
        h = m.heightForWidth(width)
        return h if h >= 0 else m.sizeHint().height()

    def _widget(self, n: int) -> _Member:
        """The window's ``n``-th member widget (made now if there are fewer)."""
        while len(self.pool) <= n:
            m = _Member(-1, self.inner, self._pull, self._choose)
            m.setVisible(False)
            m.set_compact(self.compact)
            self._layout.insertWidget(1 + len(self.pool), m)   # after the button, before the rest's room
            self.pool.append(m)
        return self.pool[n]

    def _fill_through(self, n: int, filled: int = 0) -> None:
        """The window's first ``n`` members built and shown, those from the ``filled`` first on filled, the room of
        the rest of the window under them (:meth:`_keep_room`), the spare widgets hidden."""
        for i in range(n):
            self._widget(i).key = self.keys[self.first + i]
        for i, m in enumerate(self.pool):
            if m.isHidden() == (i < n):   # shown or hidden only where that changes (a hidden one costs nothing)
                m.setVisible(i < n)
        self.members = self.pool[:n]
        for m in self.members[filled:]:
            self._fill(m)
        first = self.first
        self.earlier.setVisible(first > 0)
        if first > 0:
            self.earlier.setText("▲ " + self.tr("Show the answers before these (%n more answers above)", "", first))
            self.earlier.setToolTip(self.tr("The list shows a few of the group's answers at a time; ↑ on the first one "
                                            "here shows the one before it too."))
        self._keep_room()
        self.refit()

    def _keep_room(self) -> None:
        """Under the members built, room for the rest of the window, as tall as they will be at about the height of the
        last ones: the list scrolls as far, and its scroll bar shows as much of it, as with all of them built."""
        rest, gap = self.end - self.first - len(self.members), max(0, self._layout.spacing())
        if rest > 0 and self.members:
            width, last = self.viewport().width(), self.members[-3:]
            each = sum(self._height(m, width) for m in last) // len(last) + gap
            self.rest.setFixedHeight(max(0, rest * each - gap))
        if self.rest.isHidden() == (rest > 0 and bool(self.members)):
            self.rest.setVisible(rest > 0 and bool(self.members))

    def _wants_more(self) -> bool:
        """The list shows members of the window not built yet: those built from :attr:`place` on, but the last, are
        no taller than it (it is taller, or wider, than when they were built)."""
        if not self.members or self.first + len(self.members) >= self.end:
            return False
        width, gap = self.viewport().width(), max(0, self._layout.spacing())
        shown = self.members[max(0, self.place - self.first):-1]
        return sum(self._height(m, width) + gap for m in shown) <= self.cap()

    def _rest_in_sight(self, value: int) -> bool:
        """Scrolled to ``value``, the list shows its last member built (the one under those in sight) or below it."""
        width, gap = self.viewport().width(), max(0, self._layout.spacing())
        top = self._height(self.earlier, width) + gap if not self.earlier.isHidden() else 0
        top += sum(self._height(m, width) + gap for m in self.members[:-1])
        return value + self.viewport().height() > top

    def grow(self, upto: int | None = None) -> None:
        """The rest of the window built, or if it is, the next :data:`CHUNK` members after it (or through place
        ``upto``)."""
        built = self.first + len(self.members)
        if built >= len(self.keys):
            return
        end = self.end if built < self.end else built + CHUNK
        self.end = min(len(self.keys), max(end, (upto or 0) + 1))
        self._fill_through(self.end - self.first, len(self.members))

    def grow_up(self) -> None:
        """Widgets for the :data:`CHUNK` members before the window: the list stays where it is, at its top after a
        click on the button there, which shows them."""
        if self.first == 0:
            return
        first = max(0, self.first - CHUNK)
        n = self.first + len(self.members) - first
        self.first = first
        self._fill_through(n)   # each widget holds another member now

    def bring(self, key: int) -> None:
        """Member ``key`` built: the window built on from its end, or before its start, when it is near; a new window
        from it when it is far (no widget for every member between)."""
        i = self.index.get(key)
        end = self.first + len(self.members)
        if i is None or self.first <= i < end:
            return
        if end <= i < self.end + CHUNK:
            self.grow(i)
        elif self.first - CHUNK <= i < self.first:
            self.grow_up()
        else:
            self._window(self._start(i))
            self.settle(key)

    def member(self, key: int | None) -> _Member | None:
        """The widget of member ``key``, if it is built."""
        i = self.index.get(key) if key is not None else None
        if i is None or not self.first <= i < self.first + len(self.members):
            return None
        return self.members[i - self.first]

    def _on_scrolled(self, value: int) -> None:
        if self.first + len(self.members) < self.end:   # scrolled into the last member built: the rest of the window
            if self._rest_in_sight(value):
                self.grow()
            return
        bar = self.verticalScrollBar()
        if value >= bar.maximum() - bar.pageStep():
            self.grow()

    def set_compact(self, on: bool) -> None:
        """A short page (:mod:`.review_compact`): the members' heads at most two lines, less room between members."""
        if on == self.compact:
            return
        self.compact = on
        self._layout.setSpacing(COMPACT_SPACING if on else self.usual_spacing)
        for m in self.pool:
            m.set_compact(on)
        self.refit()

    # ----- its height ---------------------------------------------------------------------------------
    def cap(self) -> int:
        line = self.fontMetrics().lineSpacing()
        lines = max(line * VISIBLE_LINES, self.fill or 0)
        least = line * MIN_LINES if self.least is None else self.least
        return lines if self.room is None else max(least, min(lines, self.room))

    def set_room(self, room: int | None, least: int | None = None, fill: int | None = None) -> None:
        """At most ``room`` pixels high, and at least ``least`` (None: :data:`MIN_LINES` lines; under the whole
        question, one member: :mod:`.group_whole`); ``fill``: the height at which the whole card fills its area (it
        may be taller than :data:`VISIBLE_LINES` lines up to that: a tall screen)."""
        if (room, least, fill) != (self.room, self.least, self.fill):
            self.room, self.least, self.fill = room, least, fill
            self.refit()

    def hasHeightForWidth(self) -> bool:
        return True

    def _wanted(self, width: int, cap: int | None = None) -> int:
        """The height that shows every member at this width, without a scroll bar; with a ``cap``, a height over it
        as soon as the first members are taller than it (the list shows ``cap`` then, whatever the rest need).

        Qt asks the list's height at several widths per layout pass (at the panel's hinted width, a few hundred pixels,
        for its size hint too): laid out whole, the window's 24 members each time, that was most of a key's time on a
        group card. The heights of the members shown at this width, and of the room kept for the rest of the window,
        are a part of the whole (the button above them, and the spacing between them, add to it): any part will do
        (the whole is worked out where the part is not over ``cap``). Asked of the widgets, not of the layout's items:
        ``itemAt`` gives each item a Python wrapper, which the garbage collector, freeing a group card let go of, may
        hand the item the layout still holds, and the item was deleted twice (see ``ReviewView.__del__``)."""
        frame = 2 * self.frameWidth()
        inner = self.widget()
        if inner is None:
            return frame
        if cap is not None:
            least, at = frame, max(1, width - frame)
            if not self.rest.isHidden():
                least += self.rest.minimumHeight()   # its fixed height (_keep_room)
            for m in self.pool:
                if m.isHidden():   # a spare widget, or one of the last window's
                    continue
                least += max(0, self._height(m, at))
                if least > cap:
                    return least
        content = inner.heightForWidth(max(1, width - frame))
        return frame + (content if content >= 0 else inner.sizeHint().height())   # < 0: nothing in it wraps

    def heightForWidth(self, width: int) -> int:
        cap = self.cap()
        return min(self._wanted(width, cap), cap)

    def refit(self) -> None:
        """After the members or the width changed: no scroll bar while they all fit, and a new height (the rest of the
        window built first if the list shows more of it now)."""
        if self._wants_more():   # those in sight now built too
            self._fill_through(*self._in_sight(len(self.members), refill=False))
            return
        cap = self.cap()
        fits = self._wanted(self.width(), cap) <= cap
        policy = Qt.ScrollBarPolicy.ScrollBarAlwaysOff if fits else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        if self.verticalScrollBarPolicy() != policy:
            self.setVerticalScrollBarPolicy(policy)
        self.updateGeometry()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.sized = self.sized or self.isVisible()
        if event.size().width() != event.oldSize().width():
            self._refit_later.start()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.heightForWidth(self.width() if self.width() > 1 else hint.width()))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), 0)
