"""A key on the review screen lays each of its folding notes out once per width, and a note's height still follows
its text, font and margins.

The notes that fold on a short page (:class:`~grader_app.ui.review_room.FoldingLabel`: the question's line, the keys,
the question's note, what the model learned, what the score is out of, a group's heading) kept no height for a width:
the page's layout and :class:`~grader_app.ui.review_room.PageRoom` asked each of them again and again for the same width
and the same text, about thirty times per key on a group card, each a layout of its text anew. Now each remembers
its heights per width (:mod:`grader_app.ui.width_memo`) until what its layout depends on changes.
"""
from __future__ import annotations

import collections

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from grader_app.ui.review_room import FoldingLabel
from ui_helpers import one_question_session, review_view

SENTENCES = ("Ice floats on water because it is less dense than the liquid water around it.",
             "The cell membrane lets some things in and keeps others out by selective permeability.",
             "Plants need light to make sugar from carbon dioxide and water in photosynthesis.")


@pytest.fixture
def grouped(qtbot):
    """The review screen, on a short page (some notes folded), on three groups of alike answers, the first on the
    card."""
    rows, groups, typical = [], {}, set()
    for g, sentence in enumerate(SENTENCES):
        for j in range(12):
            i = len(rows)
            rows.append((f"S{i:03d}", f"Pupil {i:03d}", sentence if j % 5 != 2 else sentence.replace(" the ", " a ")))
            groups[i] = ("q1", g)
        typical.add(len(rows) - 12)
    session = one_question_session(rows)
    view = review_view(qtbot, session, width=1024, height=600, groups=groups, typical=typical)
    qtbot.waitUntil(lambda: view.group_panel.isVisible() and len(view.group_panel.members) >= 3)
    qtbot.wait(100)   # the card laid out
    return view


@pytest.fixture
def layouts(monkeypatch):
    """Every time a folding note's text is laid out for a height, as (label, width, text): QLabel's own work; and
    under "asked", how often a note was asked for its height (a note made before this is asked unseen: Qt looks
    its height's method up once)."""
    seen: collections.Counter = collections.Counter()
    base, own = QLabel.heightForWidth, FoldingLabel.heightForWidth

    def counted(self, width):
        if isinstance(self, FoldingLabel):
            seen[(id(self), width, self.text())] += 1
        return base(self, width)

    def asked(self, width):
        seen["asked"] += 1
        return own(self, width)

    monkeypatch.setattr(QLabel, "heightForWidth", counted)
    monkeypatch.setattr(FoldingLabel, "heightForWidth", asked)
    return seen


@pytest.mark.parametrize("key", [Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Left])
def test_a_key_lays_each_note_out_once_per_width(qtbot, layouts, grouped, key):   # counted before the view is built
    view = grouped
    if key == Qt.Key.Key_Left:   # back from the second group
        qtbot.keyClick(view, Qt.Key.Key_Right)
        qtbot.wait(150)
    before = [m.key for m in view.group_panel.members]
    layouts.clear()
    qtbot.keyClick(view, key)
    qtbot.wait(150)   # the layout passes the key set off, and their timers
    if key != Qt.Key.Key_Down:
        assert [m.key for m in view.group_panel.members] != before   # another group on the card
    assert layouts.pop("asked", 0) > 10, "the key asked no note for its height: the count says nothing"
    again = {k: n for k, n in layouts.items() if n > 1}
    assert not again, f"{len(again)} notes laid out again at the same width, up to {max(again.values())} times"


def test_a_notes_height_follows_its_text_font_and_margins(qtbot):
    """Each change that moves a note's lines, made after its heights were asked for: the height it gives unfolded (to
    the layout, and to the page deciding what folds) is the one its text laid out anew gives."""
    page = QWidget()
    qtbot.addWidget(page)
    label = FoldingLabel("Ice floats because it is less dense than water.")
    label.setWordWrap(True)
    QVBoxLayout(page).addWidget(label)
    page.show()
    qtbot.waitExposed(page)
    changes = [   # (the change, whether it moves the label's lines)
        (lambda: label.setText("A much longer note that wraps onto more lines than the first one did. " * 4), True),
        (lambda: label.setFont(QFont(label.font().family(), 22)), True),
        (lambda: page.setFont(QFont(label.font().family(), 9)), False),   # the label keeps the font set on it
        (lambda: label.setFont(QFont()), True),                           # none of its own: the page's it inherits
        (lambda: page.setFont(QFont(label.font().family(), 20)), True),  # inherited from the page
        (lambda: page.setStyleSheet("QLabel { font-size: 8pt; }"), True),
        (lambda: label.setContentsMargins(6, 14, 9, 20), True),
        (lambda: label.setIndent(40), True),
        (lambda: label.setWordWrap(False), True),
        (lambda: label.setWordWrap(True), True),
        (lambda: label.setPixmap(QPixmap(40, 40)), True),   # a picture: no height for a width of its own
        (lambda: label.setText("Words again, after the picture, on a few lines of their own."), True),
        (lambda: label.clear(), True),
    ]
    widths = (80, 200, 500)
    for i, (change, moves) in enumerate(changes):
        asked = [label.heightForWidth(w) for w in widths]   # remembered, then changed
        change()
        fresh = [QLabel.heightForWidth(label, w) for w in widths]   # laid out anew, no memo
        assert [label.heightForWidth(w) for w in widths] == fresh, (i, asked)
        assert [label.full_height(w) for w in widths] == fresh, i
        assert (fresh != asked) == moves, f"change {i}: the test does not test what it says"
    label.setText("Folded to one line on a short page, whatever its width, as before.")
    label.set_folded(True)
    assert {label.heightForWidth(w) for w in widths} == {label.one_line()}
    label.set_folded(False)
    assert [label.heightForWidth(w) for w in widths] == [QLabel.heightForWidth(label, w) for w in widths]
