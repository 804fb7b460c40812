"""A group member's words that differ from the group's typical answer, as the group panel shows them: highlighted in
the member's text (bold, underlined and tinted, so not by colour alone) and said in words ("Black instead of White").
The words themselves come from :mod:`grader_app.core.group_words`."""
from __future__ import annotations

from functools import lru_cache
from html import escape

from PySide6.QtCore import QCoreApplication

from ..core.hidden_characters import show_hidden
from ..core.group_words import WordDifference, content_words
from .text_wrap import breakable

translate = QCoreApplication.translate

TINT = "#ffe08a"      # behind a differing word, with dark text (the highlight is also bold and underlined)
MAX_NAMED = 4         # words named at most on each side, then "…"


def _shown(piece: str) -> str:
    return escape(breakable(show_hidden(piece))).replace("\n", "<br>")


def highlighted(text: str, spans, tint: str = TINT, ink: str = "#000000") -> str:
    """``text`` (its hidden characters written out, long runs breakable) as rich text, the ``spans`` (start, end) that
    lie in it highlighted: ``ink`` on ``tint`` (in a dark palette its tint and words: the group panel's)."""
    parts, last = [], 0
    for start, end in spans:
        if start < last or end > len(text):
            continue
        parts += [_shown(text[last:start]), f'<b><u><span style="background-color:{tint}; color:{ink}">'
                  f"{_shown(text[start:end])}</span></u></b>"]
        last = end
    parts.append(_shown(text[last:]))
    return '<span style="white-space:pre-wrap">' + "".join(parts) + "</span>"


def _named(words) -> str:
    named = ", ".join(words[:MAX_NAMED])
    return named + ("…" if len(words) > MAX_NAMED else "")


def difference_said(diff: WordDifference, marked: bool = False) -> str:
    """How a member differs from the typical answer in words: "Black instead of White", "also says …", "leaves out
    …"; "" when it does not. ``marked``: its own words are all its text has that counts, each highlighted in it, so
    naming them again says the answer twice ("Anaphase" in a group of "Metaphase"): only what it lacks is said
    ("instead of Metaphase"), "" when it lacks nothing."""
    extra, missing = list(diff.extra_words), list(diff.missing)
    if marked:
        return translate("GroupPanel", "instead of {typical}").format(typical=_named(missing)) if missing else ""
    if extra and missing:
        return translate("GroupPanel", "{words} instead of {typical}").format(words=_named(extra),
                                                                               typical=_named(missing))
    if extra:
        return translate("GroupPanel", "also says {words}").format(words=_named(extra))
    if missing:
        return translate("GroupPanel", "leaves out {typical}").format(typical=_named(missing))
    return ""


def all_marked(text: str, diff: WordDifference) -> bool:
    """Are the member's own words (``diff.extra``) every word of ``text`` that counts (its content words)?"""
    return bool(diff.extra) and len(diff.extra) == _counted(text)


@lru_cache(maxsize=2048)
def _counted(text: str) -> int:
    """How many content words ``text`` has: once per text (every key on a group card fills each member's line again,
    and a long answer's words took a millisecond to find)."""
    return len(content_words(text))
