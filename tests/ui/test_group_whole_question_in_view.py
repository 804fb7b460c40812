"""Q ("Show the whole question (Q)") on a group's card, on a 1024×600 screen: the whole text went on the card from its
top and the group's member list, with the Pull out buttons, was pushed far below the card's area (on the sample sheet
at a 16 pt font its first member began some 860 px below it). Now the whole question is in its box that scrolls, as
for an answer, and the group's first member, its Pull out button and the group's heading stay in sight under it, the
score buttons too; the review's Page Up/Down, Home and End scroll the box. Q again: the group as it was, its question's
line pinned above the card. The real main window on a real sheet, in English at the desktop's font and at 16 pt, and
in German at 16 pt."""
from __future__ import annotations

from contextlib import ExitStack

import pytest
from PySide6.QtCore import QPoint, Qt

from review_windows import class_sheet, review_grouped, window_in
from test_review_decision_in_view import _settle, _whole_on_screen
from test_review_group_in_view import GROUP, TEXTS, _chosen_in_sight
from test_whole_question_answer_in_view import PROMPT
from ui_helpers import make_bundle


@pytest.fixture
def group_q(qtbot, task_manager, tmp_path, app_font):
    """The real main window in ``lang`` at 1024×600 (at ``points`` pt, or the desktop's font), on the review of
    :data:`TEXTS` at their group (the question has :data:`PROMPT`, a procedure of some 150 words), Q pressed there."""
    make_bundle(tmp_path / "shipped_bundles", "asap-sas-1", title="Science: replicating the vinegar experiment",
                prompt=PROMPT)
    windows = ExitStack()

    def open_group(lang: str, points: float | None):
        if points:
            app_font(points)
        window = windows.enter_context(window_in(qtbot, task_manager, lang, 1024, 600))
        view = review_grouped(qtbot, window, class_sheet(tmp_path / "class.csv", TEXTS))
        assert (window.width(), window.height()) == (1024, 600)
        qtbot.keyClick(view, Qt.Key.Key_Right)
        assert view.current_unit() == GROUP and view.card.showing_group()
        qtbot.waitUntil(lambda: _chosen_in_sight(view), timeout=5000)
        _settle(qtbot, view)
        qtbot.keyClick(view, Qt.Key.Key_Q)
        assert view.card.whole_question and view.prompt_label.text() == PROMPT
        return view

    with windows:
        yield open_group


def _first_shown(view):
    """The first member that starts in the member list's viewport (the list's first, where it is not scrolled)."""
    area = view.group_panel.list_area
    value = area.verticalScrollBar().value()
    return next(m for m in area.members if not m.isHidden() and m.y() >= value)


def _group_in_sight(view) -> bool:
    """The whole question's box whole, and under it the group's heading and the list's first member shown, with its
    Pull out button, whole."""
    box, member = view.card.prompt_area, _first_shown(view)
    window = view.window()
    return (_whole_on_screen(box) and _whole_on_screen(view.group_panel.heading) and _whole_on_screen(member)
            and _whole_on_screen(member.pull_button)
            and box.mapTo(window, QPoint(0, box.height())).y() <= view.group_panel.mapTo(window, QPoint(0, 0)).y())


@pytest.mark.parametrize("lang, points", [("en", None), ("en", 16), ("de", 16)])
def test_the_group_stays_in_sight_under_the_whole_question(qtbot, group_q, lang, points):
    view = group_q(lang, points)
    qtbot.waitUntil(lambda: _group_in_sight(view), timeout=5000)
    _settle(qtbot, view)
    assert _group_in_sight(view)
    assert _first_shown(view) is view.group_panel.members[0]   # the list's first member, not one further down
    for w in (view.decision_label, view.score_buttons, view.accept_button, view.next_button):
        assert _whole_on_screen(w), w
    box, bar = view.card.prompt_area, view.card.prompt_area.verticalScrollBar()
    assert bar.value() == 0 and box.bounded() and bar.maximum() > 0   # its start, and the rest below
    # all of it is read in the box with the review's keys, the group staying where it is
    member = _first_shown(view)
    at = member.mapTo(view.window(), QPoint(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert bar.value() == bar.maximum()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert bar.value() == 0
    assert member.mapTo(view.window(), QPoint(0, 0)) == at and _group_in_sight(view)
    # ↓ through the group: each member chosen comes in sight with its button, under the box
    for _ in range(len(GROUP) - 1):
        qtbot.keyClick(view, Qt.Key.Key_Down)
        qtbot.waitUntil(lambda: _chosen_in_sight(view), timeout=5000)
        assert _whole_on_screen(box) and view.card.whole_question
    assert view.current_key() == GROUP[-1]

    # Q again: only the question, the box as tall as its text, the group as it was (the question's line pinned above)
    qtbot.keyClick(view, Qt.Key.Key_Q)
    assert not view.card.whole_question and not box.bounded() and not view.rubric_label.folded
    panel = view.group_panel
    assert panel.brief == 0 and not panel.heading.folded and not panel.members_heading.isHidden()
    qtbot.waitUntil(lambda: view.question_label.parentWidget() is view.scroll, timeout=5000)
    qtbot.waitUntil(lambda: _chosen_in_sight(view), timeout=5000)
    _settle(qtbot, view)
    assert _chosen_in_sight(view) and _whole_on_screen(view.question_label)
