"""Main windows a UI test leaves behind.

pytest-qt closes each widget given to ``qtbot.addWidget`` after the test and deletes it later; a window whose close is
refused (a change the project file could not take: the teacher is asked first, see grader_app/ui/close_unsaved.py)
stays open, its sheet's project file open with its writer thread, its session and models with it, and the window itself
lives on into the next tests until some event loop deletes it. ``open_reasons`` says why a window is still open;
``windows_alive`` finds the main windows that still exist.
"""
from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication


def windows_alive() -> list:
    """Every ``MainWindow`` whose Qt object still exists (a main window has no parent: it is a top-level widget)."""
    from grader_app.ui.main_window import MainWindow

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


def delete_now() -> None:
    """Deletes what ``deleteLater`` was called on (between tests no event loop runs to do it)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def undeleted(before: list) -> list:
    """The main windows alive now that were not alive in ``before``, after pending deletions (and, if some are left, a
    collection of the garbage: a window no one refers to any more is deleted with its Python object)."""
    delete_now()
    left = [w for w in windows_alive() if not any(w is b for b in before)]
    if left:
        del left
        gc.collect()
        delete_now()
        left = [w for w in windows_alive() if not any(w is b for b in before)]
    return left
