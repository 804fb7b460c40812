"""An Excel table's total row (Table Design > Total Row): "Total" in its first column and, in its last, a count of the
column's cells (``=SUBTOTAL(103,Table1[Answer])``), which Excel puts there by itself when the last column holds text.
Read as a row of the sheet, it was a student "Total" whose answer was "25" (the count), scored, counted among the
class and exported. It is no student: the row is left out of the table (:func:`total_rows`), and its cells are the
teacher's cells below the students (:mod:`.beside_cells`), which the graded workbook writes back where they were;
:func:`total_rows_note` says so. Its formulas, which name the table ("Table1[Answer]"), are written as the values
Excel saved, as every formula naming a table is (:func:`~.table_formulas.names_a_table`).

The rows are the tables' own word: each table part of the worksheet (``xl/tables/table1.xml``) whose
``totalsRowCount`` is 1 or more ends its ``ref`` range with that many total rows. A row that only looks like a
total ("Total" typed by the teacher under a list that is no Excel table) is not one here."""
from __future__ import annotations

from . import notes as notes_
from .notes import Note


def total_rows(ws) -> dict[int, str]:
    """The 1-based rows of the read-only worksheet ``ws`` that are a table's total rows, each with its table's name;
    {} when it has none, or they cannot be read (no table is then left out: the sheet reads as it did)."""
    archive = getattr(ws.parent, "_archive", None)
    path = getattr(ws, "_worksheet_path", None)
    if archive is None or not isinstance(path, str):
        return {}
    try:
        from openpyxl.packaging.relationship import get_dependents, get_rels_path
        from openpyxl.utils.cell import range_boundaries
        from openpyxl.worksheet.table import Table
        from openpyxl.xml.functions import fromstring

        rels_path = get_rels_path(path)
        if rels_path not in archive.namelist():
            return {}
        found: dict[int, str] = {}
        for rel in get_dependents(archive, rels_path).find(Table._rel_type):
            table = Table.from_tree(fromstring(archive.read(rel.target)))
            count = table.totalsRowCount or 0
            if count > 0 and table.ref:
                bottom = range_boundaries(str(table.ref))[3]
                for row in range(bottom - count + 1, bottom + 1):
                    found[row] = str(table.displayName or table.name or "")
        return found
    except Exception:   # a table part openpyxl cannot read: the sheet is read as it stands
        return {}


def without_total_rows(ws, rows: list[tuple[int, list[str]]]) -> tuple[list[tuple[int, list[str]]], dict[int, str]]:
    """``rows`` (the data area's, each its 0-based row and cells) without those that are a table's total row in
    ``ws``, and those left out (1-based row -> table name)."""
    totals = total_rows(ws) if rows else {}
    gone = {n + 1: totals[n + 1] for n, _ in rows if n + 1 in totals}
    return ([(n, r) for n, r in rows if n + 1 not in gone] if gone else rows), gone


def total_rows_note(rows: dict[int, str]) -> Note:
    """The note on ``rows`` (1-based row -> table name) left out as a table's total row (each table has one)."""
    return notes_.table_totals(sorted(rows), sorted(set(rows.values())))
