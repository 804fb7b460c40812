"""The word tokens of a normalised answer and their hashes, as a hashed student's graph computes them: ``[a-z0-9]+``
(the ONNX ``Tokenizer``) and MurmurHash3 with seed 0, positive (the ``MurmurHash3`` contrib op, as
``sklearn.utils.murmurhash3_32`` computes it). Shared by the n-gram features and the key features."""
from __future__ import annotations

import re

WORD_PATTERN = "[a-z0-9]+"
WORD = re.compile(WORD_PATTERN)


def murmur(s: str, cache: dict) -> int:
    """MurmurHash3 of ``s`` (seed 0, positive), memoised in ``cache``."""
    h = cache.get(s)
    if h is None:
        from sklearn.utils import murmurhash3_32

        h = cache[s] = int(murmurhash3_32(s, seed=0, positive=True))
    return h
