"""The scrolling list of a group's members on the review screen's card (:class:`~.group_panel.GroupPanel` fills each
member: student, scores, text, Pull out button), built a window of members at a time.

A member is a handful of widgets, each laid out with its wrapped text: a few milliseconds apiece on the GUI thread. A
group of 2,002 answers whose member to read first (one that differs in words) stood at the end of the list had a
widget built for every member before it, and the window froze for 13–16 s (QA s52g). The list holds widgets for one
contiguous window of the group's members only: the first :data:`CHUNK` when a group comes, :data:`CHUNK` more as it
is scrolled to its end, and, for a member far from the window (the one to read first, a member chosen with ↑/↓), a
new window of :data:`CHUNK` members around it. Above a window that does not start at the group's first member, a
button shows the members before it (:data:`CHUNK` more at each click); ↑ past the window's first member builds them
too. So a group of thousands opens and is shown again as fast as one of 24, whatever member it is shown at. The
widgets are reused by the next window and the next group.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from .member_head import HeadLabel
from .width_memo import WidthMemoLabel

VISIBLE_LINES = 16   # the member list shows about this many lines before it scrolls
MIN_LINES = 6        # and never fewer, whatever the room (a member's line, its Pull out button and text, and more)
CHUNK = 24           # member widgets made at a time (more as the list scrolls)
COMPACT_SPACING = 2  # between a member's lines, and between members, on a short page (review_compact)


def _label(parent: QWidget, text: str = "", bold: bool = False, kind: type[QLabel] = QLabel) -> QLabel:
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
        top = QHBoxLayout()
        top.addWidget(self.head, 1)
        top.addWidget(self.pull_button, 0, Qt.AlignmentFlag.AlignTop)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 4, 8, 4)
        lay.addLayout(top)
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
    lines, beyond which it scrolls.

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
        self.compact = False   # a short page: members closer together (set_compact)
        self._fill, self._pull, self._choose = fill, pull, choose
        self.keys: tuple[int, ...] = ()
        self.index: dict[int, int] = {}     # member -> its place in the group
        self.first = 0                      # the place of the window's first member
        self.members: list[_Member] = []    # the window: widgets of the members first .. first + len - 1, in order
        self.pool: list[_Member] = []       # every member widget made so far (the window's first), in the list's order
        self.setWidgetResizable(True)
        self.inner = QWidget(self)
        self._layout = QVBoxLayout(self.inner)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.usual_spacing = self._layout.spacing()   # between members, on a page of the usual height (set_compact)
        self.earlier = QPushButton(self.inner)   # shown above a window that does not start at the first member
        self.earlier.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # the keys stay with the review screen (↑ builds them too)
        self.earlier.clicked.connect(lambda _=False: self.grow_up())
        self.earlier.setVisible(False)
        self._layout.addWidget(self.earlier)
        self._layout.addStretch(1)
        self.setWidget(self.inner)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    # ----- the window ---------------------------------------------------------------------------------
    def set_keys(self, keys: tuple[int, ...], around: int | None = None) -> None:
        """Another group: a window of its first :data:`CHUNK` members, or of those around member ``around`` (the one
        the list will show first) when it lies further down (not filled yet: the caller fills them)."""
        self.keys = keys
        self.index = {k: i for i, k in enumerate(keys)}
        i = self.index.get(around, 0) if around is not None else 0
        first = 0 if i < CHUNK else max(0, min(i - CHUNK // 2, len(keys) - CHUNK))
        self._build(first, min(len(keys) - first, CHUNK))

    def _build(self, first: int, n: int) -> None:
        """Widgets for the ``n`` members from place ``first`` on: the spare ones hidden, new ones made."""
        while len(self.pool) < n:
            m = _Member(-1, self.inner, self._pull, self._choose)
            m.set_compact(self.compact)
            self._layout.insertWidget(1 + len(self.pool), m)   # after the button, before the stretch
            self.pool.append(m)
        for i, m in enumerate(self.pool):
            if i < n:
                m.key = self.keys[first + i]
            if m.isHidden() == (i < n):   # shown or hidden only where that changes (a hidden one costs nothing)
                m.setVisible(i < n)
        self.first = first
        self.members = self.pool[:n]
        self.earlier.setVisible(first > 0)
        if first > 0:
            self.earlier.setText("▲ " + self.tr("Show the answers before these (%n more answers above)", "", first))
            self.earlier.setToolTip(self.tr("The list shows a few of the group's answers at a time; ↑ on the first one "
                                            "here shows the one before it too."))

    def grow(self, upto: int | None = None) -> None:
        """Widgets for the next :data:`CHUNK` members after the window (or through place ``upto``)."""
        built = self.first + len(self.members)
        if built >= len(self.keys):
            return
        self._build(self.first, min(len(self.keys), max(built + CHUNK, (upto or 0) + 1)) - self.first)
        for m in self.members[built - self.first:]:
            self._fill(m)
        self.refit()

    def grow_up(self) -> None:
        """Widgets for the :data:`CHUNK` members before the window: the list stays where it is, at its top after a
        click on the button there, which shows them."""
        if self.first == 0:
            return
        first = max(0, self.first - CHUNK)
        self._build(first, self.first + len(self.members) - first)
        for m in self.members:   # each widget holds another member now
            self._fill(m)
        self.refit()

    def bring(self, key: int) -> None:
        """Member ``key`` into the window: built on from the window's end, or before its start, when it is near; a new
        window around it when it is far (no widget for every member between)."""
        i = self.index.get(key)
        end = self.first + len(self.members)
        if i is None or self.first <= i < end:
            return
        if end <= i < end + CHUNK:
            self.grow(i)
        elif self.first - CHUNK <= i < self.first:
            self.grow_up()
        else:
            first = max(0, min(i - CHUNK // 2, len(self.keys) - CHUNK))
            self._build(first, min(len(self.keys) - first, CHUNK))
            for m in self.members:
                self._fill(m)
            self.refit()

    def member(self, key: int | None) -> _Member | None:
        """The widget of member ``key``, if it is in the window."""
        i = self.index.get(key) if key is not None else None
        if i is None or not self.first <= i < self.first + len(self.members):
            return None
        return self.members[i - self.first]

    def _on_scrolled(self, value: int) -> None:
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
        lines = line * VISIBLE_LINES
        least = line * MIN_LINES if self.least is None else self.least
        return lines if self.room is None else max(least, min(lines, self.room))

    def set_room(self, room: int | None, least: int | None = None) -> None:
        """At most ``room`` pixels high, and at least ``least`` (None: :data:`MIN_LINES` lines; under the whole
        question, one member: :mod:`.group_whole`)."""
        if (room, least) != (self.room, self.least):
            self.room, self.least = room, least
            self.refit()

    def hasHeightForWidth(self) -> bool:
        return True

    def _wanted(self, width: int, cap: int | None = None) -> int:
        """The height that shows every member at this width, without a scroll bar; with a ``cap``, a height over it
        as soon as the first members are taller than it (the list shows ``cap`` then, whatever the rest need).

        Qt asks the list's height at several widths per layout pass (at the panel's hinted width, a few hundred pixels,
        for its size hint too): laid out whole, the window's 24 members each time, that was most of a key's time on a
        group card. The heights the list's layout gives its first items at this width are a part of the whole (the
        rest, and the spacing between them, add to it)."""
        frame = 2 * self.frameWidth()
        inner = self.widget()
        if inner is None:
            return frame
        if cap is not None:
            least, lay = frame, self._layout
            for i in range(lay.count()):
                item = lay.itemAt(i)
                if item is None or item.isEmpty():
                    continue
                least += max(0, item.heightForWidth(max(1, width - frame)) if item.hasHeightForWidth()
                             else item.sizeHint().height())
                if least > cap:
                    return least
        content = inner.heightForWidth(max(1, width - frame))
        return frame + (content if content >= 0 else inner.sizeHint().height())   # < 0: nothing in it wraps

    def heightForWidth(self, width: int) -> int:
        cap = self.cap()
        return min(self._wanted(width, cap), cap)

    def refit(self) -> None:
        """After the members or the width changed: no scroll bar while they all fit, and a new height."""
        cap = self.cap()
        fits = self._wanted(self.width(), cap) <= cap
        policy = Qt.ScrollBarPolicy.ScrollBarAlwaysOff if fits else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        if self.verticalScrollBarPolicy() != policy:
            self.setVerticalScrollBarPolicy(policy)
        self.updateGeometry()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._refit_later.start()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.heightForWidth(self.width() if self.width() > 1 else hint.width()))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), 0)
