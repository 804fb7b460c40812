"""A project saved before an answer under a number format read as Excel shows it (:func:`.xlsx_values.shown_text`).

A student who types "50%", "0 3/4" or "3.50" into Excel leaves the number 0.5, 0.75 or 3.5 in a cell whose format
shows it so. Grader read such a cell as the stored number ("0.5", "0.75", "3.5"; zero-padded under a format such as
"000", as it still is) until it read fractions as shown (c70a905), then percents (fc194eb), then every other format it
understands ("3.50", "$1,200.00": 2ee6b12). A project saved before hashes those answers with the text then read
(:func:`.project_records.digests_of`) and its fingerprint has it: read today, neither matches, and the project was
refused as another sheet's, or those answers' decisions were dropped as edited.

:func:`texts_before` gives the answers a Grader that read only some kinds of format as shown read otherwise, with the
text it read (:func:`number_cells`: those any of them did), from what the sheet keeps of each typed cell (its number
and format, ``Sheet.typed``): the file is not read again. Only the answers' own cells are so read; a student id or
question under such a format is not. :mod:`.project_before` tries each older Grader's reading in turn.

Pure Python; no Qt.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Collection

from ..core.session import GradingSession
from ..core.sheet import Answer
from .xlsx_values import format_kind, stored_text

__all__ = ["number_cells", "texts_before", "with_cell"]


def number_cells(session: GradingSession) -> list[tuple[int, str, str]]:
    """(key, kind of format, text then) of each of the session's answers that a Grader reading no number format as
    shown read otherwise than today's: a number under a format (:func:`.xlsx_values.format_kind`: FRACTION, PERCENT,
    NUMBER), read as the stored number (:func:`.xlsx_values.stored_text`)."""
    typed = session.sheet.typed
    if not typed:
        return []
    at = {(a.row, a.column): a for a in session.answers}
    out: list[tuple[int, str, str]] = []
    for place, cell in typed.items():
        a = at.get(place)
        v = cell.value
        if a is None or a.cell != cell.text or isinstance(v, bool) or not isinstance(v, (int, float)):
            continue
        kind = format_kind(cell.number_format)
        text = stored_text(v, cell.number_format)
        if kind is not None and text != cell.text:
            out.append((a.key, kind, text))
    return out


def texts_before(session: GradingSession, shown: Collection[str],
                 cells: list[tuple[int, str, str]] | None = None) -> dict[int, str]:
    """The session's answers (key: the text of its cell then) that a Grader reading only the kinds of format in
    ``shown`` as shown read otherwise than today's: those of :func:`number_cells` (or ``cells``, found so) under a
    format of another kind."""
    return {key: text for key, kind, text in (number_cells(session) if cells is None else cells) if kind not in shown}


def with_cell(a: Answer, text: str) -> Answer:
    """Answer ``a`` with its cell read as ``text``; the text a known export's reading gives (``Answer.text`` where the
    cell is ``sheet_text``) is kept: a project hashes the cell (:func:`.project_records.digests_of`)."""
    return replace(a, text=text) if a.sheet_text is None else replace(a, sheet_text=text)
