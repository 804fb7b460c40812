"""Reading a CSV/TSV/TXT sheet: the encoding and the delimiter worked out, every cell as text (see
:mod:`.readers` for what is coped with).

Grader's own graded CSV, read again (reopened, or learned from as a marked sheet), comes back with
the formula guard taken off: its header is recognised (:func:`~.formula_guard.graded_header`) and
each cell loses exactly the quotes the writer put in front of it and of its pieces after another separator
(:func:`~.formula_guard.unguard_cell`),
so "'=1+2" is the student's "=1+2" again. Any other file is read as it stands: a leading
apostrophe there is the student's own. :mod:`.formula_guard` explains the decision."""
from __future__ import annotations

import csv
import io
import re
from collections import Counter
from pathlib import Path

from ..core.sheet import Sheet
from . import notes as notes_
from .code_pages import WINDOWS, one_byte_text
from .errors import SheetError
from .formula_guard import graded_header, unguard_cell
from .sheet_detection import OLE2, ZIP_HEADS, build_sheet, no_permission

_SNIFF_CHARS = 65536
_MAX_FIELD = 64 * 1024 * 1024
# a web page or an Excel 2003 XML workbook (an LMS's "Excel" download, saved or renamed .csv): the start of one, as no
# CSV's first header begins ("<Name>" or "<5" is read as the text it is)
_MARKUP = re.compile(r"[\ufeff\s]*<(?:\?xml|!doctype|!--|html|head|body|table|meta|workbook)[\s>/]", re.IGNORECASE)

def read_csv(p: Path, name: str, suffix: str) -> Sheet:
    try:
        with open(p, "rb") as f:
            data = f.read()
    except PermissionError:
        raise no_permission(name) from None
    except OSError as exc:
        raise SheetError.said("read.failed", name=name, why=exc.strerror or "input/output error") from None
    if _zero_filled_end(data):   # a copy not finished yet, or a save cut short: not a sheet to grade part of
        raise SheetError.said("read.unfinished", name=name)
    text, encoding, decoded = _decode_xls(data, name) if suffix == ".xls" else _decode(data, name)
    if (mark := _END_MARK.search(text, max(0, len(text) - 4096))) is not None:   # the end only: a long text costs nothing
        text = text[:mark.start()]
    if not text.strip(" \t\r\n,;\ufeff"):
        raise SheetError.said("read.empty", name=name)
    if _MARKUP.match(text):
        raise SheetError.said("read.web_page_not_csv", name=name)
    hint = _SEP_HINT.match(text)
    if hint:                      # Excel's "sep=;" first line names the delimiter
        delimiter = hint.group(1)
        text = text[hint.end():]
    else:
        delimiter = _sniff_delimiter(text, prefer="\t" if suffix in (".tsv", ".xls") else ",")
    if csv.field_size_limit() < _MAX_FIELD:
        # process-wide and never lowered again, so readers on other threads cannot trip over it
        csv.field_size_limit(_MAX_FIELD)
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise SheetError.said("read.broken_line", name=name, why=exc) from None
    rows = _unguarded(rows, delimiter)
    guessed = any(getattr(n, "kind", None) == "code_page_guessed" for n in decoded)   # said there: once is enough
    notes = [notes_.read_as(encoding, delimiter, guessed)] + decoded
    open_at_end = _open_quote_at_end(text, rows, delimiter)
    if open_at_end:
        notes.append(notes_.open_quote(len(rows)))
    elif _ends_in_quote(text, rows, delimiter):   # a file still being written, or a last answer's lost closing quote
        notes.append(notes_.cut_off_in_quote(len(rows)))
    late = quotes_closed_late(text, rows, delimiter, skip_last=open_at_end)
    notes.extend(notes_.quote_closed_late(row, lines) for row, lines in late)
    sheet = build_sheet(list(enumerate(rows)), name, p, None, notes, fields=True)
    _extra_fields_said(sheet, {row for row, _ in late})
    return sheet


