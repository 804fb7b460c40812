"""Sessions over small long sheets made in the test (one row per answer), for the tests of what is written from a
session: reports, feedback pages, LMS files, PDFs. The sheet's frame is ``session.sheet.frame``."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from grader_app.core.session import GradingSession
from grader_app.core.sheet import ColumnMapping, Sheet

COLUMNS = ["Student ID", "Name", "Question", "Answer"]
EMAIL_COLUMNS = ["Student ID", "Name", "Email", "Question", "Answer"]


def long_sheet_session(rows, items=None, source: Path | None = None, write: bool = False) -> GradingSession:
    """A session over the long sheet of ``rows``: (Student ID, Name, Question, Answer), or (Student ID, Name, Email,
    Question, Answer) for rows of five; ``items`` as GradingSession takes them. ``source`` is the sheet's file,
    written there as CSV if ``write``."""
    columns = EMAIL_COLUMNS if rows and len(rows[0]) == len(EMAIL_COLUMNS) else COLUMNS
    frame = pd.DataFrame(rows, columns=columns, dtype=object)
    if write:
        frame.to_csv(source, index=False)
    mapping = ColumnMapping(id_column="Student ID", name_column="Name", item_column="Question", answer_column="Answer")
    return GradingSession(Sheet(frame=frame, source=source), mapping, items=items)
