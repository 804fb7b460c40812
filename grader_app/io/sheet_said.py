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

A final score cleared in the sheet on a row whose status says the teacher decided (``EarlierDecision.cleared``) is
weighed the same way: cleared since Grader last saw the sheet, the decision is taken back (``TakenOver.edited``);
where the project cannot tell, its decision stands and the row is named (``unsure``). So is a row that holds nothing
of the teacher's now (``Sheet.plain``: the model's score of an ``auto`` row, or none; no comment) where the sheet held
the teacher's score or comment when Grader last saw it (a score or comment typed in on an ``auto`` row, a comment on an
answer with no score): cleared since, it is an edit like another (the decision taken back, or its comment removed);
where the project remembers nothing of the row, or holds nothing for it either, nothing is said.

A comment is weighed with its score (the project remembers both): a comment changed (or emptied) in the sheet since is a
change like a score's, taken as the teacher's (on the project's decision, or waiting for a score where the sheet has none);
where the project remembered scores only (before it remembered comments) and the comment differs from the project's,
Grader cannot tell which is newer and says so.

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
            ) -> Callable[[int, EarlierDecision], str]:
    """What becomes of each earlier decision of the sheet (see the module's docstring): ``said`` is what the project
    remembers of this sheet (None: nothing; a comment None: a project that remembered scores only), ``first`` whether
    no session of the project took its decisions yet. A comment is weighed with its score: a sheet whose comment was
    changed since was changed since."""
    names = slots(session)
    plain = set(session.sheet.plain)

    def held(key: int) -> tuple[str, str] | None:
        """What the project holds for the answer: its decision's score and comment, or a comment waiting for a score."""
        mine = session.decisions.get(key)
        if mine is not None:
            return score_text(mine.score), mine.comment
        waiting = session.waiting_comments.get(key)
        return ("", waiting) if waiting else None

    def choose(key: int, d: EarlierDecision) -> str:
        sheet, mine = (d.score.strip(), d.comment), held(key)
        if d in plain:   # nothing of the teacher's in the sheet: an edit only where it held some then, the project too
            then = said.get(names[key]) if said is not None else None
            if then is None or mine is None:
                return KEEP
        if said is not None:
            then = said.get(names[key])
            if then is not None and alike(sheet, then, mine):
                return KEEP                       # not changed in the sheet: the project's decision stands
            if mine is not None and alike(sheet, mine):
                return KEEP
            if then is not None and then[1] is None and mine is not None and alike(sheet, (then[0], sheet[1])):
                return UNSURE                     # the score as it was, its comment not the project's: which is newer?
            return EDITED if (mine is not None or not first) else TAKE
        if mine is None:
            return KEEP if d.cleared else TAKE if first else UNSURE   # cleared: the project holds none either
        return KEEP if alike(sheet, mine) else UNSURE

    return choose


def alike(sheet: tuple[str, str], other: tuple[str, str | None], mine: tuple[str, str] | None = None) -> bool:
    """Do the sheet's score and comment say what ``other`` says? The same score ("" for none) and comment (spaces at
    the ends aside, as a spreadsheet may keep them or not); ``other``'s comment None (not known): the same score and,
    when the project holds one (``mine``), its comment."""
    score, comment = other
    if (sheet[0] or score) and not (sheet[0] and score and same(sheet[0], score)):
        return False
    if comment is None:
        return mine is None or sheet[1].strip() == mine[1].strip()
    return sheet[1].strip() == comment.strip()


__all__ = ["alike", "chooser", "read_in_sheet", "remember_written", "same", "slots", "written"]
