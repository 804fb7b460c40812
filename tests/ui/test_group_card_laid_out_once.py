"""A key on a group card lays each member's line and text out once per width, not again and again.

QLabel keeps no height for a width: each time a layout asked (the member list's height, the card's, each layout pass,
at three or four widths) every member's line and text were laid out anew, about seventeen times per member for one key
(↓ choosing the next member, → the next group), a third of the key's time on the GUI thread; and the list's size hint
laid all 24 members of its window out at a narrow width, although the list shows only its first few lines there. Now a
member's labels remember their heights per width until their text, font or margins change (:mod:`.width_memo`), and the
list's height stops at its cap once its first members are taller. What the teacher sees is the same: the heights the
labels and the list give are the ones laid out whole.
"""
from __future__ import annotations

import collections

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel

from grader_app.ui.group_members import CHUNK, _Member
from grader_app.ui.width_memo import WidthMemoLabel
from ui_helpers import one_question_session, review_view

SENTENCES = ("Ice floats on water because it is less dense than the liquid water around it.",
             "The cell membrane lets some things in and keeps others out by selective permeability.")
SIZES = (40, 30)


@pytest.fixture
def grouped(qtbot):
    """The review screen on two groups of alike answers (40 and 30 members), the first on the card."""
    rows, groups, typical = [], {}, set()
    for g, (sentence, n) in enumerate(zip(SENTENCES, SIZES)):
        for j in range(n):
            i = len(rows)
            rows.append((f"S{i:03d}", f"Pupil {i:03d}", sentence if j % 7 != 3 else sentence.replace(" it ", " it really ")))
            groups[i] = ("q1", g)
        typical.add(len(rows) - n)
    session = one_question_session(rows)
    view = review_view(qtbot, session, width=1100, height=800, groups=groups, typical=typical)
    panel = view.group_panel
    qtbot.waitUntil(lambda: panel.isVisible() and len(panel.members) >= 3)   # those in sight (group_members)
    qtbot.wait(100)   # the card laid out
    return view, panel


@pytest.fixture
def layouts(monkeypatch):
    """Every time a member's line or text is laid out for a height, as (label, width, text): QLabel's own work."""
    seen: collections.Counter = collections.Counter()
    base = QLabel.heightForWidth

    def counted(self, width):
        if isinstance(self.parent(), _Member):
            seen[(id(self), width, self.text())] += 1
        return base(self, width)

    monkeypatch.setattr(QLabel, "heightForWidth", counted)
    return seen


@pytest.mark.parametrize("key", [Qt.Key.Key_Down, Qt.Key.Key_Right])
def test_a_key_lays_each_members_text_out_once_per_width(qtbot, grouped, layouts, key):
    view, panel = grouped
    before = [m.key for m in panel.members]
    chosen = next(i for i, m in enumerate(panel.members) if m.head.text().startswith("▶"))
    qtbot.keyClick(view, key)
    qtbot.wait(150)   # the layout passes the key set off, and their timers
    if key == Qt.Key.Key_Down:
        assert panel.members[chosen + 1].head.text().startswith("▶")
    else:
        assert [m.key for m in panel.members] != before and len(panel.members) >= 3
    assert layouts, "the key laid no member out: the count says nothing"
    again = {k: n for k, n in layouts.items() if n > 1}
    assert not again, f"{len(again)} member texts laid out again at the same width, up to {max(again.values())} times"


def test_the_lists_height_lays_out_only_the_members_it_shows(qtbot, grouped, layouts):
    view, panel = grouped
    area = panel.list_area
    if len(panel.members) < CHUNK:
        area.grow()   # all of its window built (as when scrolled): more members than it shows
    assert len(panel.members) == CHUNK
    qtbot.wait(100)
    layouts.clear()
    narrow = 333   # a width no layout asked for yet
    height = area.heightForWidth(narrow)
    laid = {label for label, width, _text in layouts if width < narrow}
    members = {id(label): m for m in panel.members for label in (m.head, m.text)}
    assert laid and {members[label].key for label in laid} < {m.key for m in panel.members}
    assert len({members[label].key for label in laid}) <= CHUNK // 3
    frame = 2 * area.frameWidth()
    assert height == area.cap() == min(frame + area.widget().heightForWidth(narrow - frame), area.cap())


@pytest.mark.parametrize("members", [2, 5, CHUNK])
def test_the_lists_height_is_the_one_laid_out_whole(qtbot, grouped, members):
    view, panel = grouped
    session = view.session
    keys = [a.key for a in session.answers][:members]
    panel.set_group(session, keys, keys[0], None)
    area = panel.list_area
    frame = 2 * area.frameWidth()
    for width in (120, 250, 400, 700, 1000):
        whole = frame + area.widget().heightForWidth(width - frame)
        assert area.heightForWidth(width) == min(whole, area.cap()), width


