""""Apply to the identical answers" finds exactly the answers the "identical to another answer" flag calls copies:
a copy dressed up with other punctuation, spacing, a hidden character or a Cyrillic look-alike letter is flagged,
and the teacher's one score reaches it too (before, the flag saw the copy and the action did not)."""
from __future__ import annotations

import pandas as pd

from grader_app.core import flags
from grader_app.core.session import GradingSession, ItemInfo
from grader_app.core.sheet import LONG, ColumnMapping, Sheet

ORIGINAL = "Ice floats because it is less dense than water."
COPIES = ["ice floats, because it is less dense than water", "Ice  floats because it is less\u200b dense than water!",
          "Ice floats becaus\u0435 it is less dense than water."]   # the last 'e' of "because" is Cyrillic
OTHER = "Ice floats because it is more dense than water."


def _session(texts):
    frame = pd.DataFrame({"Student ID": [f"S{i}" for i in range(len(texts))], "Question": ["q1"] * len(texts),
                          "Answer": texts}, dtype=object)
    mapping = ColumnMapping(layout=LONG, id_column="Student ID", item_column="Question", answer_column="Answer")
    return GradingSession(Sheet(frame), mapping, {"q1": ItemInfo(item="q1", labels=(0, 1, 2))})


def test_the_action_finds_every_answer_the_flag_calls_a_copy():
    s = _session([ORIGINAL, *COPIES, OTHER])
    assert all(flags.DUPLICATE in s.flags.get(k, []) for k in range(4))
    assert flags.DUPLICATE not in s.flags.get(4, [])
    assert sorted(s.identical_to(0)) == [1, 2, 3]
    assert sorted(s.identical_to(3)) == [0, 1, 2]
    assert s.identical_to(4) == []


def test_short_answers_are_compared_as_before():
    """Under three words only the app's normalisation is set aside ("White." and "white." alike, "White!" not)."""
    s = _session(["White.", "white.", "White!", "black"])
    assert s.identical_to(0) == [1] and s.identical_to(2) == [] and s.identical_to(3) == []
    assert all((flags.DUPLICATE in s.flags.get(k, [])) == bool(s.identical_to(k)) for k in range(4))
