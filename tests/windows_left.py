"""Main windows a test leaves behind (checked after every test that made one: tests/conftest.py).

pytest-qt closes each widget given to ``qtbot.addWidget`` after the test and deletes it later; a window whose close is
refused (a change the project file could not take: the teacher is asked first, see grader_app/ui/close_unsaved.py)
stays open, its sheet's project file open with its writer thread, its session and models with it, and the window itself
lives on into the next tests until some event loop deletes it. ``open_reasons`` says why a window is still open;
``windows_alive`` finds the main windows that still exist; ``close_for_good`` closes one as a teacher who wants it gone
would, answering the close question with "Close and lose them" (the app itself is not changed: a window whose changes
could not be saved rightly stays open until the teacher says to lose them).
"""
from __future__ import annotations

import gc
import time

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

ROUNDS = 20   # asked to close, written again, asked, answered: a few rounds close any window; more is a loop


def windows_alive() -> list:
    """Every ``MainWindow`` whose Qt object still exists (a main window has no parent: it is a top-level widget)."""
    from grader_app.ui.main_window import MainWindow

    if QApplication.instance() is None:   # no application yet: no window either
        return []
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


def open_reasons(window) -> list[str]:
    """Why ``window`` is not closed (empty once its close went through: the sheet let go, nothing asked)."""
    why = []
    if window.isVisible():
        why.append("still shown")
    if window.store is not None:
        held = window.store.held_changes
        why.append(f"its project {window.store.path.name} still open"
                   + (f", holding {', '.join(held)} not on disk" if held else ""))
    if window.unsaved_close.box is not None:
        why.append("the question about unsaved changes still asked")
    elif window.unsaved_close.busy:
        why.append("its unsaved changes still being written again before closing")
    if window.close_guard.waiting:
        why.append("still waiting for an export before closing")
    return why


def _wait_until(condition, timeout_ms: int) -> bool:
    """Runs the event loop until ``condition()`` is true (True) or ``timeout_ms`` have passed (False)."""
    deadline = time.monotonic() + timeout_ms / 1000
    while not condition():
        if time.monotonic() > deadline:
            return False
        QTest.qWait(10)
    return True


def close_for_good(window, timeout_ms: int = 60000) -> list[str]:
    """Closes ``window`` as a teacher would who wants it gone: asks it to close; if it asks about changes it could not
    save (after writing them once more), answers "Close and lose them"; if it waits for an export being saved, waits
    too. Returns why it is still open after ``timeout_ms`` of no progress, or after as many rounds as make no sense for
    one close (empty once closed)."""
    asked = window.unsaved_close
    for _ in range(ROUNDS):
        if not (why := open_reasons(window)):
            return []
        answered = asked.box
        if answered is not None:
            asked.lose_button.click()   # the question's "Close and lose them" (or "…lose 2 decisions")
        elif not (asked.busy or window.close_guard.waiting):   # (being written again, or an export saved: it goes on)
            window.close()
        def progress(was=why, box=answered) -> bool:   # closed, further on, or asked again
            return open_reasons(window) != was or (asked.box is not None and asked.box is not box)

        if not _wait_until(progress, timeout_ms):
            return open_reasons(window)
    return open_reasons(window)


def delete_now() -> None:
    """Deletes what ``deleteLater`` was called on (between tests no event loop runs to do it)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def made_since(before: list) -> list:
    """The main windows alive now that were not in ``before``."""
    return [w for w in windows_alive() if not any(w is b for b in before)]


def undeleted(before: list) -> list:
    """The main windows alive now that were not alive in ``before``, after pending deletions (and, if some are left, a
    collection of the garbage: a window no one refers to any more is deleted with its Python object)."""
    delete_now()
    if not made_since(before):
        return []
    gc.collect()
    delete_now()
    return made_since(before)
