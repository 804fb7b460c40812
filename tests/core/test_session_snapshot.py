"""A session's snapshot (what an export writes, taken as Export is pressed) keeps that moment's state while the session
goes on changing, and shares nothing that changes: a state added to the session later and not copied fails here."""
from __future__ import annotations

import numpy as np

from grader_app.core.session import ItemInfo
from grader_app.core.scale import Scale
from test_session import make_session

# what the snapshot may share with its session: never changed after the session is made (or a number)
SHARED = {"sheet", "mapping", "reading", "answers", "namesakes", "_epoch",
          "unsaved",       # the answers whose formula shows nothing yet: a frozenset, fixed with the answers
          "_flags_due"}    # a bool: whether the first flags are still to come (set anew, never changed in place)


def state(s) -> list:
    keys = range(len(s.answers))
    return [[s.status(k) for k in keys], [s.final_score(k) for k in keys], [s.model_row(k) for k in keys],
            [s.flags.get(k) for k in keys], dict(s.decisions), dict(s.thresholds), dict(s.waiting_comments),
            dict(s.scales), dict(s.items), s.counts(), s.sentence(), s.offered.origin("q1", 4), s.offered.before(1)]


def test_a_snapshot_keeps_the_state_it_was_taken_in_while_the_session_changes():
    s = make_session()
    s.decide(0, 2, comment="good")
    s.decide(1, 0)
    s.set_waiting_comment(2, "look again")
    s.offered.offer("q1", [4], "group")
    snap = s.snapshot()
    before = state(snap)
    assert before == state(s) and snap.revision == s.revision

    s.decide(0, 1, comment="changed")          # every kind of change the GUI thread makes meanwhile
    s.restore(1, None)
    s.offered.taken_back(1, snap.decisions[1])
    s.decide(4, 1)
    s.set_waiting_comment(3, "later")
    s.set_threshold(0.1)
    s.set_predictions([3], np.array([[0.9, 0.05, 0.05]]))
    s.set_item_info(ItemInfo(item="q1", prompt="Say more."))   # its model taken away: the teacher's scale
    s.set_scale("q1", Scale(top=5))
    s.offered.offer("q1", [2], "other")
    s.identical_to(0)
    assert state(s) != before
    assert state(snap) == before and snap.decisions[0].comment == "good" and 1 in snap.decisions


def test_a_snapshot_shares_nothing_that_changes():
    s = make_session()
    s.identical_to(0)   # a question's copies worked out (a cache of the session's)
    snap = s.snapshot()
    assert set(vars(snap)) == set(vars(s))
    for name, value in vars(s).items():
        if name not in SHARED:
            assert vars(snap)[name] is not value, f"the snapshot shares the session's {name}"
    assert not snap.listeners and not snap.comment_listeners   # nothing made on it is announced


def test_statuses_worked_out_on_a_snapshot_are_taken_back_only_while_nothing_changed_since():
    s, same = make_session(), make_session()
    snap = s.snapshot()
    worked = [snap.status(k) for k in range(len(s.answers))]   # as the figures worker works them out
    s.decide(0, 2)                                              # a change since the snapshot: its statuses are stale
    same.decide(0, 2)
    s.take_statuses(snap)
    assert [s.status(k) for k in range(len(s.answers))] == [same.status(k) for k in range(len(same.answers))]
    assert s.status(0) != worked[0]                             # the stale one was not taken
