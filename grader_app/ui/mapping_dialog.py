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
from the recognition when no other mapping is given, so the teacher only confirms. Its question columns whose answers are
only choices or numbers (multiple choice, true/false, numeric: :mod:`grader_app.io.lms.closed_answers` decides) come
unticked, and the notes say which, for as long as she leaves them so.

The student is named by one column, or by two ("First name" and "Surname", "Prénom" and "Nom"): the first-name
choice (guessed, "(none)" possible) makes the name column the surname, and the student "First Last" everywhere.

A column chosen for the answers that looks like something else (student numbers, marks, a timestamp, one value, nothing:
:mod:`grader_app.io.answer_doubts`) gets a note right under the choice saying so and what to do (:mod:`.mapping_doubts`);
the choice stands, since some questions are answered with a number. One column chosen as both the student's id and their
name gets such a note under the student's choices.

The preview of the sheet, and how blind marking hides the students' names in it: :mod:`.mapping_preview`; the table
of the questions and the model that scores each: :mod:`.mapping_items`; the columns' choices, long and wide, and the
mapping they make: :mod:`.mapping_columns`.
"""
from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout,
                               QWidget)

from ..bundles.library import Library
from ..core.scored_before import check
from ..core.sheet import LONG, WIDE, ColumnMapping, Sheet, student_rows
from ..core.unsaved_formulas import refuse_unsaved
from ..io.lms import Recognition, no_student_rows, reading_of
from ..io.lms.classroom_download import ROW_NAME as CLASSROOM_POINTS
from ..io.lms.closed_answers import still_unticked
from ..learn.library_names import QuestionModels
from . import style
from .i18n import quoted
from .ink import FAILURE, INK, Ink
from .mapping_columns import CHOOSE_ANSWER, NONE_COLUMN, ColumnChoices
from .mapping_doubts import show_doubts, show_student_clash
from .mapping_earlier import earlier_choices, notes_text
from .mapping_item_widths import ItemWidths
from .mapping_items import NO_MODEL, chosen_models, combo_of, fill_items, items_note, items_table, points_note
from .mapping_scales import add_scale_fields, chosen_scales, guess_note
from .mapping_layout import (ScrollAbove, ShareRow, chain_focus, fit_to_screen, give_back_tab, tick_questions, width_wanted,
                             worksheet_choice)
from .mapping_preview import SheetPreview, blind_at_start
from .mapping_rows import MAX_ITEMS, ChoiceRows, RowsRead, rows_read
from .preview_room import PreviewSplit
from .messages import plain
from .sheet_notes import note_words
from .sheet_notices import INFO
from .tints import Banner
from .weak_slots import weak_slot

CHOICE_LINES = 6   # the choices keep this many lines in sight at the least, the preview under them its rows

__all__ = ["CHOOSE_ANSWER", "MAX_ITEMS", "MappingDialog", "NONE_COLUMN", "NO_MODEL", "RowsRead", "rows_read"]


class MappingDialog(QDialog):
    worksheetChosen = Signal(str)   # the teacher wants another worksheet of the workbook read instead

    def __init__(self, sheet: Sheet, library: Library, mapping: ColumnMapping | None = None,
                 chosen: dict[str, str | None] | None = None, parent=None,
                 recognition: Recognition | None = None, blind: bool | None = None,
                 recorded: tuple[bool | None] | None = None, worksheets: dict | None = None,
                 scales: dict | None = None, rows: RowsRead | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check the columns and models"))
        self.sheet = sheet
        self.library = library
        self._chosen: dict[str, str | None] = dict(chosen or {})
        self._scales: dict = dict(scales or {})   # what the teacher set questions to be out of (mapping_scales)
        if rows is None or rows.sheet is not sheet or recognition not in (None, rows.recognition):
            rows = rows_read(sheet, recognition)   # not found on the worker that read the sheet: found here
        # which LMS exported the sheet (header look-ups and one pass over the rows: fast)
        self.recognition = rows.recognition
        known = self.recognition if self.recognition is not None and self.recognition.mapping is not None else None
        # the rows the session takes answers from: none that the export marks as no student ("Overall average")
        self._rows = rows.rows
        # the library's model of each question, matched once (those it opens with: on that worker too)
        self._models = rows.models if rows.models is not None and rows.models.library is library else QuestionModels(
            library)
        # what the rows say under the columns chosen, each once (those it opens with: found on that worker too)
        self._by_choice = rows.by_choice if rows.by_choice.sheet is sheet else ChoiceRows(
            sheet, rows.rows, reading_of(rows.recognition, sheet))
        mapping = mapping or (known.mapping if known is not None else None) or ColumnMapping(layout=LONG)
        cols = sheet.columns

        name = sheet.source.name if sheet.source else self.tr("This sheet")
        # the rows the session holds (as the answer counts below), and a word on those the export left out (a header
        # repeated below has its own note)
        kept = set(student_rows(sheet, reading_of(self.recognition)))   # and a gradebook's rows that are no student
        gradebook = no_student_rows(sheet)
        left_out = len(set(range(len(sheet))) - kept | set(gradebook))
        self.intro_label = intro = QLabel(f"<b>{html.escape(name, quote=False)}</b>: " + html.escape(quote=False, s=self.tr(
            "%n rows, {columns} columns. Check what each column holds, then start scoring.", "", len(self._rows)).format(
            columns=len(cols)) + (" " + self._not_students(left_out, gradebook) if left_out else "")))   # (name as written)
        intro.setWordWrap(True)
        self.lms_banner = QLabel(f"\u2713 {note_words(known.sentence)}" if known is not None else "")
        self.lms_banner.setObjectName("LmsBanner")
        self.lms_banner.setWordWrap(True)
        self.lms_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.lms_banner.setAccessibleName(self.tr("Where this sheet comes from"))
        self.lms_banner.setFont(style.scaled_font(self, 1.1, bold=True))
        self._banner = Banner(self.lms_banner, "#LmsBanner { background: {back}; color: {ink}; border: 1px solid {edge};"
                              " border-radius: 4px; padding: 6px 10px; }",
                              QColor("#dcebff"), QColor("#0b2a57"), QColor("#8fb3e6"))   # dark ones in a dark palette
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

        # --- what the columns hold (see mapping_columns) -------------------------------------------
        self.columns = c = ColumnChoices(cols, self._changed)
        self.long_radio, self.wide_radio, self.pages = c.long_radio, c.wide_radio, c.pages
        self.answer_combo, self.item_combo, self.id_combo, self.name_combo = (c.answer_combo, c.item_combo, c.id_combo,
                                                                              c.name_combo)
        self.first_name_combo, self.answer_doubt, self.student_doubt = c.first_name_combo, c.answer_doubt, c.student_doubt
        self.wide_id_combo, self.wide_name_combo, self.wide_first_name_combo = c.student_combos()
        self.answer_list, self.wide_answer_doubt, self.wide_student_doubt = (c.answer_list, c.wide_answer_doubt,
                                                                             c.wide_student_doubt)

        # --- preview (see mapping_preview) ---------------------------------------------------------
        self._preview = SheetPreview(sheet, self, blind_at_start(sheet, parent, blind, recorded, self.set_blind))
        self.preview, self.preview_model, self.blind_note = self._preview.view, self._preview.model, self._preview.note

        # --- per-question models ------------------------------------------------------------------
        self.items_table = items_table(self.fontMetrics())   # see mapping_items
        give_back_tab(self.items_table, self.preview)   # Tab goes on to the buttons (see mapping_layout)
        self.item_widths = ItemWidths(self.items_table)   # short of room, its columns give way to the models' names
        self.items_note = QLabel("")
        self.items_note.setWordWrap(True)
        self.items_note.setTextFormat(Qt.TextFormat.PlainText)

        self.news = QLabel("")   # news on opening (a column found new): nothing is wrong, so in the dialog's own words
        self.news.setWordWrap(True)
        self.news.setTextFormat(Qt.TextFormat.PlainText)
        self.news.setVisible(False)

        self.error = QLabel("")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setObjectName("MappingError")
        # a failure's dark red, lighter on a dark window (:mod:`.ink`)
        self.error_ink = Ink(self.error, "#MappingError { color: " + INK + "; font-weight: bold; }", FAILURE)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Start scoring"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        items_box = QGroupBox(self.tr("Which model scores each question"))
        il = QVBoxLayout(items_box)
        il.addWidget(self.items_table, 1)
        il.addWidget(self.items_note)
        top = QHBoxLayout()
        top.addWidget(self.columns, 0)
        top.addWidget(items_box, 1)   # the room to spare goes to the models' names
        # short of room, the columns' choice gives way first, to the width that shows every model's whole name
        ShareRow(self.columns, items_box, lambda: width_wanted(self.items_table, True) - self.items_table.sizeHint().width())
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
                                  self.blind_note, self.preview, keep=self.columns.last_choices)
        outer = QVBoxLayout(self)
        outer.addWidget(self.split, 1)
        outer.addWidget(self.news)
        outer.addWidget(self.error)
        outer.addWidget(self.buttons)

        self._problem_note, self._until_valid, self._problem, self._generic = "", False, "", False   # see show_problem
        self._loading = True
        self._load(mapping)
        self.long_radio.toggled.connect(self._changed)
        self.wide_radio.toggled.connect(self._to_wide)
        self._loading = False
        self._changed()
        if self.worksheet_combo is None:   # the focus opens on the layout chosen, as Tab into the two lands on it: on
            layout = self.wide_radio if self.wide_radio.isChecked() else self.long_radio   # the first, Space threw
            layout.setFocus(Qt.FocusReason.OtherFocusReason)                              # a guess of the other away
        self._preview.size_columns()
        fm = self.fontMetrics()   # room for every question and its model's whole name, as far as the screen allows
        hint = self.sizeHint() + QSize(max(0, width_wanted(self.items_table) - self.items_table.sizeHint().width()), 0)
        fit_to_screen(self, hint.expandedTo(QSize(fm.horizontalAdvance("M") * 80, fm.height() * 44)))

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

    def _load(self, m: ColumnMapping) -> None:
        # the questions of the report's columns left unticked (multiple choice), kept if she ticks them back
        self.columns.load(m, self.recognition.closed if self.recognition is not None else None)

    def _not_students(self, n: int, gradebook: dict[int, str]) -> str:
        """The intro's word on the ``n`` rows the export leaves out as no student, by why: a gradebook download's rows
        that are no student (``gradebook``, row -> its name: Canvas's "Points Possible" and Student View, Classroom's
        row of points), Canvas's "Test Student" (the teacher's Student View), else Moodle's "Overall average"."""
        if gradebook and set(gradebook.values()) == {CLASSROOM_POINTS}:
            return self.tr("Left out %n rows that are not students (Google Classroom's row of points, "
                           "“Points: …”).", "", n)
        if gradebook:   # Canvas's own words, as its gradebook writes them
            names = ", ".join(quoted(name) for name in dict.fromkeys(gradebook.values()))
            return self.tr("Left out %n rows that are not students (in Canvas's gradebook: {rows}).", "", n).format(
                rows=names)
        if self.recognition is not None and self.recognition.system == "Canvas":
            return self.tr("Left out %n rows that are not students (Canvas's “Test Student”, your Student View).", "", n)
        return self.tr("Left out %n rows that are not students (Moodle's “Overall average”).", "", n)

    def mapping(self) -> ColumnMapping:
        return self.columns.mapping()

    def items(self) -> list[tuple[str, int]]:
        """(question id, number of answers) under the current mapping, in sheet order."""
        return self._by_choice.items(self.mapping())   # "Class 9B" alone between two lists: no student (mapping_rows)

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
        self.columns.show_page()
        # remember the choices already made before rebuilding the per-question table
        if self.items_table.rowCount():
            self._chosen.update(self.chosen())
            self._scales.update(self.scales())
        m = self.mapping()
        self._preview.show(m)   # the hidden columns follow the chosen ones
        show_doubts(self.columns.answer_doubt_label(), self._by_choice.doubts(m), wide=m.layout == WIDE,
                    mapping=m)
        show_student_clash(self.columns.student_doubt_label(), m)
        try:
            m.validate(self.sheet)
            refuse_unsaved(self.sheet, m.seen_columns())   # formulas showing nothing yet among the cells to grade
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
        self._problem = plain(problem) if problem else ""
        self._show_problems(generic=not (m.layout == WIDE or m.answer_column))
        n = sum(k for _, k in items)
        self.ok_button.setEnabled(not problem and n > 0)
        self.ok_button.setText(self._score_words(n, sum(self._by_choice.blanks(m).values()) if items else 0))

    def _score_words(self, n: int, blank: int) -> str:
        """The OK button's words for ``n`` answers of which ``blank`` are blank: the answers written, those there are to
        score, as the questions' table counts them beside their blank ones ("3 + 2 blank"). It said "Score 10 answers"
        where eight were written: a blank answer is flagged for the teacher, never scored by a model; and "Score 20
        answers" for a column chosen as the answers that is empty ("Score 0 answers" now)."""
        return self.tr("Score %n answers", "", n - blank) if n else self.tr("Start scoring")

    def _to_wide(self, on: bool) -> None:   # none was ticked: the questions are (see mapping_layout.tick_questions)
        if on and not self._loading and tick_questions(self.answer_list, self.columns.student_combos()):
            self._changed()

    def _fill_items(self, items: list[tuple[str, int]]) -> None:
        m = self.mapping()
        combos = fill_items(self.items_table, items, self.library, self._chosen, self.fontMetrics(), self._update_note,
                            m, earlier_choices(self._checked, [item for item, _n in items], m),
                            self._by_choice.blanks(m) if items else {}, self._models)
        # the note told weakly: the fields' slots (lambdas, which Qt holds out of the collector's sight) held the
        # dialog's method, and a dialog let go of was never collected
        fields = add_scale_fields(self.items_table, combos, self.library, self._by_choice.points(m) if items else {},
                                  self._scales, weak_slot(self._update_note))
        for combo in combos:   # a model chosen may show or hide the "Out of" column: the others share the room again
            if isinstance(combo, QComboBox):
                combo.currentIndexChanged.connect(self.item_widths.fit)
        self.item_widths.fit()
        # Tab as the dialog reads, top to bottom and left to right: the worksheet, the columns (the page shown), the
        # questions' table and each question's model and what it is out of, the preview, the buttons (it went from the
        # models to the preview at the bottom and back up to the questions' table)
        chain_focus([*([self.worksheet_combo] if self.worksheet_combo is not None else []), *self.columns.focus_order(),
                     self.items_table,
                     *[w for c, f in zip(combos, fields) for w in (c, f.spin, f.half)], self.split.show_rows, self.preview,
                     *self._button_order()])
        self._update_note()

    def _button_order(self) -> list[QWidget]:
        """The buttons as the platform lays them out, left to right: each one's place asked of the row (``indexOf``),
        not its items read back (``itemAt`` gives each item a Python wrapper, which the garbage collector, freeing a
        dialog let go of, may hand the item the row still holds: deleted twice, see ``ReviewView.__del__``)."""
        row = self.buttons.layout()
        if row is None:
            return []
        return sorted((b for b in self.buttons.buttons() if row.indexOf(b) >= 0), key=row.indexOf)

    def _update_note(self, *_a) -> None:
        chosen = self.chosen() if self.items_table.rowCount() else {}
        self.items_note.setText(items_note(chosen, self.library, self.mapping(), self._models)
                                + guess_note(self.items_table, chosen, self.mapping())
                                # her empty points column, which the graded sheet fills
                                + (points_note(self._by_choice.own_points_column(self.mapping())) if chosen else ""))
        # how the rest is scored, as chosen (an earlier grading's note), and the headings the columns chosen leave out
        m = self.mapping()
        notes = still_unticked([*self._notes, *self._by_choice.notes(m)], m)   # a quiz's choices ticked back: unsaid
        self.notes_label.setText(notes_text(notes, chosen, self._checked, m))
        self.notes_label.setVisible(bool(notes))

    def show_problem(self, sentence: str, until_valid: bool = False) -> None:
        """Show a problem above the buttons, marked ⚠, for as long as it is one; what is wrong with the choices as they
        are (:meth:`_changed`) is said on a line of its own under it (it went at her first click, whatever she
        clicked: she chose without the sentence that said why she was asked and what becomes of her decisions). By kind:

        * the sheet lost a column its project was made with (``project.columns_gone``, ``columns_renamed``): stays
          while the dialog is open; no choice brings the column back, and the sentence says what to do;
        * the columns chosen refused when she started scoring (``project.columns_lose``, ``other_columns``, given
          after the sentence above, which it replaces): stays until she starts scoring again, which checks her choices
          anew (the dialog cannot tell sooner whether they hold every decision's answer);
        * why the columns could not be guessed (``until_valid``): it asks her to choose them, so it is moot once her
          choices are valid; until then it stands for the bare "Choose the column that holds the students' answers"."""
        self._problem_note, self._until_valid = sentence, until_valid
        self._show_problems()

    def _show_problems(self, generic: bool | None = None) -> None:
        """The ⚠ line: the sentence :meth:`show_problem` was given while it stands and what is wrong with the choices
        (``generic``: only that no column of answers is chosen; None: as last found), each on a line of its own."""
        if generic is not None:
            self._generic = generic
        note = "" if self._until_valid and not self._problem else self._problem_note
        said = [s for s in (note, "" if note and self._until_valid and self._generic else self._problem) if s]
        self.error.setText("\n".join("⚠ " + s for s in said))
        self.error.setVisible(bool(said))

    def show_news(self, sentence: str) -> None:
        """Show news above the buttons, marked ℹ in the dialog's own words, not as a problem: why the columns are asked
        again when the sheet has a column the project did not know (it stays while the teacher chooses)."""
        self.news.setText(INFO + " " + sentence)
        self.news.setVisible(True)

    def accept(self) -> None:
        if self.worksheet_choice is not None and self.worksheet_choice.pending():
            return self.worksheet_choice.flush()   # Enter right after choosing a worksheet: read it first
        m = self.mapping()
        try:
            m.validate(self.sheet)
            refuse_unsaved(self.sheet, m.seen_columns())
        except ValueError as exc:
            self._problem = plain(exc)
            self._show_problems()
            return
        super().accept()

