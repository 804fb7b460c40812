"""The widths of the columns dialog's table of questions (:func:`~.mapping_items.items_table`) where it is short of room.

QA, a German teacher's own workbook (two questions, no model for either) at a 16 pt font on a 1024×600 screen: the
"Out of" column, sized to its title, took 204 px for "Höchstpunktzahl" beside fields 119 px wide, the question column
kept its 12 em, and "Scored by", which takes what is left, was squeezed to its least: every question's choice read
"Kei…" ("No …" in English, "Sin…" in Spanish), and the table was a pixel too wide, its last title cut by its edge
under a scroll bar. Here, short of room, the "Out of" title gives way first, down to its fields (cut with "…", whole
in its tooltip, as the other titles), then the question column (its cells are cut with "…" and whole in their
tooltips), down to its least, so that each model's choice shows :data:`NAME_CHARS` characters of its name where the
row has room for that. With room to spare the columns are as :mod:`.mapping_items` makes them.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtWidgets import QHeaderView, QStyle, QTableWidget

from .filter_guard import passes_when_collected
from .eliding_combo import ElidingCombo
from .mapping_layout import QUESTION_EM

QUESTION, SCORED_BY, OUT_OF = 0, 2, 3
NAME_CHARS = 15        # of a model's name (or of "No model — …"), what its choice should show where the row has room
QUESTION_LEAST_EM = 8  # the least the question column gives way to for the names (its first words: "Erkläre, warum…")
QUESTION_SQUEEZED_EM = 6   # ... and for the "Scored by" title's least (the header's least section, as items_table sets)
TITLE_LEAST_CHARS = 8  # the least of a column title cut short, before its "…"


class ItemWidths(QObject):
    """Keeps ``table``'s columns (question, answers, scored by, out of) sharing its width as the module says; the dialog
    calls :meth:`fit` once the rows are filled, and each resize of the table calls it again."""

    def __init__(self, table: QTableWidget) -> None:
        super().__init__(table)
        self.table = table
        table.horizontalHeader().setSectionResizeMode(OUT_OF, QHeaderView.ResizeMode.Fixed)   # set here, to its need
        table.installEventFilter(self)

    @passes_when_collected
    def eventFilter(self, watched: QObject, e: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.table and e.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return super().eventFilter(watched, e)

    def _title_need(self, column: int, chars: int | None = None) -> int:
        """The width the title of ``column`` needs whole (or its first ``chars`` characters and "…")."""
        head = self.table.horizontalHeader()
        cell = self.table.horizontalHeaderItem(column)
        text = cell.text() if cell is not None else ""
        if chars is not None and len(text) > chars:
            text = text[:chars] + "…"
        margin = 2 * head.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, head)
        return head.fontMetrics().horizontalAdvance(text) + margin + 2

    def _fields_need(self) -> int:
        widgets = [self.table.cellWidget(r, OUT_OF) for r in range(self.table.rowCount())]
        grid = 1 if self.table.showGrid() else 0   # a cell is its section less the grid's line
        return max((w.sizeHint().width() for w in widgets if w is not None), default=0) + grid

    def _name_need(self) -> int:
        """What the widest choice of model needs to show :data:`NAME_CHARS` characters of its text (all of a shorter)."""
        need = 0
        for r in range(self.table.rowCount()):
            combo = self.table.cellWidget(r, SCORED_BY)
            if not isinstance(combo, ElidingCombo):
                continue
            fm, text = combo.fontMetrics(), combo.currentText()
            shown = text if len(text) <= NAME_CHARS else text[:NAME_CHARS] + "…"
            need = max(need, fm.horizontalAdvance(shown) + _chrome(combo))
        return need

    def fit(self) -> None:
        table = self.table
        head = table.horizontalHeader()
        room = table.viewport().width()
        if room <= 0 or table.rowCount() == 0:
            return
        em = table.fontMetrics().horizontalAdvance("M")
        fields = self._fields_need()
        out_wish = max(fields, self._title_need(OUT_OF))
        out_least = max(fields, min(out_wish, self._title_need(OUT_OF, TITLE_LEAST_CHARS)))
        q_wish = min(max(table.sizeHintForColumn(QUESTION), em * QUESTION_LEAST_EM), em * QUESTION_EM)
        shown_out = not table.isColumnHidden(OUT_OF)
        others = sum(head.sectionSize(c) for c in range(table.columnCount())
                     if c not in (QUESTION, SCORED_BY, OUT_OF) and not table.isColumnHidden(c))
        out, question = (out_wish if shown_out else 0), q_wish
        short = others + question + out + self._name_need() - room
        if shown_out and short > 0:   # the "Out of" title first, down to its fields
            out = max(out_least, out_wish - short)
            short -= out_wish - out
        if short > 0:                 # then the question column, down to its first words
            question = max(min(q_wish, em * QUESTION_LEAST_EM), question - short)
        # never "Scored by" squeezed past its title's least: a scroll bar took the table's last column out of sight
        over = others + question + out + max(head.minimumSectionSize(), self._title_need(SCORED_BY, TITLE_LEAST_CHARS)) \
            - room
        if over > 0:
            question = max(min(q_wish, em * QUESTION_SQUEEZED_EM), question - over)
        if shown_out and head.sectionSize(OUT_OF) != out:
            head.resizeSection(OUT_OF, out)
        if head.sectionSize(QUESTION) != question:
            head.resizeSection(QUESTION, question)


def _chrome(combo: ElidingCombo) -> int:
    """How much wider ``combo`` is than the text it draws (its frame, arrow and icon), whatever its width."""
    probe = QRect(0, 0, 1000, max(combo.height(), combo.sizeHint().height()))
    return probe.width() - combo.text_width_at(probe)

