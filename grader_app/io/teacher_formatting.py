"""The teacher's formatting of the worksheet their answers came from, which the graded workbook carries over
(:func:`formatting_of` as the reader reads the worksheet, :func:`carry_formatting` as the writer writes it), so that it
looks like their own sheet: their title still bold, their columns as wide as they made them, a date column in its date
format, a percentage as a percentage, their colours, borders, wrapped text and row heights.

The graded workbook is the teacher's worksheet with Grader's columns added, every cell of the teacher's at its own
place (:mod:`.beside_cells`), so each cell's look goes to the same place. What is carried, copied by value (no style
object is shared between two workbooks):

* each cell's font, fill, border, alignment, protection, number format and quote prefix, also of a cell that holds
  nothing (a border on an answer left empty, a coloured empty cell in a title row) within the rows and columns holding
  the teacher's cells, at most :data:`MAX_EMPTY` of them (a formatted empty grid beyond is not: it holds nothing of the
  class, and could be the whole worksheet);
* each column's width, its hidden flag, outline and format, and each row's height, hidden flag and outline, with the
  format of a row outside the table (a title row's; a row of the table with its own format would colour the grading
  cells left empty and not those written, so the table's rows keep only their cells' own looks);
* the default row height and column width, the workbook's theme (its colours and fonts: a cell in a theme colour shows
  the teacher's colour) and its default font (a cell never formatted, Grader's own columns with it, shows in the
  teacher's font, not Calibri beside it);
* the conditional formatting and data validation, cut back from the grading columns' cells (the header's row to the
  last student's): Grader's columns look as Grader writes them and hold what it writes. A rule's or a validation's
  formula reads cells relative to its first cell, so one whose first cell is in a grading column is left out: cut, it
  would read other cells.

Not carried: the grading columns' own cells take nothing of the teacher's (a bold header, confidences as ``0.000``,
widths to fit, as Grader makes them); a format spread over whole rows in the table; named cell styles (each cell keeps
what it looks like, under the Normal style); a custom colour palette; rich text within a cell (the text is kept, as
one run); the teacher's filter, frozen panes and sheet protection (Grader sets its own filter and panes, and a graded
workbook is there to be edited); rules Excel keeps in its extensions (openpyxl reads none of them). A theme that
refers to other parts of the workbook (pictures) is left out, since only its own text is written. Left as it is: a
rule whose formula reads a column the grading columns now take (empty in the teacher's sheet) reads Grader's values.
"""
from __future__ import annotations

from copy import copy
from dataclasses import dataclass, field
from typing import Any, Sequence

from .beside_cells import Range

MAX_EMPTY = 250_000     # formatted cells holding nothing kept at most: beyond, a sheet formatted far beyond its cells
_NO_STYLE = ("", "0")


@dataclass(frozen=True)
class Look:
    """One style of the teacher's workbook, by value: the objects are openpyxl's, copied out of it."""
    font: Any
    fill: Any
    border: Any
    alignment: Any
    protection: Any
    number_format: str
    quote_prefix: bool


@dataclass
class SheetFormatting:
    """The teacher's formatting of one worksheet (1-based rows and columns), as the graded workbook carries it."""
    looks: dict[int, Look] = field(default_factory=dict)      # by the teacher's style id
    cells: dict[tuple[int, int], int] = field(default_factory=dict)   # (row, column) -> style id
    columns: list[tuple[int, int, dict]] = field(default_factory=list)   # (first, last, {width, hidden, style, ...})
    rows: dict[int, dict] = field(default_factory=dict)       # row -> {height, hidden, style, ...}
    sheet_format: Any = None                                   # default row height, column width
    conditional: list[tuple[list[Range], list]] = field(default_factory=list)   # (ranges, rules with their look)
    validations: list[tuple[list[Range], Any]] = field(default_factory=list)
    theme: bytes | None = None
    default_font: Any = None


# ----- reading -------------------------------------------------------------------------------

