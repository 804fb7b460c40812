"""The counts line under the results headline as a test of its words compares it: the line keeps each short count whole
when it folds with no-break spaces and hyphens ("3\u00a0confirmed\u00a0by\u00a0you", "6\u00a0auto\u2011accepted") and
holds the "·" to the count before it; tests/ui/test_counts_line_folds_whole.py checks those, the others read the
words with plain spaces and hyphens. So do the other lines that count before their words ("13\u00a0of\u00a080\u00a0answers
left to decide", "5\u00a0of\u00a080\u00a0answers\u00a0scored": tests/ui/test_counting_lines_fold_whole.py)."""
from __future__ import annotations


def spaced(text: str) -> str:
    """``text`` with plain spaces and hyphens for its no-break ones."""
    return text.replace("\u00a0", " ").replace("\u2011", "-")
