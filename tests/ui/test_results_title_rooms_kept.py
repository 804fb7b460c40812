"""The results table's column titles are measured as the header draws them (:func:`.results_titles.title_room`: in
bold, beside the sort arrow in the column sorted by). Each measure built a style option and a bold font and asked the
style for the title's room, and the column fitter asks every title's room and every short title's at each fit of the
columns (several as a sheet is shown: the page's layout, the scroll bar, the window's size), the header every title's
at each of its paints: some 24 measures a fit. The header keeps what it worked out until its font or its style changes.
The real table and view on a real scored session."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QFont

from grader_app.ui import results_model as rm
from grader_app.ui import results_titles
from grader_app.ui.results_view import ResultsView
from ui_helpers import scored_session


@pytest.fixture
def view(qtbot, shipped_bundles):
    v = ResultsView()
    qtbot.addWidget(v)
    v.resize(1280, 700)
    v.show()
    qtbot.waitExposed(v)
    v.set_session(scored_session(shipped_bundles, n_students=10))
    return v


@pytest.fixture
def options(monkeypatch) -> list[int]:
    """The header style options built (one each time a title's room was asked of the style)."""
    built: list[int] = []

    class Counted(results_titles.QStyleOptionHeader):
        def __init__(self, *args) -> None:
            super().__init__(*args)
            built.append(1)
    monkeypatch.setattr(results_titles, "QStyleOptionHeader", Counted)
    return built


def test_fitting_the_columns_again_measures_no_title_again(view, options):
    rooms = [view.columns.header_width(c) for c in range(len(rm.HEADERS))]
    view.columns.apply()
    options.clear()
    view.columns.apply()
    view.table.horizontalHeader().grab()
    assert len(options) == 0   # 24 a fit, and one or two a title at each paint of the header, before
    assert [view.columns.header_width(c) for c in range(len(rm.HEADERS))] == rooms


def test_a_larger_font_measures_the_titles_again(view, options):
    rooms = [view.columns.header_width(c) for c in range(len(rm.HEADERS))]
    font = QFont(view.font())
    font.setPointSizeF(font.pointSizeF() * 1.5)
    view.setFont(font)
    larger = [view.columns.header_width(c) for c in range(len(rm.HEADERS))]
    assert options   # asked of the style again
    assert all(b > a for a, b in zip(rooms, larger)), (rooms, larger)
    header = view.table.horizontalHeader()
    bold = QFont(header.font())
    bold.setBold(True)
    for c in range(len(rm.HEADERS)):   # as measured afresh
        assert larger[c] == results_titles.QFontMetrics(bold).horizontalAdvance(rm.header(c)) \
            + results_titles.label_margin(header, False, max(header.height(), header.sizeHint().height())) + 1