def formatting_of(parser, wb, styled: dict[tuple[int, int], int], empty: dict[tuple[int, int], int],
                  cells: dict[int, dict[int, str]]) -> SheetFormatting | None:
    """The formatting of a worksheet openpyxl's streaming ``parser`` has read, of workbook ``wb`` (read-only): the
    style ids of the cells holding something (``styled``) and of those holding nothing (``empty``), kept within the
    rows and columns of ``cells`` (those holding something). None when the workbook's styles cannot be read (a sheet
    read without them is still read)."""
    try:
        return _formatting_of(parser, wb, styled, empty, cells)
    except (AttributeError, IndexError, KeyError, TypeError, ValueError):
        return None


def _formatting_of(parser, wb, styled, empty, cells) -> SheetFormatting:
    out = SheetFormatting(cells=styled)
    if empty:
        last_row = max(cells, default=0)
        last_col = max((max(row) for row in cells.values() if row), default=0)
        out.cells.update({at: s for at, s in empty.items() if at[0] <= last_row and at[1] <= last_col})
    for attrs in parser.column_dimensions.values():
        kept = _dimension(attrs, "width")
        if kept:
            lo, hi = int(attrs["min"]), int(attrs.get("max", attrs["min"]))
            out.columns.append((lo, max(lo, hi), kept))
    for r, attrs in parser.row_dimensions.items():
        kept = _dimension(attrs, "ht")
        if kept and str(r).isdigit():
            out.rows[int(r)] = kept
    ids = set(out.cells.values()) | {d["style"] for _, _, d in out.columns if "style" in d}
    ids |= {d["style"] for d in out.rows.values() if "style" in d}
    out.looks = {i: look for i in ids if (look := _look(wb, i)) is not None}
    if len(out.looks) < len(ids):   # a style that looks as the default: its cells need none
        out.cells = {at: s for at, s in out.cells.items() if s in out.looks}
    if getattr(parser, "sheet_format", None) is not None:
        out.sheet_format = copy(parser.sheet_format)
        out.sheet_format.zeroHeight = None   # "rows hidden unless said": Grader's rows are all to be seen
    dxfs = wb._differential_styles
    for cf in parser.formatting:
        rules = []
        for rule in cf.rules:
            kept_rule = copy(rule)
            kept_rule.dxf = copy(dxfs[rule.dxfId]) if rule.dxfId is not None and 0 <= rule.dxfId < len(dxfs.dxf) else None
            kept_rule.dxfId = None
            rules.append(kept_rule)
        out.conditional.append((_ranges(cf.sqref), rules))
    checks = getattr(parser, "data_validations", None)
    for dv in (checks.dataValidation if checks is not None else ()):
        out.validations.append((_ranges(dv.sqref), copy(dv)))
    theme = getattr(wb, "loaded_theme", None)
    if isinstance(theme, bytes) and not any(ref in theme for ref in (b":embed=", b":link=", b":id=")):
        out.theme = theme
    out.default_font = copy(wb._fonts[0]) if len(wb._fonts) else None
    return out


def _dimension(attrs: dict, size: str) -> dict:
    """What the graded workbook keeps of a ``<col>`` or ``<row>`` element's attributes (``size``: its width's or
    height's name): its size (when the teacher set one), hidden flag, outline and style id; nothing of one it cannot
    read."""
    try:
        return _dimension_read(attrs, size)
    except (KeyError, TypeError, ValueError):
        return {}


def _dimension_read(attrs: dict, size: str) -> dict:
    out: dict[str, Any] = {}
    if attrs.get(size) not in (None, ""):
        out["size"] = float(attrs[size])
    if str(attrs.get("hidden", "")).lower() in ("1", "true"):
        out["hidden"] = True
    if str(attrs.get("outlineLevel", "0")) not in _NO_STYLE:
        out["outline"] = int(attrs["outlineLevel"])
        out["collapsed"] = str(attrs.get("collapsed", "")).lower() in ("1", "true")
    style = attrs.get("style", attrs.get("s", "") if str(attrs.get("customFormat", "")).lower() in ("1", "true") else "")
    if str(style) not in _NO_STYLE:
        out["style"] = int(style)
    return out


