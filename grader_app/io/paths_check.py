"""Never write an export over the sheet it was made from.

``grader score SHEET --out SHEET`` (or an export dialog pointed at the sheet) would replace the
teacher's workbook with the graded table: their other sheets and formulas gone. The same file may
hide behind another name (``./``, a symlink, a hard link, another case on a case-insensitive
drive), so files are compared by what they are on disk (``os.path.samefile``: device and inode),
not by their names.

Pure Python; the CLI, the writers and the export dialog all call :func:`refuse_overwriting_input`.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

from .errors import SheetError


def same_file(a, b) -> bool:
    """Are ``a`` and ``b`` one file on disk (after links)? False when either is None or missing."""
    if a is None or b is None:
        return False
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):   # one of them does not exist (yet), or a name no OS accepts
        return False


def refuse_overwriting_input(out, inputs: Iterable) -> None:
    """Raise SheetError (one sentence) if ``out`` is one of ``inputs`` (None entries are skipped)."""
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    out = Path(out)
    for source in inputs:
        if same_file(out, source):
            suffix = out.suffix or Path(source).suffix
            raise SheetError.said("write.is_input", name=out.name, suggestion=f"{Path(source).stem}-graded{suffix}")


__all__ = ["same_file", "refuse_overwriting_input"]
