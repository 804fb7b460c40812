"""A review screen closed and let go of is collected, with what it holds (its session: answers, scores, decisions): the
slots of its buttons (Previous, Accept, Comment, Apply to the identical, Next suggested, Next, Back) held the view's
own methods, and its group-in-view helper's slots held the helper (and so the view); Qt holds a slot where Python's
collector cannot see it, so a review screen not inside a window (whose deletion frees its children) stayed alive until
the app quit. The buttons still act while the view lives."""
from __future__ import annotations

import weakref

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from grader_app.ui.review_view import ReviewView
from ui_helpers import collect_let_go, scored_session


def test_review_screen_let_go_of_is_collected_and_its_buttons_work_while_it_lives(qtbot, shipped_bundles):
    session = scored_session(shipped_bundles, n_students=4)
    stack = QUndoStack()
    view = ReviewView(session, stack)
    view.resize(1000, 800)
    view.show()
    qtbot.waitExposed(view)
    view.set_queue([a.key for a in session.answers])
    first = view.current_key()
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)   # the buttons call the view while it lives
    assert view.current_key() != first
    qtbot.mouseClick(view.prev_button, Qt.MouseButton.LeftButton)
    assert view.current_key() == first
    with qtbot.waitSignal(view.closeRequested, timeout=1000):
        qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)

    page, held = weakref.ref(view), weakref.ref(session)
    view.close()
    del view, session
    collect_let_go()
    assert page() is None, "the review screen was closed and let go of but is still alive"
    assert held() is None, "the session of a review screen let go of is still alive"
