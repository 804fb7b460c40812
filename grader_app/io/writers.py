"""Writing the graded sheet: the teacher's original columns, untouched, plus the grading columns.

Every original column is kept in its original order with its exact text; its header too, as the
file had it: the reader tidies a header's spaces for matching ("Answer ", "Student\u00a0ID" are
the columns "Answer" and "Student ID" in Grader), and the writer puts the file's own text back
(:func:`~.sheet_detection.file_headers`). After them come, per answer, ``model_score``,
``confidence`` (0-1, three decimals), ``status`` (one of ``core.review.STATUSES``, as the README lists them),
``flags`` (joined with "; "), ``final_score`` and ``comment``; for a wide sheet (one column per question) these six come
once per answer column, named "<column> model_score" and so on, after all original columns. Those are the English
names and values (the command line's); given :class:`~.graded_columns.GradedWords` (the window gives the teacher's
language), the six names, the status values and the flags are written in those words ("Modellpunkte", "geprüft"),
which Grader reads back in any language (:mod:`.graded_columns`).
Scores are written as numbers (integers when integral) and left empty when there is none; ``model_score`` and
``confidence`` are empty too where the model's output was not a score (``Prediction.valid``). They are the score the
model gives the answer and its probability (``GradingSession.model_says``): the decision rule's where the model takes
the answer on its own (``auto``, or so but for the teacher's decision), else the likeliest score, as the review showed.
Both are empty, as in the results table, for an answer the teacher marked on a question whose model learns from her
marks (``GradingSession.learned_from_mark``): that model's score for it is fitted to her mark and checks nothing.

Formula safety (CSV/spreadsheet injection): a text a spreadsheet could read as a formula is
"risky" (:func:`~.formula_guard.is_risky`, which says what that covers). So:

* XLSX: the table of a workbook is written where its worksheet had it, among the teacher's title rows and other cells
  outside it, each kept as the teacher's own file held it (:mod:`.beside_cells`: only a cell that was a formula there is
  written as one); a CSV's table from A1. A cell that held a number, a date or a truth value in the teacher's workbook
  is written back so, in its number format (:attr:`~grader_app.core.sheet.Sheet.typed`; a sum over the teacher's points
  column still adds up), and a row the workbook hid stays hidden; a CSV sheet's cells are all text, so its graded
  workbook holds them as text. A cell that held a formula of the teacher's in a column Grader does not read is written
  as that formula, in its own cell (:mod:`.table_formulas`); in a column Grader reads (an answer's, say) it holds the
  value Grader read.
  The teacher's formatting goes along, each cell's look at its place, their columns'
  widths, their rules and validations off the grading columns (:mod:`.teacher_formatting`); the grading columns look
  as Grader makes them (a bold header, confidences as ``0.000``, widths to fit).
  Every other text cell is stored as a string (data type "s"); a risky one also gets Excel's
  quote prefix so it stays text even when edited. Excel shows the exact text, never a formula.
  Three things XLSX cannot carry are adjusted, nothing else: characters XML 1.0 forbids (C0
  controls other than tab, line feed and carriage return; U+FFFE, U+FFFF; lone surrogates) are
  dropped, in every string of the workbook (cells of every sheet, sheet titles, chart titles);
  a carriage return becomes a line feed (XML readers turn a raw CR into LF anyway, and LF is
  Excel's own line break inside a cell); a cell longer than Excel's limit of 32,767 characters
  (UTF-16 units, as Excel counts) is cut to that length, never inside a character, and ends in "…" (the CSV keeps
  it whole; the window says whose cells were cut, :mod:`.cut_cells`). A text holding what Excel reads as its escape
  of a character ("_x000D_") is stored as Excel stores such a text, its underscore escaped
  (:func:`~.xlsx_cells.xlsx_string`), so Excel shows, and Grader reads back, the text.
* CSV: following the OWASP advice on CSV injection, a risky text cell is written with a single
  quote ``'`` in front, which spreadsheet programs show as text and do not evaluate. Headers and
  original cells get the same treatment as the added ones, and so does each piece of a cell after another list
  separator or a line break, where a spreadsheet splitting there would start a cell (:func:`~.formula_guard.guard_cell`
  says why quoting would not do). The guard is the reversible one
  (:func:`~.formula_guard.guard_cell_reversibly`), so Grader, reading its own graded CSV again, takes
  exactly these quotes off and gets every answer back as it was (the decision is explained in
  :mod:`.formula_guard`). The text is otherwise kept exactly (a lone surrogate, which UTF-8
  cannot encode, becomes U+FFFD). The file is UTF-8 with a BOM
  (so Excel detects the encoding), CRLF line ends, comma-separated; but semicolon-separated, with a decimal
  comma in the scores and confidences it adds, when the teacher's CSV was (:mod:`.csv_locale`).

Writes are atomic (:mod:`grader_app.atomic`): the file is written to a temporary file in the target's folder, flushed to
disk (fsync) and moved over the target with ``os.replace``; on any error the temporary file is
removed, the target is left as it was, and a :class:`SheetError` says what happened in one
sentence (:mod:`.safe_write`, which every writer uses). Ctrl-C (KeyboardInterrupt) is passed on after the same
clean-up; the half-written XLSX zip is cut off from the file first, so its later clean-up writes nothing and prints
no traceback.
A graded sheet is never written over the sheet it was read from (:mod:`.paths_check`).
"""
from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from ..core.numbers import as_number
from ..core.session import GradingSession
from ..core.sheet import WIDE, BesideCell
from .beside_cells import Range, grading_in_place, placed, right_of
from .csv_locale import csv_delimiter, with_decimal_mark
from .cut_cells import CutCell, note_cut, row_students
from .errors import SheetError
from .formula_guard import LONE_SURROGATE, guard, guard_cell_reversibly, is_risky
from .graded_columns import ADDED, ENGLISH, GradedWords
from .own_points import own_points_column
from .paths_check import refuse_overwriting_input
from .safe_write import atomic_write
from .sheet_detection import GRADED_TITLE, file_headers
from .teacher_formatting import carry_formatting, start_workbook
from .workbook_save import save_workbook
from .xlsx_cells import scrub_extra_sheets, set_beside, set_cell, set_formula, set_typed

