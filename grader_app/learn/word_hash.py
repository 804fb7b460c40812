"""The word tokens of a normalised answer and their hashes, as a hashed student's graph computes them: ``[a-z0-9]+``
(the ONNX ``Tokenizer``) and MurmurHash3 with seed 0, positive (the ``MurmurHash3`` contrib op, as
``sklearn.utils.murmurhash3_32`` computes it). Shared by the n-gram features and the key features, with the
constants the features and their graph (:mod:`grader_app.learn.hashed_graph`) share: here, so that featurising
an answer imports neither onnx (the graph's) nor scikit-learn (until the first hash)."""
from __future__ import annotations

import re

WORD_PATTERN = "[a-z0-9]+"
WORD = re.compile(WORD_PATTERN)
INPUT_NAME = "text"    # the graph's one input: the normalised answers
PAD = "#"              # the tokenizers' padding
P = 1000003            # an n-gram's hash: the polynomial (g·P + h), for characters mod Q
Q = 2147483647
PAD_HASH = 1151690575  # murmurhash3_32("#", seed=0, positive=True)


def stem_pattern(n: int) -> str:
    """The chunks of up to ``n`` letters a word is cut into."""
    return f"[a-z0-9]{{1,{int(n)}}}"


PIECE_LETTERS = 4      # a word's first letters are one piece, the rest of it another (piece_pattern)


def piece_pattern(n: int = PIECE_LETTERS) -> str:
    """A word's first ``n`` letters as one token and the rest of the word as another, from ONE tokenizer: at a word's
    start (``\\b``) up to ``n`` letters, elsewhere in a word (``\\B``) the remaining letters. The two alternatives
    never start at the same place, so the ONNX ``Tokenizer`` (RE2, longest match) and Python's leftmost-first ``re``
    (with ``re.ASCII``, as RE2's ``\\b`` is ASCII) cut alike."""
    return rf"\b[a-z0-9]{{1,{int(n)}}}|\B[a-z0-9]+"


def murmur(s: str, cache: dict) -> int:
    """MurmurHash3 of ``s`` (seed 0, positive), memoised in ``cache``."""
    h = cache.get(s)
    if h is None:
        from sklearn.utils import murmurhash3_32

        h = cache[s] = int(murmurhash3_32(s, seed=0, positive=True))
    return h
