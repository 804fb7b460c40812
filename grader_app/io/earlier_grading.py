"""A sheet Grader graded before, opened again to grade: its grading columns set aside, the teacher's decisions kept.

A teacher exports the graded sheet (XLSX or CSV) and opens that file later to go on. Its grading columns are the ones
the writer adds (:mod:`.writers`): ``model_score`` ... ``comment`` once after the teacher's columns (long layout), or
"<answer column> model_score" ... once per answer column (wide layout), recognised by their exact names in any of the
languages Grader writes them in ("Modellpunkte" ... "Kommentar", "Nota del modelo" ... "Comentario":
:func:`~.formula_guard.grading_groups`, :mod:`.graded_columns`), whatever the interface's language now; so are the
status words ("geprüft", "revisada": :func:`~.graded_columns.status_of`). They are recognised as the teacher may have
left them after editing the workbook in Excel: with a column of their own added right of them (or between), put in
another order, or with a column deleted that no decision is read from (``confidence``, ``flags``, ``comment``). A set
that lost ``model_score``, ``status`` or ``final_score`` refuses the sheet, saying which column to put back (its
decisions cannot be told from the model's). :func:`set_aside` takes them out of the sheet read for grading, so

* the columns offered for the answers, students and questions are the teacher's own;
* the graded sheet written later has one set of grading columns, made anew, not a second set beside the old one;
  the teacher's columns that stood right of the old set stand right of the new one (``Sheet.after_grading``);
* the rows whose ``status`` says the teacher decided (``reviewed``, ``overridden``, ``decided``: ``core.review.TEACHERS``)
  and that hold a ``final_score`` come with the sheet as :class:`~grader_app.core.sheet.EarlierDecision`s, which the
  session takes over as the teacher's decisions (:mod:`grader_app.core.earlier`). The model's earlier scores and
  confidences are not kept: the model scores the answers again, the same model where the graded workbook names it
  (:mod:`.scored_by`, ``Sheet.scored_by``) and it is installed and the same (:mod:`grader_app.core.scored_before`);
* so does a ``final_score`` the teacher evidently typed into the sheet (in Excel, say) on a row whose status does not
  say so (:func:`typed_in`): one filled in where the status says ``needs review`` or ``unscored`` (Grader leaves
  those empty), or one that differs from the row's ``model_score`` (an ``auto`` row, or one whose status cell is
  empty or unknown). It comes with its comment, marked ``typed``, so the teacher is told how many were taken. An
  ``auto`` row whose final score is the model's stays the model's;
* so does a comment typed in alone (``EarlierDecision.comment_only``): beside the model's final score of an ``auto``
  row (kept with that score as the teacher's decision, as the review keeps a comment on an auto-accepted answer), or
  on a row with no final score (kept as a comment waiting for the answer's score). Grader writes no comment on those
  rows, so one there was typed in;
* so does a row whose status says the teacher decided but whose final score is empty (``EarlierDecision.cleared``):
  Grader writes a final score on every such row, so the teacher cleared it since (in Excel, say), most likely to take
  the decision back. A project that remembers what the sheet held (:mod:`.sheet_said`) takes it back, as an edit made
  in the sheet since; a sheet opened afresh simply leaves the answer undecided;
* a cell of those columns holding a formula whose result the workbook never saved (a script wrote it) refuses the
  sheet, naming it: it would read as a score or a comment cleared (:mod:`.table_formulas`);
* every other row (nothing of the teacher's: the model's final score of an ``auto`` row, or none, and no comment) comes
  as ``Sheet.plain``: where a project remembers that the sheet held the teacher's score or comment there (typed in on
  an ``auto`` row, say), the teacher cleared it since, an edit like any other (:mod:`.sheet_said`).

A sheet graded twice by an older Grader (a second set "model_score (2)" ... beside the first) loses both sets; an
answer's decision is the newest set's that says the teacher decided (the older Grader did not read the first set, so
the second one says "needs review" where the teacher had decided).

Learning from a marked sheet reads the same file with its columns kept (its ``final_score`` is the mark to learn from):
only grading sets them aside (``workflow.read_for_grading``).
"""
from __future__ import annotations

from dataclasses import replace

from ..core.earlier import score_of
from ..core.review import NEEDS_REVIEW, TEACHERS, UNSCORED
from ..core.sheet import EarlierDecision, Sheet
from ..core.unsaved_formulas import refuse_unsaved
from . import notes as notes_
from .errors import SheetError
from .formula_guard import grading_groups
from .graded_columns import ADDED, status_of
from .scored_by import read_scored_by
from .sheet_detection import FILE_HEADERS

_MODEL, _STATUS, _FINAL, _COMMENT = (ADDED.index(f) for f in ("model_score", "status", "final_score", "comment"))


