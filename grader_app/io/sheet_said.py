"""What a graded sheet said when Grader last read or wrote it, so that a score the teacher changed in the sheet since
(in Excel, say) is told from a decision they changed in Grader since.

A graded sheet with a project file (its own, or one copied from the sheet it was exported from) is opened again. Its
final scores that say the teacher decided, or that the teacher typed in (:mod:`.earlier_grading`), may differ from the
project's decisions: the teacher changed the decision in Grader after the sheet was written (the project is newer), or
changed the score in the sheet after Grader wrote or read it (the sheet is newer). A teacher expects neither edit to be
lost, and Grader must not guess. So the project remembers, per graded sheet (by file name, the newest
:data:`~.project_setup.SHEETS_SAID`), the final scores that sheet held as the teacher's when Grader last wrote it (the
export: each decided answer's score) or read it (the opening: each earlier decision it held), and :func:`chooser`
decides each earlier decision of the sheet opened. The score and the comment are each weighed on their own
(:func:`weighed`), against what the sheet held then and what the project holds now (its decision, or a comment
waiting for a score):

* the sheet says what the project holds: nothing to do;
* each one the sheet changed since is the sheet's, each one it did not is the project's (changed or undone in Grader
  since, or not at all): the project's decision stands where the sheet changed nothing, without a word; else what
  stands is taken as the teacher's (written to the project at once, like every decision), and the opening note counts
  them (``TakenOver.edited``). So a score cleared or changed in Excel keeps the comment written in Grader since;
* one that both changed since, each its own way: Grader cannot tell which is newer, keeps the project's, and the
  opening note names those rows (``TakenOver.unsure``);
* a sheet this project never wrote or read (a project saved before Grader remembered them) whose score or comment
  differs from the project's (or the project has none, after the sheet's decisions were taken once): the same, once:
  what the sheet holds is remembered then.

A final score cleared in the sheet on a row whose status says the teacher decided (``EarlierDecision.cleared``) is
weighed the same way: cleared since Grader last saw the sheet, no score stands and the decision is taken back. So is a
row that holds nothing of the teacher's now (``Sheet.plain``: the model's score of an ``auto`` row, or none; no
comment) where the sheet held the teacher's score or comment when Grader last saw it (a score or comment typed in on an
``auto`` row, a comment on an answer with no score): cleared since, it is an edit like another; where the project
remembers nothing of the row, or holds nothing for it either, nothing is said. What the teacher had added to the
model's score, cleared, gives the answer back to the model (:func:`grader_app.core.earlier._given_back`). A project
that remembered scores only (before it remembered comments) cannot place a comment that differs from its own: it says
so.

A sheet opened for the first time with a new project (nothing decided yet) takes its earlier decisions as before.
Answers are known by the hash the project keeps of each (student, question, text: :func:`.project_records.digests_of`),
the n-th of equal ones by its place among them, so a sorted sheet keeps them.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Callable

from ..core.earlier import EDITED, KEEP, TAKE, UNSURE, score_of
from ..core.numbers import score_text
from ..core.session import GradingSession
from ..core.sheet import WIDE, EarlierDecision
from .project_records import answer_digests
from .project_schema import ProjectError


def slots(session: GradingSession) -> list[str]:
    """Per answer key, its name in what is remembered: its digest, and ``#n`` for the n-th answer of equal digest."""
    seen: Counter = Counter()
    out = []
    for d in answer_digests(session):
        seen[d] += 1
        out.append(d if seen[d] == 1 else f"{d}#{seen[d]}")
    return out


def read_in_sheet(session: GradingSession) -> dict[str, tuple[str, str]]:
    """The sheet's earlier decisions (what it holds as the teacher's final scores, "" for a comment with no score) and
    their comments, by answer slot."""
    wide = session.mapping.layout == WIDE
    at = {(a.row, a.column if wide else ""): a.key for a in session.answers}
    names = slots(session)
    return {names[key]: (d.score.strip(), d.comment) for d in session.sheet.earlier
            if (key := at.get((d.row, d.column))) is not None}


def written(session: GradingSession) -> dict[str, tuple[str, str]]:
    """The final scores and comments a graded sheet written now holds as the teacher's (each decided answer's), by
    answer slot."""
    names = slots(session)
    return {names[k]: (score_text(d.score), d.comment) for k, d in list(session.decisions.items())
            if 0 <= k < len(names)}


