"""A closed sheet's session, project store and undo stack are freed (QA s52g finding 12: the window grew by about 6 MB
per open and close of a 5,000-answer sheet, each closed session kept whole). What held them: every quick background
task (PySide kept its runnable, and with it the task's callbacks, when the work ended before ``QThreadPool.start``
returned), the undo stack (a child of the window), the student names (the last session), the project writer's
callbacks (the store's finalizer keeps its writer until the app ends), and the garbage collector's freeze of what lived
when learning started (a cycle among frozen objects is never collected: :mod:`grader_app.ui.gc_guard` thaws once the
sheet is closed). Real window, sheet, project file, scoring, grouping and learning."""
from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import Qt

from grader_app.ui import gc_guard, learning_controller
from test_learning_reopen import _sheet, opened_to_learn


def test_a_closed_sheet_is_freed_with_its_session_store_and_undo_stack(qtbot, make_window, tmp_path, monkeypatch):
    monkeypatch.setattr(learning_controller, "_warmed", False)   # learning's first start: what lives then is frozen
    monkeypatch.setattr(gc_guard, "THAW_DELAY_S", 0.0)
    monkeypatch.setattr(gc_guard, "_closed", [])
    sheet, _truth = _sheet(tmp_path / "class" / "own.csv")
    w = make_window((1200, 800))
    opened_to_learn(qtbot, w, sheet)
    s = w.session
    w.show_review(s.review_queue(), None)   # the review screen, its undo stack, a few marks through the keyboard
    for _ in range(3):
        qtbot.keyClick(w.review_view, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: not w.learning.busy and not w.store.unsaved, timeout=60000)
    assert s.decisions
    refs = {"session": weakref.ref(s), "store": weakref.ref(w.store), "undo stack": weakref.ref(w.undo_stack),
            "sheet": weakref.ref(s.sheet)}
    del s
    with qtbot.waitSignal(w.sheetClosed, timeout=30000):
        w.close_sheet()

    def freed() -> bool:
        gc.collect()   # what is not frozen; the frozen session waits for the thaw the collector makes after the close
        return not [name for name, ref in refs.items() if ref() is not None]
    qtbot.waitUntil(freed, timeout=10000)
    assert not [name for name, ref in refs.items() if ref() is not None]
