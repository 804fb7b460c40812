"""The Canvas gradebook CSV by the sheet's own student id column (the export dialog's "Canvas gradebook by your student
id column"). The file itself is made in :mod:`grader_app.io.lms.canvas_file` (its rows, titles and warnings, which
the Canvas LMS format builds on too); this module writes it and gives the result every LMS format gives
(:func:`write_canvas_csv`), under the name the app has always imported it by."""
from __future__ import annotations

from pathlib import Path

from ..core.session import GradingSession
from .lms import export_notes as said
from .lms.canvas import canvas_points
from .lms.canvas_file import (COMPUTED, FIXED, POINTS_POSSIBLE, READ_ONLY, TITLE_LIMIT, canvas_rows, canvas_table,
                              canvas_titles, canvas_warnings, item_maxima, open_count, short_title, student_keys, unlikely_ids,
                              write_canvas_rows)
from .headers import question_titles
from .lms.export_files import ExportResult, finish
from .lms.reasons import ListWords
from .lms.ungraded import ungraded_entries


def write_canvas_csv(session: GradingSession, path: str | Path, column_names: dict[str, str] | None = None,
                     points_possible: bool = True, source: str | None = None,
                     words: ListWords | None = None) -> ExportResult:
    """Write the Canvas gradebook CSV atomically (``source``: the LMS the sheet came from, as for
    :func:`~grader_app.io.lms.canvas_file.canvas_table`); SheetError (one sentence) if it cannot be written,
    NothingMatched (a SheetError) if it could take no student. Gives an :class:`~grader_app.io.lms.ExportResult` as
    the LMS formats do: the students written, those left out (no id, or an id another student has too) with the
    ``-unmatched.csv`` listing them beside the file (in ``words``, the teacher's language; English without), and the
    notes (how to import it; ids that are email addresses, given as SIS Login IDs too; the sheet's ids Canvas may not
    know, :func:`~grader_app.io.lms.canvas_file.unlikely_ids`; scores scaled to the points a Canvas sheet gives; an
    earlier list of students left out deleted). :func:`canvas_warnings` says what to check about look-alike ids and
    attempts scored differently."""
    written, students, table = write_canvas_rows(session, path, column_names, points_possible, source)
    odd = unlikely_ids(session)
    notes = [said.canvas_gradebook(), *([said.canvas_email_ids()] if table.emails else []),
             *([said.canvas_unlikely_ids(odd)] if odd else []), *canvas_points(session, source)]
    return finish(written, students, table.left_out, notes, "Canvas", session, words,
                  {**question_titles(session.mapping), **(column_names or {})}, ungraded_entries(session, table.left_out))


__all__ = ["COMPUTED", "FIXED", "POINTS_POSSIBLE", "READ_ONLY", "TITLE_LIMIT", "canvas_rows", "canvas_table",
           "canvas_titles", "canvas_warnings", "item_maxima", "open_count", "short_title", "student_keys", "unlikely_ids",
           "write_canvas_csv"]
