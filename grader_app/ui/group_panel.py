"""A group of answers that look alike, as the review screen shows it: its most typical answer, large (less large on a
short screen: :meth:`GroupPanel.set_short`), then every member in a scrollable list (student, the model's score, the
teacher's, the whole text; of a huge answer its beginning, until it is chosen with ↑/↓; its flags, as "⚑ hidden
characters") with a "Pull out" button each. The panel only shows; the review screen decides and pulls out.

A screen reader hears each member on its own: the member's frame has an accessible name (the student as the screen
names them, never a name while blind marking is on, and its place in the group) and description (chosen or not, the
model's score and the teacher's, the typical answer, the flags, and that it is in the group: a member pulled out
leaves the list and is an answer of its own right after the group); its Pull out button names the student too.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout,
                               QWidget)

from ..core.flags import has_hidden_characters, show_hidden
from ..core.group_words import WordDifference
from ..core.groups import to_read
from ..core.session import GradingSession
from .i18n import list_separator, percent
from .i18n import score as fmt_score
from .style import FLAG_COLOUR, flags_text
from .answer_speech import decision_said, flags_said, model_said
from .member_words import difference_said, highlighted
from .text_wrap import breakable

translate = QCoreApplication.translate

ODD_MARK = "≠"   # before a member the model scores otherwise than the group (with words, and a tinted frame)

VISIBLE_LINES = 16   # the member list shows about this many lines before it scrolls
MIN_LINES = 6        # and never fewer, whatever the room (a member's line, its Pull out button and text, and more)
CHUNK = 24           # member widgets made at a time (more as the list scrolls)
# a huge answer (a pasted article, copied by the whole group) is shown whole only where the teacher reads it:
# the member chosen with ↑/↓; the others, and the typical answer's box, show its beginning. Laid out in full,
# 30 members of 40,000 characters held the GUI thread for 18 s, and 3 s more at every ↑/↓.
MEMBER_CHARS = 1000
TYPICAL_CHARS = 4000
# the typical answer's type, times the text's: large to be read first; on a short screen (:data:`SHORT_LINES`) less
# large, so that the member list, which holds the typical answer too, gets the room (see GroupPanel.set_short)
TYPICAL_LARGE, TYPICAL_SMALL = 1.6, 1.25
SHORT_LINES = 50   # a review screen lower than this many lines of its text is short (1024×600, 1280×720)


def _preview(text: str, limit: int) -> tuple[str, int]:
    """The beginning of ``text`` (cut at a space near ``limit`` if there is one) and how many characters are left."""
    if len(text) <= limit:
        return text, 0
    cut = text.rfind(" ", limit - limit // 5, limit)
    cut = cut if cut > 0 else limit
    return text[:cut], len(text) - cut


def hidden_note(text: str) -> str:
    """For an answer's tooltip: what the ⟦U+202E⟧ marks in it are (:func:`~grader_app.core.flags.show_hidden`
    writes out each hidden character so); "" for an answer without one."""
    if not has_hidden_characters(text):
        return ""
    return translate("GroupPanel", "Each ⟦U+…⟧ is a hidden character in the answer (one that reverses the text after it, "
                     "or an invisible one), shown where the student's text holds it.")


def _label(parent: QWidget, text: str = "", bold: bool = False) -> QLabel:
    lab = QLabel(text, parent)
    lab.setWordWrap(True)
    lab.setTextFormat(Qt.TextFormat.PlainText)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    lab.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    if bold:
        f = lab.font()
        f.setBold(True)
        lab.setFont(f)
    return lab


def describe(texts: list[str]) -> str:
    """'4 blank answers', '3 identical answers' or '5 answers that look alike'."""
    n = len(texts)
    norm = {" ".join(t.split()).lower() for t in texts}
    if norm == {""}:
        return translate("GroupPanel", "%n blank answers", "", n)
    if len(norm) == 1:
        return translate("GroupPanel", "%n identical answers", "", n)
    return translate("GroupPanel", "%n answers that look alike", "", n)


class _Member(QFrame):
    def __init__(self, key: int, parent: QWidget, pull) -> None:
        super().__init__(parent)
        self.key = key
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.head = _label(self, bold=True)
        self.text = _label(self)
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
    than :data:`MIN_LINES` lines."""

    def __init__(self, parent: QWidget) -> None:
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

    def cap(self) -> int:
        line = self.fontMetrics().lineSpacing()
        lines = line * VISIBLE_LINES
        return lines if self.room is None else max(line * MIN_LINES, min(lines, self.room))

    def set_room(self, room: int | None) -> None:
        if room != self.room:
            self.room = room
            self.refit()

    def hasHeightForWidth(self) -> bool:
        return True

    def _wanted(self, width: int) -> int:
        """The height that shows every member at this width, without a scroll bar."""
        frame = 2 * self.frameWidth()
        inner = self.widget()
        if inner is None:
            return frame
        content = inner.heightForWidth(max(1, width - frame))
        return frame + (content if content >= 0 else inner.sizeHint().height())   # < 0: nothing in it wraps

    def heightForWidth(self, width: int) -> int:
        return min(self._wanted(width), self.cap())

    def refit(self) -> None:
        """After the members or the width changed: no scroll bar while they all fit, and a new height."""
        fits = self._wanted(self.width()) <= self.cap()
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


