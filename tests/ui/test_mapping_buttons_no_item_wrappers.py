"""The columns dialog puts its OK and Cancel buttons last in the Tab order without reading its button row's items back
into Python.

Read back with ``itemAt``, each item of the row (the stretch and each button's QWidgetItem) got a Python wrapper held
by the row's wrapper. When the garbage collector frees a widget tree let go of, it may clear such a wrapper before the
row's, hand it the item the row still holds, and the item is deleted twice: the segmentation fault a standalone review
screen died of (test_review_view_collected_safely.py). The dialog now asks the row each button's place (``indexOf``),
which makes no wrapper, and the buttons still come last in the order the platform lays them out."""
from __future__ import annotations


import pandas as pd
from PySide6.QtCore import Qt

from grader_app.bundles.library import Library
from grader_app.core.sheet import WIDE, ColumnMapping, Sheet
from grader_app.ui.mapping_dialog import MappingDialog
from ui_helpers import item_wrappers



def _tab_stops_after(widget, n: int) -> list:
    """The next ``n`` widgets after ``widget`` in its focus chain that Tab stops at."""
    stops, w = [], widget.nextInFocusChain()
    while len(stops) < n and w is not widget:
        if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus:
            stops.append(w)
        w = w.nextInFocusChain()
    return stops


def test_the_button_row_gets_no_item_wrapper_and_the_buttons_come_last_in_their_order(qtbot, shipped_bundles):
    frame = pd.DataFrame({"ID": ["1", "2"], "Name": ["Ann", "Bo"], "asap-sas-1": ["the membrane", "water"]},
                         dtype=object)
    dlg = MappingDialog(Sheet(frame=frame), Library.load([shipped_bundles]),
                        ColumnMapping(layout=WIDE, id_column="ID", name_column="Name",
                                      answer_columns={"asap-sas-1": "asap-sas-1"}))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.long_radio.setChecked(True)   # the questions' table built again, and the Tab order with it
    dlg.wide_radio.setChecked(True)
    row = dlg.buttons.layout()
    assert item_wrappers(row) == []
    buttons = sorted(dlg.buttons.buttons(), key=lambda b: b.mapTo(dlg, b.rect().topLeft()).x())   # as laid out
    assert len(buttons) == 2 and dlg.ok_button in buttons
    after_preview = _tab_stops_after(dlg.preview, 2)
    assert after_preview == buttons, "after the preview, Tab goes to the buttons, left to right"
