"""A review started from the results table's "All" filter holds the answers a model accepted too. Its top line said
"147 of 150 answers left to decide" while the status bar beside said "126 need you": two counts of different things
(answers without the teacher's score; answers that need her), side by side with nothing to tell them apart. Now, where
some of the answers left already have a model's score it accepted, the line says how many of them need the teacher in
the status bar's own words (the sample's "90 of 90 answers left to decide · 61 need you"), and its tooltip says what the others
are; the two "need you" agree, and go down together as she marks. The real main window on the sample sheet scored for
real by the bundled test models, opened from the table with the mouse."""
from __future__ import annotations

import re

from PySide6.QtCore import Qt

from counts_text import spaced
from grader_app.core.review import AUTO
from grader_app.ui import results_model as rm
from grader_app.ui.main_window import REVIEW
from sample_sheet import sample_scored


def _bar_need(window) -> int:
    return int(re.search(r"(\d+) needs? you", spaced(window.status_label.text())).group(1))


def _line(view) -> str:
    return f"{spaced(view.progress_label.text())} | {spaced(view.left_label.text())}"


def _line_need(view) -> int | None:
    found = re.search(r"(\d+) needs? you", _line(view))
    return int(found.group(1)) if found else None


def _line_left(view) -> int:
    return int(re.search(r"(\d+) of \d+ answers left to decide", _line(view)).group(1))


def test_a_review_of_every_answer_says_how_many_need_you_as_the_status_bar_does(qtbot, make_window, tmp_path):
    window, s = sample_scored(qtbot, make_window, tmp_path, "en", (1366, 768))
    results = window.results
    results.set_filter(rm.ALL)
    assert results.proxy.rowCount() == len(s.answers)
    accepted = [a.key for a in s.answers if s.status(a.key) == AUTO]
    assert accepted and s.review_queue()   # some answers a model accepted, some that need the teacher
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    table = results.table
    table.scrollTo(results.proxy.index(0, rm.ANSWER))
    cell = table.visualRect(results.proxy.index(0, rm.ANSWER)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)   # the first row opened
    view = window.review_view
    assert window.pages.currentIndex() == REVIEW
    assert len(view.queue.keys()) == len(s.answers)

    need = len(s.review_queue())
    assert _bar_need(window) == need
    assert _line_left(view) == len(s.answers) - len(s.decisions)   # the answers without her score, the accepted too
    assert _line_need(view) == need, _line(view)                   # and beside it, those of them that need her
    tip = view.progress_label.toolTip()
    assert f"{len(accepted)} " in tip and "model" in tip            # what the others are

    view.go_to(s.review_queue()[0])                                 # one that needs her, marked
    left = _line_left(view)
    qtbot.keyClick(view, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: _bar_need(window) == need - 1, timeout=5000)
    assert _line_need(view) == need - 1 and _line_left(view) == left - 1

    view.go_to(accepted[0])                                         # one a model accepted, given her own score
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert _line_left(view) == left - 2
    assert _line_need(view) == need - 1 and _bar_need(window) == need - 1   # it needed no one: both stay
