"""Formula safety for written cells (CSV/spreadsheet injection), and taking the guard off again when
Grader reads its own graded CSV back.

Which text is risky (:func:`is_risky`): a student can type ``=HYPERLINK(...)``, ``+SUM(A1)``,
``-2+3``, ``@cmd`` or start a cell with a tab or carriage return, and a spreadsheet program would
evaluate it. A formula can also hide: behind spaces, line feeds, zero-width or other invisible
format characters (U+200B, U+FEFF, ...), or in a compatibility form that a spreadsheet folds to
the ASCII sign (fullwidth ``＝`` ``＋`` ``－`` ``＠``, small ``﹦``). So the text is looked at after
dropping leading whitespace, control, format and default-ignorable characters and NFKC-normalising
it; if it then starts with ``=``, ``+``, ``-``, ``@`` or the minus sign U+2212, or the raw text
starts with tab or carriage return, the cell is risky. Two things are exempt, since neither is a formula: a plain
ASCII number, "-2", "+3.5", "1e5", matched to the very end of the text (so "-1" followed by a line feed is risky),
and an ASCII ``-`` or ``+`` alone, with nothing but spaces around it (Moodle's "-" for no answer, a "+" mark):
a sign with nothing after it computes nothing. "- 1", "-1 for no units" and "+ good" stay risky.
:func:`guard` puts a single quote ``'`` in front of a risky text (OWASP's advice), which spreadsheet programs show as
text and do not evaluate.

Reading the guard back (decision). A graded CSV that Grader wrote is read again by Grader: opened
again, or learned from as last year's marked sheet (``grader learn``, "make models from a marked
sheet"). The quote the writer added must not stay in the answer, or "=1+2" comes back as "'=1+2"
and no longer matches the answer it was (identical answers, learned models, decisions kept by
answer text). Two things are needed to take it off soundly, and both are here:

* Knowing that a file is Grader's graded CSV. An ordinary sheet's leading apostrophe is the
  student's own and must survive, so nothing is ever stripped from a file that is not one. The
  marker is the header Grader writes: beside the teacher's columns, the six grading columns
  ``model_score`` ... ``comment`` (long layout), or six "<answer column> model_score" ... columns
  per answer column (wide layout), in any language Grader writes them in (:mod:`.graded_columns`:
  "Modellpunkte" ... "Kommentar"), all six of a set, wherever and in whatever order they stand
  (:func:`graded_header`). No teacher's sheet holds those by chance, and no extra marker row or
  column is needed, so the file stays exactly what Excel and the LMS importers expect. Stripping
  by guessing ("a quote before '=' is probably ours") was rejected: it would also eat a student's
  genuine ``'=...`` in an ordinary sheet.
* A guard that can be undone without doubt. :func:`guard` alone cannot: "=1" and a student's own
  "'=1" would both be written "'=1". The graded CSV therefore uses :func:`guard_reversibly`, which
  also quotes a text whose leading apostrophes stand in front of risky text ("'=1" is written
  "''=1"); :func:`unguard` removes exactly one quote where, and only where, that guard put one. So
  ``unguard(guard_reversibly(t)) == t`` for every text, including a student's own apostrophes.

What is left: a graded CSV written by an older Grader (before this reversible guard) that holds a
student's own "'=..." reads back as "=..."; a graded CSV re-saved by a spreadsheet program reads
back right as long as the program kept the cells as they were written.

Pure text functions, no files and no Qt: the CSV reader and every writer use them.
"""
from __future__ import annotations

import re
import unicodedata

from typing import NamedTuple

from .graded_columns import ADDED, COLUMN_NAMES

_RISKY_START = ("=", "+", "-", "@", "\u2212")           # after normalising; U+2212 is the minus sign
_RAW_RISKY_START = ("\t", "\r")
_LONE_SIGN = re.compile(r" *[+-] *\Z")                  # "-" or " + ": a sign alone, no formula
_PLAIN_NUMBER = re.compile(r"[+-]?([0-9]+([.,][0-9]*)?|[.,][0-9]+)([eE][+-]?[0-9]+)?\Z")
# Default_Ignorable_Code_Point characters that are not already control or format characters:
# a spreadsheet (or the eye) may skip them in front of a formula.
_IGNORABLE = re.compile("[\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u3164\ufe00-\ufe0f\uffa0"
                        "\ufff0-\ufff8\U000e0000-\U000e0fff]")
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Cn", "Zs", "Zl", "Zp"})

# the grading columns a graded sheet adds after the teacher's own, per answer (see :mod:`.writers`), named in any of
# the languages of :mod:`.graded_columns`
_RENUMBERED = re.compile(r" \(\d+\)\Z")    # "comment (2)": the writer's name for a second "comment"
_AT_LEAST = 4                              # of a set's six columns, for a header to be a graded sheet's


def _invisible(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch) in _INVISIBLE_CATEGORIES or bool(_IGNORABLE.match(ch))


def _lstrip_invisible(text: str) -> str:
    i = 0
    while i < len(text) and _invisible(text[i]):
        i += 1
    return text[i:]


def _fold(head: str) -> str:
    """``head`` NFKC-normalised (a piece at a time) with invisible characters dropped from its front."""
    rest = head
    while rest:
        chunk, rest = rest[:64], rest[64:]
        folded = _lstrip_invisible(unicodedata.normalize("NFKC", chunk))
        if folded:
            return folded + rest
        rest = _lstrip_invisible(rest)
    return ""


