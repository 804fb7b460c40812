"""What both sheet readers share: the file signatures they check, the sentence for a file they may
not read, and finding the table in a sheet's rows (the header row under any title rows, column names
made unique) to build the :class:`~grader_app.core.sheet.Sheet` (see :mod:`.readers`).

A header's spaces are tidied for the column's name ("Answer " and " Answer" are "Answer", a
non-breaking or doubled space is one space, a line break inside a header too), so the columns are
matched and shown the same whatever stray spaces the file has; the file's own text of such a
header is kept with the frame (:func:`file_headers`) and written back unchanged by the writers.
Case is left as it is: matching ignores it where it matters (:mod:`.columns`, :mod:`.lms`)."""
from __future__ import annotations

import math
from pathlib import Path

import pandas as pd

from ..core.sheet import Sheet
from . import notes as notes_
from .errors import SheetError

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"   # compound file: legacy .xls, or an encrypted .xlsx
ZIP_HEADS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")

_HEADER_SCAN_ROWS = 25       # look for the header among the first non-empty rows


# the frame's ``attrs`` key of the header texts the file had where the column's name tidied them
FILE_HEADERS = "grader_file_headers"


def file_headers(frame: pd.DataFrame) -> dict[str, str]:
    """Column name -> the header exactly as the file had it, for the columns whose name tidied its spaces
    ("Answer" -> "Answer "); other columns are absent (their name is the file's text)."""
    own = frame.attrs.get(FILE_HEADERS)
    return dict(own) if isinstance(own, dict) else {}


# the sheets of Grader's own graded workbook (written by writers.py and summary_sheet.py), read back by name
GRADED_TITLE = "Graded"
SUMMARY_TITLE = "Summary"


def no_permission(name: str) -> SheetError:
    return SheetError.said("read.file_forbidden", name=name)


def is_empty(cell: str) -> bool:
    return not cell.strip()


def is_number_text(s: str) -> bool:
    try:
        float(s.replace(",", "."))
        return True
    except ValueError:
        return False


def find_header(rows: list[list[str]]) -> int:
    """The first row wide enough to head the table, with rows below it.

    ``rows`` are the non-empty rows. A title row ("Year 9 Science — unit test answers") fills fewer
    cells than the table is wide, or repeats one value over a merged range, so it is passed over.
    The table's width is what most rows reach, not the widest row: one ragged row (an answer with
    an unquoted comma) must not make the real header look like a title. A header's titles may be
    numbers ("Name, 1, 2, 3": questions numbered) or long (a form's question text): the first wide
    row is the header unless every cell of it is a number. Passing over the header would take the
    first student for it and lose them, so only rows that cannot be a header are passed over.
    Falls back to the first row.
    """
    look = rows[:_HEADER_SCAN_ROWS]
    counts = sorted((sum(1 for c in r if not is_empty(c)) for r in look), reverse=True)
    width = counts[min(len(counts) - 1, max(1, len(counts) // 5))]
    for i, row in enumerate(look):
        if i == len(rows) - 1:
            break                       # a header needs data rows below it
        cells = [c.strip() for c in row if not is_empty(c)]
        n = len(cells)
        if n < max(1, math.ceil(0.6 * width)):
            continue
        distinct = len(set(cells))
        if n >= 2 and distinct == 1:
            continue                    # one value spread over a merged range: a title
        if distinct >= 0.5 * n and not all(is_number_text(c) for c in cells):
            return i
    return 0


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


def build_sheet(rows: list[tuple[int, list[str]]], name: str, source: Path, sheet_name: str | None,
           notes: list[str], in_sheet: str | None = None, col0: int = 0, fields: bool = False) -> Sheet:
    """The sheet from ``rows``: (0-based row number in the file, cells), the cells starting at
    column ``col0`` (0-based). ``fields``: the rows are CSV records, so a row longer than the header
    is ragged and gets a note."""
    rows = [(n, r) for n, r in rows if any(not is_empty(c) for c in r)]
    if not rows:
        raise (SheetError.said("read.no_data_in_sheet", name=name, sheet=in_sheet) if in_sheet is not None
               else SheetError.said("read.no_data", name=name))
    h = find_header([r for _, r in rows])
    header_no, header = rows[h]
    data_rows = rows[h + 1:]
    if not data_rows:
        raise (SheetError.said("read.header_only_in_sheet", name=name, sheet=in_sheet) if in_sheet is not None
               else SheetError.said("read.header_only", name=name))
    if h > 0:
        notes.append(notes_.title_rows(h, header_no + 1))
    data = [r for _, r in data_rows]
    fields_in_header = len(header)
    width = max(len(header), max(len(r) for r in data))
    header = header + [""] * (width - len(header))
    keep: list[int] = []
    raw_names: list[str] = []
    for j in range(width):
        title = " ".join(header[j].split())
        if title or any(j < len(r) and not is_empty(r[j]) for r in data):
            keep.append(j)
            raw_names.append(title)
    names = _unique_names(raw_names, [col0 + j for j in keep])
    # the file's own text of a header whose spaces were tidied (a renamed column keeps its new name)
    own = {n: header[j] for n, r, j in zip(names, raw_names, keep) if n == r and header[j] != r}
    renamed = [n for n, r in zip(names, raw_names) if n != r]
    if renamed:
        notes.append(notes_.renamed_columns(renamed))
    if fields:
        ragged = [n + 1 for n, r in data_rows
                  if len(r) > fields_in_header and any(not is_empty(c) for c in r[fields_in_header:])]
        if ragged:
            extra = [nm for nm, j in zip(names, keep) if j >= fields_in_header]
            notes.append(notes_.extra_fields(ragged, extra))
    body = [[(r[j] if j < len(r) else "") for j in keep] for r in data]
    frame = pd.DataFrame(body, columns=names, dtype=object)
    if own:
        frame.attrs[FILE_HEADERS] = own
    return Sheet(frame=frame, source=source, sheet_name=sheet_name, header_row=header_no, notes=notes,
                 file_rows=tuple(n + 1 for n, _ in data_rows))
