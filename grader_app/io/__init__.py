"""Sheets in and out: readers (CSV/XLSX -> Sheet), column guessing, graded-sheet writers.

No Qt here; the UI and the CLI both call these functions. Every failure a teacher can cause
raises :class:`SheetError`, whose message is one plain sentence.
"""
from .columns import answer_candidates, guess_columns
from .errors import SheetError
from .readers import SUPPORTED_SUFFIXES, read_sheet
from .writers import graded_frame, write_graded, write_graded_csv, write_graded_xlsx

__all__ = [
    "SheetError", "read_sheet", "SUPPORTED_SUFFIXES", "guess_columns", "answer_candidates",
    "write_graded", "write_graded_xlsx", "write_graded_csv", "graded_frame",
]
