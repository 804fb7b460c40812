"""Confirm which columns hold what, and which model scores each question, before scoring.

Prefilled from the column guess; a preview shows the first rows; long (one row per answer) or wide
(one column per question) layout; per question the model that will score it, matched by id or
chosen from the library — or "No model — you score it", which keeps the question in the session,
unscored, for the teacher. A model learned from the teacher's marks that takes no answer on its own is listed but
not proposed (why: :func:`grader_app.learn.library_names.proposed_model`); the note under the questions says which
questions have one and how to choose it.

A workbook with several worksheets shows which one was read (the one with the most text) and offers
the others: choosing one emits :attr:`MappingDialog.worksheetChosen`, and the caller reads that
worksheet (on a worker) and opens the dialog again for it. A worksheet with saved work (a project file of its own)
says so in the list, with how many of its answers the teacher decided (read with the workbook on that worker:
:attr:`grader_app.workflow.OpenedSheet.worksheets`, :func:`.mapping_layout.saved_work_words`).

A sheet a learning management system exported (:func:`grader_app.io.lms.recognise`: Moodle, Canvas,
Google Forms, ...) gets a banner saying so above everything else, and its columns come prefilled
from the recognition when no other mapping is given, so the teacher only confirms.

The student is named by one column, or by two ("First name" and "Surname", "Prénom" and "Nom"): the first-name
choice (guessed, "(none)" possible) makes the name column the surname, and the student "First Last" everywhere.

A column chosen for the answers that looks like something else (student numbers, marks, a timestamp, one value, nothing:
:mod:`grader_app.io.answer_doubts`) gets a note right under the choice saying so and what to do (:mod:`.mapping_doubts`);
the choice stands, since some questions are answered with a number. One column chosen as both the student's id and their
name gets such a note under the student's choices.

The preview of the sheet, and how blind marking hides the students' names in it: :mod:`.mapping_preview`; the table
of the questions and the model that scores each: :mod:`.mapping_items`.
"""
from __future__ import annotations

import html
from collections import Counter

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QListWidget, QListWidgetItem, QStackedWidget, QVBoxLayout, QWidget)

from ..bundles.library import Library
from ..core.row_questions import row_questions
from ..core.scored_before import check
from ..core.sheet import LONG, WIDE, ColumnMapping, Sheet, refuse_unsaved, student_rows
from ..io.answer_doubts import Doubt, answer_doubts
from ..io.headers import question_items
from ..io.lms import Recognition, reading_of, recognise
from ..io.section_rows import above_note, section_note, section_rows
from ..io.lms_points import sheet_points
from ..learn.library_names import WHOLE_SHEET
from . import style
from .i18n import QT_TRANSLATE_NOOP
from .mapping_doubts import doubt_label, show_doubts, show_student_clash
from .mapping_earlier import earlier_choices, notes_text
from .mapping_items import NO_MODEL, chosen_models, combo_of, fill_items, items_note, items_table, select
from .mapping_scales import add_scale_fields, chosen_scales, guess_note
from .mapping_layout import (COMBO_LEAST_CHARS, ScrollAbove, ShareRow, chain_focus, compact_combo, fit_to_screen,
                             give_back_tab, tick_questions, width_wanted, worksheet_choice)
from .eliding_combo import ElidingCombo
from .mapping_preview import SheetPreview, blind_at_start
from .preview_room import PreviewSplit
from .messages import plain
from .wrap_radio import WrapRadio
from .sheet_notes import note_words
from grader_app.ui.plain_tip import plain_tip

NONE_COLUMN = QT_TRANSLATE_NOOP("MappingDialog", "(none)")
CHOOSE_ANSWER = QT_TRANSLATE_NOOP("MappingDialog", "(choose the answers' column)")
MAX_ITEMS = 60
CHOICE_LINES = 6   # the choices keep this many lines in sight at the least, the preview under them its rows

