"""Writing the graded sheet: the teacher's original columns, untouched, plus the grading columns.

Every original column is kept in its original order with its exact text. After them come, per
answer, ``model_score``, ``confidence`` (0-1, three decimals), ``status``, ``flags`` (joined with
"; "), ``final_score`` and ``comment``; for a wide sheet (one column per question) these six come
once per answer column, named "<column> model_score" and so on, after all original columns.
Scores are written as numbers (integers when integral) and left empty when there is none.

Formula safety (CSV/spreadsheet injection): a student can type ``=HYPERLINK(...)``, ``+SUM(A1)``,
``-2+3``, ``@cmd`` or start a cell with a tab or carriage return, and a spreadsheet program would
evaluate it. So:

* XLSX: every text cell is stored as a string (data type "s"); a risky one also gets Excel's
  quote prefix so it stays text even when edited. Excel shows the exact text, never a formula.
  Three things XLSX cannot carry are adjusted, nothing else: control characters XML forbids (other
  than tab and newline) are dropped, and a carriage return becomes a line feed (XML readers turn
  a raw CR into LF anyway, and LF is Excel's own line break inside a cell). A cell longer than
  Excel's limit of 32,767 characters is cut to that length (the CSV keeps it whole).
* CSV: following the OWASP advice on CSV injection, a text cell starting with ``=``, ``+``,
  ``-``, ``@``, tab or carriage return is written with a single quote ``'`` in front, which
  spreadsheet programs show as text and do not evaluate. Cells that are plain numbers ("-2",
  "+3.5") are left alone: they are not formulas. Headers and original cells get the same
  treatment as the added ones. The file is UTF-8 with a BOM (so Excel detects the encoding),
  comma-separated, CRLF line ends.

Writes are atomic: the file is written to a temporary file in the target's folder, flushed to
disk (fsync) and moved over the target with ``os.replace``; on any error the temporary file is
removed, the target is left as it was, and a :class:`SheetError` says what happened in one
sentence.
"""
from __future__ import annotations

import csv
import errno
import io
import os
import re
import secrets
from pathlib import Path
from typing import Callable

import pandas as pd

from ..core.session import GradingSession
from ..core.sheet import WIDE
from .errors import SheetError
from .paths_check import refuse_overwriting_input

ADDED = ("model_score", "confidence", "status", "flags", "final_score", "comment")
_RISKY_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$")
EXCEL_CELL_LIMIT = 32767   # characters Excel holds in one cell; a longer cell makes it refuse the file
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def is_risky(text: str) -> bool:
    """Would a spreadsheet program read this text as a formula (or start it with a control)?"""
    return text.startswith(_RISKY_START) and not _PLAIN_NUMBER.match(text)


# ----- the table ------------------------------------------------------------------------------

def graded_frame(session: GradingSession) -> pd.DataFrame:
    """The original sheet plus the grading columns, as written to CSV/XLSX.

    Original cells are text; scores and confidences are numbers (``None`` where there is none).
    """
    orig = session.sheet.frame
    out = pd.DataFrame([[_text(v) for v in row] for row in orig.itertuples(index=False, name=None)],
                       columns=[str(c) for c in orig.columns], dtype=object)
    if session.mapping.layout == WIDE:
        answer_columns = [c for c in orig.columns if c in session.mapping.answer_columns]
        prefix = {c: f"{c} " for c in answer_columns}
    else:
        answer_columns = [session.mapping.answer_column]
        prefix = {session.mapping.answer_column: ""}
    key_at = {(a.row, a.column): a.key for a in session.answers}
    taken = set(out.columns)
    for col in answer_columns:
        values: dict[str, list] = {f: [] for f in ADDED}
        for r in range(len(orig)):
            key = key_at.get((r, col))
            row = _fields(session, key) if key is not None else dict.fromkeys(ADDED)
            for f in ADDED:
                values[f].append(row[f])
        for f in ADDED:
            name = _free_name(prefix[col] + f, taken)
            taken.add(name)
            out[name] = pd.Series(values[f], index=out.index, dtype=object)
    return out


def _fields(session: GradingSession, key: int) -> dict:
    pred = session.predictions.get(key)
    dec = session.decisions.get(key)
    return {
        "model_score": _number(pred.score) if pred is not None else None,
        "confidence": round(pred.confidence, 3) if pred is not None else None,
        "status": session.status(key),
        "flags": "; ".join(session.flags.get(key, [])),
        "final_score": _number(session.final_score(key)),
        "comment": dec.comment if dec is not None else "",
    }


def _free_name(name: str, taken: set) -> str:
    out, k = name, 2
    while out in taken:
        out = f"{name} ({k})"
        k += 1
    return out


def _text(v) -> str:
    if v is None or (isinstance(v, float) and v != v):
        return ""
    return str(v)


def _number(v):
    """A score as a number (int when integral); text that is not a number stays text."""
    if v is None:
        return None
    if isinstance(v, bool):
        return int(v)
    if hasattr(v, "item") and not isinstance(v, (str, bytes)):   # numpy scalars
        v = v.item()
    if isinstance(v, int):
        return v
    if isinstance(v, float):
        return int(v) if v.is_integer() else v
    s = str(v).strip()
    try:
        f = float(s)
    except ValueError:
        return str(v)
    return int(f) if f.is_integer() else f


