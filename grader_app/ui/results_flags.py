"""How the results table's Flags cell says an answer with more than one flag: the most serious one's short form and how
many more ("not prose +1": :func:`.style.flags_cell`); where the column is too narrow for that, the short form whole
and the count in the cell's icon, the flag's red circle holding the number of flags (:func:`.style.flag_count_icon`)
in place of the flag. The cell's tooltip names every flag whole.

Why the count is not always in words: at 1366×768 the column has room for the widest short form beside its icon and no
more ("copies task", "model fault": 68 px of 69 in English; "nur Begriffe" 71 of 72 in German), and the 21 px of " +1"
could come only from the Answer column, which has just the share tests/ui/test_results_answer_room.py asks of it (414
px of 1088 in English, 321 of 1105 in German). The short form was cut to make room for the count ("just t… +1", "nur
B… +1"). The icon takes no room of the text's, so the short form is as whole as a lone flag's would be; in Spanish,
and in a wider table, the words "+1" fit and are said.

At a 16 pt font on a 1024×600 screen the column is at its least (68 px in English, 78 in German, where the widest short
form wants 150): a lone flag was drawn cut to its first letter, "b…", "t…", "n…" ("zu…", "nu…" in German), which says
nothing and reads as a fault. Where a flag's short form is not whole in its cell, the cell now draws its icon alone (the
flag, or the red circle with the number of flags), no letters; its tooltip names every flag whole, as always, and the
"Flagged" filter lists them."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

from ..core.flags import most_serious_first
from . import results_model as rm
from . import style, tints


def flags_shown(fm, names: list[str], room: int) -> tuple[str, bool]:
    """The Flags cell's text for ``names`` in ``room`` pixels, and whether its icon says the count: the whole cell
    ("just terms +1") where it fits; else the most serious flag's short form alone, the count (of two or more) in the
    icon; where even that is not whole, no text: the icon alone (the flag's, or the count's)."""
    whole = style.flags_cell(names)
    if fm.horizontalAdvance(whole) <= room:
        return whole, False
    first = style.flag_short(most_serious_first(names)[0]) if len(names) > 1 else whole
    return (first if fm.horizontalAdvance(first) <= room else ""), len(names) > 1


class FlagsCell(QStyledItemDelegate):
    """The Flags column's cells: a cell too wide for its column drawn as :func:`flags_shown` says, its icon holding the
    number of flags where there are more than one, or the icon alone where not even a short form is whole."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        widget = option.widget
        if not option.text or widget is None or option.rect.width() <= 0:
            return
        names = index.data(rm.FlagsRole) or []
        if not names:
            return
        qstyle = widget.style()
        room = qstyle.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget).width()
        room -= 2 * (qstyle.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1)
        option.text, counted = flags_shown(option.fontMetrics, list(names), room)
        if counted:   # on a dark palette's row: made to stand out from it, as the model's icons are
            ground = option.backgroundBrush.color() if option.backgroundBrush.style() != Qt.BrushStyle.NoBrush \
                else widget.palette().color(QPalette.ColorRole.Base)
            option.icon = style.flag_count_icon(len(names), ground if tints.is_dark(widget.palette(), tints.R.Base)
                                                else None)
