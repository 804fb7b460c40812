"""Hidden characters in a student's text, which the flag HIDDEN (:mod:`.flags`) marks: bidi controls, zero-width and
other format or default-ignorable characters. They make the teacher see another text than the model reads (U+202E
shows the rest backwards) and a copy look new. :func:`hidden_characters` finds them (an emoji's own joiner or variation
selector is no hidden character), :func:`show_hidden` writes each out ("⟦U+202E⟧") wherever the window, a PDF or the
screen reader shows such a text. Pure Python; no Qt.
"""
from __future__ import annotations

import re
import unicodedata

# Hidden: every format character (category Cf) and default-ignorable code point (Unicode's
# Default_Ignorable_Code_Point: variation selectors, Hangul fillers, tags, ...); tests/core check it
# against unicodedata. A zero-width joiner or variation selector inside an emoji sequence is not hidden.
_HIDDEN_RANGES = (
    (0x00AD, 0x00AD), (0x034F, 0x034F), (0x0600, 0x0605), (0x061C, 0x061C), (0x06DD, 0x06DD), (0x070F, 0x070F),
    (0x0890, 0x0891), (0x08E2, 0x08E2), (0x115F, 0x1160), (0x17B4, 0x17B5), (0x180B, 0x180F), (0x200B, 0x200F),
    (0x202A, 0x202E), (0x2060, 0x206F), (0x3164, 0x3164), (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF), (0xFFA0, 0xFFA0),
    (0xFFF0, 0xFFFB), (0x110BD, 0x110BD), (0x110CD, 0x110CD), (0x13430, 0x1343F), (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A), (0xE0000, 0xE0FFF),
)
HIDDEN_CHAR = re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" if a != b else chr(a) for a, b in _HIDDEN_RANGES) + "]")
_ZWJ, _VS15, _VS16, _KEYCAP = "\u200d", "\ufe0e", "\ufe0f", "\u20e3"


def _emoji_glue(text: str, i: int) -> bool:
    """A zero-width joiner or variation selector at ``text[i]`` that joins or styles an emoji (👩‍🔬, ❤️, 1️⃣)."""
    ch = text[i]
    if ch not in (_ZWJ, _VS15, _VS16) or i == 0:
        return False
    prev = text[i - 1]
    emoji_before = prev == _VS16 or unicodedata.category(prev) == "So" or "\U0001f3fb" <= prev <= "\U0001f3ff"
    after = text[i + 1] if i + 1 < len(text) else ""
    if ch == _ZWJ:
        return emoji_before and bool(after) and unicodedata.category(after) == "So"
    return emoji_before or (after == _KEYCAP and prev in "0123456789#*")


def hidden_characters(text: str) -> list[str]:
    """The format and invisible characters in ``text`` (bidi controls, zero-width, soft hyphens, ...)."""
    t = str(text or "")
    if t.isascii():
        return []
    return [m.group() for m in HIDDEN_CHAR.finditer(t) if not _emoji_glue(t, m.start())]


def has_hidden_characters(text: str) -> bool:
    return bool(hidden_characters(text))


HIDDEN_MARK = "⟦U+{code:04X}⟧"


def hidden_spans(text: str) -> list[tuple[int, int]]:
    """Where :func:`hidden_characters` finds them: the (start, end) of each hidden character in ``text``."""
    t = str(text or "")
    if t.isascii():
        return []
    return [m.span() for m in HIDDEN_CHAR.finditer(t) if not _emoji_glue(t, m.start())]


def show_hidden(text: str, mark: str = HIDDEN_MARK) -> str:
    """``text`` with each hidden character written out as ``mark`` (formatted with its ``code``, an int:
    "⟦U+202E⟧"), so that it shows what it holds, in order, instead of acting (reversing, hiding a split).
    A text without one comes back unchanged; an emoji's own joiner or selector stays."""
    spans = hidden_spans(text)
    if not spans:
        return text
    t = str(text)
    parts, last = [], 0
    for start, end in spans:
        parts += [t[last:start], mark.format(code=ord(t[start]))]
        last = end
    parts.append(t[last:])
    return "".join(parts)