# ----- writing --------------------------------------------------------------------------------

def write_graded(session: GradingSession, path) -> Path:
    """Write the graded sheet as XLSX or CSV, chosen by the file's suffix."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix == ".xlsx":
        return write_graded_xlsx(session, p)
    if suffix == ".csv":
        return write_graded_csv(session, p)
    raise SheetError(f"cannot write {p.name}: the graded sheet must be saved as .xlsx or .csv; "
                     "choose a name ending in one of those")


def write_graded_csv(session: GradingSession, path) -> Path:
    refuse_overwriting_input(path, [session.sheet.source])
    frame = graded_frame(session)

    def write(f) -> None:
        buf = io.StringIO(newline="")
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow([_csv_cell(c) for c in frame.columns])
        for row in frame.itertuples(index=False, name=None):
            w.writerow([_csv_cell(v) for v in row])
        f.write(buf.getvalue().encode("utf-8-sig"))

    return _atomic_write(Path(path), write)


def _csv_cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return str(v)
    s = str(v)
    return "'" + s if is_risky(s) else s


def write_graded_xlsx(session: GradingSession, path, extra_sheets: Callable | None = None) -> Path:
    """Write the graded sheet as XLSX; ``extra_sheets(workbook)`` may add sheets (a summary, a chart).

    The graded table is the first sheet, "Graded"; it is the workbook's active sheet when
    ``extra_sheets`` is called.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    refuse_overwriting_input(path, [session.sheet.source])
    frame = graded_frame(session)
    wb = Workbook()
    ws = wb.active
    ws.title = "Graded"
    bold = Font(bold=True)
    for j, name in enumerate(frame.columns, start=1):
        _set_cell(ws.cell(row=1, column=j), str(name)).font = bold
    for i, row in enumerate(frame.itertuples(index=False, name=None), start=2):
        for j, v in enumerate(row, start=1):
            if v is None or v == "":
                continue
            _set_cell(ws.cell(row=i, column=j), v)
    n_orig = len(session.sheet.frame.columns)
    for j in range(n_orig + 1, len(frame.columns) + 1):
        if (j - n_orig - 1) % len(ADDED) == ADDED.index("confidence"):
            for (cell,) in ws.iter_rows(min_row=2, max_row=len(frame) + 1, min_col=j, max_col=j):
                cell.number_format = "0.000"
    ws.freeze_panes = "A2"
    if len(frame.columns):
        ws.auto_filter.ref = f"A1:{get_column_letter(len(frame.columns))}{len(frame) + 1}"
    for j, name in enumerate(frame.columns, start=1):
        longest = max([len(str(name))] + [len(_text(v)) for v in frame.iloc[:200, j - 1]])
        ws.column_dimensions[get_column_letter(j)].width = max(8, min(60, longest + 2))
    if extra_sheets is not None:
        extra_sheets(wb)
    return _atomic_write(Path(path), wb.save)


def _set_cell(cell, v):
    if isinstance(v, bool):
        cell.value = int(v)
    elif isinstance(v, (int, float)):
        cell.value = v
    else:
        text = str(v)
        text_xml = _XML_ILLEGAL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
        cell.value = text_xml[:EXCEL_CELL_LIMIT]
        cell.data_type = "s"          # never a formula, whatever the text starts with
        if is_risky(text):
            cell.quotePrefix = True   # and Excel keeps it text when the teacher edits it
    return cell


def _atomic_write(target: Path, write: Callable) -> Path:
    """Run ``write(file)`` into a temporary file beside ``target``, fsync it, then move it over."""
    name = target.name
    folder = target.parent
    if target.is_dir():
        raise SheetError(f"cannot write {name}: a folder has that name; choose another file name")
    if not folder.is_dir():
        raise SheetError(f"cannot write {name}: its folder does not exist; choose an existing folder")
    tmp = folder / f".{name}.{secrets.token_hex(4)}.tmp"
    try:
        f = open(tmp, "xb")
    except OSError as exc:
        raise _os_error(exc, name, opening=True) from None
    try:
        with f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise _os_error(exc, name) from None
        if isinstance(exc, Exception):
            raise SheetError(f"{name} could not be written because of an unexpected problem "
                             f"({type(exc).__name__}); the old file was not changed, try exporting again") from exc
        raise
    return target


atomic_write = _atomic_write   # public name for other writers (Canvas CSV, PDF report)


def _os_error(exc: OSError, name: str, opening: bool = False) -> SheetError:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return SheetError(f"the disk is full, so {name} was not saved; free some space or export to "
                          "another drive")
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EBUSY):
        if opening:
            return SheetError(f"cannot write {name} because you may not save files in that folder; "
                              "choose another folder such as Documents")
        return SheetError(f"{name} is open in another program; close it and export again")
    if exc.errno == errno.EROFS:
        return SheetError(f"cannot write {name} because the drive is read-only; choose another folder")
    return SheetError(f"{name} could not be saved ({exc.strerror or 'input/output error'}); the old file "
                      "was not changed, choose another folder and export again")
