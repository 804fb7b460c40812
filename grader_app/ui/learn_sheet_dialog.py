"""A small dialog for "Make models from a marked sheet…": which column holds the scores, which holds the answers (found
by Grader unless the teacher chooses), and in a workbook of several worksheets which worksheet holds the marks (opened
with ``open()``, so tests can drive it). It says up front how many marked answers a question needs to make a model
(:data:`grader_app.learn.limits.MIN_MARKS`). Choosing another worksheet asks the caller to read it (``worksheetChosen``,
on a worker); :meth:`show_sheet` then lists its columns."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ..learn.limits import MIN_MARKS
from .export_layout import room
from .i18n import QT_TRANSLATE_NOOP
from .mapping_layout import COMBO_CHARS, fit_to_screen

FOUND_BY_GRADER = QT_TRANSLATE_NOOP("LearnSheetDialog", "(let Grader find it)")


class LearnSheetDialog(QDialog):
    worksheetChosen = Signal(str)

    def __init__(self, file_name: str, sheet, guess: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Make models from a marked sheet"))
        intro = QLabel(self.tr("Grader learns one model per question from the answers in “{sheet}” that have a score, "
                               "checks each one and adds it to your models. Rows without a score are left out.").format(
                                   sheet=file_name), self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)   # the file's name, as written
        # said before the teacher waits for the learning: a question with fewer marks is skipped (learn.from_sheet)
        self.minimum_note = QLabel(self.tr("A question needs at least %n marked answers to make a model: a model learned "
                                           "from fewer could not take any answer on its own. A question with fewer is "
                                           "skipped, and Grader says how many more to mark.", "", MIN_MARKS), self)
        self.minimum_note.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.minimum_note)
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
        answer_label = QLabel(self.tr("Which column holds the &answers?"), self)
        self.answers = QComboBox(self)
        self.answers.setAccessibleName(self.tr("the column of answers"))
        answer_label.setBuddy(self.answers)
        self.same_note = QLabel("⚠ " + self.tr("The answers and the scores cannot be in the same column: choose the column "
                                               "with the answers."), self)
        self.same_note.setWordWrap(True)
        self.same_note.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Make the models"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for w in (label, self.column, answer_label, self.answers, self.same_note, buttons):
            lay.addWidget(w)
        for combo in (self.column, self.answers):   # a whole question as a header does not widen the dialog
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(COMBO_CHARS)
        self.column.currentIndexChanged.connect(self._check)
        self.answers.currentIndexChanged.connect(self._check)
        self.show_sheet(sheet, guess)
        self._fit(self.fontMetrics().horizontalAdvance("M") * 40)

    def _fit(self, width: int) -> None:
        """As tall as its wrapped sentences are at ``width`` (a dialog sizes itself without them: at a 15 pt font in
        Spanish their last lines were cut off), no larger than the screen."""
        lay = self.layout()
        if lay is None:
            return
        lay.activate()
        fit_to_screen(self, QSize(width, lay.totalHeightForWidth(min(width, room(self).width()))))

    def _worksheet_changed(self) -> None:
        self.column.clear()                 # until the chosen worksheet is read, there is nothing to choose
        self.answers.clear()
        self.ok_button.setEnabled(False)
        self.worksheetChosen.emit(self.worksheet_name())

    def show_sheet(self, sheet, guess: str | None) -> None:
        """List the columns of ``sheet`` (the worksheet read), the guessed score column chosen and the answers' column
        left to Grader."""
        columns = list(sheet.columns)
        self.column.clear()
        self.column.addItems(columns)
        if guess in columns:
            self.column.setCurrentIndex(columns.index(guess))
        self.answers.clear()
        self.answers.addItem(QCoreApplication.translate("LearnSheetDialog", FOUND_BY_GRADER), None)
        for c in columns:
            self.answers.addItem(c, c)
        self._check()

    def _check(self, *_args) -> None:
        same = self.answer_column() is not None and self.answer_column() == self.score_column()
        if same == self.same_note.isHidden():
            self.same_note.setVisible(same)
            if self.isVisible():
                self._fit(self.width())
        self.ok_button.setEnabled(self.column.count() > 0 and not same)

    def accept(self) -> None:
        if self.ok_button.isEnabled():   # not while no worksheet is read, nor with the answers in the scores' column
            super().accept()

    def score_column(self) -> str:
        return self.column.currentText()

    def answer_column(self) -> str | None:
        """The column the teacher chose for the answers, or None for Grader to find it."""
        return self.answers.currentData()

    def worksheet_name(self) -> str | None:
        """The worksheet chosen, or None for a sheet that has only one."""
        return self.worksheet.currentText() if self.worksheet is not None else None
