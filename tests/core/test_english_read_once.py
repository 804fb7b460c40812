"""Whether an answer reads as English (core.flags._reads_english) is worked out once per answer when a question's
answers are flagged (core.flags.group_flags): writes_english judged the longer answers, then is_not_prose judged each
of them again (on a Canvas report of 10,000 students x 6 questions, about a second of the opening). It now takes what
writes_english found; the flags are those the single-answer functions give, on every ASAP-SAS and SemEval-2013
answer (read in place from the shared data) and on a German class."""
from __future__ import annotations

from collections import Counter

import pytest

from grader_app.core import flags as F
from grader_app.text import read_part
from plain_classes import ENGLISH, FRENCH, GERMAN
from shared_answers import real_classes

MORE = ["The cell membrane lets water in and keeps most of the salt out.",
        "Plants take in water through their roots by osmosis, the book says.",
        "When the salt outside is higher, water leaves the cell and it shrinks."]
MIXED = ENGLISH + MORE + ["Osmosis moves water across the membrane. " * 8, "12 34 56 78", "xkcd qwrt pfft hmm zzz",
                   "Vinegar amount, vinegar type, sample size, container size, temperature, rinse time.", "", "ok",
                   "Wasser geht durch die Membran der Zelle hinein, das nennt man Osmose."]


@pytest.fixture
def reads(monkeypatch):
    """How many times each text was read for English."""
    counts: Counter = Counter()
    real = F._reads_english

    def counted(t, ws, letters):
        counts[t] += 1
        return real(t, ws, letters)
    monkeypatch.setattr(F, "_reads_english", counted)
    return counts


@pytest.mark.parametrize("texts", [MIXED, GERMAN + ENGLISH[:2], FRENCH], ids=["english", "german", "french"])
def test_each_answer_is_read_for_english_once(reads, texts):
    found, english = F.group_flags(texts)
    assert english == (texts is MIXED)   # the English class is judged English: each answer's read is used twice
    assert reads and max(reads.values()) == 1


def _one_by_one(texts: list[str]) -> tuple[list[bool], bool]:
    """NOT_PROSE of each answer as the single-answer functions give it, in its class's language."""
    parts = [read_part(t) for t in texts]
    english = F.writes_english(parts)
    return [F.is_not_prose(t, english=english) for t in parts], english


def test_the_flags_are_those_of_the_single_answer_functions():
    for name, texts in {"mixed": MIXED, "german": GERMAN + ENGLISH[:2], "french": FRENCH, **real_classes()}.items():
        found, english = F.group_flags(texts)
        expected, expected_english = _one_by_one(texts)
        assert english == expected_english, name
        assert [F.NOT_PROSE in f for f in found] == expected, name
