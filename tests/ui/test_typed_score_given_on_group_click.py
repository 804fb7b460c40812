"""A score typed on a question out of 10 is given, not dropped, when the teacher clicks in the review's group panel
before the pause that gives it (ui/review_view.py, the panel's clicks wired through ``do`` as the keys are). "1" waits
about a second for a second digit (it may start 10); a click on a member (the mouse's ↑/↓) or on its Pull out button
(the mouse's P) within that second called ``choose_member`` / ``pull_out`` directly, which dropped the typed 1 without a
word: the group stayed unscored. Now the 1 goes to the group first (as Enter gives it), the review staying on it, and
the click then does its own work. The real main window at 1024×600, a sheet "(10 marks)" with answers that look alike,
the mouse, the decisions read back from the project file."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from review_windows import class_sheet
from test_question_scale_window import _open
from test_review_group_in_view import TEXTS
from test_typed_score_given_on_moving import _typing_1
from ui_helpers import decisions_on_disk

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(make_window):
    return make_window((1024, 600))


def _on_a_group(qtbot, window, tmp_path):
    """The review of :data:`TEXTS` to "Ice floats (10 marks)", on its group of answers that look alike."""
    view = _open(qtbot, window, class_sheet(tmp_path / "class" / "ten.csv", TEXTS, "Ice floats (10 marks)"))
    assert view.score_buttons.scale_label.text() == "out of 10 · as the sheet says"
    qtbot.waitUntil(lambda: any(len(u) > 2 for u in view.queue.units), timeout=30000)   # the groups are in
    while len(view.current_unit()) < 3:
        qtbot.keyClick(view, Qt.Key.Key_Right)
    return view


def _member(view, key):
    member = view.group_panel.list_area.member(key)
    assert member is not None and member.isVisible()
    return member


def test_a_click_on_a_member_gives_the_typed_score_then_chooses_it(qtbot, window, tmp_path):
    view = _on_a_group(qtbot, window, tmp_path)
    group = list(view.current_unit())
    other = next(k for k in group if k != view.current_key())
    _typing_1(qtbot, view)
    text = _member(view, other).text
    qtbot.mouseClick(text, Qt.MouseButton.LeftButton, pos=QPoint(4, text.height() // 2))   # at once, in the pause
    qtbot.waitUntil(lambda: view.current_key() == other, timeout=3000)   # the click chose it
    on_disk = decisions_on_disk(window.store)
    assert {k: on_disk[k][0] for k in group} == {k: 1 for k in group}   # was: nothing given, the 1 lost
    assert view.current_unit() == group and view.score_buttons.typed_label.isHidden()


def test_its_pull_out_button_gives_the_typed_score_then_pulls_it_out(qtbot, window, tmp_path):
    view = _on_a_group(qtbot, window, tmp_path)
    group = list(view.current_unit())
    other = next(k for k in group if k != view.current_key())
    _typing_1(qtbot, view)
    qtbot.mouseClick(_member(view, other).pull_button, Qt.MouseButton.LeftButton)   # at once, in the pause
    assert other in view.queue.pulled and view.current_unit() == [other]   # pulled out, shown on its own
    rest = [k for k in group if k != other]
    on_disk = decisions_on_disk(window.store)
    assert {k: on_disk[k][0] for k in rest} == {k: 1 for k in rest}   # was: nothing given, the 1 lost
    assert other not in on_disk and other not in view.session.decisions   # the group's score taken off it, as P does
    assert "the group's score is taken off it" in view.message_label.text()
