"""Text that a word-wrapping label can always fit to its width.

A QLabel wraps only between words, so one run of characters with no space (a pasted link or token,
"xxxxxxxx…" typed by a student) makes the label, and the review card with it, wider than the window.
:func:`breakable` lets such a run break: it puts a zero-width space after every :data:`RUN` characters of
a run. Only what is shown changes; the answer and the comment themselves are never altered.
"""
from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption

RUN = 30
ZERO_WIDTH_SPACE = "\u200b"
_LONG = re.compile(r"\S{%d}(?=\S)" % RUN)
# What a screen lays out of one answer: a label of 2 MB took a second and grew taller than Qt lets a widget be (QA
# s51b #10). 100,000 characters (some 15,000 words) lay out in about 50 ms and are fifty times the longest of the
# 22,143 ASAP-SAS answers: only a paste goes past them, and the card says how much more there is.
SHOWN_CHARS = 100_000


def shown_part(text: str, limit: int = SHOWN_CHARS) -> tuple[str, int]:
    """(what a screen shows of ``text``: its first ``limit`` characters, how many characters it leaves out)."""
    return (text, 0) if len(text) <= limit else (text[:limit], len(text) - limit)


def breakable(text: str) -> str:
    """``text`` with a zero-width space after every ``RUN`` characters of a run without spaces."""
    return _LONG.sub(lambda m: m.group(0) + ZERO_WIDTH_SPACE, text)


def wrapped_lines(text: str, fm, width: int) -> str:
    """``text`` broken into lines (at spaces) no wider than ``width`` px in the font of ``fm`` (a QFontMetrics): for a
    label that does not wrap of itself, as QInputDialog's (the German question that names a sheet's question made
    that dialog 1240 px wide, off a 1024 px screen). A word wider than ``width`` keeps a line of its own."""
    lines: list[str] = []
    for word in text.split():
        if lines and fm.horizontalAdvance(lines[-1] + " " + word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines)


def line_spans(text: str, font: QFont, width: int, wrap: QTextOption.WrapMode) -> list[tuple[int, int]]:
    """Where each line of ``text`` (one paragraph) begins and how many characters it holds, as Qt lays it out in
    ``font`` at ``width`` px, wrapped as ``wrap`` says (an item view wraps between words, a label also within one)."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(wrap)
    layout.setTextOption(option)
    spans = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    return spans


def cut_at_word(text: str, fm, width: int) -> str:
    """``text`` on one line of ``width`` pixels in the font of ``fm`` (a QFontMetrics): whole where it fits, else cut
    with "…" after the last whole word that fits ("… lid colour and…", not "… lid colour and t…"), or within a word
    where that word began before the line's middle (a long name or id)."""
    cut = fm.elidedText(text, Qt.TextElideMode.ElideRight, width)
    if cut == text or not cut.endswith("…"):
        return cut
    kept = cut[:-1]
    if text[len(kept):len(kept) + 1].isspace():   # cut between two words already
        return kept.rstrip() + "…"
    space = kept.rfind(" ")
    return cut if space < len(kept) // 2 else kept[:space].rstrip() + "…"