def remember_written(store, session: GradingSession, path) -> Path:
    """Tell ``store`` (None: no project) what the graded sheet just written at ``path`` holds; returns ``path``."""
    if store is not None and not store.read_only:
        try:
            store.save_sheet_said(Path(path).name, written(session))
        except ProjectError:   # closed meanwhile: the file is written all the same; a later opening says it cannot tell
            pass
    return Path(path)


def same(a: str, b) -> bool:
    """"2" and "2.0" (or "1,5" and 1.5) are the same score; texts that are not numbers only if equal."""
    x, y = score_of(str(a), ()), score_of(score_text(b) if not isinstance(b, str) else b, ())
    if x is None or y is None:
        return str(a).strip() == (score_text(b) if not isinstance(b, str) else b).strip()
    return x == y


def chooser(session: GradingSession, said: dict[str, tuple[str, str | None]] | None, first: bool
            ) -> Callable[[int, EarlierDecision], tuple[str, EarlierDecision]]:
    """What becomes of each earlier decision of the sheet (see the module's docstring), with the score and comment that
    stand where the sheet's edit is taken: ``said`` is what the project remembers of this sheet (None: nothing; a
    comment None: a project that remembered scores only), ``first`` whether no session of the project took its
    decisions yet. A score and a comment are each weighed on their own (:func:`weighed`)."""
    names = slots(session)
    plain = set(session.sheet.plain)

    def held(key: int) -> tuple[str, str] | None:
        """What the project holds for the answer: its decision's score and comment, or a comment waiting for a score."""
        mine = session.decisions.get(key)
        if mine is not None:
            return score_text(mine.score), mine.comment
        waiting = session.waiting_comments.get(key)
        return ("", waiting) if waiting else None

    def choose(key: int, d: EarlierDecision) -> tuple[str, EarlierDecision]:
        sheet, mine = (d.score.strip(), d.comment), held(key)
        then = said.get(names[key]) if said is not None else None
        if d in plain and (then is None or mine is None):
            return KEEP, d   # nothing of the teacher's in the sheet, nor there when last seen, or none in the project
        if said is None:     # a sheet this project never saw: where they differ, which is newer cannot be told
            if mine is None:
                return (KEEP if d.cleared else TAKE if first else UNSURE), d   # cleared: the project holds none either
            return (KEEP if alike(sheet, mine) else UNSURE), d
        if mine is not None and alike(sheet, mine):
            return KEEP, d
        stands = weighed(sheet, then or ("", ""), mine or ("", ""))
        if stands is None:
            return UNSURE, d       # both changed it since, each its own way: the project's kept, the row named
        if alike(stands, mine or ("", "")):
            return KEEP, d         # changed (or undone) in Grader only: the project's decision stands
        if mine is None and first:
            return TAKE, d
        return EDITED, replace(d, score=stands[0], comment=stands[1])

    return choose


def weighed(sheet: tuple[str, str], then: tuple[str, str | None], mine: tuple[str, str]) -> tuple[str, str] | None:
    """The score and the comment that stand for an answer whose sheet (``sheet``) and project (``mine``; "" for no
    score or comment) may both have changed since Grader last saw the sheet (``then``): each the sheet's where the
    sheet changed it since, else the project's (changed in Grader since, or not at all), so neither side's newer work is
    lost to the other's older value. None where both changed the same one, each its own way (or the comment, not
    remembered, differs): which is newer cannot be told."""
    if then[1] is None and sheet[1].strip() != mine[1].strip():
        return None       # a project that remembered scores only: a comment that differs cannot be placed
    score = _newer(sheet[0], then[0], mine[0], same)
    comment = _newer(sheet[1], mine[1] if then[1] is None else then[1], mine[1], lambda a, b: a.strip() == b.strip())
    if score is None or comment is None:
        return None
    return score, comment


def _newer(sheet: str, then: str, mine: str, equal: Callable[[str, str], bool]) -> str | None:
    """The sheet's value where it changed since (``then``), else the project's; None where both changed it apart."""
    if equal(sheet, then):
        return mine
    return sheet if equal(mine, then) or equal(mine, sheet) else None


def alike(sheet: tuple[str, str], other: tuple[str, str]) -> bool:
    """Do the sheet's score and comment say what ``other`` says? The same score ("" for none) and comment (spaces at
    the ends aside, as a spreadsheet may keep them or not)."""
    return same(sheet[0], other[0]) and sheet[1].strip() == other[1].strip()


__all__ = ["alike", "chooser", "read_in_sheet", "remember_written", "same", "slots", "weighed", "written"]
