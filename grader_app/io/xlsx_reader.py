"""Reading an XLSX/XLSM sheet: every part inflated under a byte cap first, then only the cells that
hold something, the data area found among them and merged ranges filled inside it (see
:mod:`.readers`)."""
from __future__ import annotations

import datetime as _dt
import math
import zipfile
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..core.sheet import BesideCell, FormulaCell, Sheet
from ..zipread import inflated_chunks
from . import notes as notes_
from .beside_cells import Range, outside_table
from .errors import SheetError
from .excel_dates import made_dates
from .hidden_columns import hidden_positions, hidden_ranges
from .sheet_detection import GRADED_TITLES, SUMMARY_TITLES, build_sheet, header_row, is_number_text, no_permission
from .table_formulas import formula_text, names_a_table, place
from .table_totals import total_rows_note, without_total_rows
from .xlsx_open import open_for_cells
from .xlsx_values import cell_text, format_codes, padded, shown_text
from .teacher_formatting import MAX_EMPTY, SheetFormatting, formatting_of

# A workbook part (worksheet, shared strings, ...) inflating to more than this is no answer sheet:
# Excel writes ~100 bytes of XML per cell, so this is over a million cells in one worksheet.
_MAX_PART_BYTES = 128 * 1024 * 1024
_MAX_WORKBOOK_BYTES = 384 * 1024 * 1024    # all parts together
_CHUNK = 1024 * 1024
_FAR_ROWS = 1000     # cells further than this many empty rows from the table are not part of it
_FAR_COLS = 100      # ... or this many empty columns


def read_xlsx(p: Path, name: str, sheet_name: str | None) -> Sheet:
    try:
        with zipfile.ZipFile(p) as zf:
            _check_part_sizes(zf, name)
            names = set(zf.namelist())
            types = zf.read("[Content_Types].xml") if "[Content_Types].xml" in names else b""
            if "xl/workbook.xml" not in names and b"sheet.main" not in types and b"macroEnabled.main" not in types:
                raise SheetError.said("read.zip_not_workbook", name=name)
    except SheetError:
        raise
    except PermissionError:
        raise no_permission(name) from None
    except Exception:  # zipfile raises many kinds on a broken or odd zip; all mean the same to a teacher
        raise SheetError.said("read.damaged_workbook", name=name) from None

    try:
        # a file object, not the name: openpyxl refuses names not ending in .xlsx/.xlsm
        with open(p, "rb") as fh:
            title, area, titles = _load_area(fh, sheet_name, name)
    except SheetError:
        raise
    except PermissionError:
        raise no_permission(name) from None
    except Exception:  # openpyxl raises many kinds on a broken file; all mean the same to a teacher
        raise SheetError.said("read.damaged_workbook", name=name) from None
    notes: list[str] = []
    if len(titles) > 1:
        notes.append(notes_.used_sheet(title, len(titles)))
    notes.extend(area.notes)
    try:
        sheet = build_sheet(area.rows, name, p, title, notes, in_sheet=title, col0=area.col0, merged=area.merged,
                            typed=area.typed, hidden=area.hidden, hidden_columns=area.hidden_columns)
    except SheetError:
        if area.uncached_inside:   # no data, or a header alone, for the formulas that show nothing: the real cause
            raise _unseen(name, area.uncached_inside) from None
        raise
    # the table's formulas (.table_formulas): one without a saved result refuses the sheet in its header only
    head, rest = place(sheet, area.formulas, area.col0)
    if head:
        raise _unseen(name, [(f.row, f.column) for f in head])
    sheet.sheet_names = titles
    kept = [BesideCell(f.row, f.column, f.formula, formula=True) for f in rest if f.formula]
    sheet.beside = tuple(sorted([*area.beside, *kept], key=lambda b: (b.row, b.column)))
    sheet.merged_beside, sheet.first_column = tuple(area.merged_beside), area.col0
    if area.uncached:
        shown = ", ".join(_cell_name(r, c) for r, c in area.uncached[:5]) + (", …" if len(area.uncached) > 5 else "")
        sheet.notes.append(notes_.formulas_without_results(len(area.uncached), shown))
    sheet.formatting = area.formatting
    if (down := _merged_down_note(area.merged_down, sheet.file_rows)) is not None:
        sheet.notes.append(down)
    rows = set(sheet.file_rows)
    if errors := [f"{_cell_name(r, c)} {v}" for r, c, v in area.errors if r in rows]:   # "C3 #NAME?": read as that
        sheet.notes.append(notes_.excel_errors(len(errors), ", ".join(errors[:5]) + (", …" if len(errors) > 5 else "")))
    sheet.notes.extend(made_dates(sheet))        # answers such as 3/4 that Excel turned into dates: said, not guessed
    return sheet