def set_aside(sheet: Sheet) -> Sheet:
    """``sheet`` without Grader's grading columns, holding the teacher's earlier decisions and a note saying so; an
    ordinary sheet as it is."""
    columns = sheet.columns
    groups = grading_groups(columns)
    if not groups:
        return sheet
    for group in groups:   # a decision is read from these: without one, the sheet's decisions cannot be read safely
        gone = [group.names[i] for i in (_MODEL, _STATUS, _FINAL) if group.at[i] is None]
        if gone:
            raise SheetError.said("graded.column_missing", column=gone[0])
    at = sorted(a for group in groups for a in group.at if a is not None)
    dropped = [columns[a] for a in at]
    # a cell there whose formula shows nothing yet (a script wrote it) would read as a score cleared in the sheet
    refuse_unsaved(sheet, dropped, SheetError)
    frame = sheet.frame
    found: dict[tuple[int, str], EarlierDecision] = {}
    plain: dict[tuple[int, str], EarlierDecision] = {}   # rows holding nothing of the teacher's, newest set first
    for answer_column, where, _ in groups:   # the newest set first: its decision stands
        model, status, final, comment = (_cells(sheet, where[i], i in (_MODEL, _FINAL))
                                         for i in (_MODEL, _STATUS, _FINAL, _COMMENT))
        for row, (was, st, score, said) in enumerate(zip(model, status, final, comment)):
            score, said = _text(score).strip(), _text(said)
            if (row, answer_column) in found:
                continue
            said_status = status_of(_text(st))
            if not score:
                if said_status in TEACHERS:   # the teacher's score cleared in the sheet since: the decision taken back
                    found[(row, answer_column)] = EarlierDecision(row, answer_column, "", said, cleared=True)
                elif said.strip():   # a comment typed on an answer with no score yet
                    found[(row, answer_column)] = EarlierDecision(row, answer_column, "", said, comment_only=True)
                else:
                    plain.setdefault((row, answer_column), EarlierDecision(row, answer_column, ""))
                continue
            if said_status in TEACHERS:
                found[(row, answer_column)] = EarlierDecision(row, answer_column, score, said)
            elif typed_in(said_status, score, _text(was)):
                found[(row, answer_column)] = EarlierDecision(row, answer_column, score, said, typed=True)
            elif said.strip():   # the model's score left as it was, a comment typed beside it: kept with that score
                found[(row, answer_column)] = EarlierDecision(row, answer_column, score, said, comment_only=True)
            else:   # the model's score as Grader wrote it
                plain.setdefault((row, answer_column), EarlierDecision(row, answer_column, score))
    kept = frame.drop(columns=dropped)
    own = frame.attrs.get(FILE_HEADERS)
    if isinstance(own, dict):
        kept.attrs[FILE_HEADERS] = {c: h for c, h in own.items() if c not in dropped}
    earlier = tuple(sorted(found.values(), key=lambda d: (d.row, d.column)))
    as_written = tuple(sorted((d for at, d in plain.items() if at not in found), key=lambda d: (d.row, d.column)))
    typed_cells = {at: cell for at, cell in sheet.typed.items() if at[1] not in dropped}
    formulas = {at: cell for at, cell in sheet.formulas.items() if at[1] not in dropped}
    note = notes_.graded_before(*counts(earlier))
    after = sum(1 for j, c in enumerate(columns) if j > at[0] and c not in dropped)   # the teacher's, right of them
    return replace(sheet, frame=kept, earlier=earlier, plain=as_written, typed=typed_cells, formulas=formulas,
                   notes=[*sheet.notes, note], scored_by=read_scored_by(sheet.source, sheet.sheet_name),
                   after_grading=after)


def counts(earlier) -> tuple[int, int, int, int]:
    """How many of ``earlier`` (:class:`EarlierDecision`s) are decisions the sheet says the teacher made, final scores
    typed in, comments typed beside the model's score, comments typed on an answer with no score: as
    :func:`.notes.graded_before` takes them."""
    earlier = [d for d in earlier if not d.cleared]   # a decision taken back is no decision
    only = [d for d in earlier if d.comment_only]
    typed = sum(d.typed for d in earlier)
    beside = sum(1 for d in only if d.score)
    return len(earlier) - typed - len(only), typed, beside, len(only) - beside


def typed_in(status: str | None, final: str, model: str) -> bool:
    """Did the teacher type the final score ``final`` (not empty) into a row whose status (``status``: a
    ``core.review`` status, None when its cell says none) does not say the teacher decided? Grader writes no final score
    where the status says ``needs review`` or ``unscored``, and the model's score where it says ``auto``: a final score
    there, or one that is not the row's model score (``model``, "" when none), was typed in."""
    if status in (NEEDS_REVIEW, UNSCORED):
        return True
    return not _same_score(final, model)


def _same_score(a: str, b: str) -> bool:
    """"2" and "2.0" (or "1,5" and "1.5") are the same score; two texts that are not numbers only if equal."""
    x, y = score_of(a, ()), score_of(b.strip(), ())
    if x is None or y is None:
        return a.strip() == b.strip()
    return x == y


def _cells(sheet: Sheet, at: int | None, scores: bool) -> list:
    """The cells of the sheet's column at ``at`` (all "" for none); a score cell as the number it holds, however its
    format shows it (0.85 under a percent format, shown "85%")."""
    if at is None:
        return [""] * len(sheet.frame)
    return sheet.stored_values(sheet.columns[at]) if scores else sheet.frame.iloc[:, at].tolist()


def _text(v) -> str:
    if v is None or (isinstance(v, float) and v != v):
        return ""
    return str(v)
