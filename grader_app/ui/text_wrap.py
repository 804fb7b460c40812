"""Text that a word-wrapping label can always fit to its width.

A QLabel wraps only between words, so one run of characters with no space (a pasted link or token,
"xxxxxxxx…" typed by a student) makes the label, and the review card with it, wider than the window.
:func:`breakable` lets such a run break: it puts a zero-width space after every :data:`RUN` characters of
a run. Only what is shown changes; the answer and the comment themselves are never altered.
"""
from __future__ import annotations

import re

RUN = 30
ZERO_WIDTH_SPACE = "\u200b"
_LONG = re.compile(r"\S{%d}(?=\S)" % RUN)


def breakable(text: str) -> str:
    """``text`` with a zero-width space after every ``RUN`` characters of a run without spaces."""
    return _LONG.sub(lambda m: m.group(0) + ZERO_WIDTH_SPACE, text)
