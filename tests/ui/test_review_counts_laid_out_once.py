"""The review screen's counts beside the place (:class:`~grader_app.ui.review_top_line.ShortCountLabel`: the answers
left, a group's members scored, an answer's status) lay their words out once per width and words, and their height
still follows their text and font.

They kept no height for a width: the page's layouts asked each of them again for the same width and the same words,
about 164 times per key on a group card, each a layout of the words anew (the largest single Python cost in a profile
of a review of groups)."""
from __future__ import annotations

import collections

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from grader_app.ui.review_top_line import ShortCountLabel
from ui_helpers import one_question_session, review_view

SENTENCES = ("Ice floats on water because it is less dense than the liquid water around it.",
             "The cell membrane lets some things in and keeps others out by selective permeability.",
             "Plants need light to make sugar from carbon dioxide and water in photosynthesis.")
WHOLE = "80 of 80 answers left to decide"
SHORT = "80 of 80 left"


@pytest.fixture
def layouts(monkeypatch):
    """Each layout of a count's words for a height, as (label, width, words drawn): QLabel's own (its whole words) and
    a QFontMetrics.boundingRect of its short words; under "asked", how often a count was asked for its height."""
    seen: collections.Counter = collections.Counter()
    base, own, bounding = QLabel.heightForWidth, ShortCountLabel.heightForWidth, QFontMetrics.boundingRect
    asking: list[ShortCountLabel] = []

    def counted(self, width):
        if isinstance(self, ShortCountLabel):
            seen[(id(self), width, self.shown())] += 1
        return base(self, width)

    def asked(self, width):
        seen["asked"] += 1
        asking.append(self)
        try:
            return own(self, width)
        finally:
            asking.pop()

    def measured(self, *args):
        if asking and len(args) == 3 and isinstance(args[0], QRect):   # a short count's words, wrapped in a width
            seen[(id(asking[-1]), args[0].width(), args[2])] += 1
        return bounding(self, *args)

    monkeypatch.setattr(QLabel, "heightForWidth", counted)
    monkeypatch.setattr(ShortCountLabel, "heightForWidth", asked)
    monkeypatch.setattr(QFontMetrics, "boundingRect", measured)
    return seen


@pytest.fixture
def grouped(qtbot):
    """The review screen at 1024×600 with a large font's room (its counts said short) on three groups of alike
    answers, the first on the card."""
    rows, groups, typical = [], {}, set()
    for g, sentence in enumerate(SENTENCES):
        for j in range(12):
            i = len(rows)
            rows.append((f"S{i:03d}", f"Pupil {i:03d}", sentence if j % 5 != 2 else sentence.replace(" the ", " a ")))
            groups[i] = ("q1", g)
        typical.add(len(rows) - 12)
    view = review_view(qtbot, one_question_session(rows), width=1024, height=600, groups=groups, typical=typical)
    qtbot.waitUntil(lambda: view.group_panel.isVisible() and len(view.group_panel.members) >= 3)
    qtbot.wait(100)
    return view


@pytest.mark.parametrize("key", [Qt.Key.Key_Right, Qt.Key.Key_Down])
def test_a_key_lays_each_count_out_once_per_width(qtbot, layouts, grouped, key):
    view = grouped
    layouts.clear()
    qtbot.keyClick(view, key)
    qtbot.wait(150)   # the layout passes the key set off, and their timers
    assert layouts.pop("asked", 0) > 5, "the key asked no count for its height: the count says nothing"
    again = {k: n for k, n in layouts.items() if n > 1}
    assert not again, f"{len(again)} counts laid out again at the same width, up to {max(again.values())} times"


@pytest.mark.parametrize("short", [False, True])
def test_a_count_computes_once_per_width(qtbot, layouts, short):
    label = ShortCountLabel()
    qtbot.addWidget(label)
    label.setText(WHOLE)
    label.set_short(SHORT)
    label.set_level(2 if short else 0)
    layouts.clear()
    heights = [label.heightForWidth(w) for w in (60, 140, 60, 140, 60, 400, 140)]
    assert heights[0] > heights[1] >= heights[5]   # wrapped on more lines in less width
    layouts.pop("asked", None)
    assert sorted(layouts.values()) == [1, 1, 1], dict(layouts)


def _fresh(label: ShortCountLabel, width: int) -> int:
    """The height its words laid out anew take at ``width`` (no memo): QLabel's own for its whole words, its short
    words wrapped in the same room."""
    if label.shown() == label.text():
        return QLabel.heightForWidth(label, width)
    m = label.contentsMargins()
    inner = max(1, width - m.left() - m.right() - 2 * label.margin())
    rect = label.fontMetrics().boundingRect(QRect(0, 0, inner, 100000), int(Qt.TextFlag.TextWordWrap), label.shown())
    return rect.height() + m.top() + m.bottom() + 2 * label.margin()


@pytest.mark.parametrize("level", [0, 2])
def test_a_counts_height_follows_its_text_and_font(qtbot, level):
    """Each change that moves its lines, made after its heights were asked for: the height it gives is the one its
    words laid out anew give."""
    row = QWidget()
    qtbot.addWidget(row)
    label = ShortCountLabel()
    QHBoxLayout(row).addWidget(label)
    label.setText(WHOLE)
    label.set_short(SHORT)
    label.set_level(level)
    row.show()
    qtbot.waitExposed(row)

    def new_text() -> None:
        label.setText("1,234 of 5,678 answers still left to decide in this long review")
        label.set_short("1,234 of 5,678 answers left")

    changes = [
        new_text,
        lambda: label.setFont(QFont(label.font().family(), 24)),
        lambda: label.setFont(QFont()),                                 # none of its own: the row's
        lambda: row.setFont(QFont(label.font().family(), 20)),         # inherited from the row
        lambda: label.setContentsMargins(6, 14, 9, 20),
    ]
    widths = (70, 150, 300)
    for i, change in enumerate(changes):
        asked = [label.heightForWidth(w) for w in widths]   # remembered, then changed
        change()
        fresh = [_fresh(label, w) for w in widths]
        assert [label.heightForWidth(w) for w in widths] == fresh, (i, asked)
        assert fresh != asked, f"change {i}: the test does not test what it says"
    label.set_level(2 - level)   # its other words: their own height
    assert [label.heightForWidth(w) for w in widths] == [_fresh(label, w) for w in widths]
