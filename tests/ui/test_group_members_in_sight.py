"""A group card builds the widgets of the members in sight, not of its whole window of 24: filling and laying out the
other eighteen or so was about a third of → and ←'s time on the GUI thread (scripts/bench_group_keys.py). What the
teacher can reach is the same: every member with ↓ (each one chosen, in sight, named with its place of 24), every one
by scrolling, the same count in the heading, and with a screen reader on, every member of the window as before."""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible

from grader_app.ui.group_members import CHUNK
from test_group_chosen_in_view import _placed
from ui_helpers import one_question_session, review_view

SENTENCES = ("Ice floats on water because it is less dense than the liquid water around it.",
             "The cell membrane lets some things in and keeps others out by selective permeability.")


def two_groups(qtbot):
    """The review screen on two groups of CHUNK alike answers, at the second (the list has its width by then)."""
    rows = [(f"S{i:03d}", f"Pupil {i:03d}", SENTENCES[i // CHUNK]) for i in range(2 * CHUNK)]
    session = one_question_session(rows)
    keys = [a.key for a in session.answers]
    second = keys[CHUNK:]
    view = review_view(qtbot, session, width=1280, height=800, groups={k: ("q1", k // CHUNK) for k in keys},
                       typical={keys[0], second[0]})
    qtbot.waitUntil(lambda: view.current_unit() == keys[:CHUNK] and view.group_panel.list_area.isVisible())
    _placed(qtbot, view)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.current_unit() == second
    _placed(qtbot, view)
    return view, session, second


def _in_rect(view, widget) -> QRect:
    return QRect(widget.mapTo(view, QPoint(0, 0)), widget.size())


def test_a_group_of_24_builds_the_members_in_sight_and_every_one_is_reached_with_the_keys(qtbot):
    view, session, group = two_groups(qtbot)
    panel, area = view.group_panel, view.group_panel.list_area
    built = len(panel.members)
    assert 3 <= built <= CHUNK // 2, built   # those in sight, and one more (all 24 were built)
    assert panel.members_heading.text() == f"All {CHUNK} answers in the group (0 scored)"
    assert [m.key for m in panel.members] == group[:built]
    viewport = _in_rect(view, area.viewport())
    assert _in_rect(view, panel.members[-1]).bottom() > viewport.bottom()   # built down past the list's bottom
    assert area.rest.isVisible() and _in_rect(view, area.rest).top() > viewport.bottom()   # no empty room in sight
    assert area.verticalScrollBar().maximum() > 0   # the rest are a scroll away
    for i in range(1, CHUNK):   # ↓ to the last member: each one chosen, built, named with its place, in sight
        qtbot.keyClick(view, Qt.Key.Key_Down)
        key = group[i]
        assert view.current_key() == key
        member = panel.member(key)
        assert member is not None and member.accessibleName() == f"{view.who(key)}, answer {i + 1} of {CHUNK} in the group"
        assert "▶" in member.head.text() and member.head.text().count("▶") == 1
    _placed(qtbot, view)
    last = panel.member(group[-1])
    assert last is not None and viewport.contains(_in_rect(view, last))
    assert [m.key for m in panel.members] == group   # the window built whole by now, and no more
    assert [m.accessibleName() for m in panel.members] == [
        f"{view.who(k)}, answer {i + 1} of {CHUNK} in the group" for i, k in enumerate(group)]
    assert not area.rest.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_P)   # the last member pulled out, as before
    assert view.current_unit() == [group[-1]]


def test_scrolling_the_list_builds_the_rest_of_its_window(qtbot):
    view, session, group = two_groups(qtbot)
    panel, area = view.group_panel, view.group_panel.list_area
    assert len(panel.members) < CHUNK
    bar = area.verticalScrollBar()
    bar.triggerAction(bar.SliderAction.SliderPageStepAdd)   # Page Down, or a click on the scroll bar under its handle
    assert [m.key for m in panel.members] == group
    bar.triggerAction(bar.SliderAction.SliderToMaximum)
    _placed(qtbot, view)
    assert _in_rect(view, area.viewport()).contains(_in_rect(view, panel.member(group[-1])))


def test_with_a_screen_reader_on_every_member_of_the_window_is_built(qtbot):
    was = QAccessible.isActive()
    QAccessible.setActive(True)   # as when a screen reader is running: it hears the members as widgets
    try:
        view, session, group = two_groups(qtbot)
        panel = view.group_panel
        assert [m.key for m in panel.members] == group
        assert all(m.accessibleName() == f"{view.who(k)}, answer {i + 1} of {CHUNK} in the group"
                   for i, (k, m) in enumerate(zip(group, panel.members)))
    finally:
        QAccessible.setActive(was)
