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

A cell can also begin inside a field (decision). A spreadsheet splits a CSV at *its* list separator, not at the one
the file was written with: Excel in Germany or Spain opens a double-clicked .csv at ";", so the comma CSV Grader
writes for an .xlsx sheet, holding a student's ``water;=cmd|' /C calc'!A0``, gave a cell that began with "="; a ";"
file opened where the separator is "," the same at a comma, and any program may start a cell after a tab or a line
break. Quoting such a field was considered and rejected: a double quote opens a quoted field only at the start of a
field as the *reading* program splits the line, and split at the other separator the writer's quote stands in the
middle of a field (after "S1,Ann,Q1,"), where Excel and Python's csv module alike take it as a plain character;
quoting every field fails the same way after the first. So each piece of a field that follows a separator other than
the file's own delimiter, or a line break, is guarded like a field of its own (:func:`guard_cell`,
:func:`guard_cell_reversibly`, taken off again by :func:`unguard_cell`): a ``'`` in front of it. The file's own
delimiter needs none, as the writer quotes a field holding it and that quote is at the field's start. Such a piece is
read as the other program would read it: double quotes at its start dropped (split at ";", ``;"=1+1"`` is a quoted
"=1+1"), up to that program's next separator or line break. It counts only when its sign is followed by something a
formula could compute with: ";-)" in a comment stays as typed. A long answer costs linear time (one pass finds the
breaks; nearly every piece begins with a word and is passed at its first character).
Such a cell does not end where the field does (decision, QA h4): a piece running to the field's end, and the first
field of a line, run on for that program over the writer's delimiter into the next field. Excel in Germany or Spain
opens a comma file at ";" and reads "," as the decimal mark, so answers "see;-1" and "5+cmd|' /C calc'!A0" side by side
read "-1,5+cmd|' /C calc'!A0", a formula, and a name "-1" first in a line did the same with the field after it. So a
sign alone or a signed number, which :func:`is_risky` exempts in a field of its own, is guarded there too
(:func:`runs_on_risky`; ``first`` for the line's first field), and "," no longer counts as a mark no operand follows
(",5" is 0.5 there). A number alone in a field in the middle of a line ("-1", a score) is written as before.
The files stay plain CSV, quoted as before, so the LMS importers read them as before; what changes is a ``'`` inside a
text that hides a formula behind a separator, and an identifier that would need one is not written at all (an LMS
matches it as typed: :func:`inner_formula_start`, :mod:`.lms.reasons`).

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


def runs_on_risky(text: str) -> bool:
    """A sign alone or a signed number ("-", "+ ", "-1", "+2.5"): no formula in a field of its own (:func:`is_risky`
    exempts it), but one where the cell a spreadsheet reads does not end with the text. A cell beginning the line, or
    inside a field after a separator the writer does not split at, runs on past the field, over the writer's
    delimiter, into the next field: Excel in Germany or Spain opens a comma file at ";" and reads "," as the decimal
    mark, so "-1" before a field "5+cmd|' /C calc'!A0" reads "-1,5+cmd|' /C calc'!A0", a formula."""
    head = text.strip(" ")
    return head[:1] in ("+", "-") and bool(_PLAIN_NUMBER.match(text) or _LONE_SIGN.match(text))


def _starts_risky(text: str, first: bool) -> bool:
    """A field's start needs the guard: risky text, or, first in its line, a sign or signed number running on."""
    return is_risky(text) or (first and runs_on_risky(text))


def guard(text: str, first: bool = False) -> str:
    """The CSV form of a text cell: a leading ``'`` when it is risky (OWASP's advice); ``first``: the line's first
    field, also a sign alone or a signed number, which a spreadsheet splitting at another separator reads on into the
    next field (:func:`runs_on_risky`)."""
    return "'" + text if _starts_risky(text, first) else text


def guard_reversibly(text: str, first: bool = False) -> str:
    """:func:`guard`, and a ``'`` also in front of the student's own apostrophes before risky text, so that
    :func:`unguard` gives the text back exactly (the graded CSV, which Grader reads again)."""
    return "'" + text if _starts_risky(text.lstrip("'"), first) else text


# where a spreadsheet may start a new cell inside a field: a list separator (whichever it splits at) or a line break
_SEPARATORS = ",;\t"
_LINE_BREAKS = "\r\n"
_SIGNS = frozenset("=+-@\u2212\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63")   # and their wide and small forms
_NO_OPERAND = frozenset(")]}>/\\|:;!?*^&%~")   # not ",": the decimal mark where ";" splits (",5" is 0.5)


def _cell_risky(cell: str) -> bool:
    """A cell that begins inside a field would start a formula: read as a program splitting there reads it (its leading
    double quotes are the quotes of a field), a risky start followed by something a formula could compute with (not by
    nothing, nor by a closing bracket or a mark no operand starts with: ";-)" is a smile)."""
    head = cell.lstrip('"')
    if not is_risky(head):
        return False
    i = 0
    while i < len(head) and (head[i] in _SIGNS or _invisible(head[i])):
        i += 1
    return i < len(head) and head[i] not in _NO_OPERAND


def _cell_runs_risky(cell: str, runs_on: bool) -> bool:
    """:func:`_cell_risky`, and a sign alone or a signed number in a cell that runs on past its field."""
    return _cell_risky(cell) or (runs_on and runs_on_risky(cell.lstrip('"')))


def _cuts(delimiter: str) -> str:
    """The characters at which a program splitting otherwise than at ``delimiter`` may start a cell."""
    return _SEPARATORS.replace(delimiter, "") + _LINE_BREAKS if delimiter else _SEPARATORS + _LINE_BREAKS


_CUT = {d: re.compile("[" + re.escape(_cuts(d)) + "]") for d in ("", *_SEPARATORS)}


class _Cuts:
    """The places in ``text`` (a field of a CSV written with ``delimiter``) where another program may start a cell,
    and the cells it would start there, leaving out the characters at the positions in ``dropped`` (the guards an
    unguarding has taken off already). Found with one pass over the text, so a long answer costs linear time."""

    def __init__(self, text: str, delimiter: str) -> None:
        self.text, self.delimiter = text, delimiter
        self.at = [m.start() for m in _CUT.get(delimiter, _CUT[""]).finditer(text)]
        self.dropped: list[int] = []   # descending: the guards an unguarding took off, from the last cut back

    def _end(self, k: int, sep: str) -> int:
        """Where the cell a program splitting at ``sep`` starts after the ``k``-th cut ends: its next separator or line
        break."""
        text, at = self.text, self.at
        for j in range(k + 1, len(at)):
            if text[at[j]] == sep or text[at[j]] in _LINE_BREAKS:
                return at[j]
        return len(text)

    def cells(self, k: int):
        """The cells that begin after the ``k``-th cut, one for each program that splits there, each with whether it
        runs to the field's end (the program reads on past it, into the next field: :func:`runs_on_risky`)."""
        at, cut = self.at[k], self.text[self.at[k]]
        for sep in ([s for s in _SEPARATORS if s != self.delimiter] if cut in _LINE_BREAKS else [cut]):
            end = self._end(k, sep)
            inside, n = [], len(self.dropped)
            while n and self.dropped[n - 1] < end:   # all after ``at``; the nearest ones were taken off last
                n -= 1
                inside.append(self.dropped[n])
            parts, last = [], at + 1
            for d in inside:
                parts.append(self.text[last:d])
                last = d + 1
            parts.append(self.text[last:end])
            yield "".join(parts), end == len(self.text)

    def risky_after(self, k: int, reversible: bool) -> bool:
        text, j = self.text, self.at[k] + 1
        if reversible:
            while j < len(text) and text[j] == "'":
                j += 1
        while j < len(text) and text[j] == '"':
            j += 1
        ch, after = text[j:j + 1], text[j + 1:j + 2]
        if " " < ch < "\x7f" and ch not in "=+-@":   # the common case: a word follows
            return False
        if ch in ("=", "@", "+", "-") and after.isascii() and (after.isalpha() or (ch in "=@" and after.isdigit())):
            return True   # "=A1", "@SUM", "-cmd": a formula, whatever follows
        return any(_cell_runs_risky(c.lstrip("'") if reversible else c, runs_on) for c, runs_on in self.cells(k))


# a lone surrogate (U+D800-U+DFFF), which UTF-8 cannot encode: the CSV writers put U+FFFD in its place before guarding
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def guard_cell(text: str, delimiter: str = ",", first: bool = False) -> str:
    """:func:`guard`, and a ``'`` after each other separator or line break where a cell beginning there would start a
    formula (a field of a CSV written with ``delimiter``; ``first``: the first of its line)."""
    return _guarded(text, delimiter, guard(text, first), reversible=False)


def guard_cell_reversibly(text: str, delimiter: str = ",", first: bool = False) -> str:
    """:func:`guard_cell` that :func:`unguard_cell` takes off exactly (the graded CSV): the student's own apostrophes
    before a risky cell get one more, as :func:`guard_reversibly` does at the start."""
    return _guarded(text, delimiter, guard_reversibly(text, first), reversible=True)


def risky_cuts(text: str, delimiter: str = ",") -> list[int]:
    """Where :func:`guard_cell` puts a ``'`` inside ``text`` (a field of a CSV written with ``delimiter``): the index
    of each separator or line break after which a cell beginning there would start a formula."""
    if not _CUT.get(delimiter, _CUT[""]).search(text):
        return []
    cuts = _Cuts(text, delimiter)
    return [i for k, i in enumerate(cuts.at) if cuts.risky_after(k, reversible=False)]   # judged on the text as typed


def _guarded(text: str, delimiter: str, start: str, reversible: bool) -> str:
    if not _CUT.get(delimiter, _CUT[""]).search(text):
        return start
    cuts = _Cuts(text, delimiter)
    at = [i for k, i in enumerate(cuts.at) if cuts.risky_after(k, reversible)]   # judged on the text as typed
    if not at:
        return start
    out, last = [start[:len(start) - len(text)]], 0
    for i in at:
        out += [text[last:i + 1], "'"]
        last = i + 1
    out.append(text[last:])
    return "".join(out)


def unguard_cell(cell: str, delimiter: str = ",", first: bool = False) -> str:
    """A cell of Grader's graded CSV written with ``delimiter`` as it was before :func:`guard_cell_reversibly` (``first``:
    the first of its line, as it was written). From the last cut to the first, so each guard is judged on the text
    after it as it was typed, as the writer judged it (the guards after it already taken off); the start's last, on
    the whole text."""
    if not _CUT.get(delimiter, _CUT[""]).search(cell):
        return unguard(cell, first)
    cuts = _Cuts(cell, delimiter)
    for k in range(len(cuts.at) - 1, -1, -1):
        i = cuts.at[k]
        if cell[i + 1:i + 2] == "'" and cuts.risky_after(k, reversible=True):
            cuts.dropped.append(i + 1)
    parts, last = [], 0
    for d in reversed(cuts.dropped):
        parts.append(cell[last:d])
        last = d + 1
    parts.append(cell[last:])
    return unguard("".join(parts), first)


def inner_formula_start(text: str) -> str:
    """The sign by which a cell beginning inside ``text``, after a list separator (",", ";" or tab) or a line break,
    could start a formula in a spreadsheet splitting there, as the text holds it (one running on past the text: a sign
    alone or a signed number too, :func:`runs_on_risky`); "" when there is none."""
    cuts = _Cuts(text, "")
    for k in range(len(cuts.at)):
        for cell, runs_on in cuts.cells(k):
            if _cell_runs_risky(cell, runs_on):
                head = cell.lstrip('"')
                return formula_start(head) or head[:1]
    return ""


def unguard(cell: str, first: bool = False) -> str:
    """A cell of Grader's graded CSV as it was before :func:`guard_reversibly`: one leading ``'`` taken off
    where that guard put it (``first``: the line's first field), nothing else. Only for a file :func:`graded_header`
    recognises."""
    if cell[:1] == "'" and _starts_risky(cell.lstrip("'"), first):
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
