"""What both sheet readers share: the file signatures they check, the sentence for a file they may
not read, and finding the table in a sheet's rows (the header row under any title rows, column names
made unique) to build the :class:`~grader_app.core.sheet.Sheet` (see :mod:`.readers`).

A header's spaces are tidied for the column's name ("Answer " and " Answer" are "Answer", a
non-breaking or doubled space is one space, a line break inside a header too), so the columns are
matched and shown the same whatever stray spaces the file has; the file's own text of such a
header is kept with the frame (:func:`file_headers`) and written back unchanged by the writers.
Case is left as it is: matching ignores it where it matters (:mod:`.columns`, :mod:`.lms`).

A header of two rows (:func:`two_row_header`) is read as one: a group title over several columns, merged across
them in a workbook or written once followed by empty cells in a CSV ("Student" over "ID" and "Name"), with a
label of each column in the row below, gives each column one header: the lower label after the group title
("Student ID", "Student Name"), or the lower label alone when it names a question and the title only says
what the group holds ("Answers" over "Q1", "Q2"), or when it already starts with the title ("Student" over
"Student ID"). A column outside the groups keeps its one label (merged down over both rows, or written in
either). The sheet's ``header_row`` is then the lower row, the last above the data; the graded sheet Grader
writes has the one-row header."""
from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from ..core.sheet import Sheet, TypedCell
from . import notes as notes_
from .errors import SheetError
from .header_again import header_again_rows
from .header_words import header_like
from .hidden_columns import hidden_column_names
from .survey_rows import survey_label_rows

if TYPE_CHECKING:   # pandas is imported where a sheet is built, on the worker that reads it: not as the window opens
    import pandas as pd

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


# the sheets of Grader's own graded workbook (written by writers.py and summary_sheet.py), read back by name: each
# named in the teacher's language, one of these (the translations of "Graded" and "Summary" in the SummarySheet
# context; tests/ui/test_summary_words.py holds them in step)
GRADED_TITLE = "Graded"
GRADED_TITLES = (GRADED_TITLE, "Bewertet", "Corregida")
SUMMARY_TITLE = "Summary"
SUMMARY_TITLES = (SUMMARY_TITLE, "Übersicht", "Resumen")


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


