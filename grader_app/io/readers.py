"""Reading a teacher's answer sheet (CSV or XLSX) into a :class:`~grader_app.core.sheet.Sheet`.

Every cell comes out as text, exactly as the teacher typed it: "007" stays "007", a number stored
in a workbook as a number comes out as its natural text (3 -> "3", 2.5 -> "2.5"), a date as ISO
text, an empty cell as "". Nothing is guessed from the cell types, so writing the sheet back
changes nothing.

What the readers cope with:

* CSV (also ``.tsv`` and ``.txt``): UTF-8 with or without BOM, UTF-16/UTF-32 with a BOM (and
  UTF-16 without one), else Windows-1252; the delimiter (``,`` ``;`` or tab) is chosen by which
  one splits the rows most consistently; quoted fields may hold newlines.
* XLSX/XLSM (openpyxl, ``data_only=True`` so a formula gives its cached value; read-only mode
  unless the workbook has merged cells, which that mode cannot see): the worksheet holding the
  most text is used unless one is named; title rows above the header are skipped; a merged range
  gets its top-left value in every cell.
* Either way: rows that are entirely empty are dropped, columns with neither header nor data are
  dropped, an empty header over data becomes "Column N", duplicate headers become "Answer",
  "Answer (2)", ...

Anything else raises :class:`SheetError` whose message is one plain sentence naming the file.
"""
from __future__ import annotations

import csv
import datetime as _dt
import io
import math
import re
import zipfile
import zlib
from collections import Counter
from pathlib import Path

import pandas as pd

from ..core.sheet import Sheet
from .errors import SheetError

XLSX_SUFFIXES = (".xlsx", ".xlsm")
TEXT_SUFFIXES = (".csv", ".tsv", ".txt")
SUPPORTED_SUFFIXES = XLSX_SUFFIXES + TEXT_SUFFIXES
_SUPPORTED_WORDS = "an Excel workbook (.xlsx) or a CSV file"

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"   # compound file: legacy .xls, or an encrypted .xlsx
_ZIP_HEADS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")

# Files people drop by mistake, by suffix: what they are, so the message can say so.
_FOREIGN = {
    ".pdf": "a PDF document", ".doc": "a Word document", ".docx": "a Word document",
    ".odt": "a text document", ".rtf": "a text document", ".pptx": "a PowerPoint file",
    ".ppt": "a PowerPoint file", ".ods": "an OpenDocument spreadsheet",
    ".numbers": "an Apple Numbers spreadsheet", ".json": "a JSON file", ".xml": "an XML file",
    ".html": "a web page", ".htm": "a web page", ".zip": "a zip archive",
    ".png": "an image", ".jpg": "an image", ".jpeg": "an image", ".gif": "an image",
}

_HEADER_SCAN_ROWS = 25       # look for the header among the first non-empty rows
_SNIFF_CHARS = 65536
_MAX_FIELD = 64 * 1024 * 1024


def read_sheet(path, sheet_name: str | None = None) -> Sheet:
    """Read a CSV/TSV/TXT or XLSX/XLSM sheet; every cell as exact text.

    ``sheet_name`` picks the worksheet of a workbook; without it the sheet with the most text is
    used. Raises :class:`SheetError` with one plain sentence when the file cannot be read.
    """
    p = Path(path)
    name = p.name or str(path)
    if not p.exists():
        raise SheetError(f"{name} was not found; check that the file still exists and choose it again")
    if p.is_dir():
        raise SheetError(f"{name} is a folder, not a sheet; choose {_SUPPORTED_WORDS} inside it")
    suffix = p.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES and suffix not in (".xls", ""):
        what = _FOREIGN.get(suffix, f"a {suffix} file")
        raise SheetError(f"{name} is {what}, which Grader cannot read; save the answers as "
                         f"{_SUPPORTED_WORDS} and open that")
    head = _read_head(p, name)
    if not head:
        raise SheetError(f"{name} is empty; choose the file that holds the students' answers")

    if head.startswith(_OLE2):
        if suffix == ".xls" or not _is_encrypted_ole(p):
            raise SheetError(f"{name} is in the old Excel 97-2003 (.xls) format; open it in Excel and "
                             "save it as .xlsx or CSV from Excel, then open that")
        raise SheetError(f"{name} is password-protected; open it in Excel, remove the password "
                         "(File > Info > Protect Workbook) and save it again, or save it as CSV")
    if suffix in XLSX_SUFFIXES or (suffix in (".xls", "") and head.startswith(_ZIP_HEADS)):
        return _read_xlsx(p, name, sheet_name)
    if suffix == ".xls":
        raise SheetError(f"{name} is not a real Excel workbook; open it in Excel and save it as .xlsx "
                         "or CSV from Excel, then open that")
    return _read_text(p, name, suffix)


