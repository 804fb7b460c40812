"""A small dialog for "Make models from a marked sheet…": which column holds the scores (opened with
``open()``, so tests can drive it)."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


class LearnSheetDialog(QDialog):
    def __init__(self, sheet_name: str, columns: list[str], guess: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Make models from a marked sheet"))
        intro = QLabel(self.tr("Grader learns one model per question from the answers in “{sheet}” that have a score, "
                               "checks each one and adds it to your models. Rows without a score are left out.").format(
                                   sheet=sheet_name), self)
        intro.setWordWrap(True)
        label = QLabel(self.tr("&Which column holds your scores?"), self)
        self.column = QComboBox(self)
        self.column.addItems(columns)
        self.column.setAccessibleName(self.tr("the column of scores"))
        label.setBuddy(self.column)
        if guess in columns:
            self.column.setCurrentIndex(columns.index(guess))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Make the models"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        for w in (intro, label, self.column, buttons):
            lay.addWidget(w)

    def score_column(self) -> str:
        return self.column.currentText()
