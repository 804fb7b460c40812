"""Which one-byte code page a CSV that is not UTF-8 was saved in: Windows-1252, Mac Roman or MS-DOS 850.

Excel saves its plain "CSV" in the computer's code page: Windows-1252 on a Windows computer in Western Europe,
Mac Roman from Excel for Mac ("Comma Separated Values", its lines ended by a bare CR), code page 850 as "CSV (MS-DOS)".
The same bytes are different letters in each: the "ü" of "Moleküle" is byte 0x9F on a Mac, read as Windows-1252 it is
"Ÿ" ("MolekŸle"); its "é" is 0x8E, "Ž". Read as Latin-1, as the reader did before this module, those bytes are
invisible control characters and every accented letter of a Mac's or a DOS file was lost or mangled.

Each code page's reading is weighed by how its letters sit (:func:`plausibility`): an accented letter of a Western
European language inside a word ("Moleküle", "niño"), or a quote, dash or currency sign beside a space, reads as
text; a sign inside a word ("Molek§le"), a capital inside a lower-case word ("MolekŸle", "molÈculas"), a control
character or a letter of another alphabet does not. Windows-1252 is the reading unless its letters do not read as
text and another code page's clearly do (on average one point or more per accented character, and four points at
least unless the lines end in a bare CR, as a Mac's do): a Windows file with a few odd signs ("cm²", "Š") stays
Windows-1252. When Windows-1252 cannot read the bytes at all (0x81, 0x8D,
0x8F, 0x90 and 0x9D are no characters in it: a Mac's "Å", "ç", "è", "ê", "ù", a DOS file's "ü", "ì", "Å", "É",
"Ø"), the best of Mac Roman, code page 850 and Latin-1 is taken.
"""
from __future__ import annotations

import re

__all__ = ["WINDOWS", "MAC", "DOS", "LATIN1", "one_byte_text", "plausibility"]

WINDOWS, MAC, DOS, LATIN1 = "Windows-1252", "MacRoman", "MS-DOS 850", "Latin-1"
_CODECS = {WINDOWS: "cp1252", MAC: "mac_roman", DOS: "cp850", LATIN1: "latin-1"}

# the accented letters of Western European languages (German, Spanish, French, Portuguese, Italian, Dutch, Nordic)
_LETTERS = frozenset("ÄÖÜäöüßÉÈÊËÀÂÁÃÍÌÎÏÓÒÔÕÚÙÛÑÇÅØÆŒéèêëàâáãíìîïóòôõúùûñçåøæœÿ")
# marks that stand beside a space or a letter's edge: quotes, dashes, currency, Spanish ¿ ¡, degree, section
_MARKS = frozenset("„“”‘’‚«»‹›–—…€£¥§°¿¡•")
# signs that may stand anywhere in a real answer ("cm²", "±", "½"): they say nothing either way
_NEUTRAL = frozenset("²³¹½¼¾±×÷µ©®™¢¬¦¨´¸¯·ªº\u00a0\u00ad")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_SAMPLE = 1 << 20   # the first megabyte is weighed: a sheet's accented letters are spread through it


def plausibility(text: str) -> tuple[int, int]:
    """(points, accented characters) of ``text`` read in one code page: +2 for an accented letter inside a word, +1
    for a mark beside a space, -2 for a sign or a capital inside a lower-case word, a control character or a letter
    of another alphabet; -1 for a lone accented letter (a word of one letter is rarely one of these)."""
    points = count = 0
    for m in _NON_ASCII.finditer(text, 0, _SAMPLE):
        i, ch = m.start(), m.group()
        count += 1
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        inside = before.isalpha() and after.isalpha()
        if ch in _NEUTRAL:
            continue
        if ch in _LETTERS:
            if ch.isupper() and before.islower() and (after.islower() or not after.isalpha()):
                points -= 2          # "MolekŸle", "molÈculas"
            elif before.isalpha() or after.isalpha():
                points += 2
            else:
                points -= 1
        elif ch in _MARKS:
            points += -2 if inside and ch != "’" else 1
        else:
            points -= 2
    return points, count


def one_byte_text(data: bytes) -> tuple[str, str]:
    """``data`` (not UTF-8) decoded in the code page it reads best in, and that code page's name (:data:`WINDOWS`,
    :data:`MAC`, :data:`DOS` or :data:`LATIN1`)."""
    try:
        windows = data.decode("cp1252")
    except UnicodeDecodeError:
        windows = None
    others = {name: data.decode(_CODECS[name]) for name in (MAC, DOS)}
    if windows is not None:
        own, count = plausibility(windows)
        name, (best, _) = max(((n, plausibility(t)) for n, t in others.items()), key=lambda x: x[1][0])
        mac_lines = name == MAC and b"\r" in data and b"\n" not in data   # Excel for Mac ends its lines so
        if own < 0 < best and best - own >= (count if mac_lines else max(4, count)):
            return others[name], name
        return windows, WINDOWS
    others[LATIN1] = data.decode("latin-1")
    name = max(others, key=lambda n: plausibility(others[n])[0])   # ties: the first, Mac Roman
    return others[name], name