def _look(wb, style_id: int) -> Look | None:
    """The look of the teacher's style ``style_id``, its parts copied; None for the workbook's default look."""
    from openpyxl.styles.numbers import BUILTIN_FORMATS

    if not 0 <= style_id < len(wb._cell_styles):
        return None
    a = wb._cell_styles[style_id]
    if not any((a.fontId, a.fillId, a.borderId, a.numFmtId, a.alignmentId, a.protectionId, a.quotePrefix)):
        return None
    fmt = a.numFmtId
    code = str(wb._number_formats[fmt - 164]) if fmt >= 164 else BUILTIN_FORMATS.get(fmt, "General")
    return Look(copy(wb._fonts[a.fontId]), copy(wb._fills[a.fillId]), copy(wb._borders[a.borderId]),
                copy(wb._alignments[a.alignmentId]), copy(wb._protections[a.protectionId]), code, bool(a.quotePrefix))


def _ranges(sqref) -> list[Range]:
    """A rule's or a validation's cells as ranges, in the order openpyxl writes them (its first cell first)."""
    return [(r.min_row, r.min_col, r.max_row, r.max_col) for r in sqref.sorted()]


# ----- writing -------------------------------------------------------------------------------

def start_workbook(wb, fmt: SheetFormatting | None) -> None:
    """Before anything is written to the new workbook ``wb``: the teacher's theme and default font."""
    if fmt is None:
        return
    from openpyxl.utils.indexed_list import IndexedList

    if fmt.theme is not None:
        wb.loaded_theme = fmt.theme
    if fmt.default_font is not None:
        wb._fonts = IndexedList([copy(fmt.default_font)])   # font 0, the Normal style's and every plain cell's


def carry_formatting(ws, fmt: SheetFormatting | None, grading: Range | None, last_column: int,
                     moved: dict[tuple[int, int], tuple[int, int]]) -> set[int]:
    """Give the graded worksheet ``ws`` the teacher's formatting ``fmt``, before any value is written: each cell's look
    at its place (``moved``: a cell of the teacher's written elsewhere, at that place), but none in ``grading`` (the
    grading columns' cells: first row, first column, last row, last column); the columns' up to ``last_column`` (the
    last the writer sizes) one by one, beyond it as the teacher's ranges. The columns the teacher gave a width."""
    if fmt is None:
        return set()
    from openpyxl.styles.cell_style import StyleArray

    arrays: dict[int, Any] = {}

    def array(style_id: int | None):
        """The teacher's style as one of ``ws``'s (a fresh copy for each cell), None for their default look."""
        if style_id not in fmt.looks:
            return None
        if style_id not in arrays:
            arrays[style_id] = _style_array(ws.parent, fmt.looks[style_id])
        return copy(arrays[style_id])

    top, left, bottom, right = grading if grading is not None else (0, 0, -1, -1)
    for style_id in set(fmt.cells.values()):
        array(style_id)
    for (r, c), style_id in fmt.cells.items():   # a 5,000-row sheet has some 30,000: kept lean
        if moved:
            r, c = moved.get((r, c), (r, c))
        if not (top <= r <= bottom and left <= c <= right):
            ws.cell(row=r, column=c)._style = StyleArray(arrays[style_id])
    table_rows = (grading[0], grading[2]) if grading is not None else (0, -1)
    for r, attrs in fmt.rows.items():
        dim = ws.row_dimensions[r]
        dim.height = attrs.get("size")
        dim.hidden = attrs.get("hidden", False)
        dim.outlineLevel, dim.collapsed = attrs.get("outline", 0), attrs.get("collapsed", False)
        if attrs.get("style") in fmt.looks and not table_rows[0] <= r <= table_rows[1]:
            dim._style = array(attrs["style"])
    widths: set[int] = set()
    grading_columns = range(grading[1], grading[3] + 1) if grading is not None else range(0)
    for lo, hi, attrs in fmt.columns:
        for c in range(lo, min(hi, last_column) + 1):
            if c not in grading_columns:
                _column(ws, c, c, attrs, array)
                widths.update([c] if "size" in attrs else [])
        if hi > last_column:
            _column(ws, max(lo, last_column + 1), hi, attrs, array)
    if fmt.sheet_format is not None:
        ws.sheet_format = copy(fmt.sheet_format)
    _rules_and_validations(ws, fmt, grading)
    return widths