def _merged_down_note(merges: list[tuple[int, int, int, int]], file_rows: tuple[int, ...]) -> notes_.Note | None:
    """The note naming the ranges merged down over two or more of the table's rows below its header: each of those
    rows reads the merged cell's text (Excel kept only the top cell's when the cells were merged), so two students may
    be graded on one answer; None when there is none. ``file_rows``: the table's rows, 1-based."""
    rows = set(file_rows)
    found = [(m, [r for r in range(m[0], m[2] + 1) if r in rows]) for m in sorted(merges)]
    found = [(m, inside) for m, inside in found if len(inside) > 1]
    if not found:
        return None
    ranges = [f"{_cell_name(r1, c1)}:{_cell_name(r2, c2)}" for (r1, c1, r2, c2), _ in found]
    return notes_.merged_down(ranges, sorted({r for _, inside in found for r in inside}))


def _unseen(name: str, cells: list[tuple[int, int]]) -> SheetError:
    shown = ", ".join(_cell_name(r, c) for r, c in cells[:3]) + (", …" if len(cells) > 3 else "")
    return SheetError.said("read.formulas_without_results", name=name, count=len(cells), cells=shown)


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
        for chunk in inflated_chunks(zf, info, _CHUNK):
            size += len(chunk)
            total += len(chunk)
            if size > _MAX_PART_BYTES or total > _MAX_WORKBOOK_BYTES:
                kind = "read.too_large_worksheet" if info.filename.startswith("xl/worksheets/") else "read.too_large_workbook"
                cap = (_MAX_PART_BYTES if size > _MAX_PART_BYTES else _MAX_WORKBOOK_BYTES) // (1024 * 1024)
                raise SheetError.said(kind, name=name, cap=cap)


@dataclass
class _Area:
    """The data area of one worksheet, ready for :func:`~.sheet_detection.build_sheet`."""
    rows: list[tuple[int, list[str]]] = field(default_factory=list)   # (0-based row, cells from col0)
    col0: int = 0                  # 0-based column of the first cell of each row
    text_cells: int = 0            # cells holding text (not numbers): how the answer sheet is chosen
    notes: list[str] = field(default_factory=list)
    # ranges merged across columns, by the 0-based row of their top: [(first, last) position from col0]; a
    # two-row header's group titles (:func:`~.sheet_detection.two_row_header`)
    merged: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    # the cells that held a number or a date, by (0-based row, position from col0): (value, number format)
    typed: dict[tuple[int, int], tuple] = field(default_factory=dict)
    hidden: set[int] = field(default_factory=set)   # 0-based rows hidden in the worksheet (or filtered out)
    hidden_columns: set[int] = field(default_factory=set)   # the table's columns hidden, by position from col0
    # (row, column), 1-based, of the cells inside the table (its rows and columns) holding a formula without a saved result
    uncached_inside: list[tuple[int, int]] = field(default_factory=list)
    uncached: list[tuple[int, int]] = field(default_factory=list)   # and of all such cells of the worksheet
    formulas: dict[tuple[int, int], FormulaCell] = field(default_factory=dict)   # the table's formulas, by (row, column)
    beside: list[BesideCell] = field(default_factory=list)   # the cells outside the table, for the graded workbook
    merged_beside: list[Range] = field(default_factory=list)   # the ranges merged among them, touching no row of it
    formatting: SheetFormatting | None = None   # the teacher's, for the graded workbook (:mod:`.teacher_formatting`)
    # ranges merged down over several of its rows, their text given to each: (first row, first column, last row, last
    # column), 1-based as in the worksheet, for the note naming those below the header (:func:`_merged_down_note`)
    merged_down: list[tuple[int, int, int, int]] = field(default_factory=list)
    errors: list[tuple[int, int, str]] = field(default_factory=list)   # the table's cells showing an Excel error


