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

from typing import cast

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from ..core.hidden_characters import has_hidden_characters, show_hidden
from ..core.group_words import WordDifference
from ..core.session import GradingSession
from .group_facts import GroupFacts, describe
from .group_members import CHUNK, MIN_LINES, VISIBLE_LINES, _label, _Member, _MemberList
from .i18n import percent_down
from .i18n import score as fmt_score
from .style import FLAG_COLOUR, flags_text
from .answer_speech import decision_said, flags_said, model_said
from . import tints
from .member_words import TINT, all_marked, difference_said, highlighted
from .review_room import FoldingLabel
from .text_wrap import breakable

__all__ = ["CHUNK", "MEMBER_CHARS", "MIN_LINES", "TYPICAL_CHARS", "TYPICAL_LARGE", "TYPICAL_SMALL", "VISIBLE_LINES",
           "GroupPanel", "describe", "hidden_note"]

translate = QCoreApplication.translate

ODD_MARK = "≠"   # before a member the model scores otherwise than the group (with words, and a tinted frame)

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
    """For an answer's tooltip: what the ⟦U+202E⟧ marks in it are (:func:`~grader_app.core.hidden_characters.show_hidden`
    writes out each hidden character so); "" for an answer without one."""
    if not has_hidden_characters(text):
        return ""
    return translate("GroupPanel", "Each ⟦U+…⟧ is a hidden character in the answer (one that reverses the text after it, "
                     "or an invisible one), shown where the student's text holds it.")