# ----- shared ---------------------------------------------------------------------------------

def _no_permission(name: str) -> SheetError:
    return SheetError(f"{name} cannot be opened because you do not have permission to read it; "
                      "copy it to your Documents folder or ask for access")


def _read_head(p: Path, name: str, n: int = 8) -> bytes:
    try:
        with open(p, "rb") as f:
            return f.read(n)
    except PermissionError:
        raise _no_permission(name) from None
    except OSError as exc:
        raise SheetError(f"{name} could not be read ({exc.strerror or 'input/output error'}); "
                         "copy it to this computer and try again") from None


def _is_encrypted_ole(p: Path) -> bool:
    """An Office file encrypted with a password is a compound file holding ``EncryptedPackage``.

    The stream names sit in the compound file's directory, which may come after the (large)
    encrypted data, so the whole file is searched (compound files of answer sheets are small).
    """
    names = ("EncryptedPackage".encode("utf-16-le"), "EncryptionInfo".encode("utf-16-le"))
    try:
        with open(p, "rb") as f:
            data = f.read(256 * 1024 * 1024)
    except OSError:
        return False
    return any(n in data for n in names)


def _is_empty(cell: str) -> bool:
    return not cell.strip()


def _is_number_text(s: str) -> bool:
    try:
        float(s.replace(",", "."))
        return True
    except ValueError:
        return False


def _find_header(rows: list[list[str]], nonempty: list[int]) -> int:
    """The first row whose non-empty cells are mostly distinct short strings, with rows below it.

    A title row ("Year 9 Science — unit test answers") fills fewer cells than the table is wide,
    or repeats one value over a merged range, so it is passed over. Falls back to the first
    non-empty row.
    """
    look = nonempty[:_HEADER_SCAN_ROWS]
    width = max(sum(1 for c in rows[i] if not _is_empty(c)) for i in look)
    for i in look:
        if i == nonempty[-1]:
            break                       # a header needs data rows below it
        cells = [c.strip() for c in rows[i] if not _is_empty(c)]
        n = len(cells)
        if n < max(1, math.ceil(0.6 * width)):
            continue
        distinct = len(set(cells))
        if n >= 2 and distinct == 1:
            continue                    # one value spread over a merged range: a title
        short = sum(1 for c in cells if len(c) <= 200 and not _is_number_text(c)) / n
        if distinct >= 0.5 * n and short >= 0.8:
            return i
    return nonempty[0]


def _unique_names(raw: list[str], positions: list[int]) -> list[str]:
    names: list[str] = []
    taken = {r for r in raw if r}
    for r, pos in zip(raw, positions):
        base = r
        if not base:
            base = f"Column {pos + 1}"
            k = 2
            while base in taken:
                base = f"Column {pos + 1} ({k})"
                k += 1
        name, k = base, 2
        while name in names:
            name = f"{base} ({k})"
            k += 1
        names.append(name)
        taken.add(name)
    return names


def _build(rows: list[list[str]], name: str, source: Path, sheet_name: str | None,
           notes: list[str], where: str = "") -> Sheet:
    nonempty = [i for i, row in enumerate(rows) if any(not _is_empty(c) for c in row)]
    if not nonempty:
        raise SheetError(f"{name}{where} has no data; choose the file (or sheet) that holds the students' answers")
    h = _find_header(rows, nonempty)
    data = [rows[i] for i in nonempty if i > h]
    if not data:
        raise SheetError(f"{name}{where} has a header row but no answers below it; add the students' "
                         "answers under the header and open it again")
    if h > nonempty[0]:
        skipped = sum(1 for i in nonempty if i < h)
        notes.append(f"Skipped {skipped} title row{'s' if skipped != 1 else ''} above the header (row {h + 1}).")
    header = rows[h]
    width = max(len(header), max(len(r) for r in data))
    header = header + [""] * (width - len(header))
    keep: list[int] = []
    raw_names: list[str] = []
    for j in range(width):
        title = " ".join(header[j].split())
        if title or any(j < len(r) and not _is_empty(r[j]) for r in data):
            keep.append(j)
            raw_names.append(title)
    names = _unique_names(raw_names, keep)
    renamed = [n for n, r in zip(names, raw_names) if n != r]
    if renamed:
        notes.append("Renamed columns with an empty or repeated header: " + ", ".join(renamed) + ".")
    body = [[(r[j] if j < len(r) else "") for j in keep] for r in data]
    frame = pd.DataFrame(body, columns=names, dtype=object)
    return Sheet(frame=frame, source=source, sheet_name=sheet_name, header_row=h, notes=notes)


