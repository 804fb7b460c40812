"""Typing a search or choosing a filter changes "Showing 23 of 90 answers" under the table, a label that never has the
focus: a teacher hearing the screen did not learn how many rows were left. The count now becomes the accessible
description of the search box and of the filter buttons (after the button's own hint), so Qt sends DescriptionChanged
and a screen reader says it for the focused one; once, after the teacher pauses, never at each key. The real results
page on a sheet scored for real; the events caught as a screen reader gets them (test_review_speech)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from grader_app.ui import results_model as rm
from test_review_speech import accessibility_events
from ui_helpers import results_view

DESCRIPTION = QAccessible.Event.DescriptionChanged


def _described(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Description)


def _heard(events, widget) -> int:
    return sum(1 for kind, obj in events if kind == DESCRIPTION and obj is widget)


def test_the_count_is_heard_once_the_search_pauses(qtbot, graded):
    session, _ = graded
    view = results_view(qtbot, session)
    view.activateWindow()
    view.focus_search()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.search, timeout=3000)
    word = session.answers[0].text.split()[0][:3]
    with accessibility_events() as events:
        qtbot.keyClicks(view.search, word)   # typed without a pause: the table filters at each key
        shown = len(view.visible_keys())
        assert 0 < shown < len(session.answers)
        assert _heard(events, view.search) == 0   # nothing said while the teacher types
        said = f"Showing {shown} of {len(session.answers)} answers"
        assert view.shown.text() == said
        qtbot.waitUntil(lambda: _described(view.search) == said, timeout=5000)
    assert _heard(events, view.search) == 1   # said once, the count the keys left


def test_a_filter_chosen_by_the_keys_says_its_count(qtbot, graded):
    session, _ = graded
    view = results_view(qtbot, session)
    view.activateWindow()
    first = view.filter_buttons[rm.ALL]
    hint = first.accessibleDescription()
    first.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first, timeout=3000)
    with accessibility_events() as events:
        qtbot.keyClick(first, Qt.Key.Key_Right)   # the next filter, chosen as the arrow moves to it
        chosen = QApplication.focusWidget()
        assert chosen is view.filter_buttons[rm.NEEDS_REVIEW] and chosen.isChecked()
        said = f"Showing {len(view.visible_keys())} of {len(session.answers)} answers. {hint}"
        qtbot.waitUntil(lambda: _described(chosen) == said, timeout=5000)
    assert _heard(events, chosen) == 1
