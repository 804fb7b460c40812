"""Once the review is done, the card opens with no line cut in half at its top.

The line saying the review is done (and what is next) comes under the card and takes some of its room, so the card is
scrolled to keep the answer last scored in sight. The card's top then fell inside the question's text, in its box
(a scroll area of its own, showing its text whole), which the placing on whole lines passed over as a list's: in
German at 1280×720 and 14 pt the "Review done" card opened with the lower half of a line of the question at its top.
A box that shows its text whole now counts as the card's own lines; and where the card ends before such a line is
hidden (1024×600, 16 pt), the card goes back to show it whole when the answer's words stay in sight (only the margin
under them, in its box, is then out of sight). The real main window on the sample sheet, scored
for real, every answer scored with the keys; measured as the labels lay their lines out."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QLabel

from grader_app.ui.label_lines import line_tops
from grader_app.ui.main_window import REVIEW
from sample_sheet import sample_scored

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _cut_at_top(view) -> list[str]:
    """The lines of the card's labels (not those of a list that scrolls on its own) cut by the top of its area."""
    card, top = view.card, view.scroll.verticalScrollBar().value()
    out = []
    for label in card.findChildren(QLabel):
        if not label.isVisibleTo(card) or not label.text() or label.wordWrap() is False:
            continue
        area = label.parentWidget()
        while area is not None and area is not card and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if isinstance(area, QAbstractScrollArea) and area.verticalScrollBar().maximum() > 0:
            continue   # its own scrolling list: its lines are its own
        at = label.mapTo(card, QPoint(0, 0)).y()
        edges = [at + y for y in line_tops(label)]
        out += [f"{label.text()[:40]!r}: line {a}-{b}, the card's top at {top}"
                for a, b in zip(edges, edges[1:]) if a < top < b]
    return out


@pytest.mark.parametrize("lang,size,points", [("de", (1280, 720), 14), ("en", (1280, 720), 14),
                                              ("de", (1024, 600), 16)])
def test_the_review_done_card_opens_with_its_top_line_whole(qtbot, make_window, tmp_path, app_font, lang, size,
                                                            points):
    app_font(points)
    window, session = sample_scored(qtbot, make_window, tmp_path, lang, size)
    qtbot.waitUntil(lambda: window.learning.ready, timeout=30000)
    window.results.request_review()
    qtbot.waitUntil(lambda: window.pages.currentIndex() == REVIEW, timeout=5000)
    view = window.review_view
    for _ in range(len(session.answers) + 5):   # every answer scored, as she does, one key at a time
        if view.end.isVisible():
            break
        qtbot.keyClick(view, Qt.Key.Key_1)
        qtbot.wait(10)
    qtbot.waitUntil(view.end.isVisible, timeout=5000)
    qtbot.wait(200)   # the card placed, a turn of the event loop later
    assert view.scroll.verticalScrollBar().value() > 0, "the card is not scrolled: the test does not test the placing"
    cut = _cut_at_top(view)
    assert not cut, cut
    answer = view.card.answer_label   # the words of the answer last scored still whole in sight
    top = answer.mapTo(view.card, QPoint(0, 0)).y() - view.scroll.verticalScrollBar().value()
    tops = line_tops(answer)
    assert 0 <= top + tops[0] and top + tops[-1] <= view.scroll.viewport().height(), (top, tops)