# ----- CSV ------------------------------------------------------------------------------------

def _read_text(p: Path, name: str, suffix: str) -> Sheet:
    try:
        with open(p, "rb") as f:
            data = f.read()
    except PermissionError:
        raise _no_permission(name) from None
    except OSError as exc:
        raise SheetError(f"{name} could not be read ({exc.strerror or 'input/output error'}); "
                         "copy it to this computer and try again") from None
    text, encoding = _decode(data, name)
    if not text.strip(" \t\r\n,;\ufeff"):
        raise SheetError(f"{name} is empty; choose the file that holds the students' answers")
    hint = _SEP_HINT.match(text)
    if hint:                      # Excel's "sep=;" first line names the delimiter
        delimiter = hint.group(1)
        text = text[hint.end():]
    else:
        delimiter = _sniff_delimiter(text, prefer="\t" if suffix == ".tsv" else ",")
    if csv.field_size_limit() < _MAX_FIELD:
        # process-wide and never lowered again, so readers on other threads cannot trip over it
        csv.field_size_limit(_MAX_FIELD)
    try:
        rows = [list(r) for r in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    except csv.Error as exc:
        raise SheetError(f"{name} has a broken line ({exc}); open it in Excel, check the quotes, and "
                         "save it as CSV again") from None
    label = {",": "comma", ";": "semicolon", "\t": "tab", "|": "bar"}[delimiter]
    notes = [f"Read as {encoding} text, {label}-separated."]
    return _build(rows, name, p, None, notes)


_SEP_HINT = re.compile(r"\Asep=([,;\t|])[ \t]*(?:\r\n|\n|\r)")


def _decode(data: bytes, name: str) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "UTF-8"
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return _strict(data, "utf-32", name), "UTF-32"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16", name), "UTF-16"
    sample = data[:8192]
    if b"\x00" in sample:
        even = sample[0::2].count(0)
        odd = sample[1::2].count(0)
        half = len(sample) / 2
        if odd > 0.3 * half and even < 0.05 * half:
            return _strict(data, "utf-16-le", name), "UTF-16"
        if even > 0.3 * half and odd < 0.05 * half:
            return _strict(data, "utf-16-be", name), "UTF-16"
        _not_text(data, name)
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    if controls > 0.02 * len(sample):
        _not_text(data, name)
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "Latin-1"


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise SheetError(f"{name} is not valid {encoding.upper()} text; open it in Excel and save it "
                         "as CSV UTF-8 again") from None
    return text.lstrip("\ufeff")


def _not_text(data: bytes, name: str) -> None:
    if data.startswith(_ZIP_HEADS):
        raise SheetError(f"{name} is an Excel workbook or other zip file, not a CSV text file; if it "
                         "is a workbook, rename it to end in .xlsx and open it again")
    if data.startswith(_OLE2):
        raise SheetError(f"{name} is an old Excel (.xls) or other Office file, not a CSV text file; "
                         "save it as .xlsx or CSV from Excel and open that")
    raise SheetError(f"{name} holds binary data, not CSV text; export the answers from your "
                     "spreadsheet program as CSV or .xlsx and open that")


def _sniff_delimiter(text: str, prefer: str = ",") -> str:
    """The delimiter (`,` `;` tab) that splits the first rows into the most consistent width."""
    sample = text[:_SNIFF_CHARS]
    truncated = len(text) > len(sample)
    order = [prefer] + [d for d in (",", ";", "\t") if d != prefer]
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


# ----- XLSX -----------------------------------------------------------------------------------

def _read_xlsx(p: Path, name: str, sheet_name: str | None) -> Sheet:
    damaged = (f"{name} is damaged or not a complete Excel workbook; open it in Excel and save it "
               "again, or save it as CSV")
    try:
        with zipfile.ZipFile(p) as zf:
            names = set(zf.namelist())
            types = zf.read("[Content_Types].xml") if "[Content_Types].xml" in names else b""
            if "xl/workbook.xml" not in names and b"sheet.main" not in types and b"macroEnabled.main" not in types:
                raise SheetError(f"{name} is a zip archive but not an Excel workbook; choose the .xlsx "
                                 "file that holds the answers, or save them as CSV")
            has_merges = False
            for n in sorted(names):
                if n.startswith("xl/worksheets/") and n.endswith(".xml"):
                    xml = zf.read(n)
                    if b"<mergeCell " in xml or b":mergeCell " in xml:
                        has_merges = True
                        break
    except SheetError:
        raise
    except PermissionError:
        raise _no_permission(name) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, KeyError, ValueError):
        raise SheetError(damaged) from None

    read_only = not has_merges
    try:
        # a file object, not the name: openpyxl refuses names not ending in .xlsx/.xlsm
        with open(p, "rb") as fh:
            ws, grid, count = _load_grid(fh, read_only, sheet_name, name)
    except SheetError:
        raise
    except PermissionError:
        raise _no_permission(name) from None
    except Exception:  # openpyxl raises many kinds on a broken file; all mean the same to a teacher
        raise SheetError(damaged) from None
    notes = []
    if count > 1:
        notes.append(f"Used sheet {ws.title!r} of {count}.")
    return _build(grid, name, p, ws.title, notes, where=f" (sheet {ws.title!r})")