def _load_area(fh, sheet_name: str | None, name: str) -> tuple[str, _Area, tuple[str, ...]]:
    wb = open_for_cells(fh)
    try:
        worksheets = list(wb.worksheets)
        if not worksheets and wb.chartsheets:   # a workbook of charts alone: their data is elsewhere
            raise SheetError.said("read.only_charts", name=name)
        if not worksheets:   # none read: Excel's "Strict Open XML" names them where the library does not look
            raise SheetError.said("read.strict_xml" if _strict(fh) else "read.no_worksheets", name=name)
        if sheet_name is not None:
            ws = _pick_named(worksheets, sheet_name, name)
            return ws.title, _read_area(ws), tuple(w.title for w in worksheets)
        return _pick_best(worksheets)
    finally:
        wb.close()


def _strict(fh) -> bool:
    """A workbook saved as Excel's "Strict Open XML Spreadsheet": its workbook part in the strict namespace."""
    import zipfile

    try:
        with zipfile.ZipFile(fh) as z, z.open("xl/workbook.xml") as part:
            return b"purl.oclc.org/ooxml/spreadsheetml" in part.read(4096)
    except (KeyError, OSError, zipfile.BadZipFile):
        return False


def _pick_best(worksheets) -> tuple[str, _Area, tuple[str, ...]]:
    """The sheet of answers: the visible sheet with the most text; but in Grader's own graded workbook
    (a "Graded" table followed by its "Summary", each named in any language Grader writes them, the summary of a small
    class holding more text) the table."""
    titles = [ws.title for ws in worksheets]
    if len(titles) >= 2 and titles[0] in GRADED_TITLES and titles[1] in SUMMARY_TITLES:
        ws = worksheets[0]
        return ws.title, _read_area(ws), tuple(w.title for w in worksheets)
    best: tuple[tuple, str, _Area] | None = None
    for i, ws in enumerate(worksheets):
        area = _read_area(ws)
        visible = getattr(ws, "sheet_state", "visible") == "visible"
        key = (area.text_cells > 0, visible, area.text_cells, -i)
        if best is None or key > best[0]:
            best = (key, ws.title, area)
    assert best is not None   # there is at least one worksheet
    return best[1], best[2], tuple(w.title for w in worksheets)


def _pick_named(worksheets, wanted: str, name: str):
    for ws in worksheets:
        if ws.title == wanted:
            return ws
    for ws in worksheets:
        if ws.title.strip().lower() == str(wanted).strip().lower():
            return ws
    titles = ", ".join(f"“{ws.title}”" for ws in worksheets)   # the window quotes ``sheets`` as its sentence quotes
    raise SheetError.said("read.no_such_sheet", name=name, sheet=wanted, titles=titles,
                          sheets=[ws.title for ws in worksheets])


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


def _read_area(ws) -> _Area:
    """The data area of a worksheet. The table is its header's row and those below, in its columns: the title rows
    above the header are no part of it (:func:`~.sheet_detection.header_row`). Its cells holding a formula, in its
    columns that hold a value there, are kept for :func:`read_xlsx` to place in the sheet (:mod:`.table_formulas`: one
    without a saved result reads as empty, and refuses the sheet in its header only); the cells outside it (the title
    rows', a count beside the header, a formula without a saved result in a column of the table holding nothing else,
    where the graded workbook keeps such a count) are kept, formulas as formulas, for the graded workbook
    (:func:`~.beside_cells.outside_table`)."""
    got = _sheet_cells(ws)
    area = _area(got.cells, got.texts, got.merges, got.typed)
    area.rows, totals = without_total_rows(ws, area.rows)   # an Excel table's "Total" row: no student (.table_totals)
    area.notes.extend([total_rows_note(totals)] if totals else [])
    area.hidden = {r - 1 for r in got.hidden}
    area.uncached = list(got.uncached)
    table: Range | None = None
    if area.rows:
        head = header_row(area.rows, area.merged)   # the title rows above it are no part of the table
        top = (head if head is not None else area.rows[0][0]) + 1
        bottom = area.rows[-1][0] + 1
        first, last = area.col0 + 1, area.col0 + len(area.rows[0][1])
        table = (top, first, bottom, last)
        valued = {area.col0 + 1 + j for n, row in area.rows if n + 1 >= top for j, t in enumerate(row) if t.strip()}
        area.uncached_inside = [(r, c) for r, c in got.uncached if top <= r <= bottom and c in valued and r not in totals]
        area.hidden_columns = hidden_positions(got.hidden_columns, area.col0, last - area.col0)
        area.errors = [(r, c, v) for r, c, v in got.errors if top <= r <= bottom and first <= c <= last and r not in totals]
    else:
        area.uncached_inside = list(got.uncached)
    inside, unsaved = set(area.uncached_inside), set(got.uncached)
    outside = unsaved - inside   # in a title row, beside the table, or in a column of it holding nothing else
    outside |= {(r, c) for r in totals for c in got.cells.get(r, {})} | {(r, c) for r, c in got.formulas if r in totals}
    top, first, bottom, last = table if table is not None else (0, 0, -1, -1)
    area.formulas = {(r, c): FormulaCell(r, c, got.formulas.get((r, c), ""), saved=(r, c) not in unsaved,
                                         number_format=got.formats.get((r, c), "General"))
                     for r, c in got.formulas.keys() | inside
                     if top <= r <= bottom and first <= c <= last and (r, c) not in outside}
    area.beside, area.merged_beside = outside_table(got.cells, got.formulas, got.typed, got.merges, table, sorted(outside))
    area.formatting = got.formatting
    return area


