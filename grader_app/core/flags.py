"""Condition codes: answers that always go to the teacher, whatever the model says.

Each rule is a small pure function over the raw text, so its reason can be shown to the teacher.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterable, Sequence

from ..text import normalise

BLANK = "blank"
TOO_SHORT = "too short"
COPIED = "copied from prompt"
DUPLICATE = "identical to another answer"
NOT_PROSE = "not prose"
# Not a rule over the text: the model gave no probability row for this answer (NaN, infinite, negative,
# above 1 or not adding up to 1); the session sets it when the predictions arrive.
INVALID_OUTPUT = "invalid model output"
ALL_FLAGS = (BLANK, TOO_SHORT, COPIED, DUPLICATE, NOT_PROSE, INVALID_OUTPUT)

MIN_WORDS = 3
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_VOWEL = re.compile(r"[aeiouy]")
# Frequent English function words: a prose answer of five or more words almost always has one.
_COMMON = frozenset("""
a an the and or but if of to in on at by for with from as is are was were be been being it its this that
these those there their they them he she his her we our you your i my me not no so than then because
which what when where who how do does did can could would should will may might must has have had more
less into out up down over under about also very all some any each other same both only just
""".split())


def words(text: str) -> list[str]:
    return _WORD.findall(normalise(text))


def is_blank(text: str) -> bool:
    return not str(text or "").strip()


def is_too_short(text: str) -> bool:
    return not is_blank(text) and len(words(text)) < MIN_WORDS


def is_not_prose(text: str, _words: list[str] | None = None) -> bool:
    """Gibberish, keyboard mashing, numbers only, or a language other than English."""
    t = str(text or "").strip()
    if not t:
        return False
    # map() over str methods counts in C: the same figures, ~5x faster than generator expressions
    letters = sum(map(str.isalpha, t))
    visible = len(t) - sum(map(str.isspace, t))
    if visible and letters / visible < 0.5:
        return True
    ws = words(t) if _words is None else _words
    if not ws:
        return True
    ascii_letters = letters if t.isascii() else sum(ch.isascii() and ch.isalpha() for ch in t)
    if letters and ascii_letters / letters < 0.7:
        return True
    # list-style answers ("vinegar amount, sample size, container size") skip function words, so
    # only a longer answer with none of them counts as another language or gibberish
    if len(ws) >= 10 and not any(w in _COMMON for w in ws):
        return True
    vowelless = sum(1 for w in ws if len(w) >= 3 and w.isalpha() and not _VOWEL.search(w))
    if len(ws) >= 2 and vowelless / len(ws) > 0.4:
        return True
    if any(len(w) > 30 for w in ws):
        return True
    return False


def _ngrams(ws: Sequence[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def is_copied(text: str, prompt: str, min_words: int = 6, share: float = 0.8) -> bool:
    """Most of the answer's word trigrams appear in the prompt (the answer restates the question)."""
    if not prompt:
        return False
    ws = words(text)
    if len(ws) < min_words:
        return False
    a = _ngrams(ws, 3)
    p = _ngrams(words(prompt), 3)
    return bool(a) and len(a & p) / len(a) >= share


def duplicate_keys(texts: Iterable[str]) -> list[str | None]:
    """For each text, its normalised form if another text in the group is identical, else None."""
    norm = [normalise(t) for t in texts]
    counts = Counter(n for n in norm if n)
    return [n if n and counts[n] > 1 else None for n in norm]


def flags_for_group(texts: Sequence[str], prompt: str = "") -> list[list[str]]:
    """Flags for the answers to one question (duplicates are found within the question).

    The same rules as the single-text functions above, with each text normalised and split into
    words once (and the prompt's trigrams built once): 10,000 answers take seconds, not tens.
    """
    norms = [normalise(t) for t in texts]
    counts = Counter(n for n in norms if n)
    prompt_grams = _ngrams(words(prompt), 3) if prompt else set()
    out: list[list[str]] = []
    for text, norm in zip(texts, norms):
        f: list[str] = []
        if is_blank(text):
            f.append(BLANK)
        else:
            ws = _WORD.findall(norm)
            if len(ws) < MIN_WORDS:
                f.append(TOO_SHORT)
            if prompt and len(ws) >= 6:
                grams = _ngrams(ws, 3)
                if grams and len(grams & prompt_grams) / len(grams) >= 0.8:
                    f.append(COPIED)
            if norm and counts[norm] > 1:
                f.append(DUPLICATE)
            if is_not_prose(text, _words=ws):
                f.append(NOT_PROSE)
        out.append(f)
    return out
