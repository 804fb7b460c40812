"""A flow layout whose item Qt deleted behind its back (a window freed by the garbage collector while another
window's events ran) raised "Internal C++ object (QWidgetItem) already deleted" from its size questions inside the
event loop, and the test running at that moment failed (CI, test_main_window_starts_and_lists_the_bad_bundle)."""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import QRect

from flow_rows import shown_flow_row


def test_an_item_deleted_behind_the_layouts_back_is_let_go_of_and_the_rest_still_laid_out(qtbot):
    box, row, buttons = shown_flow_row(qtbot, 600, 100)
    gone = row.itemAt(1)
    shiboken6.delete(gone)       # what Qt's teardown does to it, without asking the layout
    assert not shiboken6.isValid(gone)
    assert row.count() == 2 and [row.itemAt(i).widget() for i in range(2)] == [buttons[0], buttons[2]]
    one_line = row.heightForWidth(600)
    assert row.sizeHint().width() >= buttons[0].sizeHint().width() + buttons[2].sizeHint().width()
    assert row.minimumSize().width() >= buttons[0].minimumSizeHint().width()
    assert row.heightForWidth(40) > one_line        # still wraps, one button a line
    row.setGeometry(QRect(0, 0, 600, 100))
    assert buttons[2].geometry().left() > buttons[0].geometry().right()   # the third now stands beside the first
    assert row.takeAt(5) is None and row.takeAt(1).widget() is buttons[2]