def quotes_closed_late(text: str, rows: list[list[str]], delimiter: str, skip_last: bool = False) -> list[tuple[int, int]]:
    """The rows a stray quote ran on from, as (1-based row, lines it ran on): a quote opening a cell that its own line
    never closes (the student's own quote, or one a program left unclosed) runs on into the next line, and the quote
    that ends it is the opening quote of a cell further down, followed by that cell's text where only a delimiter
    may follow a closing quote. So another student's row is read into that cell, the rest of it into extra fields at
    the end of the row, and that student is missing from the table: the note used to be only "more fields than the
    header row (an answer with an unquoted comma?)". Such a row is one holding a line break in a cell, more fields
    than most rows, and whose lines a strict reading refuses (a quote closed with text after it); a quoted answer of
    several lines, closed as it should be, is none (``skip_last``: the last row, whose quote is never closed, is said
    by :func:`~.notes.open_quote`)."""
    if not any(len(r) > 1 for r in rows):
        return []
    usual = Counter(map(len, rows)).most_common(1)[0][0]
    wide = {i for i, r in enumerate(rows) if len(r) > usual and any("\n" in c or "\r" in c for c in r)}
    if skip_last:
        wide.discard(len(rows) - 1)
    if not wide:
        return []
    lines = list(io.StringIO(text, newline=""))
    reader = csv.reader(iter(lines), delimiter=delimiter)
    found, start = [], 0
    for i, _ in enumerate(reader):
        end = reader.line_num
        if i in wide:
            try:
                list(csv.reader(iter(lines[start:end]), delimiter=delimiter, strict=True))
            except csv.Error:
                found.append((i + 1, end - start - 1))
        start = end
    return found


def _extra_fields_said(sheet: Sheet, rows: set[int]) -> None:
    """The note on rows with more fields than the header left without the ``rows`` a stray quote explains (said by
    :func:`~.notes.quote_closed_late`), or taken out when it names no other row."""
    for i, note in enumerate(sheet.notes):
        if rows and isinstance(note, notes_.Note) and note.kind == "extra_fields":
            left = [r for r in note.values["rows"] if r not in rows]
            if left != note.values["rows"]:
                sheet.notes[i:i + 1] = [notes_.extra_fields(left, note.values["columns"])] if left else []
            return


# Ctrl+Z (0x1A), MS-DOS's end-of-file mark, which old school systems and ``copy /a`` still write after the text (some
# pad the file's last block with it): it ends the text, and was read as one more row, a student named "\x1a"
_END_MARK = re.compile(r"\x1a+[\r\n]*\Z")

_ZERO_FILLER = 16   # zero bytes at the end that no text file ends in (UTF-32's last line break has 3)


def _zero_filled_end(data: bytes) -> bool:
    """Whether ``data`` ends in a run of zero bytes where text should go on: a file whose size was set before it was
    written (as Windows copies one) and that is not written to the end yet, or one cut short by a crash while it was
    saved. A workbook or an old Office file named .csv (a zip's or compound file's own zeros) is not one."""
    if data.startswith((*ZIP_HEADS, OLE2)):
        return False
    return len(data) - len(data.rstrip(b"\x00")) >= _ZERO_FILLER


def _unguarded(rows: list[list[str]], delimiter: str) -> list[list[str]]:
    """``rows`` with the writer's formula guard taken off, when they are Grader's graded CSV; else as they are."""
    first = next((r for r in rows if any(c.strip() for c in r)), None)
    if first is None or not graded_header([unguard_cell(c, delimiter, first=j == 0) for j, c in enumerate(first)]):
        return rows
    return [[unguard_cell(c, delimiter, first=j == 0) for j, c in enumerate(r)] for r in rows]


def _open_quote_at_end(text: str, rows: list[list[str]], delimiter: str) -> bool:
    """Whether the text ends inside a quoted field (a quote that is never closed).

    Only a last cell holding a line break can have swallowed rows; then one more line is added
    after the text: outside a quote it is a row of its own, inside one it joins the last cell.
    """
    if not rows or not rows[-1] or not any(ch in rows[-1][-1] for ch in "\r\n"):
        return False
    again = sum(1 for _ in csv.reader(io.StringIO(text + "\nx", newline=""), delimiter=delimiter))
    return again == len(rows)


def _ends_in_quote(text: str, rows: list[list[str]], delimiter: str) -> bool:
    """Whether the text ends inside a quoted field: one more line after it joins the last cell, not a row of its own."""
    return bool(rows) and sum(1 for _ in csv.reader(io.StringIO(text + "\nx", newline=""), delimiter=delimiter)) == len(rows)


