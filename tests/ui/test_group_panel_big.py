"""A group of hundreds of answers (a whole class that wrote the same thing, a page of blanks) opens
without building a widget per member: of the first CHUNK those in sight are made, more as the list scrolls or a member
further down is chosen, every member stays reachable and can be pulled out, and the next group reuses
the widgets. (It took seconds on the GUI thread before; the figures are in the commit, no timed asserts.)"""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from grader_app.ui.group_panel import CHUNK
from ui_helpers import group_panel, one_question_session

N = 300


@pytest.fixture
def session():
    rows = [(f"S{i:03d}", f"Pupil {i:03d}", f"Ice floats because it is less dense than water ({i % 5})") for i in range(N)]
    return one_question_session(rows)


def test_a_big_group_builds_members_as_they_are_needed(qtbot, session):
    panel = group_panel(qtbot)
    keys = [a.key for a in session.answers]
    pulled = []
    panel.pullOutRequested.connect(pulled.append)
    panel.set_group(session, keys, keys[0], None)
    built = len(panel.members)   # those in sight of the window of CHUNK (group_members)
    assert 3 <= built < CHUNK and [m.key for m in panel.members] == keys[:built]
    assert panel.members_heading.text() == f"All {N} answers in the group (0 scored)"
    assert "Pupil 000" in panel.members[0].head.text() and "the typical answer" in panel.members[0].head.text()
    # scrolling builds the rest of the window, and scrolling to the end of it the next chunk
    bar = panel.list_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    assert [m.key for m in panel.members] == keys[:CHUNK]
    qtbot.wait(50)   # laid out with all of them
    bar.setValue(0)
    bar.setValue(bar.maximum())
    assert len(panel.members) == 2 * CHUNK and panel.members[-1].key == keys[2 * CHUNK - 1]
    # choosing a member far down (↑/↓ on the review screen) builds through it and shows it
    far = keys[250]
    panel.set_group(session, keys, keys[0], far)
    panel.show_member(far)
    built = {m.key: m for m in panel.members}
    assert far in built and "▶" in built[far].head.text() and "Pupil 250" in built[far].head.text()
    assert built[far].text.text() == session.answers[far].text
    button = built[far].pull_button
    qtbot.waitUntil(lambda: button.isVisible() and button.width() > 0 and button.height() > 0)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert pulled == [far]
    # the next group reuses the widgets: no member of the old group is left showing
    small = keys[10:13]
    made = len(panel._pool)
    panel.set_group(session, small, small[0], None)
    assert [m.key for m in panel.members] == list(small) and len(panel._pool) == made
    shown = [m for m in panel._pool if m.isVisible()]
    assert [m.key for m in shown] == list(small)
