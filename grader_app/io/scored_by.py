"""The graded workbook's record of the model that scored each question, on its Summary sheet, and reading it back.

The section (:func:`write_scored_by`) is a titled table: the question as the other sections name it, the model's title
(or the words for no model), its id and its version check code (the first digits of its fingerprint, which tells one
version of the model from another: :func:`grader_app.core.scored_before.version_code`; an older workbook holds the
whole fingerprint, read back all the same). The teacher reads which model scored what; Grader reads it back
(:func:`read_scored_by`) when the graded workbook is opened again to go on grading, so each question gets its model
again where it is installed and the same (:mod:`grader_app.core.scored_before`), even without the project file that
remembered the choice.

The section is found by its title in any language Grader writes it in (:data:`MODELS_TITLES`: the window's
translation must be one of them, else the English title is written), then the columns by their place (A to D), so a
workbook written in German is read in an English window too. A workbook without the section (the command line's, one
written before it existed, a CSV) simply has no record: its questions get the models a new sheet would.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from ..core.scored_before import ScoredBy, version_code
from ..core.session import GradingSession
from .headers import shown_question
from .sheet_detection import SUMMARY_TITLES
from .xlsx_open import open_for_cells
from .xlsx_values import cell_text

MODELS_TITLE = "Models that scored the answers"
MODELS_TITLES = (MODELS_TITLE, "Modelle, die die Antworten bewertet haben", "Modelos que puntuaron las respuestas")
_MAX_ROWS = 5000   # a Summary sheet is short; a record is looked for no further down


def write_scored_by(put: Callable, row: int, session: GradingSession, words, bold) -> int:
    """The section at ``row`` of the Summary sheet (``put(row, column, value, font)`` writes a cell); returns the row
    after it. A question scored by a model learned in the session from the teacher's marks is said so, with no id or
    version (no model file scored it as written: opened again, the question gets the models a new sheet would); one
    no model scored, as without a model. (It said "No model: you scored it" of a question whose learned model had taken
    106 of its 220 answers on its own, the counts above it saying so.)"""
    put(row, 1, words.models if words.models in MODELS_TITLES else MODELS_TITLE, bold)
    row += 1
    for j, h in enumerate([words.question, words.model, words.model_id, words.fingerprint], start=1):
        put(row, j, h, bold)
    for item in session.item_keys():
        row += 1
        info = session.items[item]
        put(row, 1, shown_question(session.mapping, item))
        if info.bundle_id and not info.learned:
            put(row, 2, info.title or info.bundle_id)
            put(row, 3, info.bundle_id)
            put(row, 4, version_code(info.fingerprint))
        elif info.learned:
            put(row, 2, words.learned_model)
        else:
            put(row, 2, words.no_model)
    return row + 1


def read_scored_by(path, sheet_name: str | None) -> tuple[ScoredBy, ...]:
    """The record of the graded workbook at ``path`` whose graded table is the worksheet ``sheet_name``: its Summary
    sheet is the next one. Empty when there is none, or it cannot be read (the table's own reading said what it had to)."""
    if path is None or Path(path).suffix.lower() not in (".xlsx", ".xlsm"):
        return ()
    try:
        with open(path, "rb") as fh:
            return _read_records(fh, sheet_name)
    except Exception:   # a record that cannot be read is no record: the sheet itself was read, and said so
        return ()


def _read_records(fh, sheet_name: str | None) -> tuple[ScoredBy, ...]:
    wb = open_for_cells(fh)   # the workbook's strings as the table's reading gets them, Excel's escapes decoded once
    try:
        titles = wb.sheetnames
        at = titles.index(sheet_name) + 1 if sheet_name in titles else 1
        if at >= len(titles) or titles[at] not in SUMMARY_TITLES:
            return ()
        return _records(wb[titles[at]].iter_rows(max_row=_MAX_ROWS, max_col=4, values_only=True))
    finally:
        wb.close()


def _records(rows) -> tuple[ScoredBy, ...]:
    found: list[ScoredBy] = []
    inside = header = False
    for cells in rows:
        cells = [_text(c) for c in (*cells, None, None, None, None)[:4]]
        if not inside:
            inside = header = cells[0] in MODELS_TITLES
            continue
        if header:   # the column names, in whatever language
            header = False
            continue
        if not cells[0]:
            break
        if cells[2]:
            found.append(ScoredBy(question=cells[0], bundle_id=cells[2].lower(), title=cells[1],
                                  fingerprint=cells[3].lower()))
    return tuple(found)


def _text(value) -> str:
    if value is None:
        return ""
    return " ".join((cell_text(value) if isinstance(value, str) else str(value)).split())
