"""Opening the export dialog recognises no LMS on the GUI thread: before, the dialog called recognise() as it opened
(95 ms of the GUI thread at 10,000 students of 6 questions, more with the closed-question rule). The window's worker
finds it with the LMS files' counts once the sheet is scored (grader_app/ui/export_fit.py), and the dialog still offers
the LMS the sheet came from first. The real main window on a Canvas quiz report written to disk; recognise() itself is
instrumented (each recogniser it runs records the thread it runs on)."""
from __future__ import annotations

import threading

import pytest

from grader_app.io.lms import recognition
from grader_app.ui import export_fit
from quiz_reports import canvas_report
from ui_helpers import open_and_score

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _threads_recognising(monkeypatch) -> list[threading.Thread]:
    """The thread of every recognise() run from now on (each runs the recognisers in turn, Canvas's first)."""
    ran: list[threading.Thread] = []
    first = recognition.RECOGNISERS[0]

    def canvas_first(sheet):
        ran.append(threading.current_thread())
        return first(sheet)
    monkeypatch.setattr(recognition, "RECOGNISERS", (canvas_first, *recognition.RECOGNISERS[1:]))
    return ran


def test_the_dialog_opens_recognising_nothing_on_the_gui_thread_and_offers_canvas_first(qtbot, window, tmp_path,
                                                                                       monkeypatch):
    ran = _threads_recognising(monkeypatch)
    session = open_and_score(qtbot, window, canvas_report(tmp_path))
    qtbot.waitUntil(lambda: export_fit.known(session), timeout=10000)   # found on the worker after scoring
    assert any(t is not threading.main_thread() for t in ran)
    ran.clear()
    window.show_export()
    dlg = window.export_dialog
    qtbot.waitUntil(dlg.isVisible, timeout=5000)
    assert ran == []                                   # was: recognise() run on the GUI thread as the dialog opened
    assert dlg.recognition is not None and dlg.recognition.system == "Canvas"
    assert dlg.format == dlg.recognised_format == "canvas-gradebook"
    assert dlg.chooser.system_labels["Canvas"].text() == "<b>Canvas</b> — your sheet came from here"
    assert "This sheet came from Canvas" in dlg.summary_label.text()
    dlg.reject()