_SEP_HINT = re.compile(r"\Asep=([,;\t|])[ \t]*(?:\r\n|\n|\r)")


def _decode(data: bytes, name: str) -> tuple[str, str, list[str]]:
    """The text, the name of its encoding, and notes on what was repaired on the way."""
    if data.startswith(b"\xef\xbb\xbf"):   # Excel's "CSV UTF-8"; rows pasted in from another file may not be
        try:
            return data[3:].decode("utf-8"), "UTF-8", []
        except UnicodeDecodeError as exc:
            _cut_in_a_letter(exc, name, utf8=True)
            text, bad, _ = _by_line(data[3:])
            return text, "UTF-8", [notes_.not_utf8(bad)]
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return _without_nul(_strict(data, "utf-32", name), "UTF-32")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _without_nul(_strict(data, "utf-16", name), "UTF-16")
    sample = data[:8192]
    notes: list[str] = []
    if b"\x00" in sample:
        even = sample[0::2].count(0)
        odd = sample[1::2].count(0)
        half = len(sample) / 2
        if odd > 0.3 * half and even < 0.05 * half:
            return _without_nul(_strict(data, "utf-16-le", name), "UTF-16")
        if even > 0.3 * half and odd < 0.05 * half:
            return _without_nul(_strict(data, "utf-16-be", name), "UTF-16")
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 26))   # 26: an end-of-file mark
    if controls > 0.02 * len(sample):
        _not_text(data, name)
    if b"\x00" in data:   # a stray NUL (pasted from another program) is never part of an answer
        n = data.count(b"\x00")
        data = data.replace(b"\x00", b"")
        notes.append(notes_.nul_removed(n))
    try:
        return data.decode("utf-8"), "UTF-8", notes
    except UnicodeDecodeError as exc:
        _cut_in_a_letter(exc, name, utf8=not data[:exc.start].isascii())
    mixed = _mixed_utf8(data)
    if mixed is not None:
        text, bad = mixed
        return text, "UTF-8", notes + [notes_.not_utf8(bad)]
    text, code_page = one_byte_text(data)   # Windows-1252, or the Mac's or DOS's code page when it reads better
    if code_page != WINDOWS:
        notes.append(notes_.code_page_guessed(code_page))
    return text, code_page, notes


def _without_nul(text: str, encoding: str) -> tuple[str, str, list[str]]:
    """A UTF-16 or UTF-32 text with its NUL characters removed, said in a note, as a one-byte or UTF-8 file's NUL
    bytes are: a stray NUL (pasted from another program) is never part of an answer. It used to stay in the answer in
    these encodings alone, invisible, while the same answer in UTF-8 lost it with a note."""
    n = text.count("\x00")
    return (text.replace("\x00", ""), encoding, [notes_.nul_removed(n)]) if n else (text, encoding, [])


# what a file named .xls that is neither a compound file nor a zip failed the text test with (text cut in a letter too:
# under that name, as likely no text at all)
_NOT_TEXT = frozenset({"read.binary", "read.zip_not_csv", "read.office_not_csv", "read.bad_text", "read.cut_in_a_letter"})


def _decode_xls(data: bytes, name: str) -> tuple[str, str, list[str]]:
    """:func:`_decode` for a file named .xls that is no workbook: text saved under that name, as Blackboard's
    Grade Center downloads are (tab-separated, often UTF-16 with a BOM), is read like any CSV. Anything
    that is not plain text is no sheet Grader reads, and says so as ``read.not_real_xls``: binary data,
    text with NUL bytes in it (a CSV gets those removed; here they mean binary), and markup (a web page or
    an Excel 2003 XML workbook saved as .xls, which begin with ``<``)."""
    try:
        text, encoding, notes = _decode(data, name)
    except SheetError as exc:
        if exc.kind in _NOT_TEXT:
            raise SheetError.said("read.not_real_xls", name=name) from None
        raise
    binary = encoding not in ("UTF-16", "UTF-32") and any(getattr(n, "kind", None) == "nul_removed" for n in notes)
    if binary or text.lstrip(" \t\r\n\ufeff").startswith("<"):   # (a NUL character in UTF-16 text is a stray one)
        raise SheetError.said("read.not_real_xls", name=name)
    return text, encoding, notes