if TYPE_CHECKING:   # pandas is imported where the graded table is made (a file being written), not as the window opens
    import pandas as pd

__all__ = ["ADDED", "atomic_write", "csv_delimiter", "graded_frame", "guard", "is_risky",
           "write_graded", "write_graded_csv", "write_graded_xlsx"]


# ----- the table ------------------------------------------------------------------------------

def graded_frame(session: GradingSession, words: GradedWords = ENGLISH) -> pd.DataFrame:
    """The original sheet plus the grading columns, as written to CSV/XLSX, named and said in ``words``.

    Original cells are text; scores and confidences are numbers (``None`` where there is none). The teacher's own
    points column, left empty for the scores (:mod:`.own_points`), holds each answer's final score too.
    """
    import pandas as pd

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
    points = own_points_column(session.sheet, session.mapping)
    if points is not None:
        finals = {a.row: as_number(session.final_score(a.key)) for a in session.answers}   # one answer a row
        out[points] = pd.Series([finals.get(r) for r in range(len(orig))], index=out.index, dtype=object)
    taken = set(out.columns)
    names = dict(zip(ADDED, words.names()))
    for col in answer_columns:
        values: dict[str, list] = {f: [] for f in ADDED}
        for r in range(len(orig)):
            key = key_at.get((r, col))
            row = _fields(session, key, words) if key is not None else dict.fromkeys(ADDED)
            for f in ADDED:
                values[f].append(row[f])
        for f in ADDED:
            name = _free_name(prefix[col] + names[f], taken)
            taken.add(name)
            out[name] = pd.Series(values[f], index=out.index, dtype=object)
    return out


