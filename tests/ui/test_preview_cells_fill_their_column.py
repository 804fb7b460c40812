"""The columns dialog's preview of the sheet at 1366×768 (the common school laptop) at the normal font. Walkthrough on
a class of 150 answers: every answer in the preview was cut after 79 characters ("Pour vinegar in each of four
separate, but identical containers. ^p After 24 ho…") while the Answer column, the last, stretched over the dialog's
width had room for twice that, half of it empty. A cell now holds as much of the answer as its column shows (Qt cuts
what does not fit, at the column's edge); a huge answer still goes in cut, with its whole text in the tooltip."""
from __future__ import annotations

import csv

from PySide6.QtCore import QRect, Qt

from grader_app.ui import mapping_layout
from settle import settle

LAPTOP = QRect(0, 0, 1366, 768)
LONG = ("I would need to know how much vinegar went into each container, what kind of vinegar it was, and the "
        "sample sizes.")   # 114 characters: whole in the Answer column at 1366×768
HUGE = "word " * 2000


def _sheet(path):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Name", "Question", "Answer"])
        w.writerow(["S01", "Amara Okafor", "Vinegar", LONG])
        w.writerow(["S02", "Ben Whitfield", "Vinegar", HUGE])
        w.writerow(["S03", "Chloé Martin", "Vinegar", "Tools."])
    return path


def test_an_answer_fills_the_preview_column_that_has_room_for_it(qtbot, make_window, tmp_path, monkeypatch):
    monkeypatch.setattr(mapping_layout, "available_geometry", lambda _w: LAPTOP)
    window = make_window((LAPTOP.width(), LAPTOP.height() - 40))
    window.open_sheet(_sheet(tmp_path / "class.csv"))
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=10000)
    dialog = window.mapping_dialog
    view, model = dialog.preview, dialog.preview_model
    answer = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())].index("Answer")
    settle(qtbot, lambda: view.isVisible() and view.columnWidth(answer) > 0)
    shown = model.index(0, answer).data(Qt.ItemDataRole.DisplayRole)
    room = view.columnWidth(answer) - 2 * view.style().pixelMetric(view.style().PixelMetric.PM_FocusFrameHMargin) - 8
    assert view.fontMetrics().horizontalAdvance(LONG) < room   # the column has room for the whole answer
    assert shown == LONG, shown
    huge = model.index(1, answer).data(Qt.ItemDataRole.DisplayRole)
    assert huge.endswith("…") and len(huge) < len(HUGE) // 10    # a huge answer goes in cut ...
    assert model.index(1, answer).data(Qt.ItemDataRole.ToolTipRole).split() == HUGE.split()   # ... its tooltip whole
