"""The results page's filter row chooses its filters' words as it is given its width (results_controls.FilterRow):
it measured the search box through the row's second item. While a window freed by the garbage collector is torn
down, that item's wrapper is let go of with the page's layout and the row lets go of it (flow_layout), yet the row is
still laid out: "'NoneType' object has no attribute 'minimumSize'" was raised into the event loop, failing whichever
test ran then (a stress run that collected at every allocation, in test_fits_netbook_at_16_pt). Laid out without its
search box, the row now just places what is left."""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import QRect

from grader_app.ui.results_controls import FilterRow
from ui_helpers import results_view, scored_session


def test_the_filter_row_laid_out_after_its_search_box_item_was_deleted_places_the_filters(qtbot, shipped_bundles):
    view = results_view(qtbot, scored_session(shipped_bundles))
    row = view.findChild(FilterRow)
    assert row is not None and row.count() == 2
    filters = row.itemAt(0).widget()
    gone = row.itemAt(1)
    assert gone.widget() is view.search
    shiboken6.invalidate(gone)   # as the teardown leaves it: its wrapper let go of with the page's layout, unasked
    row.setGeometry(QRect(0, 0, 700, 200))
    assert row.count() == 1
    assert filters.geometry().topLeft() == QRect(0, 0, 700, 200).topLeft()   # the filters still placed, at the start
    assert filters.width() > 0
