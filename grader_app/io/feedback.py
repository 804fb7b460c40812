"""Feedback for each student, ready for a mail merge (issue 13.3, the data part).

One row per student (a row of a wide sheet, or one id's rows of a long one, as the LMS exports
count them: never two students merged), in sheet order. Columns:

``Student``, ``Student ID``, ``Email``, ``First name``, ``Last name``, then for each question in
order, numbered so a mail-merge field name stays short and fixed: ``Q1 question`` (the question's
name or prompt), ``Q1 answer`` (the student's own answer, exactly as in the sheet), ``Q1 score``
(empty while open), ``Q1 out of``, ``Q1 rubric`` (the words of the rubric level the score reaches,
from the model's ``item.rubric``, when it has one) and ``Q1 comment`` (the teacher's); and at the
end ``Total`` (empty while any answer is open) and ``Out of``.

Written as XLSX (a "Feedback" sheet; every text cell a string, risky ones quote-prefixed) or CSV
(UTF-8 with a BOM, every risky cell with a leading ``'``), atomically, never over the sheet of
answers.
"""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

from ..core.numbers import number_or_text
from ..core.session import GradingSession
from .errors import SheetError
from .lms.recognition import identifiers_for
from .lms._common import (EMAIL, SHEET_ID, STUDENT_ID, Identifiers, item_maxima,
                          names_of, points, students, write_csv)
from .paths_check import refuse_overwriting_input
from .writers import _save_workbook, _set_cell, atomic_write

FIXED = ("Student", "Student ID", "Email", "First name", "Last name")
PER_QUESTION = ("question", "answer", "score", "out of", "rubric", "comment")


def rubric_words(rubric: dict, score) -> str:
    """The rubric's description for ``score`` ("" when the rubric has no such level or no score)."""
    if score is None or not rubric:
        return ""
    want = number_or_text(score)
    for k, v in rubric.items():
        if str(k).strip() == str(score).strip() or number_or_text(str(k).strip()) == want:
            return str(v)
    return ""


def feedback_header(n_items: int) -> list[str]:
    return [*FIXED, *(f"Q{q} {what}" for q in range(1, n_items + 1) for what in PER_QUESTION), "Total", "Out of"]


def feedback_rows(session: GradingSession, identifiers: Identifiers | None = None,
                  item_names: dict[str, str] | None = None) -> list[list]:
    """Header first, then one row per student; scores are numbers, everything else text."""
    ids = identifiers if identifiers is not None else identifiers_for(session.sheet, session.mapping)
    names = item_names or {}
    items = session.item_keys()
    maxima = item_maxima(session)
    rows: list[list] = [feedback_header(len(items))]
    for st in students(session, ids):
        first, last, _ = names_of(st)
        row: list = [st.label, st.ids.get(SHEET_ID) or st.ids.get(STUDENT_ID, ""), st.ids.get(EMAIL, ""), first, last]
        for i in items:
            info = session.items[i]
            keys = st.answers.get(i, [])
            finals = [session.final_score(k) for k in keys]
            comments = [session.decisions[k].comment for k in keys if k in session.decisions]
            row.append(names.get(i) or info.title or info.prompt or i)
            row.append("\n\n".join(session.answers[k].text for k in keys))
            row.append(_score_value(finals))
            row.append(number_or_text(maxima[i]) if maxima[i] is not None else None)
            row.append("\n".join(w for w in (rubric_words(info.rubric, s) for s in finals) if w))
            row.append("\n".join(c for c in comments if c))
        mine = [i for i in items if i in st.answers]
        total = st.total(items)
        out_of = sum(maxima[i] for i in mine) if mine and all(maxima[i] is not None for i in mine) else None
        row += [total, number_or_text(out_of) if out_of is not None else None]
        rows.append(row)
    return rows


def _score_value(finals: Sequence):
    if len(finals) == 1:
        v = finals[0]
        return None if v is None else number_or_text(v)
    if not finals:
        return None
    return "; ".join(points(v) or "open" for v in finals)     # two answers to one question


def write_feedback(session: GradingSession, path, identifiers: Identifiers | None = None,
                   item_names: dict[str, str] | None = None) -> Path:
    """Write the mail-merge sheet as .xlsx or .csv (by the name's suffix); SheetError (one sentence) on failure."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise SheetError(f"cannot write {p.name}: the feedback sheet must be saved as .xlsx or .csv; "
                         "choose a name ending in one of those")
    refuse_overwriting_input(p, [session.sheet.source])
    rows = feedback_rows(session, identifiers, item_names)
    if suffix == ".csv":
        return write_csv(p, [[points(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else v
                              for v in row] for row in rows], bom=True)
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Feedback"
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    for j, name in enumerate(rows[0], start=1):
        _set_cell(ws.cell(row=1, column=j), name).font = bold
    for r, row in enumerate(rows[1:], start=2):
        for j, v in enumerate(row, start=1):
            if v is None or v == "":
                continue
            c = _set_cell(ws.cell(row=r, column=j), v)
            if isinstance(v, str) and "\n" in v:
                c.alignment = wrap
    ws.freeze_panes = "A2"
    return atomic_write(p, lambda f: _save_workbook(wb, f))


__all__ = ["write_feedback", "feedback_rows", "feedback_header", "rubric_words"]