def test_a_remembered_height_is_forgotten_when_the_label_changes(qtbot):
    """Each change to a label whose heights are remembered, made to a plain QLabel too: the same heights after it."""
    text = "Ice floats because it is less dense than water."
    label, twin = WidthMemoLabel(text), QLabel(text)
    changes = [
        lambda lab: lab.setWordWrap(True),
        lambda lab: lab.setText("A much longer answer that wraps onto more lines than the first one did. " * 4),
        lambda lab: lab.setFont(QFont(lab.font().family(), 22)),
        lambda lab: lab.setMargin(9),
        lambda lab: lab.setIndent(30),
        lambda lab: lab.setContentsMargins(5, 12, 7, 20),
        lambda lab: (lab.setFrameShape(QFrame.Shape.Box), lab.setLineWidth(4)),
        lambda lab: (lab.setTextFormat(Qt.TextFormat.RichText), lab.setText("<b>bold</b> words " * 12)),
        lambda lab: lab.setStyleSheet("font-size: 9pt"),
        lambda lab: lab.setWordWrap(False),
        lambda lab: lab.clear(),
    ]
    widths = (60, 150, 400)
    for both in (label, twin):
        qtbot.addWidget(both)
        both.show()
    for i, change in enumerate(changes):
        remembered = [label.heightForWidth(w) for w in widths]   # remembered, then changed
        change(label)
        change(twin)
        now = [label.heightForWidth(w) for w in widths]
        assert now == [twin.heightForWidth(w) for w in widths], (i, remembered)


def test_a_key_finds_no_members_words_it_found_before(qtbot, grouped, monkeypatch):
    """Each member's line says how it differs, and whether all its words are marked in its text: the words of an
    answer are found once, not again at every key that fills the member's line (a long answer took a millisecond)."""
    from grader_app.ui import member_words

    view, panel = grouped
    panel.list_area.grow()   # all of its window built (as when scrolled): members with words of their own among them
    found: list[str] = []
    real = member_words.content_words
    monkeypatch.setattr(member_words, "content_words", lambda text: (found.append(text), real(text))[1])
    qtbot.keyClick(view, Qt.Key.Key_Down)   # every member's line filled again; the texts were seen as the group came
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert sum(1 for m in panel.members if "really" in m.head.text()) > 1   # members with a word of their own
    assert found == []


def _pointed_at(label: QLabel) -> str:
    """The tooltip a teacher sees pointing at ``label``."""
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    QToolTip.hideText()
    pos = QPoint(2, 2)
    QApplication.sendEvent(label, QHelpEvent(QEvent.Type.ToolTip, pos, label.mapToGlobal(pos)))
    return QToolTip.text() if QToolTip.isVisible() else ""


# the offscreen platform's noise, the tooltip's raise() too
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints", "This plugin does not support raise")
def test_a_members_tooltips_still_show_when_pointed_at(qtbot):
    """A member's line cut to two lines on a short page shows itself whole when pointed at, and a text with a hidden
    character says what the ⟦U+…⟧ marks are, as before its heights were remembered."""
    from grader_app.ui.group_panel import hidden_note
    from ui_helpers import group_panel

    words = "because the particles of the liquid are closer together than those of the gas around it"
    rows = [(f"S{i}", f"Pupil with a rather long name number {i}", f"Sound travels faster in water {words}" +
             (" \u202e reversed" if i == 1 else "")) for i in range(6)]
    session = one_question_session(rows)
    keys = [a.key for a in session.answers]
    panel = group_panel(qtbot, width=260, height=500)
    panel.list_area.set_compact(True)
    panel.set_group(session, keys, keys[0], None)
    head = panel.members[0].head
    qtbot.waitUntil(lambda: head.isVisible() and head.folded)
    said = _pointed_at(head)
    assert " ".join(head.text().split()) in " ".join(said.split())
    hidden = panel.members[1].text
    assert hidden.toolTip() == hidden_note(session.answers[keys[1]].text) != ""
    assert _pointed_at(hidden) == hidden.toolTip()
    assert panel.members[2].text.toolTip() == ""   # no hidden character: nothing to say


@pytest.fixture
def panel_layouts(monkeypatch):
    """Every time one of the group panel's own labels (the typical answer and its heading, the models' scores, how
    many differ, the members' heading) is laid out for a height, as (label, width, text). Set before the panel is
    made: Qt looks a plain label's height's method up once. Under "asked": how often they were asked their height."""
    from grader_app.ui.group_panel import GroupPanel

    seen: collections.Counter = collections.Counter()
    base, memo = QLabel.heightForWidth, WidthMemoLabel.heightForWidth

    def counted(self, width):
        if isinstance(self.parent(), GroupPanel):
            seen[(id(self), width, self.text())] += 1
            seen["asked"] += 1
        return base(self, width)

    def asked(self, width):
        if isinstance(self.parent(), GroupPanel):
            seen["asked"] += 1
        return memo(self, width)

    monkeypatch.setattr(QLabel, "heightForWidth", counted)
    monkeypatch.setattr(WidthMemoLabel, "heightForWidth", asked)
    return seen


@pytest.mark.parametrize("key", [Qt.Key.Key_Down, Qt.Key.Key_Right])
def test_a_key_lays_the_panels_own_lines_out_once_per_width(qtbot, panel_layouts, grouped, key):
    """The panel's own lines were plain labels: about eight layouts each per ↓ (the typical answer, the models'
    scores, how many differ, the headings), for the same text at the same width."""
    view, panel = grouped
    panel_layouts.clear()
    qtbot.keyClick(view, key)
    qtbot.wait(150)
    assert panel_layouts.pop("asked", 0) > 3, "the key asked none of them their height: the count says nothing"
    again = {k: n for k, n in panel_layouts.items() if n > 1}
    assert not again, f"{len(again)} of the panel's lines laid out again at the same width, up to {max(again.values())} times"
