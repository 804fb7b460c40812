"""Which characters of a laid-out text the fonts cannot draw.

Qt lays a QTextDocument out with the font asked for and, for a character that font lacks, any installed font that
has it. A character no font has gets glyph 0 (the font's "missing" glyph: an empty box, or nothing, on paper) or
Qt's box engine, and nothing says so: a feedback page for a student who wrote in Chinese, or pasted an emoji
newer than the fonts, prints with holes in their answer. :func:`undrawn` reads the glyphs the layout chose
(its glyph runs, line by line) and names the characters they leave out, so the export can tell the teacher.

Spaces, line breaks and invisible characters (a zero-width joiner, a variation selector, ...) are not counted:
they have no ink to lose.
"""
from __future__ import annotations

import unicodedata

from PySide6.QtGui import QGlyphRun, QTextDocument, QTextLayout

__all__ = ["undrawn"]

_FLAGS = QTextLayout.GlyphRunRetrievalFlag.DefaultRetrievalFlags | QTextLayout.GlyphRunRetrievalFlag.RetrieveStringIndexes
_NO_INK = {"Cc", "Cf", "Cs", "Zs", "Zl", "Zp"}


def _inked(ch: str) -> bool:
    """Whether ``ch`` is meant to leave ink (not a space, a control or format character, a variation selector)."""
    code = ord(ch)
    if 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF or ch == "\ufffc":
        return False
    return not ch.isspace() and unicodedata.category(ch) not in _NO_INK


def _lost(run: QGlyphRun) -> tuple[list[int], bool]:
    """The string indexes (UTF-16) of the glyphs of ``run`` that draw nothing: glyph 0, or every glyph of Qt's
    box engine (a run with no real font behind it: then True)."""
    raw = run.rawFont()
    boxes = not raw.isValid() or not raw.familyName()
    return [i for g, i in zip(run.glyphIndexes(), run.stringIndexes()) if boxes or g == 0], boxes


def undrawn(doc: QTextDocument) -> str:
    """The characters of ``doc`` that its layout draws nothing for, each once, in the order they first come (the
    document is laid out first, if it is not yet)."""
    doc.documentLayout().documentSize()
    found: dict[str, None] = {}
    block = doc.begin()
    while block.isValid():
        layout, text = block.layout(), block.text()
        if layout is not None and text:
            at = {}                                   # UTF-16 index -> index in ``text``
            u = 0
            for k, ch in enumerate(text):
                at[u] = k
                u += 2 if ord(ch) > 0xFFFF else 1
            runs = [run for n in range(layout.lineCount())
                    for run in layout.lineAt(n).glyphRuns(-1, -1, _FLAGS)]
            starts = sorted({at[i] for run in runs for i in run.stringIndexes() if i in at} | {len(text)})
            for run in runs:
                raw = run.rawFont()
                lost, boxes = _lost(run)
                for i in lost:
                    if i not in at:
                        continue
                    first = at[i]
                    end = next(s for s in starts if s > first)      # a cluster: a letter and its marks
                    cluster = [ch for ch in text[first:end] if _inked(ch)]
                    lacking = cluster if boxes else [ch for ch in cluster if not raw.supportsCharacter(ord(ch))]
                    found.update(dict.fromkeys(lacking or cluster[:1]))
        block = block.next()
    return "".join(found)
