"""A group of 30 whose member to read first (the one that differs in words) is its 17th: the card built and filled a
widget for each of the 16 members above it, scrolled out of sight, before the one it shows; about 1.3 ms each of the
GUI thread at each → or ← onto the group, a third of the key on such a card. The list's window now starts at the member
shown first when more than a few (group_members.ABOVE) come before it, and the button above it shows those, as on a
group of thousands:
each member is still reached with ↑/↓ (chosen, in sight, named with its place of 30), the one that differs is marked
as before, and every other one can be pulled out."""
from __future__ import annotations

from PySide6.QtCore import Qt

from grader_app.ui.group_members import CHUNK
from test_group_chosen_in_view import _placed
from ui_helpers import one_question_session, review_view

TEXT = "The cell membrane lets some things in and keeps others out by selective permeability."
ODD = "The cell membrane lets some things in and keeps others out by selective osmosis."
LIGHT = "Plants need light to make sugar from carbon dioxide and water in photosynthesis."
SIZE, AT = 30, 16


def _group_card(qtbot):
    """The review screen at 1280×800 gone on with → from a group of three (its list has a width by then: before it
    had one, a list built every member of its window) to the group of 30."""
    rows = [(f"S{i:03d}", f"Pupil {i:03d}", LIGHT) for i in range(3)]
    rows += [(f"S{i:03d}", f"Pupil {i:03d}", ODD if i == 3 + AT else TEXT) for i in range(3, 3 + SIZE)]
    session = one_question_session(rows)
    keys = [a.key for a in session.answers]
    small, group = keys[:3], keys[3:]
    view = review_view(qtbot, session, width=1280, height=800,
                       groups={**dict.fromkeys(small, "a"), **dict.fromkeys(group, "g")}, typical={small[0], group[0]})
    qtbot.waitUntil(lambda: view.current_unit() == small and view.group_panel.list_area.isVisible())
    _placed(qtbot, view)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.current_unit() == group
    _placed(qtbot, view)
    return view, session, group


def _in_sight(panel, key) -> bool:
    m = panel.member(key)
    if m is None or not m.isVisible():
        return False
    bar, height = panel.list_area.verticalScrollBar(), panel.list_area.viewport().height()
    return bar.value() <= m.y() and m.y() + m.height() <= bar.value() + height


def test_a_group_opens_at_its_member_to_read_without_building_those_above_it(qtbot):
    view, session, group = _group_card(qtbot)
    panel, area = view.group_panel, view.group_panel.list_area
    assert view.current_key() == group[AT] and _in_sight(panel, group[AT])
    built = [m.key for m in panel.members]
    assert built[0] == group[AT] and len(built) <= CHUNK // 2, built   # 30 were built before, 16 of them above it
    assert panel.members_heading.text() == f"All {SIZE} answers in the group (0 scored)"
    assert area.earlier.isVisible() and f"({AT} more answers above)" in area.earlier.text()
    odd = panel.member(group[AT])
    assert "differs" in odd.head.text() and "▶" in odd.head.text()   # marked as a member unlike the rest
    # ↑ to the first member: each one chosen, built, in sight, named with its place in the group
    for i in range(AT - 1, -1, -1):
        qtbot.keyClick(view, Qt.Key.Key_Up)
        key = group[i]
        assert view.current_key() == key
        _placed(qtbot, view)
        m = panel.member(key)
        assert m is not None and m.accessibleName() == f"{view.who(key)}, answer {i + 1} of {SIZE} in the group"
        assert _in_sight(panel, key) and "▶" in m.head.text()
    assert not area.earlier.isVisible()
    # ↓ to the last member, past the one that differs, which is still marked so
    for i in range(1, SIZE):
        qtbot.keyClick(view, Qt.Key.Key_Down)
        assert view.current_key() == group[i]
    _placed(qtbot, view)
    assert _in_sight(panel, group[-1]) and "differs" in panel.member(group[AT]).head.text()
    assert [m.key for m in panel.members] == group[:len(panel.members)] and panel.members[-1].key == group[-1]
    qtbot.keyClick(view, Qt.Key.Key_P)   # the last member pulled out, as before
    assert view.current_unit() == [group[-1]]


def test_the_button_above_shows_the_members_before_the_one_to_read(qtbot):
    view, session, group = _group_card(qtbot)
    panel, area = view.group_panel, view.group_panel.list_area
    assert area.earlier.isVisible()
    qtbot.mouseClick(area.earlier, Qt.MouseButton.LeftButton)
    assert not area.earlier.isVisible() and area.first == 0
    assert [m.key for m in panel.members][:AT + 1] == group[:AT + 1]
    assert view.current_key() == group[AT]   # the click shows them; the member chosen stays the one to read
    second = panel.member(group[1])
    qtbot.mouseClick(second.pull_button, Qt.MouseButton.LeftButton)   # any of them can be pulled out from there
    assert view.current_unit() == [group[1]]   # an answer of its own now, as a pulled out member is
