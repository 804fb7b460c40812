"""A results page let go of is collected, with what it holds (its session: answers, scores, decisions): a filter
button's slot, which Qt holds where Python's collector cannot see it, held the page's own method and so kept every
page, and its last session, alive until the app quit."""
from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import Qt

from grader_app.ui import results_model as rm
from grader_app.ui.results_view import ResultsView
from ui_helpers import scored_session


def test_results_page_let_go_of_is_collected_with_its_session(qtbot, shipped_bundles):
    session = scored_session(shipped_bundles, n_students=4)
    view = ResultsView()
    view.set_session(session)
    view.resize(1100, 600)
    view.show()
    qtbot.waitExposed(view)
    qtbot.mouseClick(view.filter_buttons[rm.NEEDS_REVIEW], Qt.MouseButton.LeftButton)   # the filters still work
    assert view.proxy.mode() == rm.NEEDS_REVIEW
    page, held = weakref.ref(view), weakref.ref(session)
    view.close()
    del view, session
    gc.collect()   # the page and its widgets
    assert page() is None, "the results page was let go of but is still alive"
    gc.collect()   # its table's model, once the page let it go, with the session that tells the model of its changes
    assert held() is None, "the session of a results page let go of is still alive"