def _mixed_utf8(data: bytes) -> tuple[str, list[int]] | None:
    """A UTF-8 file with a few lines in Windows-1252 (rows pasted in from another file): each line
    decoded as what it is, and the 1-based numbers of the lines that are not UTF-8. ``None`` when no
    line beyond ASCII is UTF-8, i.e. the file is in a one-byte encoding throughout."""
    text, bad, utf8 = _by_line(data)
    return (text, bad) if utf8 else None


def _by_line(data: bytes) -> tuple[str, list[int], int]:
    """Each line of ``data`` decoded as UTF-8 where it is, else as Windows-1252 (Latin-1 for the five bytes that has
    no letter for): the text, the 1-based numbers of the lines that are not UTF-8, and how many lines beyond ASCII
    are. A file with a UTF-8 BOM is read so whatever its other lines are: the BOM says it is UTF-8."""
    out, bad, utf8 = [], [], 0
    for i, line in enumerate(data.split(b"\n")):
        try:
            out.append(line.decode("utf-8"))
            utf8 += not line.isascii()
        except UnicodeDecodeError:
            bad.append(i + 1)
            try:
                out.append(line.decode("cp1252"))
            except UnicodeDecodeError:
                out.append(line.decode("latin-1"))
    return "\n".join(out), bad, utf8


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        _cut_in_a_letter(exc, name, utf8=True)
        raise SheetError.said("read.bad_text", name=name, encoding=encoding.upper()) from None
    return text.lstrip("\ufeff")


def _cut_in_a_letter(exc: UnicodeDecodeError, name: str, utf8: bool) -> None:
    """Refuse a text whose only fault is its last letter cut in half (a copy not finished, a save cut short): in UTF-16
    or UTF-32 (``utf8``: the text is in one of them, or is UTF-8 by its BOM or a letter beyond ASCII before the cut;
    a Windows-1252 file ending in "é", a UTF-8 letter's first byte, is none) the error is the first and at the end.

    In UTF-8 the last line must say so too, with a letter beyond ASCII before the cut: a line of plain letters that
    ends in one such byte is a row pasted or added in Windows-1252 ("café" ends in 0xE9, a UTF-8 letter's first byte
    too) as often as a cut, and was refused as "not complete" however often it was copied again. It is read as the
    mixed file it is, the line named in :func:`~.notes.not_utf8` as any other such line is."""
    if not (utf8 and exc.end == len(exc.object) and exc.reason in ("unexpected end of data", "truncated data")):
        return
    if exc.encoding.replace("_", "-").lower() in ("utf-8", "utf8"):
        data = exc.object
        if data[data.rfind(b"\n", 0, exc.start) + 1:exc.start].isascii():
            return
    raise SheetError.said("read.cut_in_a_letter", name=name) from None


def _not_text(data: bytes, name: str) -> None:
    if data.startswith(ZIP_HEADS):
        raise SheetError.said("read.zip_not_csv", name=name)
    if data.startswith(OLE2):
        raise SheetError.said("read.office_not_csv", name=name)
    raise SheetError.said("read.binary", name=name)


def _sniff_delimiter(text: str, prefer: str = ",") -> str:
    """The delimiter (`,` `;` tab, or a bar, as some school systems' exports have it) that splits the first rows into
    the most consistent width; of equals, ``prefer``, then the order here (a bar last)."""
    sample = text[:_SNIFF_CHARS]
    truncated = len(text) > len(sample)
    order = [prefer] + [d for d in (",", ";", "\t", "|") if d != prefer]
    best, best_key = prefer, None
    for rank, d in enumerate(order):
        try:
            rows = []
            for r in csv.reader(io.StringIO(sample, newline=""), delimiter=d):
                rows.append(r)
                if len(rows) >= 200:
                    break
        except csv.Error:
            continue
        if truncated and len(rows) > 1:
            rows = rows[:-1]
        counts = [len(r) for r in rows if any(c.strip() for c in r)]
        if not counts:
            continue
        width, seen = Counter(counts).most_common(1)[0]
        key = (width > 1, round(seen / len(counts), 3), width, -rank)
        if best_key is None or key > best_key:
            best, best_key = d, key
    return best
