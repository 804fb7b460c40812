"""QA (s51b #10): one pasted answer of megabytes. The review card laid all of it out in one label (a label taller than
Qt lets a widget be, seconds to lay out), the results table collapsed its spaces at every paint, its tooltip was the
whole paste. The card now lays out the first ``text_wrap.SHOWN_CHARS`` characters (far beyond any real answer) and
says how many more there are and that the graded sheet keeps the whole answer; the table and its tooltip show its
start; sorting and searching still work. The real screens on a sheet scored for real."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from grader_app.text import READ_CHARS
from grader_app.ui.results_cells import ANSWER
from grader_app.ui.text_wrap import SHOWN_CHARS
from ui_helpers import results_view, review_view, scored_rows_project

START = "Osmosis moves water across the membrane from high to low concentration because "
PASTE = (START + "the cell membrane lets water through but not the larger molecules; " * 30_000)   # about 2 MB


@pytest.fixture
def pasted(tmp_path):
    rows = [("asap-sas-1", "Water moves by osmosis."), ("asap-sas-1", PASTE),
            ("asap-sas-1", "Vinegar amount and container size.")]
    session, store = scored_rows_project(tmp_path, rows)
    yield session, store
    store.close()


def test_the_review_card_shows_the_start_of_a_paste_and_says_what_is_not_shown(qtbot, pasted):
    session, store = pasted
    assert len(PASTE) > 20 * SHOWN_CHARS and SHOWN_CHARS >= 10 * READ_CHARS
    view = review_view(qtbot, session, store)
    view.go_to(1)
    shown = view.answer_label.text()
    assert shown.startswith(START) and len(shown) < SHOWN_CHARS + 1000, len(shown)
    more = len(PASTE) - SHOWN_CHARS
    assert f"{more:,}".replace(",", "\u00a0") in shown or f"{more:,}" in shown or str(more) in shown, shown[-400:]
    assert "graded sheet" in shown[-400:] and "whole answer" in shown[-400:], shown[-400:]
    assert "much longer than the others" in " ".join(view.flag_texts())   # it comes to the teacher
    assert view.answer_label.sizeHint().height() < 16_777_215   # a widget Qt can lay out
    assert len(view.accessibleDescription()) < SHOWN_CHARS + 2000   # a screen reader is given the same start
    view.go_to(0)
    assert view.answer_label.text() == "Water moves by osmosis."   # a real answer: whole, no note


def test_the_results_table_shows_sorts_and_finds_a_paste(qtbot, pasted):
    session, _store = pasted
    view = results_view(qtbot, session)
    model = view.model
    row = next(r for r in range(model.rowCount()) if model._order[r] == 1)
    cell = model.index(row, ANSWER)
    assert model.data(cell, Qt.ItemDataRole.DisplayRole).startswith("Osmosis moves water")
    assert len(model.data(cell, Qt.ItemDataRole.DisplayRole)) <= 90
    tip = model.data(cell, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith(START) and len(tip) < 10_000 and "characters" in tip[-200:], tip[-200:]
    view.proxy.sort(ANSWER, Qt.SortOrder.AscendingOrder)
    order = [view.proxy.data(view.proxy.index(r, ANSWER)) for r in range(view.proxy.rowCount())]
    assert order[0].startswith("Osmosis") and order[1].startswith("Vinegar"), order
    view.search.setText("larger molecules")
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 1, timeout=3000)
    view.grab()   # painted with the paste in sight
