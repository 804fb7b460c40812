"""Opening a workbook for its cells (:func:`open_for_cells`), its chart sheets passed over: openpyxl's read-only
workbook, values not formulas, no external links, each chart sheet an empty one of its title.

Grader reads no chart, and openpyxl's reading of one can fail where Excel's opens: a chart sheet without a drawing
stops it with an AttributeError, and a chart it does not know may too. The workbook was then called damaged, a workbook
of charts alone as much as one whose answers sat beside a chart. Here a chart sheet keeps its title and place among the
sheets (names defined for a sheet are bound by that place) and nothing of it is read. The shared strings are read as
the workbook stores them (:func:`_stored_strings`), Excel's escapes decoded once, by :func:`~.xlsx_values.cell_text`."""
from __future__ import annotations

from functools import lru_cache
from typing import Any


def open_for_cells(fh) -> Any:
    """The workbook in ``fh`` (a file object) as ``openpyxl.load_workbook(fh, read_only=True, data_only=True,
    keep_links=False)`` gives it, but each chart sheet (``wb.chartsheets``) empty, its chart never read. Where this
    openpyxl has no such reader, its own ``load_workbook``."""
    reader_class = _reader()
    if reader_class is None:
        import openpyxl

        return openpyxl.load_workbook(fh, read_only=True, data_only=True, keep_links=False)
    reader = reader_class(fh, read_only=True, data_only=True, keep_links=False)
    reader.read()
    return reader.wb


@lru_cache(maxsize=1)
def _reader() -> Any:
    """openpyxl's workbook reader, with chart sheets read as empty ones; None if this openpyxl has none."""
    try:
        from openpyxl.chartsheet import Chartsheet
        from openpyxl.reader.excel import SHARED_STRINGS, ExcelReader
    except ImportError:
        return None

    class ChartsPassedOver(ExcelReader):
        def read_chartsheet(self, sheet, rel):
            self.wb._add_sheet(Chartsheet(parent=self.wb, title=sheet.name, sheet_state=sheet.state or "visible"))

        def read_strings(self):
            part = self.package.find(SHARED_STRINGS)
            if part is None or self.rich_text:
                return super().read_strings()
            with self.archive.open(part.PartName[1:]) as src:
                self.shared_strings = _stored_strings(src)

    return ChartsPassedOver


def _stored_strings(src) -> list[str]:
    """The shared strings as the workbook stores them, each one's runs joined: openpyxl's own reading takes every
    "x005F_" out of them, so a student's typed "_x000D_" (stored "_x005F_x000D_") came out as Excel's escape of a
    carriage return; :func:`~.xlsx_values.cell_text` decodes each escape once, as Excel does."""
    from openpyxl.cell.text import Text
    from openpyxl.xml.constants import SHEET_MAIN_NS
    from openpyxl.xml.functions import iterparse

    tag, strings = f"{{{SHEET_MAIN_NS}}}si", []
    for _, node in iterparse(src):
        if node.tag == tag:
            strings.append(Text.from_tree(node).content)
            node.clear()
    return strings
