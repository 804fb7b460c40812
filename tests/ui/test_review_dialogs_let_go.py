"""A review screen let go of while its comment dialog (C) or its scale dialog (Change… beside the score buttons) is
open is collected, with its session (answers, scores, decisions): the dialogs' accepted and finished slots held the
view, and Qt holds a slot where Python's collector cannot see it, so a review screen not inside a window (whose
deletion frees its children) stayed alive until the app quit once it was let go of with either dialog open. While the
view lives, the dialogs still do what they did: the comment is saved, the scale set, and the keys are the review's
again. A view collected with its own undo stack (no window's) holding steps: the stack's clearing no longer calls
the view half gone (a "Slot 'ReviewView::' not found" error)."""
from __future__ import annotations

import weakref
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from grader_app.core.scale import TEACHER, Scale
from grader_app.ui.review_view import ReviewView
from ui_helpers import collect_let_go, one_question_session


def _view(qtbot):
    session = one_question_session([(f"S{i}", f"Student {i}", t) for i, t in enumerate(["a", "b", "c"])])
    # its undo stack its own (as ui_helpers.review_view makes it): collected with it, the stack's steps cleared then
    # must not call the view half gone
    view = ReviewView(session, QUndoStack())
    view.resize(1000, 800)
    view.show()
    qtbot.waitExposed(view)
    view.set_queue([a.key for a in session.answers])
    view.go_to(0)
    return view, session


def _scale_dialog_shown(view) -> bool:
    return view.scale_dialog is not None and view.scale_dialog.isVisible()


def _collected(page, held, dialog) -> None:
    """The view (``page``) was closed and dropped with ``dialog`` open: once the dialog is gone (it goes with the
    view, its parent) the view and its session (``held``) must be collected."""
    collect_let_go()
    assert page() is None, "the review screen was let go of with a dialog open but is still alive"
    assert held() is None, "the session of a review screen let go of with a dialog open is still alive"
    assert dialog() is None, "the dialog of a review screen let go of is still alive"


def test_the_comment_dialog_saves_and_a_view_let_go_of_with_it_open_is_collected(qtbot):
    view, session = _view(qtbot)
    view.edit_comment()                                    # the comment is saved while the view lives
    qtbot.waitUntil(view.comment_dialog.isVisible, timeout=5000)
    view.comment_dialog.editor.setPlainText("Say why.")
    view.score_buttons.change_button.setFocus()            # (the focus the view's window gives back: not the view)
    view.comment_dialog.accept()
    assert session.waiting_comments.get(0) == "Say why."   # no score yet: it waits for one
    assert view.focusWidget() is view                      # and the keys are the review's again

    view.edit_comment()
    qtbot.waitUntil(view.comment_dialog.isVisible, timeout=5000)
    dialog, page, held = weakref.ref(view.comment_dialog), weakref.ref(view), weakref.ref(session)
    view.close()
    del view, session
    _collected(page, held, dialog)


def test_the_scale_dialog_sets_the_scale_and_a_view_let_go_of_with_it_open_is_collected(qtbot):
    view, session = _view(qtbot)
    qtbot.mouseClick(view.score_buttons.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(partial(_scale_dialog_shown, view), timeout=5000)
    view.scale_dialog.field.spin.setValue(5)
    view.score_buttons.change_button.setFocus()                  # (the focus the view's window gives back: not the view)
    view.scale_dialog.accept()
    assert session.scales["q1"] == Scale(top=5, source=TEACHER)  # the scale set while the view lives
    assert view.focusWidget() is view                            # and the keys are the review's again

    qtbot.mouseClick(view.score_buttons.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(partial(_scale_dialog_shown, view), timeout=5000)
    dialog, page, held = weakref.ref(view.scale_dialog), weakref.ref(view), weakref.ref(session)
    view.close()
    del view, session
    _collected(page, held, dialog)
