"""A member of a group of answers that look alike is chosen with a click, as with ↑/↓: a mouse user had no way to
choose one, so Comment… always wrote on the typical answer, and a member's long answer said "choose this answer with
↑/↓ to read all of it". A click on a member's line or text chooses it (the keys, Comment… and Enter act on it); a
click that selects a phrase of its text, and its Pull out button, do only that. The real main window at 1366×768, a
class sheet scored for real by the test bundle, its groups found, the mouse."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from review_windows import class_sheet, review_grouped, window_in
from test_review_group_in_view import GROUP, TEXTS
from ui_helpers import make_bundle


@pytest.fixture
def grouped(qtbot, task_manager, tmp_path):
    """The review screen of :data:`TEXTS` in the real window, on the group of six (keys 1–6)."""
    make_bundle(tmp_path / "shipped_bundles", "asap-sas-1", title="Science: cell membrane")
    with window_in(qtbot, task_manager, "en", 1366, 768) as window:
        view = review_grouped(qtbot, window, class_sheet(tmp_path / "class.csv", TEXTS))
        qtbot.keyClick(view, Qt.Key.Key_Right)
        assert view.current_unit() == GROUP
        yield window, view


def _member(view, key):
    member = view.group_panel.list_area.member(key)
    assert member is not None and member.isVisible()
    return member


def _click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(4, widget.height() // 2))


def test_a_click_on_a_member_chooses_it_and_comment_writes_on_it(qtbot, grouped):
    window, view = grouped
    typical = view.current_key()
    other = next(k for k in GROUP if k != typical)
    _click(qtbot, _member(view, other).text)
    qtbot.waitUntil(lambda: view.current_key() == other, timeout=3000)
    assert _member(view, other).head.text().startswith("▶")        # marked as the one the keys act on
    assert not _member(view, typical).head.text().startswith("▶")
    qtbot.mouseClick(view.comment_button, Qt.MouseButton.LeftButton)
    dlg = view.comment_dialog
    assert dlg is not None and dlg.isVisible()
    dlg.reject()
    # its line too, and back to the typical answer
    _click(qtbot, _member(view, typical).head)
    qtbot.waitUntil(lambda: view.current_key() == typical, timeout=3000)
    assert view.current_unit() == GROUP and not view.session.decisions   # choosing decides nothing


def test_pull_out_and_a_selected_phrase_do_not_choose(qtbot, grouped):
    window, view = grouped
    typical = view.current_key()
    other = next(k for k in GROUP if k != typical)
    label = _member(view, other).text
    label.setSelection(0, 8)                       # a phrase selected (as a drag leaves it), then the button let go
    qtbot.mouseRelease(label, Qt.MouseButton.LeftButton, pos=QPoint(4, label.height() // 2))
    qtbot.wait(50)
    assert view.current_key() == typical
    qtbot.mouseClick(_member(view, other).pull_button, Qt.MouseButton.LeftButton)
    assert other in view.queue.pulled             # the button still pulls it out (its click is the button's)
