"""Reading a teacher's answer sheet (CSV or XLSX) into a :class:`~grader_app.core.sheet.Sheet`.

Every cell comes out as text, exactly as the teacher typed it: "007" stays "007", a number stored
in a workbook as a number comes out as its natural text (3 -> "3", 2.5 -> "2.5"), a date as ISO
text, an empty cell as "". Nothing is guessed from the cell types, so writing the sheet back
changes nothing.

What the readers cope with:

* CSV (also ``.tsv`` and ``.txt``): UTF-8 with or without BOM, UTF-16/UTF-32 with a BOM (and
  UTF-16 without one), else Windows-1252; the delimiter (``,`` ``;`` or tab) is chosen by which
  one splits the rows most consistently; quoted fields may hold newlines.
  A row with more fields than the header keeps its extra fields in extra columns ("Column N") and
  a note names the rows; a quote that is never closed (which swallows every row after it into one
  cell) is read as it stands, with a note saying which row opened it.
* XLSX/XLSM (openpyxl in read-only mode, ``data_only=True`` so a formula gives its cached value):
  every part of the zip is first inflated in chunks under a hard byte cap (the bytes actually
  produced count, not the sizes the zip claims), so a tiny file padded with a gigabyte of
  whitespace is refused in a fraction of a second. Only non-empty cells are kept (a lone cell at
  A1048576 costs one cell, not a million rows). The data area is the block of cells with the most
  in it; a few cells far away from it (more than 1,000 empty rows or 100 empty columns) are left
  out with a note. The worksheet holding the most text is used unless one is named; title rows
  above the header are skipped; a merged range gives its top-left value to its cells inside the
  data area only (rows that hold data, columns of the table), so a merge reaching to XFD1048576
  costs no more than the table itself.
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
import os
import re
import stat
import zipfile
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
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

# A workbook part (worksheet, shared strings, ...) inflating to more than this is no answer sheet:
# Excel writes ~100 bytes of XML per cell, so this is over a million cells in one worksheet.
_MAX_PART_BYTES = 128 * 1024 * 1024
_MAX_WORKBOOK_BYTES = 384 * 1024 * 1024    # all parts together
_CHUNK = 1024 * 1024
_FAR_ROWS = 1000     # cells further than this many empty rows from the table are not part of it
_FAR_COLS = 100      # ... or this many empty columns


def read_sheet(path, sheet_name: str | None = None) -> Sheet:
    """Read a CSV/TSV/TXT or XLSX/XLSM sheet; every cell as exact text.

    ``sheet_name`` picks the worksheet of a workbook; without it the sheet with the most text is
    used. Raises :class:`SheetError` with one plain sentence when the file cannot be read.
    """
    p = Path(path)
    name = p.name or str(path)
    try:
        st = os.stat(p)
    except (FileNotFoundError, NotADirectoryError, ValueError):
        raise SheetError(f"{name} was not found; check that the file still exists and choose it again") from None
    except PermissionError:
        raise SheetError(f"{name} cannot be opened because you do not have permission to open the folder it "
                         "is in; copy it to your Documents folder or ask for access") from None
    except OSError as exc:
        raise SheetError(f"{name} could not be read ({exc.strerror or 'input/output error'}); "
                         "copy it to this computer and try again") from None
    if stat.S_ISDIR(st.st_mode):
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


def _find_header(rows: list[list[str]]) -> int:
    """The first row whose non-empty cells are mostly distinct short strings, with rows below it.

    ``rows`` are the non-empty rows. A title row ("Year 9 Science — unit test answers") fills fewer
    cells than the table is wide, or repeats one value over a merged range, so it is passed over.
    The table's width is what most rows reach, not the widest row: one ragged row (an answer with
    an unquoted comma) must not make the real header look like a title. Falls back to the first row.
    """
    look = rows[:_HEADER_SCAN_ROWS]
    counts = sorted((sum(1 for c in r if not _is_empty(c)) for r in look), reverse=True)
    width = counts[min(len(counts) - 1, max(1, len(counts) // 5))]
    for i, row in enumerate(look):
        if i == len(rows) - 1:
            break                       # a header needs data rows below it
        cells = [c.strip() for c in row if not _is_empty(c)]
        n = len(cells)
        if n < max(1, math.ceil(0.6 * width)):
            continue
        distinct = len(set(cells))
        if n >= 2 and distinct == 1:
            continue                    # one value spread over a merged range: a title
        short = sum(1 for c in cells if len(c) <= 200 and not _is_number_text(c)) / n
        if distinct >= 0.5 * n and short >= 0.8:
            return i
    return 0


def _rows_list(numbers: list[int], limit: int = 6) -> str:
    """Row numbers (1-based) as words: "Row 3", "Rows 3 and 7", "Rows 3, 7, ... and 12 more"."""
    shown = [str(n) for n in numbers[:limit]]
    if len(numbers) > limit:
        return "Rows " + ", ".join(shown) + f" and {len(numbers) - limit} more"
    if len(shown) == 1:
        return "Row " + shown[0]
    return "Rows " + ", ".join(shown[:-1]) + " and " + shown[-1]


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


def _build(rows: list[tuple[int, list[str]]], name: str, source: Path, sheet_name: str | None,
           notes: list[str], where: str = "", col0: int = 0, fields: bool = False) -> Sheet:
    """The sheet from ``rows``: (0-based row number in the file, cells), the cells starting at
    column ``col0`` (0-based). ``fields``: the rows are CSV records, so a row longer than the header
    is ragged and gets a note."""
    rows = [(n, r) for n, r in rows if any(not _is_empty(c) for c in r)]
    if not rows:
        raise SheetError(f"{name}{where} has no data; choose the file (or sheet) that holds the students' answers")
    h = _find_header([r for _, r in rows])
    header_no, header = rows[h]
    data_rows = rows[h + 1:]
    if not data_rows:
        raise SheetError(f"{name}{where} has a header row but no answers below it; add the students' "
                         "answers under the header and open it again")
    if h > 0:
        notes.append(f"Skipped {h} title row{'s' if h != 1 else ''} above the header (row {header_no + 1}).")
    data = [r for _, r in data_rows]
    fields_in_header = len(header)
    width = max(len(header), max(len(r) for r in data))
    header = header + [""] * (width - len(header))
    keep: list[int] = []
    raw_names: list[str] = []
    for j in range(width):
        title = " ".join(header[j].split())
        if title or any(j < len(r) and not _is_empty(r[j]) for r in data):
            keep.append(j)
            raw_names.append(title)
    names = _unique_names(raw_names, [col0 + j for j in keep])
    renamed = [n for n, r in zip(names, raw_names) if n != r]
    if renamed:
        notes.append("Renamed columns with an empty or repeated header: " + ", ".join(renamed) + ".")
    if fields:
        ragged = [n + 1 for n, r in data_rows
                  if len(r) > fields_in_header and any(not _is_empty(c) for c in r[fields_in_header:])]
        if ragged:
            extra = [nm for nm, j in zip(names, keep) if j >= fields_in_header]
            verb = "has" if len(ragged) == 1 else "have"
            notes.append(f"{_rows_list(ragged)} {verb} more fields than the header row (an answer with an "
                         f"unquoted comma?); the extra fields are in {', '.join(extra)}.")
    body = [[(r[j] if j < len(r) else "") for j in keep] for r in data]
    frame = pd.DataFrame(body, columns=names, dtype=object)
    return Sheet(frame=frame, source=source, sheet_name=sheet_name, header_row=header_no, notes=notes)


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
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise SheetError(f"{name} has a broken line ({exc}); open it in Excel, check the quotes, and "
                         "save it as CSV again") from None
    label = {",": "comma", ";": "semicolon", "\t": "tab", "|": "bar"}[delimiter]
    notes = [f"Read as {encoding} text, {label}-separated."]
    if _open_quote_at_end(text, rows, delimiter):
        notes.append(f"Row {len(rows)} opens a quote that is never closed, so everything after it was read "
                     "into one cell; add the missing closing quote in the file and open it again.")
    return _build(list(enumerate(rows)), name, p, None, notes, fields=True)


def _open_quote_at_end(text: str, rows: list[list[str]], delimiter: str) -> bool:
    """Whether the text ends inside a quoted field (a quote that is never closed).

    Only a last cell holding a line break can have swallowed rows; then one more line is added
    after the text: outside a quote it is a row of its own, inside one it joins the last cell.
    """
    if not rows or not rows[-1] or not any(ch in rows[-1][-1] for ch in "\r\n"):
        return False
    again = sum(1 for _ in csv.reader(io.StringIO(text + "\nx", newline=""), delimiter=delimiter))
    return again == len(rows)


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
            _check_part_sizes(zf, name)
            names = set(zf.namelist())
            types = zf.read("[Content_Types].xml") if "[Content_Types].xml" in names else b""
            if "xl/workbook.xml" not in names and b"sheet.main" not in types and b"macroEnabled.main" not in types:
                raise SheetError(f"{name} is a zip archive but not an Excel workbook; choose the .xlsx "
                                 "file that holds the answers, or save them as CSV")
    except SheetError:
        raise
    except PermissionError:
        raise _no_permission(name) from None
    except Exception:  # zipfile raises many kinds on a broken or odd zip; all mean the same to a teacher
        raise SheetError(damaged) from None

    try:
        # a file object, not the name: openpyxl refuses names not ending in .xlsx/.xlsm
        with open(p, "rb") as fh:
            title, area, count = _load_area(fh, sheet_name, name)
    except SheetError:
        raise
    except PermissionError:
        raise _no_permission(name) from None
    except Exception:  # openpyxl raises many kinds on a broken file; all mean the same to a teacher
        raise SheetError(damaged) from None
    notes = []
    if count > 1:
        notes.append(f"Used sheet {title!r} of {count}.")
    notes.extend(area.notes)
    return _build(area.rows, name, p, title, notes, where=f" (sheet {title!r})", col0=area.col0)


def _check_part_sizes(zf: zipfile.ZipFile, name: str) -> None:
    """Inflate every part in chunks, counting the bytes it really gives (never the size the zip's
    directory claims), and refuse the workbook as soon as one part or all of them pass the cap."""
    total = 0
    for info in zf.infolist():
        if info.is_dir():
            continue
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise ValueError("Excel only stores or deflates the parts of a workbook")
        size = 0
        with zf.open(info) as f:
            while True:
                chunk = f.read(_CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                total += len(chunk)
                if size > _MAX_PART_BYTES or total > _MAX_WORKBOOK_BYTES:
                    what = "a worksheet in it" if info.filename.startswith("xl/worksheets/") else "its contents"
                    cap = (_MAX_PART_BYTES if size > _MAX_PART_BYTES else _MAX_WORKBOOK_BYTES) // (1024 * 1024)
                    raise SheetError(f"{name} is too large to read: {what} unpacks to more than {cap} MB, far "
                                     "more than a sheet of answers needs (it may be padded with blank space "
                                     "or damaged); open it in Excel, delete unused rows and columns, and save "
                                     "it again, or save the answers as CSV")


@dataclass
class _Area:
    """The data area of one worksheet, ready for :func:`_build`."""
    rows: list[tuple[int, list[str]]] = field(default_factory=list)   # (0-based row, cells from col0)
    col0: int = 0                  # 0-based column of the first cell of each row
    text_cells: int = 0            # cells holding text (not numbers): how the answer sheet is chosen
    notes: list[str] = field(default_factory=list)


def _load_area(fh, sheet_name: str | None, name: str) -> tuple[str, _Area, int]:
    import openpyxl

    wb = openpyxl.load_workbook(fh, read_only=True, data_only=True, keep_links=False)
    try:
        worksheets = list(wb.worksheets)
        if not worksheets:
            raise SheetError(f"{name} has no worksheets; add the answers to a sheet and save it again")
        if sheet_name is not None:
            ws = _pick_named(worksheets, sheet_name, name)
            return ws.title, _area(*_sheet_cells(ws)), len(worksheets)
        best = None
        for i, ws in enumerate(worksheets):
            area = _area(*_sheet_cells(ws))
            visible = getattr(ws, "sheet_state", "visible") == "visible"
            key = (area.text_cells > 0, visible, area.text_cells, -i)
            if best is None or key > best[0]:
                best = (key, ws.title, area)
        return best[1], best[2], len(worksheets)
    finally:
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


def _worksheet_parser(ws):
    """openpyxl's own streaming parser over a read-only worksheet (what its ``iter_rows`` runs on),
    giving each row's cells with their columns, and the merged ranges once parsed; ``None`` if
    this openpyxl has no such internals."""
    try:
        from openpyxl.worksheet._reader import WorkSheetParser

        wb = ws.parent
        src = ws._get_source()
        return WorkSheetParser(src, ws._shared_strings, data_only=wb.data_only, epoch=wb.epoch,
                               date_formats=wb._date_formats, timedelta_formats=wb._timedelta_formats)
    except (ImportError, AttributeError, TypeError):
        return None


def _sheet_cells(ws) -> tuple[dict[int, dict[int, str]], set, list[tuple[int, int, int, int]]]:
    """The cells of a worksheet that hold something, as ``{row: {column: text}}`` (1-based), the
    ``(row, column)`` of those holding text rather than a number, and the merged ranges as
    ``(min_row, min_col, max_row, max_col)``. Empty cells cost nothing, wherever they are."""
    cells: dict[int, dict[int, str]] = {}
    texts: set = set()

    def put(r: int, c: int, v) -> None:
        t = cell_text(v)
        if t:
            cells.setdefault(r, {})[c] = t
            if isinstance(v, str) and t.strip() and not _is_number_text(t.strip()):
                texts.add((r, c))

    parser = _worksheet_parser(ws)
    if parser is None:
        ws.reset_dimensions()   # some writers store a wrong size; read every row that is there
        for r, row in enumerate(ws.iter_rows(values_only=True), start=1):
            for c, v in enumerate(row, start=1):
                if v is not None:
                    put(r, c, v)
        return cells, texts, []     # read-only worksheets do not show their merged ranges
    with parser.source:
        for r, row in parser.parse():
            for cell in row:
                if cell["value"] is not None:
                    put(r, cell["column"], cell["value"])
    merged = parser.merged_cells.mergeCell if parser.merged_cells is not None else []
    return cells, texts, [(m.min_row, m.min_col, m.max_row, m.max_col) for m in merged]


def _blocks(positions: Counter, gap: int) -> list[tuple[int, int, int]]:
    """Runs of ``positions`` (position -> cells) no more than ``gap`` apart: (first, last, cells)."""
    out: list[list[int]] = []
    for pos in sorted(positions):
        if out and pos - out[-1][1] <= gap + 1:
            out[-1][1] = pos
            out[-1][2] += positions[pos]
        else:
            out.append([pos, pos, positions[pos]])
    return [tuple(b) for b in out]


def _cell_name(r: int, c: int) -> str:
    from openpyxl.utils import get_column_letter

    try:
        return f"{get_column_letter(c)}{r}"
    except ValueError:
        return f"R{r}C{c}"


def _area(cells: dict[int, dict[int, str]], texts: set, merges: list[tuple[int, int, int, int]]) -> _Area:
    """The data area of a worksheet's cells, merged ranges filled inside it.

    The area is the block of non-blank cells holding the most of them, blocks being split where
    more than ``_FAR_ROWS`` empty rows or ``_FAR_COLS`` empty columns lie between cells. Its rows
    are the rows holding data; a merged range gives its top-left value to its cells in those rows
    and in the area's columns, and nowhere else, so the cost is bounded by the table itself.
    """
    filled = {r: [c for c, t in row.items() if t.strip()] for r, row in cells.items()}
    filled = {r: cols for r, cols in filled.items() if cols}
    if not filled:
        return _Area()
    row_blocks = _blocks(Counter({r: len(cols) for r, cols in filled.items()}), _FAR_ROWS)
    r_lo, r_hi, _ = max(row_blocks, key=lambda b: b[2])       # the first of equals wins
    col_counts: Counter = Counter()
    for r, cols in filled.items():
        if r_lo <= r <= r_hi:
            col_counts.update(cols)
    col_blocks = _blocks(col_counts, _FAR_COLS)
    c_lo, c_hi, _ = max(col_blocks, key=lambda b: b[2])
    area = _Area(col0=c_lo - 1)
    if len(row_blocks) > 1 or len(col_blocks) > 1:
        outside = sorted((r, c) for r, cols in filled.items() for c in cols
                         if not (r_lo <= r <= r_hi and c_lo <= c <= c_hi))
        shown = ", ".join(_cell_name(r, c) for r, c in outside[:5]) + (", …" if len(outside) > 5 else "")
        area.notes.append(f"Left out {len(outside)} cell{'s' if len(outside) != 1 else ''} far away from the "
                          f"table ({shown}).")
    data_rows = sorted(r for r, cols in filled.items()
                       if r_lo <= r <= r_hi and any(c_lo <= c <= c_hi for c in cols))
    width = c_hi - c_lo + 1
    grid: dict[int, list[str]] = {}
    for r in data_rows:
        line = grid[r] = [""] * width
        for c, t in cells[r].items():
            if c_lo <= c <= c_hi:
                line[c - c_lo] = t
    budget = len(data_rows) * width     # merged ranges may not overlap, so they never fill more
    for m_r1, m_c1, m_r2, m_c2 in merges:
        value = cells.get(m_r1, {}).get(m_c1, "")
        c1, c2 = max(m_c1, c_lo), min(m_c2, c_hi)
        if not value or c1 > c2:
            continue
        for r in data_rows[bisect_left(data_rows, m_r1):bisect_right(data_rows, m_r2)]:
            budget -= c2 - c1 + 1
            if budget < 0:
                raise ValueError("overlapping merged ranges")
            grid[r][c1 - c_lo:c2 - c_lo + 1] = [value] * (c2 - c1 + 1)
    area.rows = [(r - 1, grid[r]) for r in data_rows]
    whole = len(row_blocks) == 1 and len(col_blocks) == 1
    area.text_cells = len(texts) if whole else sum(1 for r, c in texts if r_lo <= r <= r_hi and c_lo <= c <= c_hi)
    return area


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
