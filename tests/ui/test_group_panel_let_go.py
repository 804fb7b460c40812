"""A group's card (its panel of members) let go of is collected, with the session it shows: the button above a
window of members that does not start at the group's first ("▲ Show the answers before these") called the member list
through a slot (a lambda) that held the list, and the list holds the panel's method that fills each member; Qt holds a
slot where Python's collector cannot see it, so a panel not inside a review screen stayed alive until the app quit.
The button still shows the members before the window while the panel lives."""
from __future__ import annotations

import weakref

from PySide6.QtCore import Qt

from grader_app.ui.group_members import CHUNK
from grader_app.ui.group_panel import GroupPanel
from ui_helpers import collect_let_go, one_question_session


def test_a_group_panel_let_go_of_is_collected_and_its_earlier_button_works_while_it_lives(qtbot):
    session = one_question_session([(f"S{i:03d}", f"Pupil {i}", f"the membrane lets water in, {i}")
                                    for i in range(3 * CHUNK)])
    keys = [a.key for a in session.answers]
    panel = GroupPanel()
    panel.resize(900, 700)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_group(session, keys, keys[0], keys[-1])   # the last member chosen: a window of those around it
    members = panel.list_area
    first = members.first
    assert first > 0 and members.earlier.isVisible()
    qtbot.mouseClick(members.earlier, Qt.MouseButton.LeftButton)   # the members before the window, shown
    assert members.first == max(0, first - CHUNK)

    page, held = weakref.ref(panel), weakref.ref(session)
    panel.close()
    del panel, members, session
    collect_let_go()
    assert page() is None, "the group panel was closed and let go of but is still alive"
    assert held() is None, "the session of a group panel let go of is still alive"
