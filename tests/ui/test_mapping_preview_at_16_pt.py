"""The columns dialog's preview of the sheet at a 16 pt font on a 1024×600 screen, in English, German and Spanish: it
stood at the bottom of the part of the dialog that scrolls, under the columns' choice and the models' table, so that
only its header was in sight (0 rows; the teacher had to scroll to recognise the columns). Now it stands under that
part, its heading always in sight; the columns' choices are whole first (test_column_choices_in_sight), and the handle
between the two dragged up shows at least :data:`LEAST_ROWS` whole rows, the choices above it scrolling.
Measured on the real dialog, opened by the real main window: each row's rectangle, cut by every widget it lies in."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect

from grader_app.ui import i18n, mapping_layout
from test_fits_netbook_at_16_pt import NETBOOK, off_screen
from ui_helpers import make_long_csv

LEAST_ROWS = 5   # whole rows of the sheet in sight at the least
LEAST_CHARS = 12  # of the answers' column, in average characters


def in_sight(widget, rect: QRect, top) -> QRect:
    """The part of ``rect`` (in ``widget``'s coordinates) not cut by ``widget`` or any widget it lies in, up to ``top``,
    in ``top``'s coordinates."""
    shown = QRect(widget.mapTo(top, rect.topLeft()), rect.size())
    w = widget
    while w is not None and w is not top:
        shown = shown.intersected(QRect(w.mapTo(top, QPoint(0, 0)), w.size()))
        w = w.parentWidget()
    return shown.intersected(top.rect())


def rows_in_sight(dlg) -> int:
    view = dlg.preview
    port = view.viewport()
    rows = 0
    for r in range(view.model().rowCount()):
        rect = view.visualRect(view.model().index(r, 0))
        rect.setLeft(0)
        rect.setWidth(1)
        if rect.height() > 0 and in_sight(port, rect, dlg).height() >= rect.height():
            rows += 1
    return rows


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_the_preview_shows_its_first_rows_at_16_pt_on_a_netbook(qtbot, make_window, tmp_path, monkeypatch, font_16,
                                                                language):
    monkeypatch.setattr(mapping_layout, "available_geometry", lambda _w: NETBOOK)
    assert i18n.install(language)
    window = make_window((1024, 600))
    window.open_sheet(make_long_csv(tmp_path / "Science 9B" / "answers.csv", n_students=6))
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=10000)
    dlg = window.mapping_dialog
    qtbot.wait(50)   # the layouts settle
    assert off_screen(dlg) == []
    assert dlg.preview.model().rowCount() >= LEAST_ROWS
    heading = dlg.split.words[0]
    assert in_sight(heading, heading.rect(), dlg).height() == heading.height()
    dlg.split.moveSplitter(dlg.split.sizes()[0] - dlg.split.view.verticalHeader().defaultSectionSize() * 7, 1)
    qtbot.wait(50)   # the layouts settle
    assert rows_in_sight(dlg) >= LEAST_ROWS, (dlg.preview.height(), dlg.preview.mapTo(dlg, QPoint(0, 0)).y(),
                                              dlg.height())
    # the answers' column, as wide as it is in sight, shows the start of each answer
    answers = dlg.sheet.columns.index(dlg.mapping().answer_column)
    rect = dlg.preview.visualRect(dlg.preview.model().index(0, answers))
    width = in_sight(dlg.preview.viewport(), rect, dlg).width()
    assert width >= dlg.preview.fontMetrics().averageCharWidth() * LEAST_CHARS, width
    # the choices above it are still all within reach: they scroll
    for widget in (dlg.answer_combo, dlg.first_name_combo, dlg.items_table, dlg.items_note):
        dlg.scroller.ensureWidgetVisible(widget)
        assert in_sight(widget, widget.rect(), dlg).height() > 0, widget
    assert dlg.ok_button.isVisible() and in_sight(dlg.ok_button, dlg.ok_button.rect(), dlg) == QRect(
        dlg.ok_button.mapTo(dlg, QPoint(0, 0)), dlg.ok_button.size())
    dlg.reject()
