"""What the columns dialog (:class:`~.mapping_dialog.MappingDialog`) works out from every row of the sheet.

The rows that give answers (:func:`rows_read`) are found on the worker that reads the sheet, before the dialog opens.
The rest depends on the columns chosen, and the dialog asks for it on every change of any choice (a student's column,
a question's model, what a question is out of): each question's number of answers, the rows it leaves out or reads
otherwise (a section's heading, a question taken from the row above: :mod:`grader_app.io.section_rows`), the points
the sheet gives each question (:func:`grader_app.io.lms_points.sheet_points`), the teacher's empty points column
(:mod:`grader_app.io.own_points`) and whether the answers' column looks like answers (:mod:`grader_app.io.answer_doubts`).
Each is a pass over every row, which on 10,000 answers held the GUI thread for 25-45 ms a change; :class:`ChoiceRows`
works each out once for the columns it depends on, so a choice that changes none of those, or columns chosen before,
reads no row again. For the columns the dialog opens with, :func:`rows_read` works them out on the worker too
(:meth:`ChoiceRows.warm`): they were 40-75 ms of the GUI thread's work as the dialog opened on 10,000 answers. So is
the library's model of each of those questions (:class:`~grader_app.learn.library_names.QuestionModels`).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from typing import Any, Callable, TypeVar

from ..bundles.library import Library
from ..core.row_questions import row_questions
from ..core.flags import is_blank
from ..core.sheet import LONG, WIDE, ColumnMapping, Reading, Sheet, cell_text, column_values, student_rows
from ..core.unsaved_formulas import refuse_unsaved
from ..io.answer_doubts import Doubt, answer_doubts
from ..io.lms import Recognition, reading_of, recognise
from ..io.lms_points import sheet_points
from ..io.notes import Note
from ..io.own_points import empty_points_columns, own_points_column
from ..io.section_rows import above_note, rows_left_out, section_note
from ..learn.library_names import WHOLE_SHEET, QuestionModels

__all__ = ["MAX_ITEMS", "ChoiceRows", "RowsRead", "rows_read"]

MAX_ITEMS = 60   # more questions than this in a question column: it names no question (the dialog says so)

T = TypeVar("T")


@dataclass(frozen=True)
class RowsRead:
    """The rows of ``sheet`` the dialog counts the answers on, found before it opens (:func:`rows_read`)."""
    sheet: Sheet
    recognition: Recognition | None   # which LMS exported it (None: none)
    rows: list[int]                   # the rows that give answers: not a header repeated, an export's "Overall average"
    by_choice: ChoiceRows             # what those rows say under the columns chosen (those it opens with: found)
    models: QuestionModels | None = None   # the library's model of each question it opens with (None: no library given)


def rows_read(sheet: Sheet, recognition: Recognition | None = None, start: ColumnMapping | None = None,
              library: Library | None = None) -> RowsRead:
    """Which LMS exported ``sheet`` (unless ``recognition`` says it), and the rows the session takes answers from: a
    pass over every row (a header repeated below, :mod:`..io.header_again`), which held the GUI thread for 50-130 ms on
    10,000 rows; and what they say under the columns the dialog opens with (``start``, else the export's own), with
    ``library``'s model of each of their questions (:class:`~grader_app.learn.library_names.QuestionModels`). The
    sheet opener calls it on the worker that reads the sheet."""
    found = recognition if recognition is not None else recognise(sheet)
    reading = reading_of(found, sheet)
    rows = student_rows(sheet, reading)
    by_choice = ChoiceRows(sheet, rows, reading)
    first = start or (found.mapping if found is not None else None)
    items = by_choice.warm(first) if first is not None else []
    models = QuestionModels(library) if library is not None else None
    if models is not None:
        models.warm(item for item, _n in items)
    return RowsRead(sheet, found, rows, by_choice, models)


def _questions_key(m: ColumnMapping) -> tuple:
    """What of ``m`` the questions and their rows depend on."""
    if m.layout == WIDE:
        return WIDE, tuple(m.answer_columns.items())
    return m.layout, m.item_column, m.answer_column, None if m.item_column else m.default_item, tuple(m.left_out)


class ChoiceRows:
    """What the rows of ``sheet`` (those of ``rows`` giving answers) say under the columns chosen, each worked out the
    first time the columns it depends on are chosen, and kept for the dialog's life."""

    def __init__(self, sheet: Sheet, rows: list[int], reading: Reading | None = None) -> None:
        self.sheet = sheet
        self._rows = rows
        self._reading = reading   # how the export's cells read as answers (its "-" for none: blank)
        self._found: dict[tuple, Any] = {}
        self._empty_points: list[str] | None = None
        self._doubts: dict[tuple[str, str | None], Doubt | None] = {}   # each answers' column's look

    def warm(self, m: ColumnMapping) -> list[tuple[str, int]]:
        """Work out what the dialog asks first for ``m`` (the columns it opens with), as it asks: the answers' look and
        the notes always, the questions and their points where the columns fit the sheet. Returns those questions (none
        where the columns do not fit)."""
        if m.layout == LONG and not m.item_column:   # as the dialog reads its choices back (mapping_columns)
            m = replace(m, default_item=m.default_item or WHOLE_SHEET)
        self.doubts(m)
        self.notes(m)
        try:
            m.validate(self.sheet)
            refuse_unsaved(self.sheet, m.read_columns())
        except ValueError:
            return []
        items = self.items(m)
        if items and (len(items) <= MAX_ITEMS or m.layout == WIDE):
            self.blanks(m)
            self.points(m)
            self.own_points_column(m)
            return items
        return []

    def doubts(self, m: ColumnMapping) -> list[Doubt]:
        """The columns ``m`` takes the answers from that do not look like answers (:func:`~grader_app.io.answer_doubts.
        answer_doubts`), each column looked at once."""
        return answer_doubts(self.sheet, m, self._doubts)

    def _once(self, what: str, key: tuple, work: Callable[[], T]) -> T:
        if (what, key) not in self._found:
            self._found[what, key] = work()
        return self._found[what, key]

    def items(self, m: ColumnMapping) -> list[tuple[str, int]]:
        """(question id, number of answers) under ``m``, in sheet order."""
        return self._once("items", _questions_key(m), lambda: self._count(m))

    def _answer_rows(self, m: ColumnMapping) -> list[int]:
        headings = rows_left_out(self.sheet, m)   # "Class 9B" between two lists, a note under the list: no student
        return [r for r in self._rows if r not in headings] if headings else self._rows

    def _count(self, m: ColumnMapping) -> list[tuple[str, int]]:
        rows = self._answer_rows(m)
        if m.layout == WIDE:
            return [(str(q), len(rows)) for q in m.answer_columns.values()]
        if not m.item_column:
            return [(str(m.default_item), len(rows))]
        column = row_questions(self.sheet.frame, m.item_column)   # an empty cell under a question is that question
        return [(q, n) for q, n in Counter(column[r] for r in rows).items() if q not in m.left_out]

    def blanks(self, m: ColumnMapping) -> dict[str, int]:
        """Question -> how many of its answers under ``m`` are blank, read as the session reads them (an export's "-"
        for no answer is blank): the dialog counts the answers written apart from them."""
        return self._once("blanks", _questions_key(m), lambda: self._blank_counts(m))

    def _blank_counts(self, m: ColumnMapping) -> dict[str, int]:
        rows, frame = self._answer_rows(m), self.sheet.frame
        cells: dict[tuple[str, str], list[str]] = {}   # (column, question) -> its cells: as the session reads them
        if m.layout == WIDE:
            for col, q in m.answer_columns.items():
                values = column_values(frame, col)
                cells[col, str(q)] = [cell_text(values[r]) for r in rows]
        elif m.answer_column:
            values = column_values(frame, m.answer_column)
            questions = row_questions(frame, m.item_column) if m.item_column else None
            for r in rows:
                q = questions[r] if questions is not None else str(m.default_item)
                cells.setdefault((m.answer_column, q), []).append(cell_text(values[r]))
        texts = self._reading.texts if self._reading is not None else None
        out: Counter[str] = Counter()
        for (_col, q), group in cells.items():
            out[q] += sum(map(is_blank, texts(group) if texts is not None else group))
        return dict(out)

    def notes(self, m: ColumnMapping) -> list[Note]:
        """The notes on the rows ``m`` leaves out (a section's heading) or whose question is the one above."""
        key = (m.layout, m.item_column, m.answer_column)
        return self._once("notes", key, lambda: [n for n in (section_note(self.sheet, m), above_note(self.sheet, m))
                                                 if n is not None])

    def points(self, m: ColumnMapping) -> dict[str, Any]:
        """Question -> the points the sheet gives it under ``m`` (:func:`grader_app.io.lms_points.sheet_points`)."""
        return self._once("points", _questions_key(m), lambda: sheet_points(self.sheet, m))

    def own_points_column(self, m: ColumnMapping) -> str | None:
        """The teacher's empty points column the graded sheet fills under ``m`` (:mod:`grader_app.io.own_points`)."""
        if m.layout != LONG or not m.answer_column:
            return None
        if self._empty_points is None:
            self._empty_points = empty_points_columns(self.sheet)
        return own_points_column(self.sheet, m, self._empty_points)
