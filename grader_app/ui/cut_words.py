"""What the export dialog says after saving a workbook some of whose cells were too long for Excel: how many were cut
(each ends in "…" in the file), whose and which column (the first few; only the columns while blind marking hides the
names), and that a CSV file keeps them whole (:mod:`grader_app.io.cut_cells`)."""
from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QCoreApplication

from ..io.cut_cells import CutCell
from .export_notes import listed

translate = QCoreApplication.translate

SHOWN = 3   # the cells named; the rest are counted


def cut_words(file: str, cut: Sequence[CutCell], blind: bool) -> str:
    """A warning of whole sentences for the cells of ``file`` cut to Excel's limit; "" for none."""
    if not cut:
        return ""
    if blind:   # the columns alone: naming students is off
        where = listed(list(dict.fromkeys(c.column for c in cut)), SHOWN)
    else:
        where = listed([f"{c.student} ({c.column})" for c in cut], SHOWN)
    return translate("ExportDialog", "%n cells were longer than Excel allows and were cut in {file}, ending in “…”: "
                     "{cells}. Saved as CSV, they are kept whole.", "", len(cut)).format(file=file, cells=where)


def joined(*warnings: str) -> str:
    """Warnings of whole sentences known once a file is made, as one (each after a "⚠" but the first)."""
    return " ⚠ ".join(w for w in warnings if w)
