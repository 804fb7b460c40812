"""The Canvas gradebook CSV by the sheet's own student id column (the export dialog's "Canvas gradebook by your student
id column"). The file itself is made in :mod:`grader_app.io.lms.canvas_file` (its rows, titles and warnings, which
the Canvas LMS format builds on too); this module writes it and gives the result every LMS format gives
(:func:`write_canvas_csv`), under the name the app has always imported it by."""
from __future__ import annotations

from pathlib import Path

from ..core.session import GradingSession
from .lms import export_notes as said
from .lms.canvas import canvas_points
from .lms.canvas_file import (COMPUTED, FIXED, POINTS_POSSIBLE, READ_ONLY, TITLE_LIMIT, canvas_rows, canvas_titles,
                              canvas_warning, item_maxima, open_count, short_title, student_keys, unlikely_ids,
                              write_canvas_rows)
from .lms.export_files import ExportResult


def write_canvas_csv(session: GradingSession, path: str | Path, column_names: dict[str, str] | None = None,
                     points_possible: bool = True, source: str | None = None) -> ExportResult:
    """Write the Canvas gradebook CSV atomically (``source``: the LMS the sheet came from, as for
    :func:`~grader_app.io.lms.canvas_file.canvas_rows`); SheetError (one sentence) if it cannot be written. Gives an
    :class:`~grader_app.io.lms.ExportResult` as the LMS formats do: the students written and the notes (how to import
    it; the sheet's ids Canvas may not know, :func:`~grader_app.io.lms.canvas_file.unlikely_ids`; scores scaled to the
    points a Canvas sheet gives). :func:`canvas_warning` says what to check about look-alike or shared ids."""
    written, students = write_canvas_rows(session, path, column_names, points_possible, source)
    odd = unlikely_ids(session)
    notes = [said.canvas_gradebook(), *([said.canvas_unlikely_ids(odd)] if odd else []), *canvas_points(session, source)]
    return ExportResult(path=written, written=students, unmatched=[], notes=notes)


__all__ = ["COMPUTED", "FIXED", "POINTS_POSSIBLE", "READ_ONLY", "TITLE_LIMIT", "canvas_rows", "canvas_titles",
           "canvas_warning", "item_maxima", "open_count", "short_title", "student_keys", "unlikely_ids",
           "write_canvas_csv"]
