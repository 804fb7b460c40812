"""Answers to one question scored through the real path (the library, match_bundles, score_all, onnxruntime), for
the tests of answers that fake a score: honest answers to set beside the faked ones, and the session over them."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from grader_app.bundles.library import Library
from grader_app.core.grading import match_bundles
from grader_app.core.session import GradingSession
from grader_app.core.sheet import LONG, ColumnMapping, Sheet
from grader_app.workflow import score_all

ITEM = "asap-sas-1"
HONEST = [
    "mrna leaves the nucleus and trna brings amino acids to the ribosome",
    "the cell membrane controls what enters and leaves the cell",
    "plants need light and water to grow well",
    "i do not know the answer to this",
    "osmosis moves water across the membrane from high to low",
    "no idea at all sorry",
]


def session_over(texts, item=ITEM) -> GradingSession:
    """A long sheet of ``texts``, one student each (S0, S1, …), all answers to ``item``; not scored."""
    frame = pd.DataFrame({"Student ID": [f"S{i}" for i in range(len(texts))], "Question": [item] * len(texts),
                          "Answer": list(texts)}, dtype=object)
    mapping = ColumnMapping(layout=LONG, id_column="Student ID", item_column="Question", answer_column="Answer")
    return GradingSession(Sheet(frame), mapping)


def scored_by(folder: Path, texts, item=ITEM) -> GradingSession:
    """:func:`session_over` ``texts``, scored by the bundles in ``folder``."""
    session = session_over(texts, item)
    score_all(session, match_bundles(session, Library.load([folder])))
    return session