class GroupPanel(QWidget):
    pullOutRequested = Signal(int)
    memberChosen = Signal(int)   # a click on a member: the mouse's ↑/↓

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keys: tuple[int, ...] = ()
        self._session: GradingSession | None = None
        self._typical: int | None = None
        self._selected: int | None = None
        self._who = None
        self.odd: list[int] = []   # the members the model scores otherwise than the rest of the group
        self._odd: set[int] = set()
        self.words: dict[int, WordDifference] = {}   # member -> its words unlike the typical answer's (those that differ)
        self._facts = GroupFacts()   # worked out once per group (group_facts)
        self._to_read: int | None = None
        # folds to one line while the whole question is shown above the group on a short page (group_whole)
        self.heading = cast(FoldingLabel, _label(self, bold=True, kind=FoldingLabel))
        self.heading.folds_whole = True   # what a digit does: folded to its short form, wrapped, never cut
        self.brief = 0   # how much of what it says above its member list gives way to the whole question (set_brief)
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
        # the members' widgets, a window of them at a time (group_members)
        self.list_area = _MemberList(self, self._fill, self.pullOutRequested.emit, self.memberChosen.emit)
        self.list_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list_area.setAccessibleName(self.tr("the answers in this group"))
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

    def set_brief(self, level: int) -> None:
        """What the panel says above its member list, given way to the whole question (Q) on a short page
        (:mod:`.group_whole`): 0, all of it; 1, none of its summary (the typical answer and the lines on the model's
        scores and on differing words: the typical answer is in the list, marked so, and each member's line says how it
        differs); 2, its heading folded too: a short sentence of its own, whole, wrapped where one line is too narrow
        (the long one in its tooltip); 3, the list's heading hidden too; 4, its
        heading hidden too (the review's top line names the group)."""
        if level != self.brief:
            self.brief = level
            self._brief_shown()

    def _brief_shown(self) -> None:
        for w in (self.typical_heading, self.typical_label, self.models_label, self.words_label):
            w.setVisible(bool(w.text()) and self.brief < 1)
        self.heading.set_folded(self.brief >= 2)
        self.heading.setVisible(self.brief < 4)
        self.members_heading.setVisible(self.brief < 3)

    def keys(self) -> tuple[int, ...]:
        return self._keys

    def above_list(self, width: int, level: int | None = None) -> int:
        """The height of what the panel shows above its member list (heading, typical answer, the model's scores and
        the list's heading) at ``width``: worked out from the labels, not from a layout that may not have run yet; with
        a ``level``, what it would show at that :meth:`set_brief` level (nothing shown or hidden to find it out)."""
        lay = self.layout()
        if level is None:
            shown = [w for w in (self.heading, self.typical_heading, self.typical_label, self.models_label,
                                 self.words_label, self.members_heading) if not w.isHidden()]
        else:
            summary = [w for w in (self.typical_heading, self.typical_label, self.models_label, self.words_label)
                       if w.text()] if level < 1 else []
            shown = ([self.heading] if level < 4 else []) + summary + ([self.members_heading] if level < 3 else [])
        spacing = max(0, lay.spacing()) if lay is not None else 0

        def height(w: QWidget) -> int:
            if w is self.heading and level is not None:
                return self.heading.folded_height(width) if level >= 2 else self.heading.full_height(width)
            return w.heightForWidth(width) if w.hasHeightForWidth() else w.sizeHint().height()
        return sum(height(w) for w in shown) + spacing * len(shown)

    def members_need(self, count: int) -> int:
        """The height the member list needs to show its first ``count`` members whole (fewer if it holds fewer)."""
        area = self.list_area
        members = [m for m in area.members if not m.isHidden()][:count]
        width = area.viewport().width() if area.viewport().width() > 1 else area.width() - 2 * area.frameWidth()
        need = sum(m.heightForWidth(width) if m.hasHeightForWidth() else m.sizeHint().height() for m in members)
        lay = area.inner.layout()
        spacing = max(0, lay.spacing()) if lay is not None else 0
        return need + spacing * max(0, len(members) - 1) + 2 * area.frameWidth()

    @property
    def members(self) -> list[_Member]:
        """The widgets of the members in the list's window, in group order."""
        return self.list_area.members

    @property
    def _pool(self) -> list[_Member]:
        """Every member widget made so far, reused by the next window and the next group."""
        return self.list_area.pool

    def member(self, key: int | None) -> "_Member | None":
        """The widget of member ``key``, if it is built."""
        return self.list_area.member(key)

    def set_group(self, session: GradingSession, keys, typical: int, selected: int | None, who=None) -> None:
        """Show the group; ``who(key)`` labels a member (a name, or "Student 17" while blind marking).

        Only a window of :data:`CHUNK` members gets widgets (the first ones; more as the list is scrolled; a window
        around a member chosen far down; of it, those in sight first: :mod:`.group_members`), the widgets of the last
        group are reused, and what the header says of all members is worked out once per group (:mod:`.group_facts`):
        a group of thousands of answers opens, and is shown again after each key, as fast as a small one (it froze the
        window for seconds)."""
        keys = tuple(keys)
        self._session, self._typical, self._selected, self._who = session, typical, selected, who
        facts = self._facts.of(session, keys, typical)
        self.odd, said = facts.model()
        self._odd, self.words = set(self.odd), facts.words
        self._to_read = next((k for k in keys if k in self.words or k in self._odd), None)
        if keys != self._keys:
            self._keys = keys   # a window around the member chosen, the one the list shows (group_in_view)
            self.list_area.set_keys(keys, around=selected if selected is not None else self._to_read)
        if self._to_read is not None:   # a digit leaves these open (group_split)
            heading = self.tr("{group}: a digit or a score button scores them all, except any that differ, which "
                              "stay open; pull out any that deserves another score.")
            short = self.tr("{group}: a digit scores all but those that differ; P pulls one out.")
        else:   # none differs (identical answers, say): no clause about members that cannot be there
            heading = self.tr("{group}: a digit or a score button scores them all; pull out any that deserves another "
                              "score.")
            short = self.tr("{group}: a digit scores them all; P pulls one out.")
        self.heading.setText(heading.format(group=facts.description))
        self.heading.set_short(short.format(group=facts.description))   # folded on a short page: whole, wrapped
        t = session.answers[typical].text
        shown, more = _preview(t, TYPICAL_CHARS)
        if more:
            shown = breakable(show_hidden(shown)) + "…\n" + self.tr(
                "(%n more characters: click this answer in the list below, or choose it with ↑/↓, to read all of "
                "it)", "", more)
        else:
            shown = breakable(show_hidden(t)) if t.strip() else self.tr("(blank answer)")
        self.typical_label.setText(shown)
        self.typical_label.setToolTip(hidden_note(t))
        if self.odd:   # one key scores the others and leaves these open (group_split): the teacher checks them next
            said += " " + self.tr("The model scores %n of them otherwise than the rest: they are marked with ≠ in the "
                                  "list below. One key scores the others and leaves those answers open, to check and "
                                  "score next.",
                                  "", len(self.odd))
        self.models_label.setText(said)
        bold = self.models_label.font()
        bold.setBold(bool(self.odd))   # members to check, left open by the group's score
        self.models_label.setFont(bold)
        # (no model at all: the line below the bars says so)
        named = "; ".join(self.tr("{student}: {words}").format(
            student=who(k) if who is not None else session.answers[k].student, words=difference_said(d))
            for k, d in list(self.words.items())[:3]) + ("; …" if len(self.words) > 3 else "")
        # a member's own words are in bold in its text; words it leaves out are only named (there is no place for them)
        if any(d.extra for d in self.words.values()):
            words_said = self.tr("%n of them differ from the typical answer in words (their own words shown in "
                                 "bold, underlined, in the list below): {members}. One key scores the others and "
                                 "leaves those answers open, to read and score next.", "", len(self.words))
        else:
            words_said = self.tr("%n of them differ from the typical answer in words: {members}. One key scores the "
                                 "others and leaves those answers open, to read and score next.", "", len(self.words))
        self.words_label.setText(words_said.format(members=named) if self.words else "")
        self._brief_shown()
        decided = sum(1 for k in keys if k in session.decisions)
        self.members_heading.setText(self.tr("All %n answers in the group ({scored} scored)", "", len(keys)).format(
            scored=decided))
        # its members in sight filled, and those built already (its height follows them: see _MemberList)
        self.list_area.settle(selected if selected is not None else self._to_read)

    def _fill(self, m: "_Member") -> None:
        session, k = self._session, m.key
        assert session is not None   # members are filled only after set_group
        a = session.answers[k]
        selected, who = self._selected, self._who
        # none for an answer the teacher marked whose model learned from that mark (as the results table shows it)
        pred, dec = session.shown_model_row(k), session.decisions.get(k)
        student = who(k) if who is not None else a.student
        parts = [("▶ " if k == selected else "") + student]
        odd = k in self._odd
        if odd:
            parts[0] = ODD_MARK + " " + parts[0]
        if pred is not None and pred.valid:
            parts.append(self.tr("model {score} ({percent} sure)").format(score=fmt_score(pred.score),
                                                                          percent=percent_down(pred.confidence)))
            if odd:
                parts.append(self.tr("the model scores it otherwise than the group"))
        parts.append(self.tr("your score {score}").format(score=fmt_score(dec.score)) if dec is not None
                     else self.tr("not scored yet"))
        # why it came to the teacher, as the chips say it for an answer on its own: before the rest, as a short page
        # keeps two lines of this (member_head) and last it was cut ("⚑ identisch mit einer…")
        if session.flags.get(k):
            parts.append("⚑ " + flags_text(session.flags[k]))
        if k == self._typical:
            parts.append(self.tr("the typical answer"))
        # an answer that is only its own words, all marked in its text below (not cut), is not said twice (member_words)
        marked = k in self.words and all_marked(a.text, self.words[k]) and len(a.text) <= MEMBER_CHARS
        said = difference_said(self.words[k], marked) if k in self.words else ""
        if said:
            parts.append(self.tr("differs: {words}").format(words=said))
        m.head.setText(" · ".join(parts))
        shown, more = _preview(a.text, MEMBER_CHARS) if k != selected else (a.text, 0)
        if more:
            shown = breakable(show_hidden(shown)) + "…\n" + self.tr(
                "(%n more characters: click this answer, or choose it with ↑/↓, to read all of it)", "", more)
        elif k in self.words and self.words[k].extra:   # its own words highlighted
            shown = highlighted(a.text, self.words[k].extra, *self._word_tint())
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
        if odd and tints.is_dark(self.palette()):   # a dark tint of it, the palette's words on it (.tints)
            pal.setColor(QPalette.ColorRole.Window, tints.dark_tint(FLAG_COLOUR, self._words_colour()))
        elif odd:
            pal.setColor(QPalette.ColorRole.Window, FLAG_COLOUR)
            pal.setColor(QPalette.ColorRole.WindowText, QColor(Qt.GlobalColor.black))   # dark on the light tint
        m.setPalette(pal)
        self._speak(m, student)

    def _words_colour(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.WindowText)

    def _word_tint(self) -> tuple[str, str]:
        """The colours of a differing word's highlight, behind and of the word (a dark palette's: :mod:`.tints`)."""
        if not tints.is_dark(self.palette()):
            return TINT, "#000000"
        words = self._words_colour()
        return tints.dark_tint(QColor(TINT), words, tints.LIGHTNESS + 0.03).name(), words.name()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's names)
        """A new palette (the system's scheme switched while the group is shown): the members take its tints."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._session is not None:
            for m in self.members:
                self._fill(m)

    def _speak(self, m: "_Member", student: str) -> None:
        """The member's accessible name and description, and its Pull out button's name (set only when they
        change: Qt then tells a screen reader, and ↑/↓ refills every member)."""
        session, k = self._session, m.key
        assert session is not None
        name = self.tr("{student}, answer {member} of {count} in the group").format(
            student=student, member=self.list_area.index[k] + 1, count=len(self._keys))
        lines = [self.tr("Chosen (↑/↓ choose another).") if k == self._selected else "",
                 model_said(session, k), decision_said(session, k)]   # said as the review screen says them
        if k == self._typical:
            lines.append(self.tr("The group's most typical answer."))
        if k in self.words:
            lines.append(self.tr("It differs from the typical answer in words: {words}.").format(
                words=difference_said(self.words[k])))
        if k in self._odd:
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

    def to_read(self) -> int | None:
        """The first member (in the list's order) the header asks the teacher to read (one key for the group leaves it
        open): one that differs from the typical answer in words, or that the model scores otherwise; None if none."""
        return self._to_read

    def first_to_read(self, session: GradingSession, keys, typical: int) -> int | None:
        """The member chosen as the group ``keys`` comes on the review screen: the first its card asks to read
        (:meth:`to_read`) still left to score, else the first of them; None when it asks to read none (the typical
        answer is chosen then). So the member the list shows as the group comes is the one the top line names with ▶,
        and the one ↑/↓, P and C act on (at 1024×600 the list showed the member to read while the top line named the
        typical answer, out of sight above it), and on members a split left open, the one Enter scores."""
        facts = self._facts.of(session, tuple(keys), typical)   # the card's own facts, worked out once per group
        odd = set(facts.model()[0])
        flagged = [k for k in keys if k in facts.words or k in odd]
        return next((k for k in flagged if k not in session.decisions), flagged[0] if flagged else None)

    def show_member(self, key: int) -> None:
        """Member ``key`` whole in the list: left where it is if it is, else scrolled to the list's top (centred, as
        Qt does it, a list a few lines high showed a member with the ones around it cut in half). A member outside the
        list's window is brought into it (:meth:`~.group_members._MemberList.bring`)."""
        self.list_area.bring(key)
        m = self.member(key)
        if m is None or not m.isVisible():
            return
        bar, height = self.list_area.verticalScrollBar(), self.list_area.viewport().height()
        if m.y() < bar.value() or m.y() + m.height() > bar.value() + height:
            bar.setValue(m.y())