def _load_grid(fh, read_only: bool, sheet_name: str | None, name: str):
    import openpyxl

    wb = openpyxl.load_workbook(fh, read_only=read_only, data_only=True, keep_links=False)
    try:
        worksheets = list(wb.worksheets)
        if not worksheets:
            raise SheetError(f"{name} has no worksheets; add the answers to a sheet and save it again")
        if sheet_name is not None:
            ws = _pick_named(worksheets, sheet_name, name)
            grid, _ = _grid(ws, read_only)
        else:
            best = None
            for i, ws in enumerate(worksheets):
                g, text_cells = _grid(ws, read_only)
                visible = getattr(ws, "sheet_state", "visible") == "visible"
                key = (text_cells > 0, visible, text_cells, -i)
                if best is None or key > best[0]:
                    best = (key, ws, g)
            _, ws, grid = best
        return ws, grid, len(worksheets)
    finally:
        if read_only:
            wb.close()


def _pick_named(worksheets, wanted: str, name: str):
    for ws in worksheets:
        if ws.title == wanted:
            return ws
    for ws in worksheets:
        if ws.title.strip().lower() == str(wanted).strip().lower():
            return ws
    titles = ", ".join(repr(ws.title) for ws in worksheets)
    raise SheetError(f"{name} has no sheet named {wanted!r}; choose one of {titles}")


def _grid(ws, read_only: bool) -> tuple[list[list[str]], int]:
    """All rows of a worksheet as text, merged ranges filled, and the number of text-like cells."""
    if read_only:
        ws.reset_dimensions()   # some writers store a wrong size; read every row that is there
    raw = [list(r) for r in ws.iter_rows(values_only=True)]
    if not read_only:
        for rng in ws.merged_cells.ranges:
            value = ws.cell(rng.min_row, rng.min_col).value
            for r in range(rng.min_row - 1, rng.max_row):
                while len(raw) <= r:
                    raw.append([])
                row = raw[r]
                if len(row) < rng.max_col:
                    row.extend([None] * (rng.max_col - len(row)))
                for c in range(rng.min_col - 1, rng.max_col):
                    row[c] = value
    text_cells = sum(1 for row in raw for v in row
                     if isinstance(v, str) and v.strip() and not _is_number_text(v.strip()))
    return [[cell_text(v) for v in row] for row in raw], text_cells


_EXCEL_ESCAPE = re.compile(r"_x(00[01][0-9A-Fa-f])_")


def _unescape(m: re.Match) -> str:
    """Excel stores a carriage return (and other control characters) in a cell as ``_x000D_``."""
    return chr(int(m.group(1), 16))


def cell_text(v) -> str:
    """A workbook value as the text a teacher sees: 3 -> "3", 2.5 -> "2.5", dates as ISO."""
    if v is None:
        return ""
    if isinstance(v, str):
        return _EXCEL_ESCAPE.sub(_unescape, v) if "_x" in v else v
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if math.isfinite(v) and v.is_integer() and abs(v) < 1e16:
            return str(int(v))
        return format(v, ".15g")
    if isinstance(v, _dt.datetime):
        if v.time() == _dt.time(0) and v.tzinfo is None:
            return v.date().isoformat()
        return v.isoformat(sep=" ", timespec="seconds")
    if isinstance(v, (_dt.date, _dt.time)):
        return v.isoformat()
    return str(v)
