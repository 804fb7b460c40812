"""How the results table's Question column cuts a question's name where the column is narrow. A name that differs from
the names most like it near its start, up to the word or number in which it parts from them, is cut at its end, as text
is read ("Use the resul…", "Q4 part a: na…"): cut in the middle it read "Use th…te it." and "Explai…ralia.", two
halves of words. One that parts from them only near its end (an id, "asap-sas-10") is cut in the middle, keeping that
end whole and as much of its beginning as fits ("asap…-10", "as…-1"): Qt's own cut in the middle halves the room
between the two ends, and at a 16 pt font asap-sas-10 became "a…0", which no teacher reads as question 10."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

START_CHARS = 2   # an id cut in the middle keeps at least this much of its beginning ("as…-10")


def _kind(ch: str) -> int:
    return 0 if ch.isdigit() else 1 if ch.isalpha() else 2


def telling_ends(ids: set[str]) -> dict[str, str]:
    """Each id's end from where it parts from the id most like it, back to the start of the number or word it parts
    in and the separator before that: "-1", "-5" and "-10" for asap-sas-1, -5 and -10; "1" and "10" for Q1 and Q10;
    "" for an id that begins like no other (its beginning tells it)."""
    ends = {}
    for t in ids:
        n = min(len(t), max((next((i for i, (a, b) in enumerate(zip(t, o)) if a != b), min(len(t), len(o)))
                             for o in ids if o != t), default=0))
        if n == 0:
            ends[t] = ""
            continue
        kind = _kind(t[n - 1])
        while n and kind != 2 and _kind(t[n - 1]) == kind:   # back to the start of the number or word
            n -= 1
        while n and _kind(t[n - 1]) == 2:   # and the separator before it
            n -= 1
        ends[t] = t[n:]
    return ends


def telling_start(text: str, end: str) -> str:
    """``text``'s beginning up to the end of the word or number in which its telling ``end`` (:func:`telling_ends`)
    begins: "Use" for "Use the results…" (end ""), "Explain why" for "Explain why…" beside "Explain how…", the whole
    id for asap-sas-10 (end "-10")."""
    n = len(text) - len(end) if end else 0
    while n < len(text) and _kind(text[n]) == 2:   # the separators before it
        n += 1
    kind = _kind(text[n]) if n < len(text) else 2
    while n < len(text) and _kind(text[n]) == kind != 2:
        n += 1
    return text[:n]


def fits(fm: QFontMetrics, text: str, room: int) -> bool:
    """Whether Qt draws ``text`` whole in ``room`` pixels. Qt measures text in fractions of a pixel and cuts it where
    those exceed the room, while ``horizontalAdvance`` rounds them: "Explain how:-- it…" is 144.45 px at 12 pt, 144
    rounded, and in a room of 144 Qt cut it again, to "Explain how:-- i…", the word that told it apart a letter short."""
    return fm.elidedText(text, Qt.TextElideMode.ElideRight, room) == text


def cut_id(fm: QFontMetrics, text: str, end: str, room: int) -> str:
    """``text`` in ``room`` pixels: whole where it fits; else cut at its end where its :func:`telling_start` and "…"
    fit; else as much of its beginning as fits, "…" and ``end`` whole (else Qt's cut in the middle). Each cut fits
    as Qt measures it (:func:`fits`): Qt does not cut it again."""
    if fits(fm, text, room):
        return text
    start = telling_start(text, end)
    if start != text:
        cut = fm.elidedText(text, Qt.TextElideMode.ElideRight, room)
        if cut.startswith(start):
            return cut
    if end and end != text:
        start = text[:len(text) - len(end)]
        for k in range(len(start) - 1, 0, -1):
            kept = start[:k] + "\u2026" + end
            if fits(fm, kept, room):
                return kept
    return fm.elidedText(text, Qt.TextElideMode.ElideMiddle, room)


def ids_width(fm: QFontMetrics, ids: set[str], margin: int) -> int:
    """The narrowest column in which every id shows its :func:`telling_start` and "…", or its end whole
    (:func:`telling_ends`) after :data:`START_CHARS` of its beginning, whichever is narrower (or is whole). The widths
    are rounded to whole pixels, a text up to half a pixel wider as Qt draws it: ``margin`` (the fitter's
    ``text_margin``) keeps a pixel more than the cell's own margins for it, and :func:`cut_id` checks each cut."""
    ends = telling_ends(ids)
    widest = 0
    for t, end in ends.items():
        kept = t if end == t or len(t) <= START_CHARS + len(end) + 1 else t[:START_CHARS] + "\u2026" + end
        start = telling_start(t, end)
        width = fm.horizontalAdvance(kept)
        if start != t:
            width = min(width, fm.horizontalAdvance(start + "\u2026"))
        widest = max(widest, width)
    return widest + margin


class IdElide(QStyledItemDelegate):
    """The Question column's cells: a name too long for its cell cut as :func:`cut_id` cuts it (``ends``: the ids' ends,
    set by the column fitter from the sheet's questions); a text that is not an id cut in the middle by Qt."""

    ends: dict[str, str] = {}

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle
        text, widget = option.text, option.widget
        if not text or text not in self.ends or widget is None or option.rect.width() <= 0:
            return
        qstyle = widget.style()
        room = qstyle.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget).width()
        room -= 2 * (qstyle.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1)
        option.text = cut_id(option.fontMetrics, text, self.ends[text], room)
