"""The columns dialog's table of questions and their models at a 16 pt font on a 1024×600 screen: its "Scored by"
column was a strip of 110–140 px (the columns' choice beside it kept its whole width, the table gave up all the room
the screen lacked), its title cut mid-letter in German ("ewertet vor") and each model's name clipped at the combo
box's edge ("Science: ce") with nothing to say that more follows. Then the columns' choice gave way first, down to half
the row or its least (mapping_layout.ShareRow), and each name showed at least :data:`SHOWN_CHARS` characters in English
and German, cut with "…" where longer, whole in the combo's tooltip; in Spanish 8 ("Science:…"), "Puntuada por" cut:
the columns' choice kept half the row, and its least was "Nombre del estudiante:" beside a 14-character combo. Now it
gives way down to its least, its combos down to mapping_layout.COMBO_LEAST_CHARS characters (a header cut with "…",
whole in its tooltip): in every language each column's title is whole and each name shows :data:`SHOWN_CHARS`
characters at the least. The dialog still keeps to the screen. The real main window and dialog on the shipped test
models."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle

from grader_app.ui import i18n, mapping_layout
from test_fits_netbook_at_16_pt import NETBOOK, columns, off_screen

SHOWN_CHARS = 15   # of a model's name, at the least (it had room for 8 or 9; in Spanish, later, for 8)
LEAST_CHARS = 8    # of a title or a name cut on purpose, at the least


def titles_cut(table, whole: bool) -> list[str]:
    """The column titles not shown whole (``whole``: cut at all; else cut without "…" and a tooltip saying it whole)."""
    head = table.horizontalHeader()
    margin = 2 * head.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, head)
    out = []
    for c in range(table.columnCount()):
        if table.isColumnHidden(c):
            continue
        text = table.horizontalHeaderItem(c).text()
        need = head.fontMetrics().horizontalAdvance(text) + margin
        if head.sectionSize(c) >= need:
            continue
        shown = head.fontMetrics().elidedText(text, head.textElideMode(), head.sectionSize(c) - margin)
        said = (head.textElideMode() != Qt.TextElideMode.ElideNone and table.horizontalHeaderItem(c).toolTip() == text
                and len(shown.rstrip("…")) >= LEAST_CHARS)
        if whole or not said:
            out.append(f"{text!r}: {head.sectionSize(c)} px, it needs {need}")
    return out


def names_shown(table) -> list[str]:
    """What each row's model choice shows of its name; a name cut without "…" and its whole in the tooltip fails."""
    out = []
    for r in range(table.rowCount()):
        combo = table.cellWidget(r, 2)
        text = combo.currentText()
        shown = combo.shown() if callable(getattr(combo, "shown", None)) else None   # a QComboBox clips its text
        assert shown is not None, f"{text!r} clipped at the edge of its {combo.width()} px combo box"
        assert shown == text or ("…" in shown and text in combo.toolTip()), (shown, combo.toolTip())
        out.append(shown.strip("…"))
    return out


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_the_scored_by_column_shows_its_title_and_the_models_names_at_16_pt(qtbot, make_window, tmp_path, monkeypatch,
                                                                            font_16, language):
    monkeypatch.setattr(mapping_layout, "available_geometry", lambda _w: NETBOOK)
    assert i18n.install(language)
    window = make_window((1024, 600))
    dlg = columns(qtbot, window, tmp_path, monkeypatch)
    table = dlg.items_table
    qtbot.waitUntil(lambda: table.horizontalHeader().sectionSize(2) > 0, timeout=3000)
    qtbot.wait(50)   # the layouts settle
    assert off_screen(dlg) == []
    assert titles_cut(table, whole=True) == []
    names = names_shown(table)
    assert names and min(len(n) for n in names) >= SHOWN_CHARS, names
    dlg.reject()
