"""A sheet Grader graded before, opened again to grade: its grading columns set aside, the teacher's decisions kept.

A teacher exports the graded sheet (XLSX or CSV) and opens that file later to go on. Its grading columns are the ones
the writer adds (:mod:`.writers`): ``model_score`` ... ``comment`` once after the teacher's columns (long layout), or
"<answer column> model_score" ... once per answer column (wide layout), recognised by their exact names in any of the
languages Grader writes them in ("Modellpunkte" ... "Kommentar", "Nota del modelo" ... "Comentario":
:func:`~.formula_guard.grading_groups`, :mod:`.graded_columns`), whatever the interface's language now; so are the
status words ("geprüft", "revisada": :func:`~.graded_columns.status_of`). :func:`set_aside` takes them out of the
sheet read for grading, so

* the columns offered for the answers, students and questions are the teacher's own;
* the graded sheet written later has one set of grading columns, made anew, not a second set beside the old one;
* the rows whose ``status`` says the teacher decided (``reviewed``, ``overridden``, ``decided``: ``core.review.TEACHERS``)
  and that hold a ``final_score`` come with the sheet as :class:`~grader_app.core.sheet.EarlierDecision`s, which the
  session takes over as the teacher's decisions (:mod:`grader_app.core.earlier`). The model's earlier scores and
  confidences are not kept: the model scores the answers again.

A sheet graded twice by an older Grader (a second set "model_score (2)" ... beside the first) loses both sets; an
answer's decision is the newest set's that says the teacher decided (the older Grader did not read the first set, so
the second one says "needs review" where the teacher had decided).

Learning from a marked sheet reads the same file with its columns kept (its ``final_score`` is the mark to learn from):
only grading sets them aside (``workflow.read_for_grading``).
"""
from __future__ import annotations

from dataclasses import replace

from ..core.review import TEACHERS
from ..core.sheet import EarlierDecision, Sheet
from . import notes as notes_
from .formula_guard import grading_groups
from .graded_columns import ADDED, status_of
from .sheet_detection import FILE_HEADERS

_STATUS, _FINAL, _COMMENT = (ADDED.index(f) for f in ("status", "final_score", "comment"))


def set_aside(sheet: Sheet) -> Sheet:
    """``sheet`` without Grader's grading columns, holding the teacher's earlier decisions and a note saying so; an
    ordinary sheet as it is."""
    columns = sheet.columns
    groups = grading_groups(columns)
    if not groups:
        return sheet
    frame = sheet.frame
    found: dict[tuple[int, str], EarlierDecision] = {}
    for answer_column, start in groups:   # the newest set first: its decision stands
        status, final, comment = (frame.iloc[:, start + i].tolist() for i in (_STATUS, _FINAL, _COMMENT))
        for row, (st, score, said) in enumerate(zip(status, final, comment)):
            if (row, answer_column) in found or status_of(_text(st)) not in TEACHERS or not _text(score).strip():
                continue
            found[(row, answer_column)] = EarlierDecision(row, answer_column, _text(score).strip(), _text(said))
    dropped = [columns[start + i] for _, start in groups for i in range(len(ADDED))]
    kept = frame.drop(columns=dropped)
    own = frame.attrs.get(FILE_HEADERS)
    if isinstance(own, dict):
        kept.attrs[FILE_HEADERS] = {c: h for c, h in own.items() if c not in dropped}
    earlier = tuple(sorted(found.values(), key=lambda d: (d.row, d.column)))
    typed = {at: cell for at, cell in sheet.typed.items() if at[1] not in dropped}
    return replace(sheet, frame=kept, earlier=earlier, typed=typed,
                   notes=[*sheet.notes, notes_.graded_before(len(earlier))])


def _text(v) -> str:
    if v is None or (isinstance(v, float) and v != v):
        return ""
    return str(v)
