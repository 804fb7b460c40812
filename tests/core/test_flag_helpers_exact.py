"""The word-level helpers of core.flags, rewritten to do their counting in C (opening a Canvas report of 10,000
students x 6 questions spent about a second in them), give what their plain forms gave: the distinct word trigrams
(COPIED), whether an answer reads as English (NOT_PROSE: Latin letters, a function word in a longer answer, words with
vowels) and whether it is not prose at all, on edge cases and on every ASAP-SAS and SemEval-2013 answer read in place
from the shared data."""
from __future__ import annotations

import re

import pytest

from grader_app.core import flags as F
from shared_answers import real_answers

EDGES = ["", "a", "a b", "a b c", "a a a a a a", "xkcd qwrt pfft hmm zzz rhythm", "Y Y Y yyy", "the the",
         "A" * 31 + " word", "a " + "b" * 30, "Ärger über Öl ñandú 水 ＡＢＣ", "12 34 56 78", "1 2 3 4 5 6 7 8 9 10 11",
         "ice floats because it is less dense than water " * 3, "vinegar amount vinegar type sample size container size"]


def _plain_ngrams(ws, n):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def _plain_reads_english(t, ws, letters):
    ascii_letters = letters if t.isascii() else sum(ch.isascii() and ch.isalpha() for ch in t)
    if letters and ascii_letters / letters < 0.7:
        return False
    if len(ws) >= 10 and not any(w in F._COMMON for w in ws):
        return False
    vowelless = sum(1 for w in ws if len(w) >= 3 and w.isalpha() and not re.search(r"[aeiouy]", w))
    return not (len(ws) >= 2 and vowelless / len(ws) > 0.4)


def _plain_not_prose(t, ws, english):
    t = t.strip()
    if not t:
        return False
    letters = sum(map(str.isalpha, t))
    visible = len(t) - sum(map(str.isspace, t))
    if visible and letters / visible < 0.5:
        return True
    if not ws:
        return True
    if any(len(w) > 30 for w in ws):
        return True
    return english and not _plain_reads_english(t, ws, letters)


@pytest.mark.parametrize("real", [False, True], ids=["edges", "real answers"])
def test_the_helpers_give_what_their_plain_forms_gave(real):
    texts = real_answers() if real else EDGES
    for text in texts:
        ws = F.words(text)
        for n in (1, 3):
            assert F._ngrams(ws, n) == _plain_ngrams(ws, n), text
        t = text.strip()
        assert F._reads_english(t, ws, sum(map(str.isalpha, t))) == _plain_reads_english(t, ws, sum(map(str.isalpha, t)))
        for english in (True, False):
            assert F.is_not_prose(text, english=english) == _plain_not_prose(text, ws, english), text
