"""At 1024×600 and a 16 pt font a group's member list showed about one line of the group's answers in German (the
card's scroll area was a strip under the question's line, pinned above it in two lines, and the score buttons' line
"max. 3 Punkte · die Skala des Modells" took four lines beside the buttons): the teacher could not judge the group
without scrolling it line by line. Now, on a page that short, the scale's words beside the score buttons and then the
pinned question's line fold to one line each ("…", the whole text in the tooltip), as the keys' line and the notes
above the card do (:mod:`grader_app.ui.review_room`): the member list shows at least :data:`LEAST_LINES` lines of
its text, and nothing on the page is cut (:mod:`test_fits_netbook_at_16_pt`). The real main window, sheet and review
screen, in English and German."""
from __future__ import annotations

from contextlib import ExitStack

import pytest
from PySide6.QtCore import QPoint, QRect

from grader_app.ui import mapping_layout
from review_windows import class_sheet, review_grouped, window_in
from settle import settle
from test_fits_netbook_at_16_pt import NETBOOK, cut, off_screen
from test_group_list_room import ALIKE, TEXTS
from test_review_decision_in_view import PROMPT, _settle
from ui_helpers import make_bundle

LEAST_LINES = 4   # lines of the member list's text in sight, at the least (5.1 now; it was 2.6 in German, 4.8 in English)
# a model's title as long as a shipped one's ("ASAP-SAS 10 — Science: lid colour and temperature: painting the
# doghouse"): the question's line above the card takes two lines at 16 pt
TITLE = "Science: replicating the vinegar experiment with four materials and their mass"


@pytest.fixture
def reviewing(qtbot, qapp, task_manager, tmp_path, monkeypatch, font_16):
    make_bundle(tmp_path / "shipped_bundles", "asap-sas-1", title=TITLE, prompt=PROMPT)
    monkeypatch.setattr(mapping_layout, "available_geometry", lambda _w: NETBOOK)
    windows = ExitStack()   # each window made, closed as the test ends (English again)

    def open_group(lang: str):
        window = windows.enter_context(window_in(qtbot, task_manager, lang, NETBOOK.width(), NETBOOK.height()))
        view = review_grouped(qtbot, window, class_sheet(tmp_path / "class.csv", TEXTS), 1)
        assert window.size() == NETBOOK.size()
        assert len(view.current_unit()) == len(ALIKE) and view.card.showing_group()
        _settle(qtbot, view)
        return window, view

    with windows:
        yield open_group


def list_lines(view) -> float:
    """How many lines of the member list's text are in sight: the part of the list's viewport inside the card's."""
    area, card = view.group_panel.list_area, view.scroll.viewport()
    inside = QRect(area.viewport().mapTo(card, QPoint(0, 0)), area.viewport().size()).intersected(card.rect())
    return max(0, inside.height()) / area.fontMetrics().lineSpacing()


@pytest.mark.parametrize("lang", ["en", "de"])
def test_at_16_pt_on_1024_by_600_the_member_list_shows_three_lines_and_nothing_is_cut(qtbot, reviewing, lang):
    window, view = reviewing(lang)
    # the card is placed a turn of the event loop after it is laid out
    settle(qtbot, lambda: list_lines(view) >= LEAST_LINES and not cut(window))
    assert list_lines(view) >= LEAST_LINES, (lang, list_lines(view))
    assert off_screen(window) == [] and cut(window) == []
    # the question's line is still in sight above the card, its beginning at least, and whole in its tooltip
    question = view.question_label
    assert question.isVisible() and question.mapTo(window, QPoint(0, 0)).y() >= 0
    if getattr(question, "folded", False):
        assert question.shown().rstrip("…") and question.shown() != question.text()
    # what the question is out of, beside the score buttons, is in sight, whole or cut with "…"
    scale = view.score_buttons.scale_label
    assert scale.isVisible() and scale.text()