def is_risky(text: str) -> bool:
    """Could a spreadsheet program read this text as a formula (or does it start with tab or CR)?"""
    if not text:
        return False
    first = text[0]
    if " " < first < "\x7f" and first not in "=+-@":   # the common case: a visible ASCII start
        return False
    if text.startswith(_RAW_RISKY_START):
        return True
    if _PLAIN_NUMBER.match(text) or _LONE_SIGN.match(text):   # a whole ASCII number, or a sign alone: no formula
        return False
    head = _lstrip_invisible(text)
    if head.startswith(_RISKY_START):  # checked before folding too: NFKC turns "=" + U+0338 into "≠"
        return True
    if not head or head[0] < "\x80":  # NFKC never turns a leading ASCII character into a sign
        return False
    return _fold(head).startswith(_RISKY_START)


def formula_start(text: str) -> str:
    """The character by which a spreadsheet could read ``text`` as a formula, as the text holds it: "=" for "=1",
    "＝" for a fullwidth "＝1", "=" for "=1" behind a zero-width space; "" when :func:`is_risky` finds no such
    character (a text that is not risky, or one risky only for its leading tab or carriage return)."""
    if not is_risky(text):
        return ""
    head = _lstrip_invisible(text)
    if head.startswith(_RISKY_START) or (head and _fold(head).startswith(_RISKY_START)):
        return head[0]
    return ""


def guard(text: str) -> str:
    """The CSV form of a text cell: a leading ``'`` when it is risky (OWASP's advice)."""
    return "'" + text if is_risky(text) else text


def guard_reversibly(text: str) -> str:
    """:func:`guard`, and a ``'`` also in front of the student's own apostrophes before risky text, so that
    :func:`unguard` gives the text back exactly (the graded CSV, which Grader reads again)."""
    return "'" + text if is_risky(text.lstrip("'")) else text


def unguard(cell: str) -> str:
    """A cell of Grader's graded CSV as it was before :func:`guard_reversibly`: one leading ``'`` taken off
    where that guard put it, nothing else. Only for a file :func:`graded_header` recognises."""
    if cell[:1] == "'" and is_risky(cell.lstrip("'")):
        return cell[1:]
    return cell


def graded_header(header: list[str]) -> bool:
    """Whether ``header`` (a CSV's first row, guards taken off) is the header of Grader's graded sheet: it holds all
    six grading columns :data:`ADDED` (long layout), or "<answer column> model_score" and so on per answer column (wide
    layout), in one of Grader's languages, wherever and in whatever order (:func:`grading_groups`). A set missing one
    is not enough here: a student's own leading apostrophe is never taken off on a guess."""
    return any(None not in s.at for s in grading_groups(header))


class GradingSet(NamedTuple):
    """One set of grading columns in a header: its answer column ("" in the long layout), the index of each of
    :data:`ADDED`'s columns in the header (None for one the teacher deleted), and each one's name as the set's
    language names it ("Endpunkte", "Q1 final_score")."""
    column: str
    at: tuple[int | None, ...]
    names: tuple[str, ...]


def grading_groups(header: list[str]) -> list[GradingSet]:
    """The sets of grading columns in ``header``, the newest (rightmost) first; [] when ``header`` is not a graded
    sheet's. A set is recognised wherever it stands and in whatever order its columns are, as long as at least
    :data:`_AT_LEAST` of its six columns are there under their exact names of one language (a teacher may have
    added a column of their own right of it, put its columns in another order or deleted one in Excel); an
    ordinary sheet holding a "Status" and a "Comment" column is none. A long sheet graded again by an older Grader
    that added a second set ("model_score (2)" ... "comment (2)") gives both sets."""
    cells = [" ".join(c.split()) for c in header]
    found: dict[tuple[str, str, str], dict[int, list[int]]] = {}
    for j, cell in enumerate(cells):
        renumbered = _RENUMBERED.search(cell)
        suffix = renumbered.group(0) if renumbered else ""
        name = cell[:len(cell) - len(suffix)]
        for lang, names in COLUMN_NAMES.items():
            for i, n in enumerate(names):
                if name == n:
                    key = ("", lang, suffix)
                elif name.endswith(" " + n) and name[:-len(n) - 1] in cells:
                    key = (name[:-len(n) - 1], lang, suffix)
                else:
                    continue
                found.setdefault(key, {}).setdefault(i, []).append(j)
    sets = []
    for (head, lang, suffix), fields in found.items():
        at = tuple(fields[i][0] if len(fields.get(i, ())) == 1 else None for i in range(len(ADDED)))
        if sum(a is not None for a in at) >= _AT_LEAST:
            prefix = f"{head} " if head else ""
            sets.append(GradingSet(head, at, tuple(f"{prefix}{n}{suffix}" for n in COLUMN_NAMES[lang])))
    taken = {a for s in sets for a in s.at if a is not None}
    # a wide set's answer column is one of the teacher's, not a grading column itself
    sets = [s for s in sets if not s.column or cells.index(s.column) not in taken]
    return sorted(sets, key=lambda s: -max(a for a in s.at if a is not None))