def _fields(session: GradingSession, key: int, words: GradedWords) -> dict:
    pred = session.shown_model_row(key)   # none for a row that is not a score, or one fitted to the teacher's mark
    dec = session.decisions.get(key)
    return {
        "model_score": as_number(pred.score) if pred is not None else None,
        "confidence": round(pred.confidence, 3) if pred is not None else None,
        "status": words.status_cell(session.status(key)),
        "flags": "; ".join(words.flag(f) for f in session.flags.get(key, [])),
        "final_score": as_number(session.final_score(key)),
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


# ----- writing --------------------------------------------------------------------------------

def write_graded(session: GradingSession, path, words: GradedWords = ENGLISH) -> Path:
    """Write the graded sheet as XLSX or CSV, chosen by the file's suffix, its grading columns in ``words``."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix == ".xlsx":
        return write_graded_xlsx(session, p, words=words)
    if suffix == ".csv":
        return write_graded_csv(session, p, words=words)
    raise SheetError(f"cannot write {p.name}: the graded sheet must be saved as .xlsx or .csv; "
                     "choose a name ending in one of those")


def write_graded_csv(session: GradingSession, path, words: GradedWords = ENGLISH) -> Path:
    """Write the graded sheet as CSV, its grading columns in ``words`` (English unless given)."""
    refuse_overwriting_input(path, [session.sheet.source])
    frame = graded_frame(session, words)
    frame = frame[grading_in_place(frame.columns, len(session.sheet.frame.columns), session.sheet.after_grading)]
    delimiter = csv_delimiter(session.sheet)

    def write(f) -> None:
        buf = io.StringIO(newline="")
        w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
        w.writerow([_csv_cell(c, delimiter, j == 0) for j, c in enumerate(_headers(session, frame))])
        for row in frame.itertuples(index=False, name=None):
            w.writerow([_csv_cell(v, delimiter, j == 0) for j, v in enumerate(row)])
        f.write(buf.getvalue().encode("utf-8-sig"))

    return atomic_write(Path(path), write)


def _csv_cell(v, delimiter: str = ",", first: bool = False) -> str:
    """A cell of the graded CSV (``first``: the first of its line, where a negative number runs on into the next field
    for a spreadsheet splitting at another separator: :func:`~.formula_guard.runs_on_risky`)."""
    if v is None:
        return ""
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        number = with_decimal_mark(str(v), delimiter) if isinstance(v, float) else str(v)   # 0,85 beside semicolons
        return guard_cell_reversibly(number, delimiter, first) if first else number
    s = LONE_SURROGATE.sub("\ufffd", str(v))   # UTF-8 cannot encode a lone surrogate
    return guard_cell_reversibly(s, delimiter, first)


def _headers(session: GradingSession, frame: pd.DataFrame) -> list[str]:
    """The graded frame's column titles as written: each original column's header as the file had it."""
    own = file_headers(session.sheet.frame)
    return [own.get(str(c), str(c)) for c in frame.columns]


def write_graded_xlsx(session: GradingSession, path, extra_sheets: Callable | None = None,
                      words: GradedWords = ENGLISH, cut: list[CutCell] | None = None) -> Path:
    """Write the graded sheet as XLSX, its grading columns in ``words`` (English unless given); ``extra_sheets(workbook)``
    may add sheets (a summary, a chart); ``cut`` (if given) gets each cell of the table cut to Excel's limit
    (:mod:`.cut_cells`).

    The graded table is the first sheet, "Graded" (the summary's ``extra_sheets`` names it in the teacher's language,
    :mod:`.summary_sheet`); it is the workbook's active sheet when ``extra_sheets`` is called.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    refuse_overwriting_input(path, [session.sheet.source])
    frame = graded_frame(session, words)
    wb = Workbook()
    ws = wb.active
    ws.title = GRADED_TITLE
    bold = Font(bold=True)
    sheet, n_orig = session.sheet, len(session.sheet.frame.columns)
    # the table where the teacher's worksheet had it, the teacher's cells outside it where they were, the grading
    # columns right of it (.beside_cells); a CSV's table from A1
    head = sheet.header_row + 1 if sheet.first_column is not None else 1
    rows = (list(sheet.file_rows) if sheet.first_column is not None and len(sheet.file_rows) == len(frame)
            else list(range(head + 1, head + 1 + len(frame))))
    own = [(sheet.first_column or 0) + j for j in _own_letters(sheet)]   # empty columns between them kept
    last = rows[-1] if rows else head
    added, before = len(frame.columns) - n_orig, len(own) - sheet.after_grading
    first, beside = placed(sheet.beside, (head, last), own[:before], added)
    own = [*own[:before], *right_of(own[before:], first + added)]   # the teacher's right of the grading columns
    at = [*own, *range(first, first + added)]   # each frame column's letter
    # the teacher's formatting, each cell's at its place (.teacher_formatting), before any value: a value's own
    # format (a risky text's quote prefix) goes over it; none on the grading columns' cells
    fmt = sheet.formatting if sheet.first_column is not None and rows == list(sheet.file_rows) else None
    start_workbook(wb, fmt)
    widths = carry_formatting(ws, fmt, (head, first, last, first + added - 1) if added else None, max(at, default=0),
                              {(b.row, b.column): (r, c) for r, c, b in beside if (r, c) != (b.row, b.column)})
    headers = _headers(session, frame)
    students = row_students(session) if cut is not None else {}

    def student(i: int) -> str:   # the student of the table's row i, as the results table names them
        return students.get(i) or f"row {sheet.row_number(i)}"
    for j, name in zip(at, headers):
        header = ws.cell(row=head, column=j)
        plain = not header.has_style   # a header the teacher formatted keeps their look
        set_cell(header, name)
        if plain:
            header.font = bold
    typed, names = sheet.typed, [str(c) for c in sheet.frame.columns]
    # the teacher's formulas in the columns Grader does not read stay formulas (.table_formulas); the others hold values,
    # but an answer's formula that showed nothing (never saved) stays that formula: its value is there once Excel saves it
    read = session.mapping.read_columns()
    formulas = {where: f for where, f in sheet.formulas.items() if f.formula and (where[1] not in read or not f.saved)}
    for i, row in enumerate(frame.itertuples(index=False, name=None)):
        for k, v in enumerate(row):
            f = formulas.get((i, names[k])) if k < n_orig else None
            if f is not None:   # in its own cell, as the table is where it was: reading the same cells
                set_formula(ws.cell(row=rows[i], column=at[k]), f.formula, f.number_format)
                continue
            if v is None or v == "":
                continue
            was = typed.get((i, names[k])) if k < n_orig and typed else None
            if was is not None and was.text == v:
                set_typed(ws.cell(row=rows[i], column=at[k]), was)
            else:
                set_cell(ws.cell(row=rows[i], column=at[k]), v)
                note_cut(cut, v, student, i, headers[k])
    for r in sheet.hidden_rows:
        ws.row_dimensions[rows[r]].hidden = True
    for name in sheet.hidden_columns:   # the teacher's hidden columns, at the letters written to
        if name in names:
            ws.column_dimensions[get_column_letter(at[names.index(name)])].hidden = True
    for k in range(n_orig, len(frame.columns)):
        if (k - n_orig) % len(ADDED) == ADDED.index("confidence"):
            for r in rows:
                ws.cell(row=r, column=at[k]).number_format = "0.000"
    for r, c, b in beside:
        set_beside(ws.cell(row=r, column=c), b)
    _merge_beside(ws, sheet.merged_beside, beside)
    ws.freeze_panes = f"A{head + 1}"
    if len(frame.columns):
        ws.auto_filter.ref = f"{get_column_letter(min(at))}{head}:{get_column_letter(max(at))}{last}"
    for k, name in enumerate(frame.columns):
        if at[k] in widths:   # as wide as the teacher made it
            continue
        longest = max([len(str(name))] + [len(_text(v)) for v in frame.iloc[:200, k]])
        ws.column_dimensions[get_column_letter(at[k])].width = max(8, min(60, longest + 2))
    if extra_sheets is not None:
        extra_sheets(wb)
        scrub_extra_sheets(wb)
    return atomic_write(Path(path), lambda f: save_workbook(wb, f))


def _own_letters(sheet) -> list[int]:
    """Each of the sheet's columns' letter (1-based) in the graded workbook: its place in the teacher's table
    (``Sheet.places``: an empty column between two, which the reader left out, stays empty, so the teacher's column G
    stays G), else one after the other."""
    names = [str(c) for c in sheet.frame.columns]
    places = [sheet.places.get(n) for n in names]
    if not names or None in places or places != sorted(set(places)):   # none kept, or not one place a column
        return list(range(1, len(names) + 1))
    return [p + 1 for p in places]


def _merge_beside(ws, merges: tuple[Range, ...], beside: list[tuple[int, int, BesideCell]]) -> None:
    """The teacher's ranges merged outside the table (a title merged across it) merged again; not one over another
    cell written there besides its first (merging would empty it)."""
    written = [(r, c) for r, c, _ in beside]
    for r1, c1, r2, c2 in merges:
        if not any(r1 <= r <= r2 and c1 <= c <= c2 and (r, c) != (r1, c1) for r, c in written):
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
