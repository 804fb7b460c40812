"""At 1024×600 a group card scrolled to its members showed only the lower half of the rubric's last line under the
pinned question line (QA, German: a group of two, whose short member list leaves the rubric partly in view). The card
is now placed on whole lines: the top of its scroll area cuts no line of the question's text, its rubric or the
group's heading, as the group opens and as ↑/↓ choose another member, in English, German and Spanish, at 600 px high
and lower (a 600 px screen leaves the window less); the chosen member and its Pull out button stay in sight. The real
main window, sheet and review screen."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QLabel

from review_windows import class_sheet, review_grouped, window_in
from test_group_review import LIKE, OTHERS
from test_review_decision_in_view import PROMPT, _settle
from test_review_group_in_view import _chosen_in_sight
from ui_helpers import gray_pixels, make_bundle


def cut_lines(view) -> list[str]:
    """The texts of the card whose line the top of the card's scroll area cuts in two: a label it crosses (not one in
    the member list, which scrolls on its own) not at a whole number of lines from the top of its text."""
    card, value = view.card, view.scroll.verticalScrollBar().value()
    cut = []
    for label in card.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        parent = label.parentWidget()
        while parent is not card and not isinstance(parent, QAbstractScrollArea):
            parent = parent.parentWidget()
        if parent is not card:
            continue
        top = label.mapTo(card, QPoint(0, 0)).y() + label.contentsRect().top() + label.margin()
        inside = value - top
        if 0 < inside < label.contentsRect().height() - 2 * label.margin() and inside % label.fontMetrics().lineSpacing():
            cut.append(label.text())
    return cut


def ink_in_top_row(view) -> int:
    """Dark pixels in the top row of pixels of the card's scroll area (text cut in two leaves its strokes there)."""
    rows = gray_pixels(view.scroll.viewport().grab().toImage())
    return int((rows[0] < 128).sum())


@pytest.mark.parametrize("lang", ["en", "de", "es"])
@pytest.mark.parametrize("alike", [2, 3])
def test_a_group_card_cuts_no_line_at_its_top_at_1024_by_600(qtbot, task_manager, tmp_path, lang, alike):
    make_bundle(tmp_path / "shipped_bundles", "asap-sas-1", title="Science: replicating the vinegar experiment",
                prompt=PROMPT)
    sheet = class_sheet(tmp_path / "class.csv", [OTHERS[0], *LIKE[:alike], OTHERS[1], OTHERS[2]])
    with window_in(qtbot, task_manager, lang, 1024, 600) as window:
        view = review_grouped(qtbot, window, sheet)
        _settle(qtbot, view)
        qtbot.keyClick(view, Qt.Key.Key_Right)
        assert len(view.current_unit()) == alike and view.card.showing_group()
        qtbot.waitUntil(lambda: _chosen_in_sight(view), timeout=5000)
        _settle(qtbot, view)
        assert view.scroll.verticalScrollBar().value() > 0   # scrolled to the members: the question's text gave way
        assert cut_lines(view) == [] and ink_in_top_row(view) == 0
        for _ in range(alike - 1):                       # ↓ through the group: each member in sight, no line cut
            qtbot.keyClick(view, Qt.Key.Key_Down)
            qtbot.waitUntil(lambda: _chosen_in_sight(view), timeout=5000)
            qtbot.wait(50)
            assert cut_lines(view) == [] and ink_in_top_row(view) == 0
        for height in range(599, 540, -3):               # a 600 px screen leaves the window less
            window.resize(1024, height)
            qtbot.waitUntil(lambda height=height: window.height() == height, timeout=3000)
            qtbot.wait(50)
            assert _chosen_in_sight(view), height
            assert (height, cut_lines(view), ink_in_top_row(view)) == (height, [], 0)