@dataclass
class _Cells:
    """What a worksheet holds, 1-based: ``cells`` ``{row: {column: text}}`` (those that hold something), ``texts``
    the ``(row, column)`` of those holding text rather than a number, ``merges`` the merged ranges as ``(min_row,
    min_col, max_row, max_col)``, ``uncached`` the cells holding a formula without a saved result (a workbook written
    by a program; they read as empty), ``typed`` ``{(row, column): (value, number format)}`` of those holding a
    number, a date or a truth value, ``hidden`` the rows hidden (a filter hides the rows it leaves out) and
    ``hidden_columns`` the ranges of columns hidden, ``(first, last)`` (:mod:`.hidden_columns`)."""
    cells: dict[int, dict[int, str]] = field(default_factory=dict)
    texts: set = field(default_factory=set)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    uncached: list[tuple[int, int]] = field(default_factory=list)
    typed: dict[tuple[int, int], tuple] = field(default_factory=dict)
    hidden: set[int] = field(default_factory=set)
    hidden_columns: list[tuple[int, int]] = field(default_factory=list)
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)   # a formula ("=COUNTA(A2:A30)")
    formats: dict[tuple[int, int], str] = field(default_factory=dict)    # a formula cell's number format
    formatting: SheetFormatting | None = None
    errors: list[tuple[int, int, str]] = field(default_factory=list)   # (row, column, "#NAME?") of an Excel error


_TYPED = (bool, int, float, _dt.datetime, _dt.date, _dt.time)


def _sheet_cells(ws) -> _Cells:
    """The cells of a worksheet (:class:`_Cells`). Empty cells cost nothing, wherever they are. A whole number
    shown zero-padded ("000123"), and any number under a format understood ("3.50", "$1,200.00":
    :func:`.xlsx_values.shown_text`), reads as Excel shows it."""
    got = _Cells()
    cells, texts = got.cells, got.texts

    def put(r: int, c: int, v, fmt: str = "General") -> None:
        t = padded(shown_text(v, fmt) or cell_text(v), v, fmt)
        if t:
            cells.setdefault(r, {})[c] = t
            if isinstance(v, str) and t.strip() and not is_number_text(t.strip()):
                texts.add((r, c))
            elif isinstance(v, _TYPED) and not (isinstance(v, float) and not math.isfinite(v)):
                got.typed[(r, c)] = (v, fmt)

    parser = _worksheet_parser(ws)
    if parser is None:
        ws.reset_dimensions()   # some writers store a wrong size; read every row that is there
        for r, row in enumerate(ws.iter_rows(values_only=True), start=1):
            for c, v in enumerate(row, start=1):
                if v is not None:
                    put(r, c, v)
        return got     # read-only worksheets do not show their merged ranges
    format_of = format_codes(ws)
    parse_cell = parser.parse_cell

    def parse_and_note(element):
        cell = parse_cell(element)
        formula = element.find(_FORMULA)
        if formula is not None:
            at = (cell["row"], cell["column"])
            if cell["value"] is None:
                got.uncached.append(at)
            text = formula_text(parser, element, formula.text)
            if text and (cell["value"] is None or not names_a_table(text)):   # one naming a table: by its value
                got.formulas[at] = text
            if cell["style_id"]:
                got.formats[at] = format_of(cell["style_id"])
        return cell
    parser.parse_cell = parse_and_note
    styled: dict[tuple[int, int], int] = {}   # the style of each formatted cell, of those holding nothing apart
    empty: dict[tuple[int, int], int] = {}
    with parser.source:
        for r, row in parser.parse():
            for cell in row:
                style = cell["style_id"]
                if cell["value"] is not None:
                    put(r, cell["column"], cell["value"], format_of(style) if style else "General")
                    if cell["data_type"] == "e":
                        got.errors.append((r, cell["column"], str(cell["value"])))
                    if style:
                        styled[(r, cell["column"])] = style
                elif style and len(empty) < MAX_EMPTY:
                    empty[(r, cell["column"])] = style
    merged = parser.merged_cells.mergeCell if parser.merged_cells is not None else []
    got.merges = [(m.min_row, m.min_col, m.max_row, m.max_col) for m in merged]
    got.hidden = {int(r) for r, attrs in parser.row_dimensions.items()
                  if str(attrs.get("hidden", "")).lower() in ("1", "true") and str(r).isdigit()}
    got.hidden_columns = hidden_ranges(parser.column_dimensions)
    got.formatting = formatting_of(parser, ws.parent, styled, empty, cells)
    return got


