"""The results table's Flags column at a 16 pt font in a 1024×600 window, on the sample sheet scored for real, in
English and German: the column is at its least (68 px in English, 78 in German; the widest short form wants 150) and
every flagged answer's cell was drawn cut to a letter or two, "b…", "t…", "zu…", "nu…". Now a cell says a flag's short
form only where it is whole; where it is not, it draws the icon alone (the flag, or the number of flags in its red
circle), no letters, and its tooltip names every flag whole."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from cell_text import shown_icon, shown_text, text_room
from grader_app.core import flags
from grader_app.ui import results_model as rm
from grader_app.ui import style
from grader_app.ui.plain_tip import plain_tip
from sample_sheet import sample_scored
from settle import settle

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _wrong(table, row: int) -> str | None:
    """What is wrong with the Flags cell of ``row`` (None: it is drawn whole, or as its icon alone)."""
    model = table.model()
    cell = model.index(row, rm.FLAGS)
    names = model.data(cell, rm.FlagsRole)
    shown, icon = shown_text(table, cell), shown_icon(table, cell)
    if shown.endswith("…") or table.fontMetrics().horizontalAdvance(shown) > text_room(table, cell):
        return f"{names} drawn as {shown!r} in {table.columnWidth(rm.FLAGS)} px"
    if icon.isNull():
        return f"{names} drawn as {shown!r} without an icon"
    if len(names) > 1 and shown != style.flags_cell(names) and icon.cacheKey() != style.flag_count_icon(
            len(names)).cacheKey():
        return f"{names} drawn as {shown!r}: the count neither in words nor in the icon"
    return None


@pytest.mark.parametrize("language", ["en", "de"])
def test_at_16_pt_in_1024_by_600_a_flag_is_said_whole_or_by_its_icon_alone(qtbot, make_window, tmp_path, font_16,
                                                                           language):
    window, _session = sample_scored(qtbot, make_window, tmp_path, language, (1024, 600))
    table, model = window.results.table, window.results.table.model()
    rows = [r for r in range(model.rowCount()) if model.data(model.index(r, rm.FLAGS), rm.FlagsRole)]
    assert len(rows) > 10   # the sample's blank, short, identical and list-of-terms answers

    def problems() -> list[str]:
        return [w for w in (_wrong(table, r) for r in rows) if w]

    settle(qtbot, lambda: not problems())
    assert window.size().toTuple() == (1024, 600)
    assert problems() == [], "\n".join(problems())
    cut = [r for r in rows if shown_text(table, model.index(r, rm.FLAGS)) == ""]
    assert cut   # at this size the column has no room for most short forms: the icon alone says them
    for r in rows:
        names = model.data(model.index(r, rm.FLAGS), rm.FlagsRole)
        assert model.data(model.index(r, rm.FLAGS), Qt.ItemDataRole.ToolTipRole) == plain_tip(
            "\n".join(map(style.flag_text, flags.most_serious_first(names))))