def find_header(rows: list[list[str]], spans: Sequence[Sequence[tuple[int, int]]] = ()) -> int:
    """The first row wide enough to head the table, with rows below it.

    ``rows`` are the non-empty rows; ``spans`` each one's ranges merged across columns, as
    :func:`two_row_header` takes them (a workbook's; none in a CSV). A title row ("Year 9 Science — unit test
    answers") fills fewer cells than the table is wide, or repeats one value over a merged range, so it is passed
    over; a title of more than two words merged over several cells counts as one cell (merged over half the table
    with "Max: 30" beside it, it is still a title; a group title over a header's second row is a word or two).
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
        if n < max(1, math.ceil(0.6 * width)) + _title_spread(row, spans[i] if i < len(spans) else ()):
            continue
        distinct = len(set(cells))
        if n >= 2 and distinct == 1:
            continue                    # one value spread over a merged range: a title
        if distinct >= 0.5 * n and not all(is_number_text(c) for c in cells):
            return i
    return 0


def _title_spread(row: list[str], spans: Sequence[tuple[int, int]]) -> int:
    """The cells of ``row`` filled by a merged title of more than two words beyond its first."""
    return sum(b - a for a, b in spans if a < len(row) and len(row[a].split()) > 2)


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
           notes: list[str], in_sheet: str | None = None, col0: int = 0, fields: bool = False,
           merged: dict[int, list[tuple[int, int]]] | None = None, typed: dict[tuple[int, int], tuple] | None = None,
           hidden: set[int] | None = None, hidden_columns: set[int] | None = None) -> Sheet:
    """The sheet from ``rows``: (0-based row number in the file, cells), the cells starting at
    column ``col0`` (0-based). ``fields``: the rows are CSV records, so a row longer than the header
    is ragged and gets a note. ``merged``: a workbook's ranges merged across columns, as
    ``{0-based row of their top: [(first, last) position in that row's cells]}``. ``typed``: a workbook's cells
    that held a number or a date, ``{(0-based row, position in the row's cells): (value, number format)}``, kept
    with the sheet for the graded workbook (:attr:`~grader_app.core.sheet.Sheet.typed`). ``hidden``: the 0-based
    rows a workbook hides; those among the data get a note (they are graded like the others). ``hidden_columns``: the
    positions in the rows' cells of the columns it hides; those of the sheet's columns get a note too."""
    rows = [(n, r) for n, r in rows if any(not is_empty(c) for c in r)]
    if not rows:
        raise (SheetError.said("read.no_data_in_sheet", name=name, sheet=in_sheet) if in_sheet is not None
               else SheetError.said("read.no_data", name=name))
    top, header, h_last = _header_rows(rows, _find(rows, merged or {}), merged or {})
    header_no = rows[h_last][0]
    data_rows = rows[h_last + 1:]
    if not data_rows:
        raise (SheetError.said("read.header_only_in_sheet", name=name, sheet=in_sheet) if in_sheet is not None
               else SheetError.said("read.header_only", name=name))
    if top > 0:
        notes.append(notes_.title_rows(top, rows[top][0] + 1))
    data = [r for _, r in data_rows]
    fields_in_header = max(len(r) for _, r in rows[top:h_last + 1])
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
    import pandas as pd   # here, not at the top: the readers are imported as the window opens, a sheet is read later

    body = [[(r[j] if j < len(r) else "") for j in keep] for r in data]
    frame = pd.DataFrame(body, columns=names, dtype=object)
    if own:
        frame.attrs[FILE_HEADERS] = own
    again = sorted(header_again_rows(frame, own))   # the header repeated below (two lists pasted): no student's row
    if again:
        notes.append(notes_.header_again([data_rows[i][0] + 1 for i in again]))
    labels = sorted(survey_label_rows(frame))   # a survey tool's rows labelling the header's columns: no student's
    if labels:
        notes.append(notes_.survey_labels([data_rows[i][0] + 1 for i in labels]))
    kept_typed = _typed_cells(typed or {}, data_rows, keep, names)
    hidden_rows = tuple(i for i, (n, _) in enumerate(data_rows) if n in (hidden or ()))
    if hidden_rows:
        notes.append(notes_.hidden_rows([data_rows[i][0] + 1 for i in hidden_rows]))
    hidden_names = hidden_column_names(hidden_columns or set(), keep, names, col0, notes)
    return Sheet(frame=frame, source=source, sheet_name=sheet_name, header_row=header_no, notes=notes,
                 file_rows=tuple(n + 1 for n, _ in data_rows), typed=kept_typed, hidden_rows=hidden_rows,
                 hidden_columns=hidden_names, places=dict(zip(names, keep)) if keep != list(range(len(keep))) else {})


def header_row(rows: list[tuple[int, list[str]]], merged: dict[int, list[tuple[int, int]]]) -> int | None:
    """The 0-based row of the file that :func:`build_sheet` takes for the header among ``rows`` (the same arguments;
    a two-row header's lower row), or None when they hold nothing: the rows above it are the sheet's title rows."""
    rows = [(n, r) for n, r in rows if any(not is_empty(c) for c in r)]
    if not rows:
        return None
    return rows[_header_rows(rows, _find(rows, merged), merged)[2]][0]


def _find(rows: list[tuple[int, list[str]]], merged: dict[int, list[tuple[int, int]]]) -> int:
    return find_header([r for _, r in rows], [merged.get(n, []) for n, _ in rows])


def _typed_cells(typed: dict[tuple[int, int], tuple], data_rows: list[tuple[int, list[str]]], keep: list[int],
                 names: list[str]) -> dict[tuple[int, str], TypedCell]:
    """The typed cells of the data rows, by (frame row, column name), each with the text the frame holds."""
    if not typed:
        return {}
    out: dict[tuple[int, str], TypedCell] = {}
    for i, (n, cells) in enumerate(data_rows):
        for j, name in zip(keep, names):
            got = typed.get((n, j))
            if got is not None and j < len(cells):
                out[(i, name)] = TypedCell(got[0], got[1], cells[j])
    return out


def _header_rows(rows: list[tuple[int, list[str]]], h: int,
                 merged: dict[int, list[tuple[int, int]]]) -> tuple[int, list[str], int]:
    """(index of the header's first row, its cells, index of its last row) in ``rows``, ``rows[h]`` being the
    header :func:`find_header` chose: one row, or two read as one (:func:`two_row_header`). The row above
    ``rows[h]`` may be a row of group titles passed over as a title ("Student", "", "Answers", "" in a CSV):
    then its titles must be a word or two each, as a sheet's title ("Year 9 Science", "", "Term 2") is longer."""
    pairs = [(h, h + 1, False)] if h + 2 < len(rows) else []
    if h > 0:
        pairs.append((h - 1, h, True))
    for up, low, passed_over in pairs:
        if rows[up][0] + 1 != rows[low][0]:
            continue        # an empty row between them: the header is one row
        below = [r for _, r in rows[low + 1:low + 1 + _LOOK_BELOW]]
        both = two_row_header(rows[up][1], rows[low][1], merged.get(rows[up][0], []), below)
        if both is not None and not (passed_over and any(len(c.split()) > 2 for c in rows[up][1])):
            return up, both, low
    return h, rows[h][1], h


# a group title that only says what its columns hold: a numbered label under it is the header ("Answers" over "Q1")
_GROUP_WORDS = {"answer", "answers", "response", "responses", "question", "questions", "item", "items", "task",
                "tasks", "exercise", "exercises", "problem", "problems", "antwort", "antworten", "frage", "fragen",
                "aufgabe", "aufgaben", "respuesta", "respuestas", "pregunta", "preguntas", "ejercicio",
                "ejercicios", "tarea", "tareas"}


def _tidy(cell: str) -> str:
    return " ".join(str(cell).split())


_LOOK_BELOW = 20     # data rows a two-row header's labels are compared with


def two_row_header(upper: list[str], lower: list[str], spans: list[tuple[int, int]],
                   below: Sequence[Sequence[str]] = ()) -> list[str] | None:
    """One header per column from two header rows, or None when ``lower`` is not a row of labels under ``upper``.

    A group is a title in ``upper`` over several columns: a range merged across them (``spans``, the
    positions of its first and last cell; its value fills each of its cells), or, in a file without merged
    cells, the title written once and followed by empty cells under which ``lower`` has labels. ``lower`` is
    read as the header's second row only when at least one group has two or more different labels under it,
    ``upper`` holds two or more different titles (one title over the whole table is the sheet's title),
    no column outside the groups has a label of its own in both rows (a first row of data would), the
    labels are not all numbers unless a merged range says so, and they read as labels, not as a first
    student's row: half of them or more are words a header holds ("ID", "Name", "Q1", "Score", see
    :func:`~.header_words.header_like`), or one is a word or three over answers of several words (``below``,
    the first rows of data). Each column's header is then the group title
    and its label, "Student" and "ID" giving "Student ID"; the label alone when it names one question under
    a title that only says what the group holds ("Answers" over "Q1" or "Frage 2" gives "Q1", "Frage 2";
    "Questions" over "1" gives "Questions 1", "Answers" over "Cells" gives "Answers Cells"), or when it
    starts with the title ("Student" over "Student ID"); the title alone over an empty label.
    """
    width = max(len(upper), len(lower))
    up = [_tidy(c) for c in upper] + [""] * (width - len(upper))
    low = [_tidy(c) for c in lower] + [""] * (width - len(lower))
    groups = [(a, b) for a, b in spans if 0 <= a < b < width and up[a]]
    inside = {j for a, b in groups for j in range(a, b + 1)}
    merged_groups = len(groups)
    for j in range(width):
        if up[j] and j not in inside:
            k = j + 1
            while k < width and k not in inside and not up[k] and low[k]:
                k += 1
            if k - 1 > j:
                groups.append((j, k - 1))
                inside.update(range(j, k))
    real = [(a, b) for a, b in groups if _distinct_labels(up[a], low[a:b + 1])]
    titles = {up[a] for a, _ in groups} | {up[j] for j in range(width) if up[j] and j not in inside}
    if not real or len(titles) < 2:
        return None
    if any(up[j] and low[j] and up[j] != low[j] for j in range(width) if j not in inside):
        return None         # a column with a label and a value: the lower row is data
    labels = [c for c in low if c]
    strong = any(g in real for g in groups[:merged_groups])
    if all(is_number_text(c) for c in labels) and not strong:
        return None
    if not _labels(groups, up, low, below):
        return None
    out = [up[j] or low[j] for j in range(width)]
    for a, b in groups:
        for j in range(a, b + 1):
            out[j] = _joined(up[a], low[j])
    return out


def _labels(groups: list[tuple[int, int]], up: list[str], low: list[str], below: Sequence[Sequence[str]]) -> bool:
    """Whether the lower row's cells in the groups read as labels rather than as a first row of data."""

    cols = [j for a, b in groups for j in range(a, b + 1) if low[j] and low[j] != up[a]]
    if 2 * sum(1 for j in cols if header_like(low[j])) >= len(cols):
        return True
    for j in cols:
        values = [_tidy(r[j]) for r in below if j < len(r) and r[j].strip()]
        if values and len(low[j].split()) <= 3 and sum(len(v.split()) for v in values) >= 4 * len(values):
            return True
    return False


def _distinct_labels(title: str, labels: list[str]) -> bool:
    """Two or more labels, all different, none the title itself (a range merged down over both rows)."""
    own = [c for c in labels if c and c != title]
    return len(own) >= 2 and len(set(own)) == len(own)


def _joined(title: str, label: str) -> str:
    if not label or label == title:
        return title
    numbered = any(ch.isdigit() for ch in label) and not is_number_text(label)
    if label.casefold().startswith(title.casefold()) or (
            numbered and all(w in _GROUP_WORDS for w in title.casefold().split())):
        return label
    return f"{title} {label}"
