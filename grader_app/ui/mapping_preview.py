"""The columns dialog's preview of the sheet: its first rows, each header shown from its start, and the cells that say
who the student is hidden while blind marking is on.

Blind marking (:mod:`.blind`) reaches the preview of the sheet too: while it is on, the cells of the columns chosen
as the student's id, name and first name are shown as "(hidden)", and so are those of any other column whose header
says it holds a name, an e-mail address, a user name or a student id (an LMS export has several: "First name",
"Surname", "Email address"); the headers stay, so the teacher can still check which column was chosen, and the mask
follows when another column is chosen. The columns chosen for the answers and the question are never hidden: they are
what the teacher checks. A column with another header that holds names ("Pupil X") is not recognised and stays
visible.

How the dialog knows: a project file beside the sheet that recorded the switch decides (the dialog reads it,
read-only; it is shown for such a project only when the project has no columns yet), as it will once the session is
open; otherwise the window's switch (View ▸ Hide student names), which a new project starts with, and the preview
follows that switch while the dialog is open. A dialog with no such window for parent (a test, a script) shows every
name unless it is given ``blind=True``. Whoever read the sheet on a worker looks at the project file there too and
passes ``recorded=(what it says,)``: no disk here.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QPalette, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QWidget

from ..core.sheet import ColumnMapping, Sheet
from .blind import BlindMarking, looks_like_identity, recorded_blind_marking, values_look_like_identity
from .mapping_layout import headers_from_the_start
from grader_app.ui.plain_tip import plain_tip

PREVIEW_ROWS = 8
# a cell holds this much of its text, more than the widest column shows at 1366x768 and more (Qt cuts the rest at the
# column's edge, with "…"); a huge answer does not go in whole (its tooltip has it). 80 cut every answer in half a
# column of room.
CELL_CHARS = 400
translate = QCoreApplication.translate


def blind_at_start(sheet: Sheet, parent, blind: bool | None, recorded: tuple[bool | None] | None,
                   follow: Callable[[bool], None]) -> bool:
    """Whether the preview starts blind (see the module); ``follow`` is told of the window's switch from then on
    when no project recorded it."""
    if blind is not None:
        return bool(blind)
    stored = recorded[0] if recorded is not None else recorded_blind_marking(sheet)   # (looked up on a worker)
    switch = parent.blind if isinstance(getattr(parent, "blind", None), BlindMarking) else None
    if stored is None and switch is not None and switch.action is not None:
        switch.action.toggled.connect(follow)
    return stored if stored is not None else bool(switch is not None and switch.names.blind)


class SheetPreview:
    """The preview's view (``view``), its model (``model``) and the note shown while blind marking is on (``note``)."""

    def __init__(self, sheet: Sheet, owner: QWidget, blind: bool) -> None:
        self.sheet = sheet
        self.owner = owner
        self.blind = blind
        self.note = QLabel(translate("MappingDialog", "Blind marking is on: the cells of the columns that say who the "
                                                      "student is are hidden in this preview."))
        self.note.setWordWrap(True)
        self.model = QStandardItemModel(owner)
        self.view = view = QTableView()
        view.setModel(self.model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().setVisible(False)
        view.setWordWrap(False)
        view.horizontalHeader().setStretchLastSection(True)
        view.verticalHeader().setDefaultSectionSize(owner.fontMetrics().height() + 6)
        view.setAccessibleName(translate("MappingDialog", "The first rows of the sheet"))
        self._texts: list[list[tuple[str, str]]] = []   # (cell, tooltip) per preview row, as in the sheet
        df = sheet.frame
        headers_from_the_start(view, self.model, sheet.columns)
        for r in range(min(PREVIEW_ROWS, len(df))):
            texts = []
            for c in range(len(df.columns)):
                v = df.iat[r, c]
                text = "" if v is None or (isinstance(v, float) and v != v) else " ".join(str(v).split())
                texts.append((text if len(text) <= CELL_CHARS else text[:CELL_CHARS - 1] + "…", str(v)))
            self._texts.append(texts)
        self.model.setRowCount(len(self._texts))   # the cells are filled by show()

    def hidden(self, m: ColumnMapping) -> set[str]:
        """The columns whose cells are hidden under the mapping ``m`` (none unless blind marking is on)."""
        if not self.blind:
            return set()
        shown = {m.answer_column, m.item_column, *m.answer_columns}
        frame = self.sheet.frame
        return {c for c in self.sheet.columns if c not in shown and (
            c in (m.id_column, m.name_column, m.first_name_column) or looks_like_identity(c)
            or values_look_like_identity(frame[c].head(PREVIEW_ROWS * 4).tolist()))}

    def show(self, m: ColumnMapping) -> None:
        """Fill the cells, those of the hidden columns masked."""
        hidden = self.hidden(m)
        self.note.setVisible(self.blind)
        mask = translate("MappingDialog", "(hidden)")
        why = translate("MappingDialog", "Hidden while blind marking is on (View ▸ Hide student names)")
        grey = self.owner.palette().color(QPalette.ColorRole.PlaceholderText)
        italic = QFont(self.view.font())
        italic.setItalic(True)
        model, role = self.model, Qt.ItemDataRole
        # through the model's setData (it returns a bool), not QStandardItem's setters, which return nothing:
        # PySide6 6.12 on Python 3.11 drops a reference to None on each such call (see grader_app/ui/__init__.py)
        for c, column in enumerate(self.sheet.columns):
            for r, texts in enumerate(self._texts):
                text, tip = texts[c]
                index = model.index(r, c)
                masked = column in hidden and bool(text)   # a blank cell gives nothing away
                model.setData(index, mask if masked else text, role.DisplayRole)
                model.setData(index, why if masked else plain_tip(tip), role.ToolTipRole)
                model.setData(index, grey if masked else None, role.ForegroundRole)
                model.setData(index, italic if masked else None, role.FontRole)

    def size_columns(self) -> None:
        self.view.resizeColumnsToContents()
        widest = self.owner.fontMetrics().horizontalAdvance("M") * 24
        for c in range(self.model.columnCount()):
            self.view.setColumnWidth(c, min(self.view.columnWidth(c), widest))
