"""A question that learns from the teacher's marks keeps its scale open: QA found that once the first model had learned
from marks of 0 and 1, the session refused a 2 ("2 is not a score for this question; use one of 0, 1"), so a teacher
whose first marks were low could never give a higher one on that question. The window offers 0-9 there
(``ui.commands``); the session takes them too, and the next model learns the new score."""
from __future__ import annotations

import pandas as pd
import pytest

from grader_app.core import review
from grader_app.core.session import GradingSession
from grader_app.core.sheet import LONG, ColumnMapping, Sheet
from grader_app.learn.marks_model import fit_marks
from grader_app.workflow import learns, use_learned_model

TEXTS = [f"answer {i} about {'plants need light' if i % 2 else 'the moon is made of cheese'} {i}" for i in range(24)]


def _session() -> GradingSession:
    frame = pd.DataFrame({"Student ID": [f"S{i}" for i in range(len(TEXTS))], "Question": ["own question"] * len(TEXTS),
                          "Answer": TEXTS}, dtype=object)
    mapping = ColumnMapping(layout=LONG, id_column="Student ID", item_column="Question", answer_column="Answer")
    return GradingSession(Sheet(frame), mapping)


def test_a_score_above_the_first_models_scale_is_taken_and_learned(tmp_path):
    session = _session()
    assert learns(session, "own question") and not session.items["own question"].labels
    marks = {k: k % 2 for k in range(12)}                        # the first marks: only 0 and 1
    for k, s in marks.items():
        session.decide(k, s)
    use_learned_model(session, "own question", fit_marks(TEXTS, marks))
    assert session.items["own question"].labels == (0, 1) and session.items["own question"].learned
    assert learns(session, "own question")
    dec = session.decide(12, 2)                                   # refused before: "use one of 0, 1"
    assert dec.score == 2 and session.final_score(12) == 2 and not session.needs_teacher(12)
    assert session.status(12) == session.status(11) == review.DECIDED          # the teacher's, as every mark here
    marks[12] = 2
    model = fit_marks(TEXTS, marks)                               # the next model's scale has the new score
    use_learned_model(session, "own question", model)
    assert tuple(model.labels) == (0, 1, 2) and session.items["own question"].labels == (0, 1, 2)
    assert session.decisions[12].score == 2


def test_a_question_with_a_shipped_scale_still_refuses_a_score_off_it():
    from grader_app.core.session import ItemInfo

    session = _session()
    session.set_item_info(ItemInfo(item="own question", bundle_id="asap-sas-1", labels=(0, 1, 2, 3)))
    assert not learns(session, "own question")
    with pytest.raises(ValueError, match="4 is not a score for this question; use one of 0, 1, 2, 3"):
        session.decide(0, 4)
