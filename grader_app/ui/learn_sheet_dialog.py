"""A small dialog for "Make models from a marked sheet…": which column holds the scores, and in a workbook of
several worksheets which worksheet holds the marks (opened with ``open()``, so tests can drive it). Choosing
another worksheet asks the caller to read it (``worksheetChosen``, on a worker); :meth:`show_sheet` then lists
its columns."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


class LearnSheetDialog(QDialog):
    worksheetChosen = Signal(str)

    def __init__(self, file_name: str, sheet, guess: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Make models from a marked sheet"))
        intro = QLabel(self.tr("Grader learns one model per question from the answers in “{sheet}” that have a score, "
                               "checks each one and adds it to your models. Rows without a score are left out.").format(
                                   sheet=file_name), self)
        intro.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        self.worksheet: QComboBox | None = None
        if len(sheet.sheet_names) > 1:   # the reader chose the worksheet with the most text; the marks may be elsewhere
            sheet_label = QLabel(self.tr("Work&sheet with the marks:"), self)
            self.worksheet = QComboBox(self)
            self.worksheet.addItems(list(sheet.sheet_names))
            self.worksheet.setCurrentText(sheet.sheet_name or "")
            self.worksheet.setAccessibleName(self.tr("the worksheet with the marks"))
            sheet_label.setBuddy(self.worksheet)
            self.worksheet.activated.connect(lambda _i: self._worksheet_changed())
            lay.addWidget(sheet_label)
            lay.addWidget(self.worksheet)
        label = QLabel(self.tr("&Which column holds your scores?"), self)
        self.column = QComboBox(self)
        self.column.setAccessibleName(self.tr("the column of scores"))
        label.setBuddy(self.column)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Make the models"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for w in (label, self.column, buttons):
            lay.addWidget(w)
        self.show_sheet(sheet, guess)

    def _worksheet_changed(self) -> None:
        self.column.clear()                 # until the chosen worksheet is read, there is nothing to choose
        self.ok_button.setEnabled(False)
        self.worksheetChosen.emit(self.worksheet_name())

    def show_sheet(self, sheet, guess: str | None) -> None:
        """List the columns of ``sheet`` (the worksheet read), the guessed score column chosen."""
        columns = list(sheet.columns)
        self.column.clear()
        self.column.addItems(columns)
        if guess in columns:
            self.column.setCurrentIndex(columns.index(guess))
        self.ok_button.setEnabled(bool(columns))

    def score_column(self) -> str:
        return self.column.currentText()

    def worksheet_name(self) -> str | None:
        """The worksheet chosen, or None for a sheet that has only one."""
        return self.worksheet.currentText() if self.worksheet is not None else None