__all__ = ["CHOOSE_ANSWER", "MAX_ITEMS", "MappingDialog", "NONE_COLUMN", "NO_MODEL"]


class MappingDialog(QDialog):
    worksheetChosen = Signal(str)   # the teacher wants another worksheet of the workbook read instead

    def __init__(self, sheet: Sheet, library: Library, mapping: ColumnMapping | None = None,
                 chosen: dict[str, str | None] | None = None, parent=None,
                 recognition: Recognition | None = None, blind: bool | None = None,
                 recorded: tuple[bool | None] | None = None, worksheets: dict | None = None,
                 scales: dict | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check the columns and models"))
        self.sheet = sheet
        self.library = library
        self._chosen: dict[str, str | None] = dict(chosen or {})
        self._scales: dict = dict(scales or {})   # what the teacher set questions to be out of (mapping_scales)
        # which LMS exported the sheet (header look-ups and one pass over the rows: fast)
        self.recognition = recognition if recognition is not None else recognise(sheet)
        known = self.recognition if self.recognition is not None and self.recognition.mapping is not None else None
        # the rows the session takes answers from: none that the export marks as no student ("Overall average")
        self._rows = student_rows(sheet, reading_of(self.recognition, sheet))
        mapping = mapping or (known.mapping if known is not None else None) or ColumnMapping(layout=LONG)
        self._doubts: dict[tuple[str, str | None], Doubt | None] = {}   # each column's look, found once
        cols = sheet.columns

        name = sheet.source.name if sheet.source else self.tr("This sheet")
        # the rows the session holds (as the answer counts below), and a word on those the export left out (a header
        # repeated below has its own note)
        left_out = len(sheet) - len(student_rows(sheet, reading_of(self.recognition)))
        self.intro_label = intro = QLabel(f"<b>{html.escape(name, quote=False)}</b>: " + html.escape(quote=False, s=self.tr(
            "%n rows, {columns} columns. Check what each column holds, then start scoring.", "", len(self._rows)).format(
            columns=len(cols)) + (" " + self.tr("Left out %n rows that are not students (Moodle's “Overall average”).", "",
                                                left_out) if left_out else "")))   # the file's name as written, "<" and "&" too
        intro.setWordWrap(True)
        self.lms_banner = QLabel(f"\u2713 {note_words(known.sentence)}" if known is not None else "")
        self.lms_banner.setObjectName("LmsBanner")
        self.lms_banner.setWordWrap(True)
        self.lms_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.lms_banner.setAccessibleName(self.tr("Where this sheet comes from"))
        self.lms_banner.setFont(style.scaled_font(self, 1.1, bold=True))
        self.lms_banner.setStyleSheet("#LmsBanner { background: #dcebff; color: #0b2a57; border: 1px solid #8fb3e6;"
                                      " border-radius: 4px; padding: 6px 10px; }")
        self.lms_banner.setVisible(known is not None)
        # several worksheets, those with saved work saying so (``worksheets``, read on a worker: OpenedSheet.worksheets):
        # read another once the arrow keys rest
        self.worksheet_choice = worksheet_choice(sheet, worksheets)
        self.worksheet_combo = self.worksheet_choice.combo if self.worksheet_choice is not None else None
        if self.worksheet_choice is not None:
            self.worksheet_choice.chosen.connect(self._worksheet_chosen)
        other_notes = self._notes = [n for n in sheet.notes if known is None or n != known.sentence]
        self._checked = check(sheet.scored_by, library)   # a graded workbook's models, against the installed ones
        notes = self.notes_label = QLabel(notes_text(other_notes, None, self._checked))
        notes.setWordWrap(True)
        notes.setTextFormat(Qt.TextFormat.PlainText)   # sheet and column names in the notes, as written
        notes.setVisible(bool(other_notes))

        # --- layout ------------------------------------------------------------------------------
        # their words wrap rather than widen the dialog past a small screen at a large font
        self.long_radio = WrapRadio(self.tr("&One row per answer (a question column says which question)"))
        self.wide_radio = WrapRadio(self.tr("One &column per question (one row per student)"))
        group = QButtonGroup(self)
        group.addButton(self.long_radio)
        group.addButton(self.wide_radio)

        # --- long ---------------------------------------------------------------------------------
        def combo(none: str | None) -> QComboBox:
            c = ElidingCombo(least_chars=COMBO_LEAST_CHARS)   # squeezed, a header ends in "…" (whole in its tooltip)
            if none is not None:
                c.addItem(QCoreApplication.translate("MappingDialog", none), None)
            for name in cols:
                c.addItem(name, name)
            c.currentIndexChanged.connect(self._changed)
            return compact_combo(c)   # a whole question as a header must not widen the dialog past the screen

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
        form.addRow(self.tr("&Answer:"), self.answer_combo)
        form.addRow(self.answer_doubt)
        form.addRow(self.tr("&Question:"), self.item_combo)
        form.addRow(self.tr("Student &ID:"), self.id_combo)
        form.addRow(self.tr("Student &name:"), self.name_combo)
        form.addRow(self.tr("&First name:"), self.first_name_combo)
        self.student_doubt = doubt_label()   # one column chosen as both the student's id and name, under the choices
        form.addRow(self.student_doubt)
        first_tip = self.tr("When the sheet gives the first name in a column of its own (“First name” and “Surname”), "
                            "choose it here: the student is then shown by first name and surname.")
        form.labelForField(self.first_name_combo).setToolTip(first_tip)

        # --- wide ---------------------------------------------------------------------------------
        self.wide_id_combo = combo(NONE_COLUMN)
        self.wide_name_combo = combo(NONE_COLUMN)
        self.wide_first_name_combo = combo(NONE_COLUMN)
        self.wide_answer_doubt = doubt_label()
        self.answer_list = QListWidget()
        self.answer_list.setAccessibleName(self.tr("Columns that hold answers"))
        for name in cols:
            it = QListWidgetItem(name)
            it.setToolTip(plain_tip(name))
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(Qt.CheckState.Unchecked)
            self.answer_list.addItem(it)
        self.answer_list.itemChanged.connect(self._changed)
        wide_page = QWidget()
        wform = QFormLayout(wide_page)
        wform.setContentsMargins(0, 0, 0, 0)
        wform.addRow(self.tr("Student ID:"), self.wide_id_combo)
        wform.addRow(self.tr("Student name:"), self.wide_name_combo)
        wform.addRow(self.tr("First name:"), self.wide_first_name_combo)
        wform.labelForField(self.wide_first_name_combo).setToolTip(first_tip)
        self.wide_student_doubt = doubt_label()
        wform.addRow(self.wide_student_doubt)
        wform.addRow(self.tr("Answer columns\n(one per question):"), self.answer_list)
        wform.addRow(self.wide_answer_doubt)

        self.pages = QStackedWidget()
        self.pages.addWidget(long_page)
        self.pages.addWidget(wide_page)

        # --- preview (see mapping_preview) ---------------------------------------------------------
        self._preview = SheetPreview(sheet, self, blind_at_start(sheet, parent, blind, recorded, self.set_blind))
        self.preview, self.preview_model, self.blind_note = self._preview.view, self._preview.model, self._preview.note

        # --- per-question models ------------------------------------------------------------------
        self.items_table = items_table(self.fontMetrics())   # see mapping_items
        give_back_tab(self.items_table, self.preview)   # Tab goes on to the buttons (see mapping_layout)
        self.items_note = QLabel("")
        self.items_note.setWordWrap(True)
        self.items_note.setTextFormat(Qt.TextFormat.PlainText)

        self.error = QLabel("")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setObjectName("MappingError")
        self.error.setStyleSheet("#MappingError { color: #8a1c00; font-weight: bold; }")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Start scoring"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        cols_box = QGroupBox(self.tr("What the columns hold"))
        cl = QVBoxLayout(cols_box)
        cl.addWidget(self.long_radio)
        cl.addWidget(self.wide_radio)
        cl.addWidget(self.pages)
        items_box = QGroupBox(self.tr("Which model scores each question"))
        il = QVBoxLayout(items_box)
        il.addWidget(self.items_table, 1)
        il.addWidget(self.items_note)
        top = QHBoxLayout()
        top.addWidget(cols_box, 0)
        top.addWidget(items_box, 1)   # the room to spare goes to the models' names
        # short of room, the columns' choice gives way first, to the width that shows every model's whole name
        ShareRow(cols_box, items_box, lambda: width_wanted(self.items_table, True) - self.items_table.sizeHint().width())
        above = QWidget()   # all but the problem and the buttons: it scrolls where the screen is short of room
        lay = QVBoxLayout(above)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(intro)
        if self.worksheet_combo is not None:
            sheet_row = QFormLayout()
            sheet_row.addRow(self.tr("&Worksheet:"), self.worksheet_combo)
            lay.addLayout(sheet_row)
        lay.addWidget(self.lms_banner)
        lay.addWidget(notes)
        lay.addLayout(top, 0)
        lay.addStretch(1)
        self.scroller = ScrollAbove(above, lines=CHOICE_LINES)   # a banner, worksheets, notes and a problem: the buttons
        # stay in sight; under it the preview keeps its first rows in sight, and the questions take what they need
        self.split = PreviewSplit(self.scroller, QLabel("<b>" + self.tr("First rows of the sheet") + "</b>"),
                                  self.blind_note, self.preview, keep=self._choice_rows)
        outer = QVBoxLayout(self)
        outer.addWidget(self.split, 1)
        outer.addWidget(self.error)
        outer.addWidget(self.buttons)

        self._loading = True
        self._load(mapping)
        self.long_radio.toggled.connect(self._changed)
        self.wide_radio.toggled.connect(self._to_wide)
        self._loading = False
        self._changed()
        self._preview.size_columns()
        fm = self.fontMetrics()   # room for every question and its model's whole name, as far as the screen allows
        hint = self.sizeHint() + QSize(max(0, width_wanted(self.items_table) - self.items_table.sizeHint().width()), 0)
        fit_to_screen(self, hint.expandedTo(QSize(fm.horizontalAdvance("M") * 80, fm.height() * 44)))

    def _choice_rows(self) -> list[QWidget]:
        """The last of the columns' choices shown (the student's), kept in sight with all above it before the
        preview's rows (preview_room); the list of answer columns of a wide sheet scrolls itself."""
        if self.wide_radio.isChecked():
            return [self.wide_first_name_combo, self.wide_student_doubt]
        return [self.first_name_combo, self.student_doubt]

    def _worksheet_chosen(self, name: str) -> None:
        if name != self.sheet.sheet_name:
            self.worksheetChosen.emit(name)

    # ----- loading and reading the controls -----------------------------------------------------------
    @property
    def blind(self) -> bool:
        """Whether the preview hides who the students are (see mapping_preview)."""
        return self._preview.blind

    def hidden_columns(self) -> set[str]:
        """The columns whose cells the preview hides (none unless blind marking is on)."""
        return self._preview.hidden(self.mapping())

    def set_blind(self, on: bool) -> None:
        self._preview.blind = bool(on)
        self._preview.show(self.mapping())
        self._preview.size_columns()

    _select = staticmethod(select)

    def _load(self, m: ColumnMapping) -> None:
        wide = m.layout == WIDE
        (self.wide_radio if wide else self.long_radio).setChecked(True)
        self.pages.setCurrentIndex(1 if wide else 0)
        self._select(self.id_combo, m.id_column)
        self._select(self.name_combo, m.name_column)
        self._select(self.item_combo, m.item_column)
        self._select(self.answer_combo, m.answer_column)
        self._select(self.wide_id_combo, m.id_column)
        self._select(self.wide_name_combo, m.name_column)
        self._select(self.first_name_combo, m.first_name_column)
        self._select(self.wide_first_name_combo, m.first_name_column)
        self._wide_items = dict(m.answer_columns)
        for i in range(self.answer_list.count()):
            it = self.answer_list.item(i)
            it.setCheckState(Qt.CheckState.Checked if it.text() in m.answer_columns else Qt.CheckState.Unchecked)
        self._default_item = m.default_item

    def mapping(self) -> ColumnMapping:
        if self.wide_radio.isChecked():
            checked = [it.text() for it in map(self.answer_list.item, range(self.answer_list.count()))
                       if it.checkState() == Qt.CheckState.Checked]
            answer_columns = question_items(checked, self._wide_items)   # a header in HTML: its words
            return ColumnMapping(layout=WIDE, id_column=self.wide_id_combo.currentData(),
                                 name_column=self.wide_name_combo.currentData(), answer_columns=answer_columns,
                                 first_name_column=self._first(self.wide_first_name_combo, self.wide_name_combo))
        item_col = self.item_combo.currentData()
        return ColumnMapping(layout=LONG, id_column=self.id_combo.currentData(),
                             name_column=self.name_combo.currentData(), item_column=item_col,
                             answer_column=self.answer_combo.currentData(),
                             default_item=None if item_col else (self._default_item or WHOLE_SHEET),
                             first_name_column=self._first(self.first_name_combo, self.name_combo))

    @staticmethod
    def _first(first: QComboBox, name: QComboBox) -> str | None:
        """The first-name column chosen, unless it is the name column itself (the name is then that column alone)."""
        column = first.currentData()
        return column if column != name.currentData() else None

    def items(self) -> list[tuple[str, int]]:
        """(question id, number of answers) under the current mapping, in sheet order."""
        m = self.mapping()
        headings = section_rows(self.sheet.frame, m)   # "Class 9B" alone between two lists: no student
        rows = [r for r in self._rows if r not in headings] if headings else self._rows
        if m.layout == WIDE:
            return [(str(q), len(rows)) for q in m.answer_columns.values()]
        if not m.item_column:
            return [(str(m.default_item), len(rows))]
        column = row_questions(self.sheet.frame, m.item_column)   # an empty cell under a question is that question
        return list(Counter(column[r] for r in rows).items())

    def chosen(self) -> dict[str, str | None]:
        """Question -> bundle id (None: no model, the teacher scores it), for every question shown."""
        return chosen_models(self.items_table)

    def scales(self) -> dict:
        """Question -> what the teacher set it to be out of (core.scale), for each question whose "Out of" she changed."""
        return chosen_scales(self.items_table)

    def model_combo(self, item: str) -> QComboBox | None:
        return combo_of(self.items_table, item)

    # ----- reacting ----------------------------------------------------------------------------------
    def _changed(self, *_args) -> None:
        if self._loading:
            return
        self.pages.setCurrentIndex(1 if self.wide_radio.isChecked() else 0)
        # remember the choices already made before rebuilding the per-question table
        if self.items_table.rowCount():
            self._chosen.update(self.chosen())
            self._scales.update(self.scales())
        m = self.mapping()
        self._preview.show(m)   # the hidden columns follow the chosen ones
        show_doubts(self.wide_answer_doubt if m.layout == WIDE else self.answer_doubt,
                    answer_doubts(self.sheet, m, self._doubts), wide=m.layout == WIDE, mapping=m)
        show_student_clash(self.wide_student_doubt if m.layout == WIDE else self.student_doubt, m)
        try:
            m.validate(self.sheet)
            refuse_unsaved(self.sheet, m.read_columns())   # formulas showing nothing yet among the cells to grade
            problem = ""
        except ValueError as exc:
            problem = plain(exc) if m.layout == WIDE or m.answer_column else self.tr(
                "Choose the column that holds the students' answers.")
        items = self.items() if not problem else []
        if len(items) > MAX_ITEMS and m.layout == LONG:   # a wide sheet has as many questions as it has columns ticked
            problem = self.tr("the question column “{column}” has %n different values; choose the column that names "
                              "the question of each answer", "", len(items)).format(column=m.item_column)
            items = []
        self._fill_items(items)
        self.error.setText(("⚠ " + plain(problem)) if problem else "")
        self.error.setVisible(bool(problem))
        n = sum(k for _, k in items)
        self.ok_button.setEnabled(not problem and n > 0)
        self.ok_button.setText(self.tr("Score %n answers", "", n) if n else self.tr("Start scoring"))

    def _to_wide(self, on: bool) -> None:   # none was ticked: the questions are (see mapping_layout.tick_questions)
        chosen = (self.wide_id_combo, self.wide_name_combo, self.wide_first_name_combo)   # the student's columns
        if on and not self._loading and tick_questions(self.answer_list, chosen):
            self._changed()

    def _fill_items(self, items: list[tuple[str, int]]) -> None:
        m = self.mapping()
        combos = fill_items(self.items_table, items, self.library, self._chosen, self.fontMetrics(), self._update_note,
                            m, earlier_choices(self._checked, [item for item, _n in items], m))
        fields = add_scale_fields(self.items_table, combos, self.library, sheet_points(self.sheet, m) if items else {},
                                  self._scales, self._update_note)
        # Tab as the dialog reads, top to bottom and left to right: the worksheet, the columns (the page shown), the
        # questions' table and each question's model and what it is out of, the preview, the buttons (it went from the
        # models to the preview at the bottom and back up to the questions' table)
        columns = [self.long_radio, self.wide_radio, self.answer_combo, self.item_combo, self.id_combo, self.name_combo,
                   self.first_name_combo, self.wide_id_combo, self.wide_name_combo, self.wide_first_name_combo,
                   self.answer_list]
        chain_focus([*([self.worksheet_combo] if self.worksheet_combo is not None else []), *columns, self.items_table,
                     *[w for c, f in zip(combos, fields) for w in (c, f.spin, f.half)], self.split.show_rows, self.preview,
                     *self._button_order()])
        self._update_note()

    def _button_order(self) -> list[QWidget]:
        """The buttons as the platform lays them out, left to right."""
        row = self.buttons.layout()
        items = [row.itemAt(i) for i in range(row.count())] if row is not None else []
        return [w for w in (item.widget() for item in items if item is not None) if w is not None]

    def _update_note(self, *_a) -> None:
        chosen = self.chosen() if self.items_table.rowCount() else {}
        self.items_note.setText(items_note(chosen, self.library, self.mapping())
                                + guess_note(self.items_table, chosen, self.mapping()))
        # how the rest is scored, as chosen (an earlier grading's note), and the headings the columns chosen leave out
        m = self.mapping()
        notes = [*self._notes, *[n for n in (section_note(self.sheet, m), above_note(self.sheet, m)) if n is not None]]
        self.notes_label.setText(notes_text(notes, chosen, self._checked, m))
        self.notes_label.setVisible(bool(notes))

    def show_problem(self, sentence: str) -> None:
        """Show a sentence above the buttons (e.g. why the columns could not be guessed)."""
        self._problem_note = sentence
        self.error.setText("⚠ " + sentence)
        self.error.setVisible(True)

    def accept(self) -> None:
        if self.worksheet_choice is not None and self.worksheet_choice.pending():
            return self.worksheet_choice.flush()   # Enter right after choosing a worksheet: read it first
        m = self.mapping()
        try:
            m.validate(self.sheet)
            refuse_unsaved(self.sheet, m.read_columns())
        except ValueError as exc:
            self.error.setText("⚠ " + plain(exc))
            self.error.setVisible(True)
            return
        super().accept()

