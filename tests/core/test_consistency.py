"""Identical answers that got different scores (grader_app.core.consistency): which count, which "got another score",
and which are left out (an answer still open, two scores the teacher decided neither of, a blank, another question).
QA s52a finding 7: ten identical answers scored 1 and three scored 2 were never pointed out."""
from __future__ import annotations

import pandas as pd

from grader_app.core import review
from grader_app.core.consistency import differing, differing_keys, odd_count
from grader_app.core.session import GradingSession, ItemInfo
from grader_app.core.sheet import LONG, ColumnMapping, Sheet

SAME = "Ice is less dense than water."
COPY = "ice is less dense than water"        # other case, no full stop: identical all the same
OTHER = "Ice is more dense than water."


def _session(rows):
    """``rows``: (question, answer) in sheet order, one student each."""
    frame = pd.DataFrame({"Student ID": [f"S{i}" for i in range(len(rows))], "Question": [q for q, _ in rows],
                          "Answer": [t for _, t in rows]}, dtype=object)
    mapping = ColumnMapping(layout=LONG, id_column="Student ID", item_column="Question", answer_column="Answer")
    items = {q: ItemInfo(item=q, labels=(0, 1, 2)) for q, _ in rows}
    return GradingSession(Sheet(frame), mapping, items)


def test_ten_at_one_and_three_at_two_are_three_that_got_another_score():
    s = _session([("q1", SAME)] * 12 + [("q1", COPY), ("q1", OTHER)])
    for k in range(13):
        s.decide(k, 2 if k in (2, 5, 12) else 1)
    s.decide(13, 2)                                    # not identical to them: its own score is no disagreement
    [found] = differing(s)
    assert found.item == "q1" and found.odd == (2, 5, 12) and odd_count([found]) == 3
    assert differing_keys([found]) == set(range(13))   # both sides, for the teacher to compare


def test_a_tie_keeps_the_first_answers_score_and_counts_the_others():
    s = _session([("q1", SAME), ("q1", SAME), ("q1", SAME), ("q1", SAME)])
    for k, score in enumerate((2, 1, 2, 1)):
        s.decide(k, score)
    [found] = differing(s)
    assert found.odd == (1, 3)


def test_answers_still_open_do_not_count_whatever_the_model_suggests():
    s = _session([("q1", SAME)] * 4)
    s.set_predictions([0, 1, 2, 3], [[0.1, 0.1, 0.8]] * 4)   # the model says 2 to every copy; they come to the teacher
    assert all(s.status(k) == review.NEEDS_REVIEW for k in range(4))
    s.decide(0, 1)
    assert differing(s) == []                          # the other three are hers to score yet
    s.decide(1, 2)                                     # she confirms the model's 2 on one: now two of hers disagree
    assert s.status(1) == review.REVIEWED and s.status(0) == review.OVERRIDDEN
    [found] = differing(s)
    assert found.groups == ((0, 1, 2, 3),) and found.odd == (1,)


def test_nothing_is_said_when_they_agree_or_the_teacher_decided_none():
    s = _session([("q1", SAME), ("q1", COPY), ("q1", OTHER)])
    assert differing(s) == []
    s.decide(0, 1)
    s.decide(1, 1)
    s.decide(2, 0)
    assert differing(s) == []


def test_blanks_and_the_same_words_to_another_question_are_no_disagreement():
    s = _session([("q1", ""), ("q1", ""), ("q1", SAME), ("q2", SAME), ("q2", SAME)])
    for k, score in enumerate((0, 1, 1, 2, 2)):
        s.decide(k, score)
    assert differing(s) == []
    s.decide(4, 0)
    [found] = differing(s)
    assert found.item == "q2" and found.odd == (4,)      # a tie: the first answer's score is the usual one