class GroupPanel(QWidget):
    pullOutRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keys: tuple[int, ...] = ()
        self.members: list[_Member] = []        # the members shown, in group order (the first ones built)
        self._pool: list[_Member] = []          # every member widget made so far, reused by the next group
        self._session: GradingSession | None = None
        self._typical: int | None = None
        self._selected: int | None = None
        self._who = None
        self.odd: list[int] = []   # the members the model scores otherwise than the rest of the group
        self.words: dict[int, WordDifference] = {}   # member -> its words unlike the typical answer's (those that differ)
        self.heading = _label(self, bold=True)
        self.typical_heading = _label(self, self.tr("Most typical answer"), bold=True)
        self.typical_label = _label(self)
        self._text_pt = max(self.typical_label.font().pointSizeF(), 9.0)
        self.short: bool | None = None   # laid out for a short screen (set_short)
        self.typical_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.set_short(False)
        self.typical_label.setAccessibleName(self.tr("the group's most typical answer"))
        self.models_label = _label(self)
        self.words_label = _label(self, bold=True)   # how many members differ from the typical answer in words
        self.members_heading = _label(self, bold=True)
        self.list_area = _MemberList(self)
        self.list_area.setWidgetResizable(True)
        self.list_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list_area.setAccessibleName(self.tr("the answers in this group"))
        self._list = QWidget(self.list_area)
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.setContentsMargins(0, 0, 0, 0)
        self._list_layout.addStretch(1)
        self.list_area.setWidget(self._list)
        self.list_area.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for w in (self.heading, self.typical_heading, self.typical_label, self.models_label, self.words_label,
                  self.members_heading, self.list_area):
            lay.addWidget(w)
        lay.addStretch(1)

    def set_short(self, short: bool) -> None:
        """For a short screen, the typical answer's box in :data:`TYPICAL_SMALL` type with a narrow margin (still larger
        than the text around it), else :data:`TYPICAL_LARGE` with a wide one: at 1024×600 the large box left the member
        list, which holds the typical answer too (marked so), about six lines, one or two members of ten."""
        if short == self.short:
            return
        self.short = short
        f = self.typical_label.font()
        f.setPointSizeF(self._text_pt * (TYPICAL_SMALL if short else TYPICAL_LARGE))
        self.typical_label.setFont(f)
        self.typical_label.setMargin(6 if short else 12)

    def keys(self) -> tuple[int, ...]:
        return self._keys

    def above_list(self, width: int) -> int:
        """The height of what the panel shows above its member list (heading, typical answer, the model's scores and
        the list's heading) at ``width``: worked out from the labels, not from a layout that may not have run yet."""
        lay = self.layout()
        shown = [w for w in (self.heading, self.typical_heading, self.typical_label, self.models_label,
                             self.words_label, self.members_heading) if not w.isHidden()]
        spacing = max(0, lay.spacing()) if lay is not None else 0
        return sum(w.heightForWidth(width) if w.hasHeightForWidth() else w.sizeHint().height() for w in shown) \
            + spacing * len(shown)

    def member(self, key: int | None) -> "_Member | None":
        """The widget of member ``key``, if it is built."""
        return next((m for m in self.members if m.key == key), None)

    def set_group(self, session: GradingSession, keys, typical: int, selected: int | None, who=None) -> None:
        """Show the group; ``who(key)`` labels a member (a name, or "Student 17" while blind marking).

        Only the first :data:`CHUNK` members get widgets at once (more as the list is scrolled or a
        member is chosen further down), and the widgets of the last group are reused: a group of
        hundreds of answers opens as fast as a small one (it took seconds on the GUI thread before)."""
        keys = tuple(keys)
        self._session, self._typical, self._selected, self._who = session, typical, selected, who
        if keys != self._keys:
            self._keys = keys
            self._set_built(min(len(keys), CHUNK))
        # the members to read before one key scores all (the review's digit leaves them open: group_split)
        self.words, self.odd = to_read(session, keys, typical)
        texts = [session.answers[k].text for k in keys]
        self.heading.setText(self.tr("{group}: one score for all of them (a digit or a score button); pull out any "
                                     "that deserves another.").format(group=describe(texts)))
        t = session.answers[typical].text
        shown, more = _preview(t, TYPICAL_CHARS)
        if more:
            shown = breakable(show_hidden(shown)) + "…\n" + self.tr(
                "(%n more characters: choose this answer in the list below with ↑/↓ to read all of it)", "", more)
        else:
            shown = breakable(show_hidden(t)) if t.strip() else self.tr("(blank answer)")
        self.typical_label.setText(shown)
        self.typical_label.setToolTip(hidden_note(t))
        said = self._model_scores(session, keys)
        if self.odd:   # one key scores them all: the teacher looks at these first
            said += " " + self.tr("The model scores %n of them otherwise than the rest: they are marked "
                                                   "with ≠ in the list below. Check them before one key scores all.",
                                                   "", len(self.odd))
        self.models_label.setText(said)
        bold = self.models_label.font()
        bold.setBold(bool(self.odd))   # read before the key that scores them all
        self.models_label.setFont(bold)
        self.models_label.setVisible(bool(self.models_label.text()))   # no model at all: the line below says so
        named = "; ".join(self.tr("{student}: {words}").format(
            student=who(k) if who is not None else session.answers[k].student, words=difference_said(d))
            for k, d in list(self.words.items())[:3]) + ("; …" if len(self.words) > 3 else "")
        # a member's own words are in bold in its text; words it leaves out are only named (there is no place for them)
        if any(d.extra for d in self.words.values()):
            words_said = self.tr("%n of them differ from the typical answer in words (their own words shown in "
                                 "bold, underlined, in the list below): {members}. Read them before one key scores "
                                 "all.", "", len(self.words))
        else:
            words_said = self.tr("%n of them differ from the typical answer in words: {members}. Read them before "
                                 "one key scores all.", "", len(self.words))
        self.words_label.setText(words_said.format(members=named) if self.words else "")
        self.words_label.setVisible(bool(self.words))
        decided = sum(1 for k in keys if k in session.decisions)
        self.members_heading.setText(self.tr("All %n answers in the group ({scored} scored)", "", len(keys)).format(
            scored=decided))
        for m in self.members:
            self._fill(m)
        self.list_area.refit()   # its height follows its members (see _MemberList)

    def _set_built(self, n: int) -> None:
        """Widgets for the first ``n`` members of the group: the spare ones hidden, new ones made."""
        while len(self._pool) < n:
            m = _Member(-1, self._list, self.pullOutRequested.emit)
            self._list_layout.insertWidget(len(self._pool), m)
            self._pool.append(m)
        for i, m in enumerate(self._pool):
            if i < n:
                m.key = self._keys[i]
            m.setVisible(i < n)
        self.members = self._pool[:n]

    def _fill(self, m: "_Member") -> None:
        session, k = self._session, m.key
        assert session is not None   # members are filled only after set_group
        a = session.answers[k]
        selected, who = self._selected, self._who
        pred, dec = session.model_says(k), session.decisions.get(k)
        student = who(k) if who is not None else a.student
        parts = [("▶ " if k == selected else "") + student]
        odd = k in self.odd
        if odd:
            parts[0] = ODD_MARK + " " + parts[0]
        if pred is not None and pred.valid:
            parts.append(self.tr("model {score} ({percent} sure)").format(score=fmt_score(pred.score),
                                                                          percent=percent(pred.confidence)))
            if odd:
                parts.append(self.tr("the model scores it otherwise than the group"))
        parts.append(self.tr("your score {score}").format(score=fmt_score(dec.score)) if dec is not None
                     else self.tr("not scored yet"))
        if k == self._typical:
            parts.append(self.tr("the typical answer"))
        if k in self.words:
            parts.append(self.tr("differs: {words}").format(words=difference_said(self.words[k])))
        if session.flags.get(k):   # why it came to the teacher, as the chips say it for an answer on its own
            parts.append("⚑ " + flags_text(session.flags[k]))
        m.head.setText(" · ".join(parts))
        shown, more = _preview(a.text, MEMBER_CHARS) if k != selected else (a.text, 0)
        if more:
            shown = breakable(show_hidden(shown)) + "…\n" + self.tr(
                "(%n more characters: choose this answer with ↑/↓ to read all of it)", "", more)
        elif k in self.words and self.words[k].extra:   # its own words highlighted
            shown = highlighted(a.text, self.words[k].extra)
        else:
            shown = breakable(show_hidden(a.text)) if a.text.strip() else self.tr("(blank answer)")
        rich = not more and k in self.words and bool(self.words[k].extra)
        m.text.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        m.text.setText(shown)
        m.text.setToolTip(hidden_note(a.text))
        m.setFrameShadow(QFrame.Shadow.Sunken if k == selected else QFrame.Shadow.Plain)
        m.setLineWidth(2 if k == selected or odd else 1)
        m.setAutoFillBackground(odd)   # a tint as the table's flagged rows, besides the words and the ≠
        pal = QPalette()   # not odd: the panel's own colours again
        if odd:
            pal.setColor(QPalette.ColorRole.Window, FLAG_COLOUR)
            pal.setColor(QPalette.ColorRole.WindowText, QColor(Qt.GlobalColor.black))   # dark on the light tint
        m.setPalette(pal)
        self._speak(m, student)

    def _speak(self, m: "_Member", student: str) -> None:
        """The member's accessible name and description, and its Pull out button's name (set only when they
        change: Qt then tells a screen reader, and ↑/↓ refills every member)."""
        session, k = self._session, m.key
        assert session is not None
        name = self.tr("{student}, answer {member} of {count} in the group").format(
            student=student, member=self._keys.index(k) + 1, count=len(self._keys))
        lines = [self.tr("Chosen (↑/↓ choose another).") if k == self._selected else "",
                 model_said(session, k), decision_said(session, k)]   # said as the review screen says them
        if k == self._typical:
            lines.append(self.tr("The group's most typical answer."))
        if k in self.words:
            lines.append(self.tr("It differs from the typical answer in words: {words}.").format(
                words=difference_said(self.words[k])))
        if k in self.odd:
            lines.append(self.tr("The model scores this answer otherwise than the rest of the group."))
        lines.append(flags_said(session, k))
        lines.append(self.tr("In the group; P pulls it out to score it on its own.") if k == self._selected
                     else self.tr("In the group; its Pull out button takes it out to score it on its own."))
        description = "\n".join(line for line in lines if line)
        pull = self.tr("Pull {student}'s answer out of the group").format(student=student)
        if m.accessibleName() != name:
            m.setAccessibleName(name)
        if m.accessibleDescription() != description:
            m.setAccessibleDescription(description)
        if m.pull_button.accessibleName() != pull:
            m.pull_button.setAccessibleName(pull)

    def _grow(self, upto: int | None = None) -> None:
        """Widgets for the next :data:`CHUNK` members (or through index ``upto``)."""
        if self._session is None or len(self.members) >= len(self._keys):
            return
        first = len(self.members)
        want = max(first + CHUNK, (upto or 0) + 1)
        self._set_built(min(len(self._keys), want))
        for m in self.members[first:]:
            self._fill(m)
        self.list_area.refit()

    def _on_scrolled(self, value: int) -> None:
        bar = self.list_area.verticalScrollBar()
        if value >= bar.maximum() - bar.pageStep():
            self._grow()

    def to_read(self) -> int | None:
        """The first member (in the list's order) the header asks the teacher to read before one key scores all: one
        that differs from the typical answer in words, or that the model scores otherwise; None if there is none."""
        return next((k for k in self._keys if k in self.words or k in self.odd), None)

    def show_member(self, key: int) -> None:
        """Member ``key`` whole in the list: left where it is if it is, else scrolled to the list's top (centred, as
        Qt does it, a list a few lines high showed a member with the ones around it cut in half)."""
        if key in self._keys and self._keys.index(key) >= len(self.members):
            self._grow(self._keys.index(key))
        m = self.member(key)
        if m is None or not m.isVisible():
            return
        bar, height = self.list_area.verticalScrollBar(), self.list_area.viewport().height()
        if m.y() < bar.value() or m.y() + m.height() > bar.value() + height:
            bar.setValue(m.y())

    @staticmethod
    def _model_scores(session: GradingSession, keys) -> str:
        counts: dict = {}
        scored = False
        for k in keys:
            p = session.model_says(k)
            scored = scored or p is not None
            if p is not None and p.valid:
                counts[p.score] = counts.get(p.score, 0) + 1
        if not scored:   # no model scores the question: the line under the card says so, once
            return ""
        if not counts:
            return translate("GroupPanel", "The model has no score for these answers.")
        parts = [translate("GroupPanel", "{score} for {count}").format(score=fmt_score(s), count=n)
                 for s, n in sorted(counts.items(), key=lambda kv: -kv[1])]
        return translate("GroupPanel", "The model's scores: {scores}.").format(scores=list_separator().join(parts))
