"""A teacher's note under the class list ("Checked by Ms Li" alone in the first column, a blank row below the last
student). Read as answers, such a row was a student "Checked by Ms Li" with a blank answer: graded, listed, written into
the LMS files.

The rule is kept narrow, so that a student who handed in nothing is never taken for a note. The rows left out are the
last rows of the sheet, after a blank row of the file (a gap the reader dropped: :attr:`~grader_app.core.sheet.Sheet.
file_rows`), each of which fills one cell only, in no answer column; and that cell is in no student column, or the
sheet names its students by two columns (an id and a name, both filled in every row of the list above) and the cell
holds more words than any of its column in the list ("Checked by Ms Li" under ids or names; a lone "S04" or "Dee" stays a
student). If any row below the gap holds more (an answer, a second cell), none is left
out: it may be a list of its own. A sheet with one student column keeps a lone name below a gap as a student.

Such rows give no answers and stay in the sheet where they were, as a section's heading does (:mod:`.section_rows`,
whose note names them both)."""
from __future__ import annotations

from ..core.sheet import LONG, ColumnMapping, Sheet

__all__ = ["note_rows"]


def _filled(v) -> bool:
    return v is not None and not (isinstance(v, float) and v != v) and bool(str(v).strip())


def note_rows(sheet: Sheet, mapping: ColumnMapping | None) -> frozenset[int]:
    """The 0-based rows of ``sheet`` that, read with ``mapping``, hold a note under the list (see the module)."""
    frame, rows = sheet.frame, sheet.file_rows
    if mapping is None or len(rows) != len(frame) or len(frame) < 2:
        return frozenset()
    gaps = [r for r in range(1, len(rows)) if rows[r] - rows[r - 1] > 1]
    if not gaps:
        return frozenset()
    first = gaps[-1]
    answers = {mapping.answer_column} if mapping.layout == LONG else set(mapping.answer_columns)
    students = [c for c in (mapping.id_column, mapping.name_column, mapping.first_name_column) if c and c in frame.columns]
    cols = list(frame.columns)
    for r in range(first, len(frame)):
        filled = [c for c, v in zip(cols, frame.iloc[r].tolist()) if _filled(v)]
        if len(filled) != 1 or filled[0] in answers:
            return frozenset()
        if filled[0] in students and not _more_words_than_students(frame, students, first, filled[0], r):
            return frozenset()
    return frozenset(range(first, len(frame)))


def _more_words_than_students(frame, students: list[str], first: int, column: str, r: int) -> bool:
    """Whether the list above row ``first`` names each student by two columns and row ``r``'s cell in ``column`` holds
    more words than any of that column there."""
    if len(students) < 2:
        return False
    listed = [frame[c].tolist()[:first] for c in students]
    if not all(sum(map(_filled, cells)) >= 2 for cells in zip(*listed)):
        return False
    return _words(frame[column].tolist()[r]) > max(map(_words, frame[column].tolist()[:first]))


def _words(v) -> int:
    return len(str(v).split()) if _filled(v) else 0
