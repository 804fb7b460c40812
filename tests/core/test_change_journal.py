"""The session says what changed since a revision (core.change_journal), and a KeyTally kept from that equals one
worked out anew (core.key_tally): what the review screen's counts after each key rest on (QA s52g)."""
from __future__ import annotations

import random

import pandas as pd

from grader_app.core.change_journal import ChangeJournal
from grader_app.core.key_tally import KeyTally
from grader_app.core.session import GradingSession, ItemInfo
from grader_app.core.session_records import NO_CHANGE
from grader_app.core.sheet import ColumnMapping, Sheet

TEXTS = ["Ice floats because it is less dense than water", "It floats on the water because ice is lighter",
         "Water gets bigger when it freezes so ice floats", "The ice is less dense so it stays on top of the water"]


def make_session(n: int = 24) -> GradingSession:
    rows = [(f"S{i:02d}", f"Pupil {i}", "ab"[i % 2], TEXTS[i % len(TEXTS)] + f" ({i})") for i in range(n)]
    frame = pd.DataFrame(rows, columns=["ID", "Name", "Question", "Answer"], dtype=object)
    mapping = ColumnMapping(id_column="ID", name_column="Name", item_column="Question", answer_column="Answer")
    infos = {it: ItemInfo(item=it, bundle_id=it, labels=(0, 1, 2), default_threshold=0.8) for it in "ab"}
    return GradingSession(Sheet(frame=frame), mapping, items=infos)


def test_the_session_says_what_changed_since_a_revision():
    s = make_session()
    start = s.revision
    assert s.changes_since(start) == NO_CHANGE
    s.decide(3, 1)
    s.set_waiting_comment(4, "good start")
    assert s.changes_since(start).keys == {3, 4}
    assert s.changes_since(start, decisions=False) == NO_CHANGE      # a decision changes nothing the model says
    middle = s.revision
    s.set_predictions([5, 6], [[0.1, 0.1, 0.8], [0.9, 0.05, 0.05]])
    s.set_threshold(0.5, "a")
    since = s.changes_since(middle, decisions=False)
    assert since.keys == {5, 6} and since.items == {"a"}
    assert s.changes_since(start).keys == {3, 4, 5, 6}
    s._journal = ChangeJournal(kept=2)   # a reader further behind than the journal keeps is told to start anew
    for k in range(3):
        s.decide(k, 2)
    assert s.changes_since(middle) is None and s.changes_since(s.revision - 2).keys == {1, 2}


def test_a_tally_kept_from_the_changes_equals_one_worked_out_anew():
    rnd = random.Random(4)
    s = make_session()
    keys = [k for k in range(len(s.answers)) if k % 3]
    def open_(k):
        return s.needs_teacher(k)
    tally = KeyTally(s, keys, open_)
    scores = KeyTally(s, keys, lambda k: s.final_score(k), decisions=True)
    for step in range(200):
        op = rnd.random()
        k = rnd.randrange(len(s.answers))
        if op < 0.4:
            s.decide(k, rnd.choice((0, 1, 2)))
        elif op < 0.6:
            s.restore(k, None)
        elif op < 0.8:
            p = rnd.random()
            s.set_predictions([k], [[p * 0.1, p * 0.2, 1 - p * 0.3]])
        elif op < 0.9:
            s.set_threshold(rnd.choice((0.5, 0.9)), rnd.choice("ab"))
        else:
            s._journal = ChangeJournal(kept=rnd.choice((1, 3, 4096)))
        if step % 3 == 0:   # not asked after every change: it catches up with several at once
            assert tally.sync().count(True) == sum(1 for k in keys if open_(k))
            assert scores.sync().distinct() == {s.final_score(k) for k in keys}
