"""A review opened from the results table's "All" filter holds the answers a model accepted too. Its top line counted
the answers without the teacher's score ("90 of 90 answers left to decide" on the sample sheet) while the status bar
beside it counted those that need her ("61 need you"): two counts of different things side by side, read as a
contradiction. Where some of the answers left already have a score a model accepted, the line now says beside the
answers left how many of them need her, in the status bar's words ("90 of 90 answers left to decide · 61 need you"),
and its tooltip says what the others are; the two "need you" agree and go down together as she marks. A review of the
answers that need her (View ▸ Review answers that need you) reads as before. The real main window on the sample sheet,
scored for real by the bundled test models, the review opened from the table with the mouse. At 16 pt on a 1024×600
screen in German the line, short of room, says "90 von 90 offen · 61 warten auf Sie" while it has room for it, the
student's name whole beside it (the place says itself short first)."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from counts_text import spaced
from grader_app.core.review import AUTO
from grader_app.ui import results_model as rm
from grader_app.ui.main_window import REVIEW
from sample_sheet import sample_scored

NEED = re.compile(r"(\d+) needs? you")


def _bar_need(window) -> int:
    return int(NEED.search(spaced(window.status_label.text())).group(1))


def _line(view) -> str:
    return f"{spaced(view.progress_label.text())} | {spaced(view.left_label.text())}"


def _line_need(view) -> int | None:
    found = NEED.search(_line(view))
    return int(found.group(1)) if found else None


def _line_left(view) -> int:
    return int(re.search(r"(\d+) of \d+ answers left to decide", _line(view)).group(1))


def _open_first_row_of_all(qtbot, window) -> None:
    results = window.results
    results.set_filter(rm.ALL)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    table = results.table
    table.scrollTo(results.proxy.index(0, rm.ANSWER))
    cell = table.visualRect(results.proxy.index(0, rm.ANSWER)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert window.pages.currentIndex() == REVIEW


def test_a_review_of_every_answer_says_how_many_need_you_as_the_status_bar_does(qtbot, make_window, tmp_path):
    window, s = sample_scored(qtbot, make_window, tmp_path, "en", (1366, 768))
    accepted = [a.key for a in s.answers if s.status(a.key) == AUTO]
    need = len(s.review_queue())
    assert accepted and need                                        # some a model accepted, some that need her
    _open_first_row_of_all(qtbot, window)
    view = window.review_view
    assert len(view.queue.keys()) == len(s.answers)

    assert _bar_need(window) == need
    assert _line_left(view) == len(s.answers) - len(s.decisions)   # without her score: the accepted ones too
    assert _line_need(view) == need, _line(view)                   # and beside them, those that need her
    assert view.left_label.shown() == view.left_label.text()        # said whole at this size
    tip = view.left_label.toolTip()                                 # what the others are
    assert tip.startswith(f"{len(accepted)} of the answers left already have a score a model accepted"), tip

    view.go_to(s.review_queue()[0])                                 # one that needs her, marked
    left = _line_left(view)
    qtbot.keyClick(view, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: _bar_need(window) == need - 1, timeout=5000)
    assert _line_need(view) == need - 1 and _line_left(view) == left - 1

    view.go_to(accepted[0])                                         # one a model accepted, given her own score
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert _line_left(view) == left - 2
    assert _line_need(view) == need - 1 and _bar_need(window) == need - 1   # it needed no one: both stay
    assert view.left_label.toolTip().startswith(f"{len(accepted) - 1} of the answers left")


def test_a_review_of_the_answers_that_need_you_reads_as_before(qtbot, make_window, tmp_path):
    window, s = sample_scored(qtbot, make_window, tmp_path, "en", (1366, 768))
    need = len(s.review_queue())
    window.results.request_review()                                 # View ▸ Review answers that need you
    view = window.review_view
    assert window.pages.currentIndex() == REVIEW and len(view.queue.keys()) == need
    assert spaced(view.left_label.text()) == f"{need} of {need} answers left to decide"   # no "need you" beside it
    assert view.left_label.toolTip() == ""
    qtbot.keyClick(view, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: _bar_need(window) == need - 1, timeout=5000)
    assert spaced(view.left_label.text()) == f"{need - 1} of {need} answers left to decide"


@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")
def test_at_16_pt_in_german_the_short_line_keeps_how_many_need_you(qtbot, make_window, tmp_path, font_16):
    window, s = sample_scored(qtbot, make_window, tmp_path, "de", (1024, 600))
    need = len(s.review_queue())
    words = QCoreApplication.translate("MainWindow", "%n need you", "", need)   # the status bar's: "61 warten auf Sie"
    assert words.endswith("warten auf Sie") and words in spaced(window.status_label.text())
    _open_first_row_of_all(qtbot, window)
    view = window.review_view
    qtbot.waitUntil(lambda: view.left_label.shown() != view.left_label.text(), timeout=3000)   # short of room
    left = spaced(view.left_label.shown())
    assert left == f"{len(s.answers)} von {len(s.answers)} offen · {words}", left
    student = view.student_label
    assert student.shown() == student.said() == student.text(), student.shown()   # the student whole beside it
    assert view.left_label.height() < 2 * view.left_label.fontMetrics().lineSpacing()   # on one line
