"""What the columns hold, as the teacher chooses it in the mapping dialog: the long and wide layouts and their choices.

Long (one row per answer): the answers' column, the question's, the student's id, name and first name. Wide (one column
per question): the student's id, name and first name, and the columns ticked as answers. Each layout's page holds a note
under the answers' choice and one under the student's (filled by :mod:`.mapping_doubts`). :class:`ColumnChoices` fills
the choices from a :class:`~grader_app.core.sheet.ColumnMapping` and reads one back from them; the dialog around it
(:mod:`.mapping_dialog`) says what follows from them. Its words are the dialog's ("MappingDialog" in the translations).
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QFormLayout, QGroupBox, QLabel, QListWidget, QListWidgetItem,
                               QStackedWidget, QVBoxLayout, QWidget)

from ..core.sheet import LONG, WIDE, ColumnMapping
from ..io.headers import question_items
from ..io.html_text import question_name
from ..learn.library_names import WHOLE_SHEET
from .eliding_combo import ElidingCombo
from .i18n import QT_TRANSLATE_NOOP
from .mapping_doubts import doubt_label
from .mapping_items import select
from .mapping_layout import COMBO_LEAST_CHARS, Measured, column_of, compact_combo
from .plain_tip import plain_tip
from .wrap_radio import WrapRadio

NONE_COLUMN = QT_TRANSLATE_NOOP("MappingDialog", "(none)")
CHOOSE_ANSWER = QT_TRANSLATE_NOOP("MappingDialog", "(choose the answers' column)")

translate = QCoreApplication.translate

__all__ = ["CHOOSE_ANSWER", "NONE_COLUMN", "ColumnChoices"]


class ColumnChoices(QGroupBox):
    """The box "What the columns hold": the two layouts' radios over the page of the one chosen.

    ``changed`` is called whenever a column choice or a tick changes (the radios are the dialog's to connect, once the
    first mapping is loaded)."""

    def __init__(self, columns: list[str], changed: Callable[..., None], parent: QWidget | None = None) -> None:
        super().__init__(translate("MappingDialog", "What the columns hold"), parent)
        self._wide_items: dict = {}
        self._default_item: str | None = None
        # their words wrap rather than widen the dialog past a small screen at a large font
        self.long_radio = WrapRadio(translate("MappingDialog", "&One row per answer (a question column says which question)"))
        self.wide_radio = WrapRadio(translate("MappingDialog", "One &column per question (one row per student)"))
        group = QButtonGroup(self)
        group.addButton(self.long_radio)
        group.addButton(self.wide_radio)
        measured = Measured()   # the headers measured once for all eight choices of a column

        def combo(none: str | None) -> QComboBox:
            c = ElidingCombo(least_chars=COMBO_LEAST_CHARS)   # squeezed, a header ends in "…" (whole in its tooltip)
            if none is not None:
                c.addItem(translate("MappingDialog", none), None)
            for name in columns:
                c.addItem(name, name)
            c.currentIndexChanged.connect(changed)
            return compact_combo(c, measured=measured)   # a whole question as a header must not widen the dialog past the screen

        # --- long ---------------------------------------------------------------------------------
        self.id_combo = combo(NONE_COLUMN)
        self.name_combo = combo(NONE_COLUMN)
        self.first_name_combo = combo(NONE_COLUMN)   # "Prénom" beside "Nom": the name column is then the surname
        self.item_combo = combo(NONE_COLUMN)
        # no answers' column guessed (or a wide guess switched to long): none chosen, not the first (the students' ids)
        self.answer_combo = combo(CHOOSE_ANSWER)
        self.answer_doubt = doubt_label()   # what looks wrong with the answers' column, right under it
        long_page = QWidget()
        form = QFormLayout(long_page)
        form.setContentsMargins(0, 0, 0, 0)   # inside the group box's own margins: room for a row at 1024x600
        form.addRow(translate("MappingDialog", "&Answer:"), self.answer_combo)
        form.addRow(self.answer_doubt)
        form.addRow(translate("MappingDialog", "&Question:"), self.item_combo)
        form.addRow(translate("MappingDialog", "Student &ID:"), self.id_combo)
        form.addRow(translate("MappingDialog", "Student &name:"), self.name_combo)
        form.addRow(translate("MappingDialog", "&First name:"), self.first_name_combo)
        self.student_doubt = doubt_label()   # one column chosen as both the student's id and name, under the choices
        form.addRow(self.student_doubt)
        # a download's questions left out as multiple choice (io.lms.closed_answers.leave_closed_out): ticked, graded too
        self._closed_out: list[str] = []
        self.closed_box = QCheckBox(translate("MappingDialog", "Also grade closed questions"))   # short: never widens
        self.closed_box.setToolTip(translate("MappingDialog", "Questions whose answers are only choices or numbers "
                                             "(multiple choice, true/false, numeric), which your learning platform marks "
                                             "itself: ticked, Grader grades them too."))
        self.closed_box.setVisible(False)
        self.closed_box.toggled.connect(changed)
        form.addRow(self.closed_box)
        first_tip = translate("MappingDialog", "When the sheet gives the first name in a column of its own (“First name” "
                              "and “Surname”), choose it here: the student is then shown by first name and surname.")
        form.labelForField(self.first_name_combo).setToolTip(first_tip)
        # with a first-name column chosen the name column holds the surname, and its row says so ("Nombre del
        # estudiante: Apellidos" read as if the surname were the whole name)
        self._name_rows: list[tuple] = [(form.labelForField(self.name_combo), self.name_combo, self.first_name_combo,
                            translate("MappingDialog", "Student &name:"), translate("MappingDialog", "Student sur&name:"))]

        # --- wide ---------------------------------------------------------------------------------
        self.wide_id_combo = combo(NONE_COLUMN)
        self.wide_name_combo = combo(NONE_COLUMN)
        self.wide_first_name_combo = combo(NONE_COLUMN)
        self.wide_answer_doubt = doubt_label()
        self.answer_list = QListWidget()
        self.answer_list.setAccessibleName(translate("MappingDialog", "Columns that hold answers"))
        for name in columns:
            it = QListWidgetItem(question_name(name))   # a header in HTML (Canvas's questions) by its words
            it.setData(Qt.ItemDataRole.UserRole, name)      # the column it ticks
            it.setToolTip(plain_tip(name))
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(Qt.CheckState.Unchecked)
            self.answer_list.addItem(it)
        self.answer_list.itemChanged.connect(changed)
        wide_page = QWidget()
        wform = QFormLayout(wide_page)
        wform.setContentsMargins(0, 0, 0, 0)
        wform.addRow(translate("MappingDialog", "Student ID:"), self.wide_id_combo)
        wform.addRow(translate("MappingDialog", "Student name:"), self.wide_name_combo)
        wform.addRow(translate("MappingDialog", "First name:"), self.wide_first_name_combo)
        wform.labelForField(self.wide_first_name_combo).setToolTip(first_tip)
        self._name_rows.append((wform.labelForField(self.wide_name_combo), self.wide_name_combo,
                                self.wide_first_name_combo, translate("MappingDialog", "Student name:"),
                                translate("MappingDialog", "Student surname:")))
        for row in self._name_rows:
            for choice in row[1:3]:
                choice.currentIndexChanged.connect(self._say_surname)
        self.wide_student_doubt = doubt_label()
        wform.addRow(self.wide_student_doubt)
        wform.addRow(translate("MappingDialog", "Answer columns\n(one per question):"), self.answer_list)
        wform.addRow(self.wide_answer_doubt)

        self.pages = QStackedWidget()
        self.pages.addWidget(long_page)
        self.pages.addWidget(wide_page)
        box = QVBoxLayout(self)
        box.addWidget(self.long_radio)
        box.addWidget(self.wide_radio)
        box.addWidget(self.pages)

    def wide(self) -> bool:
        return self.wide_radio.isChecked()

    def _say_surname(self) -> None:
        """The name row's label: the student's name, or their surname once a first-name column is chosen beside it."""
        for label, name, first, whole, surname in self._name_rows:
            label.setText(surname if _first(first, name) is not None else whole)

    def show_page(self) -> None:
        """The page of the layout chosen."""
        self.pages.setCurrentIndex(1 if self.wide() else 0)

    def load(self, m: ColumnMapping, unticked: dict[str, str] | None = None) -> None:
        """Show ``m``; ``unticked``: questions of columns it leaves out (column -> question, an LMS report's multiple
        choice), named so again if the teacher ticks them (Blackboard's "Answer 2" is "Q2")."""
        (self.wide_radio if m.layout == WIDE else self.long_radio).setChecked(True)
        self.show_page()
        select(self.id_combo, m.id_column)
        select(self.name_combo, m.name_column)
        select(self.item_combo, m.item_column)
        select(self.answer_combo, m.answer_column)
        select(self.wide_id_combo, m.id_column)
        select(self.wide_name_combo, m.name_column)
        select(self.first_name_combo, m.first_name_column)
        select(self.wide_first_name_combo, m.first_name_column)
        self._wide_items = {**(unticked or {}), **m.answer_columns}
        # one row per answer: the download's closed questions, left out unless the box is ticked
        self._closed_out = list(m.left_out) or (list(unticked or {}) if m.layout == LONG else [])
        self.closed_box.setVisible(bool(self._closed_out))
        self.closed_box.setChecked(bool(self._closed_out) and not m.left_out)
        for i in range(self.answer_list.count()):
            it = self.answer_list.item(i)
            it.setCheckState(Qt.CheckState.Checked if column_of(it) in m.answer_columns else Qt.CheckState.Unchecked)
        self._default_item = m.default_item

    def mapping(self) -> ColumnMapping:
        if self.wide():
            checked = [column_of(it) for it in map(self.answer_list.item, range(self.answer_list.count()))
                       if it.checkState() == Qt.CheckState.Checked]
            answer_columns = question_items(checked, self._wide_items)   # a header in HTML: its words
            return ColumnMapping(layout=WIDE, id_column=self.wide_id_combo.currentData(),
                                 name_column=self.wide_name_combo.currentData(), answer_columns=answer_columns,
                                 first_name_column=_first(self.wide_first_name_combo, self.wide_name_combo))
        item_col = self.item_combo.currentData()
        return ColumnMapping(layout=LONG, id_column=self.id_combo.currentData(),
                             name_column=self.name_combo.currentData(), item_column=item_col,
                             answer_column=self.answer_combo.currentData(),
                             default_item=None if item_col else (self._default_item or WHOLE_SHEET),
                             first_name_column=_first(self.first_name_combo, self.name_combo),
                             left_out=[] if self.closed_box.isChecked() else list(self._closed_out))

    def last_choices(self) -> list[QWidget]:
        """The last of the choices shown, kept in sight with all above them before the preview's rows (preview_room):
        the student's, and on the wide page the list of answer columns under them (at its least height: it scrolls
        itself) with its note. Left out, the list stood under the preview at 1024×600 and 16 pt."""
        if self.wide():
            return [self.wide_first_name_combo, self.wide_student_doubt, self.answer_list, self.wide_answer_doubt]
        return [self.first_name_combo, self.student_doubt]

    def student_combos(self) -> tuple[QComboBox, ...]:
        """The wide page's choices of the student's columns (never ticked as answers: mapping_layout.tick_questions)."""
        return self.wide_id_combo, self.wide_name_combo, self.wide_first_name_combo

    def answer_doubt_label(self) -> QLabel:
        return self.wide_answer_doubt if self.wide() else self.answer_doubt

    def student_doubt_label(self) -> QLabel:
        return self.wide_student_doubt if self.wide() else self.student_doubt

    def focus_order(self) -> list[QWidget]:
        """Every choice, in the order Tab reaches them (the page hidden is skipped by Qt)."""
        return [self.long_radio, self.wide_radio, self.answer_combo, self.item_combo, self.id_combo, self.name_combo,
                self.first_name_combo, *self.student_combos(), self.answer_list]


def _first(first: QComboBox, name: QComboBox) -> str | None:
    """The first-name column chosen, unless it is the name column itself (the name is then that column alone)."""
    column = first.currentData()
    return column if column != name.currentData() else None