def _column(ws, lo: int, hi: int, attrs: dict, array) -> None:
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.dimensions import ColumnDimension

    letter = get_column_letter(lo)
    dim = ColumnDimension(ws, index=letter, width=attrs.get("size", 0), hidden=attrs.get("hidden", False),
                          outlineLevel=attrs.get("outline", 0), collapsed=attrs.get("collapsed", False),
                          min=lo if hi > lo else None, max=hi if hi > lo else None)
    style = array(attrs.get("style"))
    if style is not None:
        dim._style = style
    ws.column_dimensions[letter] = dim


def _style_array(wb, look: Look):
    """The teacher's ``look`` as a style of the graded workbook ``wb``, each part copied into it."""
    from openpyxl.styles.cell_style import StyleArray
    from openpyxl.styles.numbers import BUILTIN_FORMATS_MAX_SIZE, BUILTIN_FORMATS_REVERSE

    a = StyleArray()
    a.fontId = wb._fonts.add(copy(look.font))
    a.fillId = wb._fills.add(copy(look.fill))
    a.borderId = wb._borders.add(copy(look.border))
    a.alignmentId = wb._alignments.add(copy(look.alignment))
    a.protectionId = wb._protections.add(copy(look.protection))
    code = look.number_format
    a.numFmtId = (BUILTIN_FORMATS_REVERSE[code] if code in BUILTIN_FORMATS_REVERSE
                  else wb._number_formats.add(code) + BUILTIN_FORMATS_MAX_SIZE)
    a.quotePrefix = look.quote_prefix
    return a


def _rules_and_validations(ws, fmt: SheetFormatting, grading: Range | None) -> None:
    from openpyxl.worksheet.cell_range import CellRange, MultiCellRange

    def cells(ranges: list[Range]) -> MultiCellRange:
        return MultiCellRange([CellRange(min_row=a, min_col=b, max_row=c, max_col=d) for a, b, c, d in ranges])

    for ranges, rules in fmt.conditional:
        kept = cut_back(ranges, grading)
        for rule in rules if kept else ():
            ws.conditional_formatting.add(str(cells(kept)), _copied_rule(rule))
    for ranges, dv in fmt.validations:
        kept = cut_back(ranges, grading)
        if kept:
            check = copy(dv)
            check.sqref = cells(kept)
            ws.add_data_validation(check)


def _copied_rule(rule):
    out = copy(rule)           # by value; its look is no part of its XML, so copied on its own
    out.dxf = copy(rule.dxf) if rule.dxf is not None else None
    return out


def cut_back(ranges: Sequence[Range], block: Range | None) -> list[Range]:
    """``ranges`` (a rule's or a validation's cells, its first cell the first range's top left) without the cells of
    ``block``, in the order openpyxl writes them; empty when their first cell is in ``block`` (its formula would read
    other cells from another first cell) or nothing is left."""
    if not ranges:
        return []
    if block is None:
        return list(ranges)
    top, left, bottom, right = block
    first = ranges[0][:2]
    if top <= first[0] <= bottom and left <= first[1] <= right:
        return []
    out: list[Range] = []
    for r1, c1, r2, c2 in ranges:
        if r2 < top or r1 > bottom or c2 < left or c1 > right:
            out.append((r1, c1, r2, c2))
            continue
        mid1, mid2 = max(r1, top), min(r2, bottom)
        pieces = [(r1, c1, top - 1, c2), (mid1, c1, mid2, left - 1), (mid1, right + 1, mid2, c2),
                  (bottom + 1, c1, r2, c2)]
        out.extend(p for p in pieces if p[0] <= p[2] and p[1] <= p[3])
    out.sort(key=lambda p: (p[1], p[0], p[3], p[2]))
    return out if out and out[0][:2] == first else []
