"""What the scripts that measure a flag on real answers share (denial_rates.py, term_list_rates.py, and
suggestion_rates.py's sessions): answers scored through the app's own session as one question's, an answer's status
had a flag not existed, and the sample class scored as the window scores it with how many of its answers need the
teacher with and without a flag. The scripts import it by name (``scripts`` on ``sys.path``)."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402

from grader_app import workflow  # noqa: E402
from grader_app.bundles.library import Library  # noqa: E402
from grader_app.core import review  # noqa: E402
from grader_app.core.grading import match_bundles  # noqa: E402
from grader_app.core.session import GradingSession  # noqa: E402
from grader_app.core.sheet import LONG, ColumnMapping, Sheet  # noqa: E402

SAMPLE = ROOT / "assets" / "sample-class.xlsx"


def scored(texts: list[str], item: str, library: Library) -> GradingSession:
    """``texts`` as the answers to question ``item`` of a sheet, scored by the library's model for it."""
    frame = pd.DataFrame({"id": [str(i) for i in range(len(texts))], "item": [item] * len(texts), "answer": texts},
                         dtype=object)
    session = GradingSession(Sheet(frame), ColumnMapping(layout=LONG, id_column="id", item_column="item",
                                                         answer_column="answer"))
    workflow.score_all(session, match_bundles(session, library))
    return session


def without_flag(session: GradingSession, key: int, flag: str) -> str:
    """The answer's status if ``flag`` did not exist."""
    a, pred = session.answers[key], session.predictions.get(key)
    rest = [f for f in session.flags.get(key, []) if f != flag]
    return review.status_for(pred is not None, pred.confidence if pred else None, rest, session.threshold(a.item),
                             valid=pred.valid if pred else True)


def sample_class(library: Library) -> GradingSession:
    """The sample class (assets/sample-class.xlsx) read, its columns guessed and scored, as the window does."""
    sheet = workflow.read_sheet(SAMPLE)
    session, bundles = workflow.start_session(sheet, workflow.guess_columns(sheet, library), library)
    workflow.score_all(session, bundles)
    return session


def need_the_teacher(session: GradingSession, flag: str) -> tuple[int, int]:
    """How many answers need the teacher: as the app flags them, and had ``flag`` not existed."""
    keys = [a.key for a in session.answers]
    need = sum(session.needs_teacher(k) for k in keys)
    before = sum(without_flag(session, k, flag) in (review.NEEDS_REVIEW, review.UNSCORED) for k in keys)
    return need, before
