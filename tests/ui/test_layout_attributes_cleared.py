"""A flow layout (and the results page's filter row) whose Python attributes the garbage collector has cleared, as it
does to the objects of a window it frees, may still be asked by Qt for its sizes and laid out while that window is torn
down (amid another window's events). Its overrides read ``_items``, ``_stretch_last`` and ``_bar`` from the instance:
an AttributeError raised into the event loop, failing whichever test ran then. A cleared layout now reads its class's
neutral values (no items, nothing to fit) and answers as an empty layout; a live one lays out as before."""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QPushButton

from flow_rows import shown_flow_row
from grader_app.ui.flow_layout import FlowLayout
from grader_app.ui.results_controls import FilterRow
from ui_helpers import results_view, scored_session


def _asked_as_qt_asks(layout: FlowLayout) -> None:
    layout.invalidate()
    layout.setGeometry(QRect(0, 0, 500, 120))
    layout.sizeHint()
    layout.minimumSize()
    layout.heightForWidth(300)
    layout.itemAt(0)
    layout.takeAt(0)


def test_a_flow_layout_whose_attributes_were_cleared_answers_as_an_empty_layout(qtbot):
    box, row, buttons = shown_flow_row(qtbot, 500, 120)
    assert row.count() == 3 and row.sizeHint().width() > 0
    del row._stretch_last   # one attribute cleared first, the items still there: laid out, one line
    row.setGeometry(QRect(0, 0, 500, 120))
    first, last = buttons[0].geometry(), buttons[2].geometry()
    assert first.left() == row.contentsMargins().left() and first.top() == last.top()
    assert buttons[0].geometry().right() < buttons[1].geometry().left() < buttons[2].geometry().left()
    vars(row).clear()   # what the collector does to an object in a garbage cycle: its attributes dropped
    _asked_as_qt_asks(row)
    m = row.contentsMargins()
    assert row.count() == 0 and row.itemAt(0) is None
    assert row.sizeHint() == QSize(m.left() + m.right(), m.top() + m.bottom())
    assert row.heightForWidth(300) == m.top() + m.bottom()
    row.addWidget(QPushButton("added after"))   # an instance list of its own, not the class's default
    assert row.count() == 1 and FlowLayout._items == ()


def test_a_filter_row_whose_attributes_were_cleared_is_laid_out_without_fitting(qtbot, shipped_bundles):
    view = results_view(qtbot, scored_session(shipped_bundles))
    row = view.findChild(FilterRow)
    assert row is not None and row.count() == 2
    filters, search = row.itemAt(0).widget(), row.itemAt(1).widget()
    del row._bar   # the filters' bar cleared first, its items still there: laid out, nothing fitted
    area = QRect(0, 0, 700, 200)
    row.setGeometry(area)
    assert filters.geometry().left() == 0 and filters.width() > 0 and search.width() > 0   # both placed, in the row
    assert area.contains(filters.geometry()) and area.contains(search.geometry())
    assert not filters.geometry().intersects(search.geometry())
    vars(row).clear()   # then all of it
    _asked_as_qt_asks(row)
    assert row.count() == 0