_FORMULA = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}f"


def _blocks(positions: Counter, gap: int) -> list[tuple[int, int, int]]:
    """Runs of ``positions`` (position -> cells) no more than ``gap`` apart: (first, last, cells)."""
    out: list[list[int]] = []
    for pos in sorted(positions):
        if out and pos - out[-1][1] <= gap + 1:
            out[-1][1] = pos
            out[-1][2] += positions[pos]
        else:
            out.append([pos, pos, positions[pos]])
    return [(b[0], b[1], b[2]) for b in out]


def _cell_name(r: int, c: int) -> str:
    from openpyxl.utils import get_column_letter

    try:
        return f"{get_column_letter(c)}{r}"
    except ValueError:
        return f"R{r}C{c}"


def _area(cells: dict[int, dict[int, str]], texts: set, merges: list[tuple[int, int, int, int]],
          typed: dict[tuple[int, int], tuple] | None = None) -> _Area:
    """The data area of a worksheet's cells, merged ranges filled inside it (those across columns kept too).

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
        area.notes.append(notes_.cells_left_out(len(outside), shown))
    data_rows = sorted(r for r, cols in filled.items()
                       if r_lo <= r <= r_hi and any(c_lo <= c <= c_hi for c in cols))
    width = c_hi - c_lo + 1
    grid: dict[int, list[str]] = {}
    typed = typed or {}
    for r in data_rows:
        line = grid[r] = [""] * width
        for c, t in cells[r].items():
            if c_lo <= c <= c_hi:
                line[c - c_lo] = t
                if (r, c) in typed:
                    area.typed[(r - 1, c - c_lo)] = typed[(r, c)]
    budget = len(data_rows) * width     # merged ranges may not overlap, so they never fill more
    for m_r1, m_c1, m_r2, m_c2 in merges:
        value = cells.get(m_r1, {}).get(m_c1, "")
        c1, c2 = max(m_c1, c_lo), min(m_c2, c_hi)
        if not value or c1 > c2:
            continue
        if c2 > c1 and m_r1 in grid:
            area.merged.setdefault(m_r1 - 1, []).append((c1 - c_lo, c2 - c_lo))
        filled_rows = data_rows[bisect_left(data_rows, m_r1):bisect_right(data_rows, m_r2)]
        if len(filled_rows) > 1:
            area.merged_down.append((m_r1, c1, m_r2, c2))
        for r in filled_rows:
            budget -= c2 - c1 + 1
            if budget < 0:
                raise ValueError("overlapping merged ranges")
            grid[r][c1 - c_lo:c2 - c_lo + 1] = [value] * (c2 - c1 + 1)
            for c in range(c1, c2 + 1):
                if (m_r1, m_c1) in typed:
                    area.typed[(r - 1, c - c_lo)] = typed[(m_r1, m_c1)]
                else:
                    area.typed.pop((r - 1, c - c_lo), None)
    area.rows = [(r - 1, grid[r]) for r in data_rows]
    whole = len(row_blocks) == 1 and len(col_blocks) == 1
    area.text_cells = len(texts) if whole else sum(1 for r, c in texts if r_lo <= r <= r_hi and c_lo <= c <= c_hi)
    return area
