"""Sessions over small long sheets made in the test (one row per answer), for the tests of what is written from a
session: reports, feedback pages, LMS files, PDFs, graded sheets. The sheet's frame is ``session.sheet.frame``."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from grader_app.core.session import GradingSession, ItemInfo
from grader_app.core.sheet import LONG, ColumnMapping, Sheet

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


def decided_session(sheet: Sheet) -> GradingSession:
    """A session over the long ``sheet`` read from a file (Student, Question, Answer; question asap-sas-1 scored 0 to
    3) in which every answer is decided, answer k given k % 4."""
    mapping = ColumnMapping(layout=LONG, id_column="Student", item_column="Question", answer_column="Answer")
    s = GradingSession(sheet, mapping, {"asap-sas-1": ItemInfo(item="asap-sas-1", bundle_id="b", labels=(0, 1, 2, 3),
                                                               default_threshold=0.8)})
    for a in s.answers:
        s.decide(a.key, a.key % 4)
    return s


def sure_session(texts, threshold: float = 0.6) -> GradingSession:
    """A session over ``texts``, the answers to question q (ids S0, S1, …), whose model (scores 0 to 2, its threshold
    ``threshold``) gives every answer full marks, sure of each."""
    frame = pd.DataFrame({"id": [f"S{i}" for i in range(len(texts))], "item": ["q"] * len(texts), "answer": texts},
                         dtype=object)
    session = GradingSession(Sheet(frame), ColumnMapping(layout=LONG, id_column="id", item_column="item",
                                                         answer_column="answer"))
    session.set_item_info(ItemInfo(item="q", bundle_id="q", labels=(0, 1, 2), default_threshold=threshold))
    session.set_predictions(range(len(texts)), [(0.05, 0.05, 0.9)] * len(texts))   # full marks, sure of each
    return session
