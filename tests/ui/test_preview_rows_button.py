"""The columns dialog on a 1024×600 screen at a 16 pt font, in German and Spanish, gives every row to the columns'
choices (test_column_choices_in_sight): the preview's heading stood alone, no row of the sheet under it, and only the
splitter's dotted handle hinted that dragging it up shows them (a handle no keyboard reaches). Now a button on the
heading's line says how to see them; pressed (or reached with Tab and Space), the sheet's first rows show, the choices
above them scrolling, and the button goes. Where the dialog has room for the rows, there is no button."""
from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QPoint, QRect, Qt

from grader_app.ui import i18n, mapping_layout
from sample_sheet import SAMPLE
from settle import settle
from test_mapping_preview_at_16_pt import LEAST_ROWS, in_sight, rows_in_sight

NETBOOK = QRect(0, 0, 1024, 600)
SHOW_ROWS = {"de": "Zeilen anzeigen", "es": "Mostrar filas"}


def _dialog(qtbot, make_window, tmp_path, monkeypatch, screen: QRect):
    if not SAMPLE.exists():
        pytest.skip("assets/sample-class.xlsx is not in this checkout")
    monkeypatch.setattr(mapping_layout, "available_geometry", lambda _w: screen)
    window = make_window((screen.width(), screen.height()))
    sheet = tmp_path / "Science 9B" / SAMPLE.name
    sheet.parent.mkdir()
    shutil.copyfile(SAMPLE, sheet)
    window.open_sheet(sheet)
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=10000)
    return window.mapping_dialog


@pytest.mark.parametrize("language", ["de", "es"])
def test_a_button_shows_the_rows_the_choices_left_no_room_for(qtbot, make_window, tmp_path, monkeypatch, font_16,
                                                             language):
    assert i18n.install(language)
    dialog = _dialog(qtbot, make_window, tmp_path, monkeypatch, NETBOOK)
    split, view = dialog.split, dialog.preview
    button = split.show_rows
    settle(qtbot, lambda: view.isHidden() and button.isVisible())
    assert view.isHidden() and button.isVisible()   # no row in sight: the button says how to see them
    assert button.text().replace("&", "") == SHOW_ROWS[language]
    assert in_sight(button, button.rect(), dialog) == QRect(button.mapTo(dialog, QPoint(0, 0)), button.size())
    heading = split.words[0]
    assert abs(button.mapTo(dialog, QPoint(0, 0)).y() + button.height() / 2
               - heading.mapTo(dialog, QPoint(0, 0)).y() - heading.height() / 2) <= 2   # on the heading's line
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    # Tab reaches it after the models' choices and before the dialog's buttons, as the dialog reads
    order, w = [], dialog.items_table
    while w is not dialog.ok_button and len(order) < 100:
        w = w.nextInFocusChain()
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisible():
            order.append(w)
    assert button in order and order[-1] is dialog.ok_button
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    settle(qtbot, lambda: rows_in_sight(dialog) >= LEAST_ROWS and button.isHidden())
    assert rows_in_sight(dialog) >= LEAST_ROWS and button.isHidden()
    assert view.hasFocus()   # the focus goes with them, not lost on the button gone
    for widget in (dialog.answer_combo, dialog.first_name_combo):   # the choices above still within reach: they scroll
        dialog.scroller.ensureWidgetVisible(widget)
        assert in_sight(widget, widget.rect(), dialog).height() == widget.height(), widget
    assert in_sight(dialog.ok_button, dialog.ok_button.rect(), dialog).size() == dialog.ok_button.size()
    dialog.reject()


def test_no_button_where_the_rows_are_in_sight(qtbot, make_window, tmp_path, monkeypatch):
    assert i18n.install("de")
    dialog = _dialog(qtbot, make_window, tmp_path, monkeypatch, QRect(0, 0, 1280, 800))
    settle(qtbot, lambda: rows_in_sight(dialog) >= LEAST_ROWS)
    assert rows_in_sight(dialog) >= LEAST_ROWS and dialog.split.show_rows.isHidden()
    dialog.reject()
