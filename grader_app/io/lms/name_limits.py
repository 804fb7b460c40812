"""A question's column title no longer than an LMS takes as the name of a grade item, as the import file writes it.

An LMS keeps a grade item's name in a number of characters (Canvas's assignment 255, Moodle's grade item 255; the
others in :mod:`.title_rules`). A title is cut to a little less, leaving room for what tells two alike titles apart
(" (2)"; Canvas's " [2]"), but from the tenth title alike that takes one more character, from the hundredth two, and a
name the formula guard quotes gets a ``'`` in front: :func:`within` cuts such a name shorter, after a word, and makes
the titles unique again, until every name as the file writes it is within the limit and none is like another. A name
past the limit would be refused by the LMS, or cut by it, and two names cut alike would be one column: one
question's grades written over another's.

Pure Python, no Qt.
"""
from __future__ import annotations

from typing import Sequence

from ..formula_guard import guard_cell
from ..headers import item_header, item_headers


def shorter(title: str, most: int) -> str:
    """``title`` cut after its last whole word that fits in ``most`` characters with "…" (inside a word with none)."""
    cut = title[:max(most - 1, 1)]
    space = cut.rfind(" ")
    if space > 0:
        cut = cut[:space]
    return (cut.rstrip(" ,;:.-–…") or cut) + "…"


def within(items: Sequence[str], titles: dict[str, str], most: int, taken: Sequence[str] = (),
           suffix: str = " ({k})") -> list[str]:
    """Each question's column title (:func:`~..headers.item_headers` of ``titles``, a clash told apart by ``suffix``,
    none like another's or one of the file's own columns, ``taken``), no longer than ``most`` characters as the file
    writes it, the formula guard's ``'`` counted (:func:`~..formula_guard.guard_cell`): one that the suffix or the
    guard takes past it is cut shorter, and the titles made unique again, until none is."""
    fitted = dict(titles)
    while True:
        heads = item_headers(items, fitted, taken, suffix)
        over = {i: len(guard_cell(h)) - most for i, h in zip(items, heads) if len(guard_cell(h)) > most}
        if not over:
            return heads
        for i, excess in over.items():
            title = item_header(i, fitted)
            fitted[i] = shorter(title, len(title) - excess)
