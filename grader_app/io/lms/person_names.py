"""A student's full name, written in one column, told apart into first and last name for the LMS files that want
both (Google Classroom, Moodle's gradebook, Blackboard; :func:`~._common.names_of`).

Pure Python (no Qt).
"""
from __future__ import annotations

import unicodedata

# what may follow a comma in a full name without being a first name: "Anne-Marie de la Croix, Jr."
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v", "2nd", "3rd", "phd", "md", "esq"})

# the lower-case words that begin a surname ("van der Berg", "de la Cruz", "bin Ismail"), as they are written in it;
# "y"/"e" are none: they join two surnames ("García y López"), and which words before them are surnames cannot be told
PARTICLES = frozenset({
    "van", "von", "vom", "zu", "zum", "zur", "der", "den", "des", "de", "del", "della", "dello", "dei", "degli",
    "delle", "di", "da", "das", "do", "dos", "du", "la", "le", "las", "los", "lo", "ten", "ter", "te", "het", "'t",
    "in", "op", "bin", "binti", "bint", "ibn", "ben", "al", "el", "af", "av",
})

# the Irish and Scottish Gaelic words that begin a surname written apart from it ("Aoife Ó Briain", "Máire Ní
# Bhriain", "Seán Mac Giolla Phádraig", "Seumas Mac an t-Saoir"), in any case: unlike a capitalised "Van" or "Di", none
# of them is a middle name, so the capital they are written with does not make them one (as the first word, "Mac" and
# "Nic" may be a given name, which the first word always is). "O", "Ni" and "Ui" without their fada are none: a lone
# capital "O" is as often a middle initial written without its point ("John O Smith"), and "Ni" is a Chinese name too;
# a sheet that writes "Aoife O Briain" can write "O Briain, Aoife", which is read as written
GAELIC_PREFIXES = frozenset({"ó", "ní", "nic", "mac", "mc", "uí", "ua", "mhic", "mic"})


def _is_suffix(part: str) -> bool:
    return part.replace(".", "").replace(" ", "").casefold() in _SUFFIXES


def _gaelic_prefix(word: str) -> bool:
    return unicodedata.normalize("NFC", word).casefold() in GAELIC_PREFIXES


def _numbered(word: str) -> bool:
    """A word that numbers a student rather than names one: it holds a digit ("4", "06", "12b", "(3)", "#2")."""
    return any(ch.isdigit() for ch in word)


def _split_at_surname(name: str) -> tuple[str, str]:
    """(first, last) of a name of two words or more with no comma: the last name is its last word that is no number,
    the numbers after it going with it ("Ann Lee 2" -> "Ann", "Lee 2"), and the :data:`PARTICLES` just before it,
    written in lower case ("Ludwig van Beethoven" -> "Ludwig", "van Beethoven"; "María de la Cruz" -> "María",
    "de la Cruz"). Only lower case marks a particle: a given or middle name is written with a capital, and a
    capitalised "Van", "Di", "Del" or "Le" may be one (Van Morrison, the Vietnamese middle name in "Minh Van Tran"),
    so "Vincent Van Gogh" splits before "Gogh" as written. A Gaelic prefix (:data:`GAELIC_PREFIXES`, any case) after
    the first word begins the surname, with every word after it ("Aoife Ó Briain" -> "Aoife", "Ó Briain"; "Seán Mac
    Giolla Phádraig" -> "Seán", "Mac Giolla Phádraig"). The first word is always the first name, never a particle
    ("van Gogh" -> "van", "Gogh"; a name typed all in lower case, "di wang", keeps its given name; "Mac" and "Nic"
    are given names too, "Mac Jones", "Nic Cage"). A name whose only word before its numbers is one ("Student 4",
    "Pupil 06") is a first name whole, as a single word is."""
    words = name.split()
    n = len(words)
    while n and _numbered(words[n - 1]):
        n -= 1
    if n < 2:
        return name, ""
    cut = n - 1
    while cut > 1 and words[cut - 1] in PARTICLES:
        cut -= 1
    cut = next((k for k in range(1, cut) if _gaelic_prefix(words[k])), cut)
    return " ".join(words[:cut]), " ".join(words[cut:])


def split_full_name(full: str) -> tuple[str, str]:
    """(first, last) of a full name alone. A suffix after a comma ("..., Jr.", "..., III", "..., PhD";
    :data:`_SUFFIXES`) is no first name, it stays with the last name; what is left is read as "Last, First" when it
    holds exactly one comma with words on both sides ("Müller, Jürgen", "de la Cruz, María"), as a sheet that writes
    names that way does, and is never changed; else it is split before its surname (:func:`_split_at_surname`: its
    last word and the lower-case particles before it, or from a Gaelic prefix on, "Anne-Marie de la Croix, Jr." ->
    "Anne-Marie", "de la Croix, Jr."), a single word being a first name (a last name before a suffix). Words holding
    a digit at the end are no last name (:func:`_numbered`): "Student 4" is a first name whole, "Ann Lee 2" splits
    before "Lee 2" (the number that tells two Ann Lees apart stays with her last name). A name with two commas or
    more (and no suffix to take off) is split before its surname too: which part is which cannot be told."""
    first = last = ""
    parts = [p.strip() for p in full.split(",")]
    suffixes: list[str] = []
    while len(parts) > 1 and _is_suffix(parts[-1]):
        suffixes.insert(0, parts.pop())
    rest = ", ".join(parts)
    if len(parts) == 2 and all(parts):
        last, first = parts
    elif " " in rest.strip():
        first, last = _split_at_surname(rest.strip())
    elif suffixes:
        last = rest.strip()                 # "Croix, Jr.": a surname with its suffix
    else:
        first = rest.strip()
    if suffixes:
        last = ", ".join(p for p in (last, *suffixes) if p)
    return first, last
