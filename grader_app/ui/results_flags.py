"""How the results table's Flags cell says an answer with more than one flag: the most serious one's short form and how
many more ("not prose +1": :func:`.style.flags_cell`), where the column is too narrow for that, the short form cut and
the count whole ("nur Begr… +1"): the count is what tells the teacher there is more than the cell shows, and the
cell's tooltip names every flag whole.

Why the count is not always beside a whole short form: at 1366×768 the column has room for the widest short form
beside its icon and no more ("copies task", "model fault": 68 px in English; "nur Begriffe" 71 px in German), and the
16 px of " +1" could come only from the Answer column, which has just the share tests/ui/test_results_answer_room.py
asks of it (414 px of 1088 in English, 321 of 1105 in German). So the flags are put in order, the most serious first
(:data:`.core.flags.BY_WEIGHT`: blank, model fault, copied or identical before the text's form), and only the count is
sure to be drawn whole; in Spanish, and in a wider table, the first short form is whole as well."""
from __future__ import annotations

from PySide6.QtWidgets import QStyle, QStyledItemDelegate

from ..core.flags import most_serious_first
from . import results_model as rm
from . import style


def cut_flags(fm, names: list[str], room: int) -> str:
    """The Flags cell's text for ``names`` in ``room`` pixels: whole where it fits; else for more than one flag, the
    first one's short form cut as far as needed and the count of the others whole; else "" (a one-flag cell: Qt's own
    cut)."""
    whole = style.flags_cell(names)
    if fm.horizontalAdvance(whole) <= room or len(names) < 2:
        return whole
    first, more = style.flag_short(most_serious_first(names)[0]), len(names) - 1
    for k in range(len(first) - 1, 0, -1):
        kept = style.flags_more(first[:k].rstrip() + "\u2026", more)
        if fm.horizontalAdvance(kept) <= room:
            return kept
    return style.flags_more("", more).strip()   # the count alone: the flag's icon is beside it


class FlagsCell(QStyledItemDelegate):
    """The Flags column's cells: a cell with more than one flag too wide for its column cut as :func:`cut_flags` cuts
    it, the count of the other flags never cut."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        widget = option.widget
        if not option.text or widget is None or option.rect.width() <= 0:
            return
        names = index.data(rm.FlagsRole) or []
        if len(names) < 2:
            return
        qstyle = widget.style()
        room = qstyle.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget).width()
        room -= 2 * (qstyle.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1)
        option.text = cut_flags(option.fontMetrics, list(names), room)
