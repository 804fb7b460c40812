"""The teacher's decisions from an earlier grading with Grader, taken over by a new session.

A sheet Grader graded before brings the decisions its grading columns held (``Sheet.earlier``, read by
``grader_app.io.earlier_grading``). :func:`take_over` makes each one the teacher's decision on its answer, through
:meth:`GradingSession.decide`, so it counts as decided and is announced like any decision (an attached project file
writes it at once). The model's earlier scores are not taken over: the model scores the answers again.

A final score the teacher typed into the sheet where its status did not say the teacher decided (``typed``: in Excel,
say) is taken over the same way, counted in ``typed``; one that is not a score of its question is not, and is listed
with what the cell said in ``typed_not_scores``, so the teacher can be told which and why. A comment typed in alone
(``EarlierDecision.comment_only``) is kept: beside the model's score of an ``auto`` row, with that score as the
teacher's decision (``commented``), as the review keeps a comment on an auto-accepted answer; on an answer with no score,
as a comment waiting for its score (``waiting``: ``GradingSession.waiting_comments``), as the review keeps one.

A final score cleared in the sheet where its status says the teacher decided (``EarlierDecision.cleared``) takes the
decision back when ``choose`` says it was ``EDITED`` there since (counted in ``edited`` and ``taken_back``); else
nothing becomes of it. So does a row that holds nothing of the teacher's now (``Sheet.plain``) that ``choose`` says was
``EDITED``: the sheet held the teacher's score or comment there when Grader last saw it (a score typed on an ``auto``
row, a comment typed in alone), cleared since; a comment cleared beside the model's score leaves the decision without
it (:func:`_emptied`). Without ``choose`` those rows are not looked at.

Not taken over: a decision whose final score is not a score of its question (not one of its model's labels; a question
without a model takes any number), counted in ``not_scores``; one on an answer the project file decided already
(``keep``: the project's decision is newer), counted in ``newer``, or one a project file says more of (``choose``:
:mod:`grader_app.io.sheet_said`), which may take it as edited in the sheet since or leave it as unsure; one on a row
or column that gives no answer with the columns chosen now, counted in ``no_answer``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from .numbers import plain, score_text, tidy
from .session import GradingSession
from .sheet import WIDE, EarlierDecision


@dataclass
class TakenOver:
    kept: int = 0                                            # decisions taken over
    not_scores: list[int] = field(default_factory=list)      # answers whose earlier final score is no score of theirs
    newer: int = 0                                           # decisions the project file holds already, which stand
    no_answer: int = 0                                       # decisions on no answer of the columns chosen now
    typed: int = 0                                           # final scores typed into the sheet, taken over
    typed_not_scores: list[tuple[int, str]] = field(default_factory=list)   # (answer, the cell) typed, no score of its
    commented: int = 0           # comments typed beside the model's score (an ``auto`` row), kept with it as decisions
    waiting: list[int] = field(default_factory=list)         # answers whose comment typed in waits for their score
    edited: list[int] = field(default_factory=list)          # answers whose score was changed in the sheet since
    unsure: list[int] = field(default_factory=list)          # answers whose sheet and project differ, newer unknown
    taken_back: list[int] = field(default_factory=list)      # of ``edited``: decisions whose score was cleared there


TAKE, EDITED, KEEP, UNSURE = "take", "edited", "keep", "unsure"   # what ``choose`` says of an earlier decision


def take_over(session: GradingSession, keep=frozenset(), choose: Callable[[int, EarlierDecision], str] | None = None
              ) -> TakenOver:
    """Decide each answer the sheet's earlier decisions name, except those in ``keep`` (decided already). ``choose``
    (answer key, earlier decision), when given, says instead what becomes of each: ``TAKE`` it, take it as ``EDITED``
    in the sheet since Grader last saw it (over the project's decision), ``KEEP`` the project's, or keep the
    project's as ``UNSURE`` which is newer."""
    result = TakenOver()
    if not session.sheet.earlier and (choose is None or not session.sheet.plain):
        return result
    wide = session.mapping.layout == WIDE
    at = {(a.row, a.column if wide else ""): a.key for a in session.answers}
    if choose is not None:
        for d in session.sheet.plain:
            key = at.get((d.row, d.column))
            if key is not None and choose(key, d) == EDITED:
                _emptied(session, key, d, result)
    for d in session.sheet.earlier:
        key = at.get((d.row, d.column))
        if key is None:
            result.no_answer += 1
            continue
        what = choose(key, d) if choose is not None else KEEP if key in keep else TAKE
        if what == KEEP:
            result.newer += not (d.comment_only or d.cleared)   # as the sheet holds it: nothing to say
            continue
        if what == UNSURE:
            result.unsure.append(key)
            continue
        if d.cleared:
            _taken_back(session, key, d, what == EDITED, result)
            continue
        if d.comment_only and _comment_taken(session, key, d, what == EDITED, result):
            continue
        score = score_of(d.score, session.items[session.answers[key].item].labels)
        if score is None:
            if d.typed:
                result.typed_not_scores.append((key, d.score))
            else:
                result.not_scores.append(key)
            continue
        session.decide(key, score, d.comment)
        if d.comment_only:
            continue   # counted by _comment_taken
        if what == EDITED:
            result.edited.append(key)
        elif d.typed:
            result.typed += 1
        else:
            result.kept += 1
    return result


def _taken_back(session: GradingSession, key: int, d: EarlierDecision, edited: bool, result: TakenOver) -> None:
    """A final score cleared in the sheet on a row whose status says the teacher decided (``d.cleared``). Changed
    there since Grader last saw the sheet (``edited``): the decision is taken back, as an undo takes it back (its comment,
    the one the sheet still holds, waits for a score), counted with the edits and in ``taken_back``. Else (a sheet taken
    over afresh) the answer is simply undecided, as the sheet says."""
    if not edited:
        return
    if key in session.decisions:
        session.set_waiting_comment(key, d.comment)   # set just before the decision is cleared, as an undo does
        session.restore(key, None)
        result.taken_back.append(key)
    elif session.waiting_comments.get(key, "").strip() != d.comment.strip():
        session.set_waiting_comment(key, d.comment)   # nothing to take back (undone in Grader too): its comment
    else:
        return
    result.edited.append(key)


def _emptied(session: GradingSession, key: int, d: EarlierDecision, result: TakenOver) -> None:
    """A row that holds nothing of the teacher's now (``Sheet.plain``) where the sheet held the teacher's score or
    comment when Grader last saw it: cleared in the sheet since. No final score: the decision is taken back (or the
    comment waiting for a score forgotten), as for a cleared decided row; the model's score: the decision keeps (or
    takes) that score, without a comment."""
    if not d.score:
        _taken_back(session, key, d, True, result)
        return
    score = score_of(d.score, session.items[session.answers[key].item].labels)
    if key in session.decisions and score is not None:
        session.decide(key, score, "")
    elif session.waiting_comments.get(key):
        session.set_waiting_comment(key, "")
    else:
        return
    result.edited.append(key)


def _comment_taken(session: GradingSession, key: int, d: EarlierDecision, edited: bool, result: TakenOver) -> bool:
    """Keep a comment typed into the sheet without a score of its own (``d.comment_only``): beside the model's score,
    with that score as the teacher's decision (as the review's comment on an auto-accepted answer does); on an answer
    with no score (or beside a score that is none of its question now), waiting for the answer's score. False when it
    goes with a score of its question: :func:`take_over` decides it."""
    if d.score and score_of(d.score, session.items[session.answers[key].item].labels) is not None:
        if edited:
            result.edited.append(key)
        else:
            result.commented += 1
        return False
    if key in session.decisions:   # decided in Grader since, with its own comment: the sheet's is the newer one
        session.decide(key, session.decisions[key].score, d.comment)
        result.edited.append(key)
        return True
    session.set_waiting_comment(key, d.comment)
    result.waiting.append(key)
    return True


def score_of(text: str, labels) -> object | None:
    """The label ``text`` names ("2", "2.0", "1,5" for 1.5), or with no labels the number it is; None if neither."""
    text = text.strip()
    number: float | None
    try:
        number = float(text.replace(",", ".") if text.count(",") == 1 and "." not in text else text)
    except ValueError:
        number = None
    if number is not None and number != number:
        number = None
    if not labels:
        return tidy(number) if number is not None and abs(number) != float("inf") else None
    for label in labels:
        value = plain(label)
        if score_text(value) == text:
            return label
        if number is not None and isinstance(value, (int, float)) and not isinstance(value, bool) and value == number:
            return label
    return None
