"""Rows of a one-row-per-answer sheet that only head a section: "Class 9B" alone in the student column between two
lists, every other cell empty (QA s53f finding 5). Read as answers, such a row was a student "Class 9B" with a blank
answer to a question with no name, counted, marked and exported.

A row is such a heading when the sheet is read one row per answer with a question column, other rows name their
question there, and the row's question cell and answer cell are both empty: only the student's cells (which hold the
heading) may be filled, and a column Grader does not read. A student who handed in nothing still has their question in
the long layout, so they stay a student; a row of one column per question with a name and no answers is a student who
handed in nothing, and stays one (no question column: nothing here applies).

The row stays in the sheet, so the graded sheet writes it back where it was, as a row repeating the header is
(:mod:`.header_again`): it gives no answers (:attr:`~grader_app.core.sheet.Reading.skip`, joined in by
:func:`grader_app.io.lms.reading_for` for the columns chosen), and :func:`section_note` names it. Unlike the header
repeated, it depends on the columns chosen, so the note is made for them: the columns dialog says it as the columns
change, the notes above the results for the columns the session reads. A teacher's note under the list ("Checked by
Ms Li", :mod:`.note_rows`) is left out and named with them (:func:`rows_left_out`).

:func:`above_note` names, as those notes, the rows whose empty question cell was read as the question above them (a
question named once at the top of its answers: :mod:`grader_app.core.row_questions`)."""
from __future__ import annotations

from ..core.row_questions import questions_down
from ..core.sheet import LONG, ColumnMapping, Sheet
from . import notes as notes_
from .note_rows import note_rows
from .notes import Note

__all__ = ["above_note", "rows_left_out", "section_note", "section_rows"]


def section_rows(frame, mapping: ColumnMapping | None) -> frozenset[int]:
    """The 0-based rows of ``frame`` that, read with ``mapping``, give neither a question nor an answer in a sheet whose
    other rows name their question (none for one column per question, or without a question column)."""
    if mapping is None or mapping.layout != LONG or not mapping.item_column or not mapping.answer_column:
        return frozenset()
    if mapping.item_column not in frame.columns or mapping.answer_column not in frame.columns:
        return frozenset()
    questions = [str(v).strip() for v in frame[mapping.item_column].tolist()]
    if not any(questions):
        return frozenset()
    answers = frame[mapping.answer_column].tolist()
    return frozenset(r for r, (q, a) in enumerate(zip(questions, answers)) if not q and not str(a).strip())


def rows_left_out(sheet: Sheet, mapping: ColumnMapping | None) -> frozenset[int]:
    """The rows of ``sheet`` that, read with ``mapping``, give no answers: :func:`section_rows`, and a teacher's note
    under the list (:mod:`.note_rows`)."""
    return section_rows(sheet.frame, mapping) | note_rows(sheet, mapping)


def section_note(sheet: Sheet, mapping: ColumnMapping | None) -> Note | None:
    """The note naming the rows :func:`rows_left_out` leaves out of ``sheet`` read with ``mapping``, by their row in the
    file; None when there are none."""
    rows = sorted(rows_left_out(sheet, mapping))
    return notes_.section_rows([sheet.row_number(r) for r in rows]) if rows else None


def above_note(sheet: Sheet, mapping: ColumnMapping | None) -> Note | None:
    """The note naming the rows of ``sheet`` read with ``mapping`` whose empty question cell took the question above
    (:mod:`grader_app.core.row_questions`), by their row in the file, none of :func:`rows_left_out`; None if none."""
    if mapping is None or mapping.layout != LONG or not mapping.item_column or mapping.item_column not in sheet.frame.columns:
        return None
    headings = rows_left_out(sheet, mapping)
    rows = [r for r in questions_down(sheet.frame[mapping.item_column].tolist())[1] if r not in headings]
    return notes_.question_from_above(mapping.item_column, [sheet.row_number(r) for r in rows]) if rows else None
