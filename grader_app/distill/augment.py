"""Augmented answers for the transfer set (tenth amendment in docs/distillation.md).

Each copy of an answer applies one operation drawn at random among those that change it: drop words, swap two
neighbouring words, replace words by words of a given pool (drawn by frequency), misspell one or two words (two
neighbouring letters swapped), drop a sentence, shuffle the sentences. A copy is seeded by the answer's id and the
copy's number only, so the same answers give the same copies on every machine and in every job. Texts are taken
and returned normalised (``grader_app.text``: lower case, single spaces). No torch.
"""
from __future__ import annotations

import re
import zlib
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Sequence

import numpy as np

COPIES = 2
SEED = 8000
WORD_P = 0.1
OPERATIONS = ("drop_words", "swap_words", "replace_words", "misspell", "drop_sentence", "shuffle_sentences")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_WORD = re.compile(r"[a-z]{2,}")


def sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(text.strip()) if s]


@dataclass(frozen=True)
class WordPool:
    """Replacement words and their probabilities (by frequency)."""
    words: tuple
    p: np.ndarray

    @classmethod
    def from_texts(cls, texts: Iterable[str]) -> "WordPool":
        counts = Counter(w for t in texts for w in _WORD.findall(t))
        if not counts:
            return cls((), np.zeros(0))
        words = tuple(sorted(counts))
        freq = np.array([counts[w] for w in words], dtype=np.float64)
        return cls(words, freq / freq.sum())

    def draw(self, rng: np.random.Generator, n: int) -> list[str]:
        return [self.words[i] for i in rng.choice(len(self.words), size=n, p=self.p)]


def _some(rng: np.random.Generator, n: int) -> np.ndarray:
    """Positions 0..n-1 each picked with probability WORD_P, at least one."""
    pick = rng.random(n) < WORD_P
    if not pick.any():
        pick[rng.integers(n)] = True
    return pick


def _drop_words(text, rng, pool):
    words = text.split(" ")
    if len(words) < 2:
        return None
    drop = _some(rng, len(words))
    if drop.all():
        drop[rng.integers(len(words))] = False
    return " ".join(w for w, d in zip(words, drop) if not d)


def _swap_words(text, rng, pool):
    words = text.split(" ")
    if len(words) < 2:
        return None
    i = int(rng.integers(len(words) - 1))
    words[i], words[i + 1] = words[i + 1], words[i]
    return " ".join(words)


def _replace_words(text, rng, pool):
    words = text.split(" ")
    if not words or not pool.words:
        return None
    at = np.flatnonzero(_some(rng, len(words)))
    for i, w in zip(at, pool.draw(rng, len(at))):
        words[i] = w
    return " ".join(words)


def _misspell(text, rng, pool):
    spans = [m.span() for m in re.finditer(r"[a-z]{3,}", text)]
    if not spans:
        return None
    chars = list(text)
    for j in rng.choice(len(spans), size=min(len(spans), int(rng.integers(1, 3))), replace=False):
        a, b = spans[j]
        i = int(rng.integers(a, b - 1))
        chars[i], chars[i + 1] = chars[i + 1], chars[i]
    return "".join(chars)


def _drop_sentence(text, rng, pool):
    parts = sentences(text)
    if len(parts) < 2:
        return None
    del parts[int(rng.integers(len(parts)))]
    return " ".join(parts)


def _shuffle_sentences(text, rng, pool):
    parts = sentences(text)
    if len(parts) < 2:
        return None
    return " ".join(parts[i] for i in rng.permutation(len(parts)))


_OPS = {"drop_words": _drop_words, "swap_words": _swap_words, "replace_words": _replace_words,
        "misspell": _misspell, "drop_sentence": _drop_sentence, "shuffle_sentences": _shuffle_sentences}


def _rng(answer_id, copy: int, seed: int) -> np.random.Generator:
    return np.random.default_rng([seed, zlib.crc32(str(answer_id).encode("utf-8")), copy])


def augment(text: str, answer_id, copy: int, pool: WordPool, seed: int = SEED) -> tuple[str, str] | None:
    """Copy ``copy`` of one normalised answer: ``(operation, new text)``, or None when no operation changes it.
    Operations are tried in a seeded random order until one gives a different, non-empty text."""
    rng = _rng(answer_id, copy, seed)
    for j in rng.permutation(len(OPERATIONS)):
        name = OPERATIONS[j]
        out = _OPS[name](text, rng, pool)
        if out and out.strip() and out != text:
            return name, out
    return None


@dataclass
class Augmented:
    """Augmented copies: their texts, operations, and the index (in the source list) of the answer each copies."""
    texts: list[str]
    operations: list[str]
    source: np.ndarray

    def digest(self) -> str:
        """A fingerprint of the texts, so that labels computed for one set of copies are never read for another."""
        h = zlib.crc32(b"")
        for t in self.texts:
            h = zlib.crc32(t.encode("utf-8") + b"\x00", h)
        return f"{len(self.texts)}:{h:08x}"


def augment_many(texts: Sequence[str], ids: Sequence, pool: WordPool, copies: int = COPIES,
                 seed: int = SEED) -> Augmented:
    """``copies`` copies of every text (fewer where nothing changes it), in the order of ``texts``."""
    out, ops, src = [], [], []
    for i, (t, a) in enumerate(zip(texts, ids)):
        for c in range(copies):
            got = augment(t, a, c, pool, seed)
            if got is not None:
                ops.append(got[0])
                out.append(got[1])
                src.append(i)
    return Augmented(out, ops, np.array(src, dtype=np.int64))
