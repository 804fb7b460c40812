"""What a graded sheet said when Grader last read or wrote it, so that a score the teacher changed in the sheet since
(in Excel, say) is told from a decision they changed in Grader since.

A graded sheet with a project file (its own, or one copied from the sheet it was exported from) is opened again. Its
final scores that say the teacher decided, or that the teacher typed in (:mod:`.earlier_grading`), may differ from the
project's decisions: the teacher changed the decision in Grader after the sheet was written (the project is newer), or
changed the score in the sheet after Grader wrote or read it (the sheet is newer). A teacher expects neither edit to be
lost, and Grader must not guess. So the project remembers, per graded sheet (by file name, the newest
:data:`~.project_setup.SHEETS_SAID`), the final scores that sheet held as the teacher's when Grader last wrote it (the
export: each decided answer's score) or read it (the opening: each earlier decision it held), and :func:`chooser`
decides each earlier decision of the sheet opened:

* the sheet says what it said then: it was not changed there, so the project's decision stands (one changed or undone
  in Grader stays so), without a word;
* the sheet says what the project's decision is: nothing to do;
* else the sheet was changed since Grader last saw it: its score is taken as the teacher's decision (written to the
  project at once, like every decision), and the opening note counts them (``TakenOver.edited``);
* a sheet this project never wrote or read (a project saved before Grader remembered them) whose score differs from
  the project's (or the project has none, after the sheet's decisions were taken once): Grader cannot tell which is
  newer, keeps the project's, and the opening note names those rows (``TakenOver.unsure``), once: what the sheet holds
  is remembered then.

A sheet opened for the first time with a new project (nothing decided yet) takes its earlier decisions as before.
Answers are known by the hash the project keeps of each (student, question, text: :func:`.project_records.digests_of`),
the n-th of equal ones by its place among them, so a sorted sheet keeps them.
"""
from __future__ import annotations

from collections import Counter
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


def read_in_sheet(session: GradingSession) -> dict[str, str]:
    """The sheet's earlier decisions (what it holds as the teacher's final scores), by answer slot."""
    wide = session.mapping.layout == WIDE
    at = {(a.row, a.column if wide else ""): a.key for a in session.answers}
    names = slots(session)
    return {names[key]: d.score.strip() for d in session.sheet.earlier
            if (key := at.get((d.row, d.column))) is not None}


def written(session: GradingSession) -> dict[str, str]:
    """The final scores a graded sheet written now holds as the teacher's (each decided answer's), by answer slot."""
    names = slots(session)
    return {names[k]: score_text(d.score) for k, d in list(session.decisions.items()) if 0 <= k < len(names)}


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


def chooser(session: GradingSession, said: dict[str, str] | None, first: bool
            ) -> Callable[[int, EarlierDecision], str]:
    """What becomes of each earlier decision of the sheet (see the module's docstring): ``said`` is what the project
    remembers of this sheet (None: nothing), ``first`` whether no session of the project took its decisions yet."""
    names = slots(session)

    def choose(key: int, d: EarlierDecision) -> str:
        mine = session.decisions.get(key)
        if said is not None:
            then = said.get(names[key])
            if then is not None and same(d.score, then):
                return KEEP                       # not changed in the sheet: the project's decision stands
            if mine is not None and same(d.score, mine.score):
                return KEEP
            return EDITED if (mine is not None or not first) else TAKE
        if mine is None:
            return TAKE if first else UNSURE
        return KEEP if same(d.score, mine.score) else UNSURE

    return choose


__all__ = ["chooser", "read_in_sheet", "remember_written", "same", "slots", "written"]
