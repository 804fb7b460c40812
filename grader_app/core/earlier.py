"""The teacher's decisions from an earlier grading with Grader, taken over by a new session.

A sheet Grader graded before brings the decisions its grading columns held (``Sheet.earlier``, read by
``grader_app.io.earlier_grading``). :func:`take_over` makes each one the teacher's decision on its answer, through
:meth:`GradingSession.decide`, so it counts as decided and is announced like any decision (an attached project file
writes it at once). The model's earlier scores are not taken over: the model scores the answers again.

A final score the teacher typed into the sheet where its status did not say the teacher decided (``typed``: in Excel,
say) is taken over the same way, counted in ``typed``, as an answer she chose herself (its origin, :mod:`.origins`:
it does not choose a learned model's threshold unless it is among the sheet's first answers; a decision Grader wrote
before is of unknown origin and counts as it did); one that is not a score of its question is not, and is listed
with what the cell said in ``typed_not_scores``, so the teacher can be told which and why. A comment typed in alone
(``EarlierDecision.comment_only``) is kept: beside the model's score of an ``auto`` row, with that score as the
teacher's decision (``commented``), as the review keeps a comment on an auto-accepted answer; on an answer with no score,
as a comment waiting for its score (``waiting``: ``GradingSession.waiting_comments``), as the review keeps one.

A final score cleared in the sheet where its status says the teacher decided (``EarlierDecision.cleared``), and a row
that holds nothing of the teacher's now (``Sheet.plain``), are looked at only with ``choose``, which weighs each row the
sheet or the project changed since Grader last saw the sheet (:mod:`grader_app.io.sheet_said`) and gives, for an
``EDITED`` one, the score and comment that stand, each the side's that changed it (:func:`_edited`): no score, the
decision is taken back as an undo takes it back, its comment waiting (``taken_back``); else the decision is that score
and comment. What the teacher had added to the model's score, cleared in the sheet, takes the decision back too: the
answer is the model's again (``given_back``, :func:`_given_back`), not a decision at the model's score. Else (a sheet
taken over afresh) a cleared score simply leaves the answer undecided, as the sheet says.

Not taken over: a decision whose final score is not a score of its question (not one of its model's labels; a question
without a model takes any number), counted in ``not_scores``; one on an answer the project file decided already
(``keep``: the project's decision is newer), counted in ``newer``, or one a project file says more of (``choose``:
:mod:`grader_app.io.sheet_said`), which may take it as edited in the sheet since or leave it as unsure; one on a row
or column that gives no answer with the columns chosen now, counted in ``no_answer``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from . import review
from .numbers import plain, score_text, tidy
from .origins import OWN, UNKNOWN
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
    # of ``edited``: decisions that were the model's score and what the teacher added to it, cleared there: the model's
    given_back: list[int] = field(default_factory=list)


TAKE, EDITED, KEEP, UNSURE = "take", "edited", "keep", "unsure"   # what ``choose`` says of an earlier decision


def take_over(session: GradingSession, keep=frozenset(),
              choose: Callable[[int, EarlierDecision], tuple[str, EarlierDecision]] | None = None) -> TakenOver:
    """Decide each answer the sheet's earlier decisions name, except those in ``keep`` (decided already). ``choose``
    (answer key, earlier decision), when given, says instead what becomes of each (of ``Sheet.plain`` too): ``TAKE``
    it, take it as ``EDITED`` in the sheet since Grader last saw it (with the score and comment that stand, weighed
    against the project's, in the earlier decision it gives back), ``KEEP`` the project's, or keep the project's as
    ``UNSURE`` which is newer."""
    result = TakenOver()
    if not session.sheet.earlier and (choose is None or not session.sheet.plain):
        return result
    wide = session.mapping.layout == WIDE
    at = {(a.row, a.column if wide else ""): a.key for a in session.answers}
    if choose is not None:
        for d in session.sheet.plain:
            key = at.get((d.row, d.column))
            if key is None:
                continue
            what, stands = choose(key, d)
            if what == EDITED:
                _edited(session, key, d, stands, result)
            elif what == UNSURE:
                result.unsure.append(key)
    for d in session.sheet.earlier:
        key = at.get((d.row, d.column))
        if key is None:
            result.no_answer += 1
            continue
        what, stands = choose(key, d) if choose is not None else (KEEP if key in keep else TAKE, d)
        if what == KEEP:
            result.newer += not (d.comment_only or d.cleared)   # as the sheet holds it: nothing to say
            continue
        if what == UNSURE:
            result.unsure.append(key)
            continue
        if what == EDITED:
            _edited(session, key, d, stands, result)
            continue
        if d.cleared or (d.comment_only and _comment_taken(session, key, d, result)):
            continue   # a score cleared in a sheet taken afresh: undecided, as the sheet says
        score = score_of(d.score, _labels(session, key))
        if score is None:
            if d.typed:
                result.typed_not_scores.append((key, d.score))
            else:
                result.not_scores.append(key)
            continue
        session.decide(key, score, d.comment, origin=_origin(d))
        if d.comment_only:
            result.commented += 1
        elif d.typed:
            result.typed += 1
        else:
            result.kept += 1
    return result


def _edited(session: GradingSession, key: int, sheet: EarlierDecision, stands: EarlierDecision,
            result: TakenOver) -> None:
    """Take an edit made in the sheet since Grader last saw it (``sheet``: the row as read), weighed against the
    project's: ``stands`` holds the score and comment that stand, each the side's that changed it. No score: the
    decision is taken back, as an undo takes it back (its comment, the one that stands, waits for a score; counted in
    ``taken_back``), or the comment waiting is the one that stands. A score: the decision is that score with that
    comment, unless that leaves only the model's score (:func:`_given_back`): then the answer is the model's again."""
    score = score_of(stands.score, _labels(session, key)) if stands.score.strip() else None
    if score is None and stands.score.strip():   # none of its question: not taken
        if not sheet.comment_only:
            if sheet.typed:
                result.typed_not_scores.append((key, stands.score))
            else:
                result.not_scores.append(key)
            return
        decided = session.decisions.get(key)   # the model's score beside a comment: the project's score, if any, stands
        score = decided.score if decided is not None else None
    if score is None:   # no score: undecided
        if key in session.decisions:
            session.set_waiting_comment(key, stands.comment)   # set just before the decision is cleared, as an undo does
            session.restore(key, None)
            result.taken_back.append(key)
        elif session.waiting_comments.get(key, "").strip() != stands.comment.strip():
            session.set_waiting_comment(key, stands.comment)
        else:
            return
    elif _given_back(session, key, sheet, stands, score):
        session.restore(key, None)
        result.given_back.append(key)
    else:
        session.decide(key, score, stands.comment, origin=OWN)   # edited in the sheet: an answer she went to herself
    result.edited.append(key)


def _given_back(session: GradingSession, key: int, sheet: EarlierDecision, stands: EarlierDecision, score) -> bool:
    """Does the edit leave the project's decision nothing but the model's score, what the teacher had added to it
    cleared in the sheet? So the teacher means to take back what they added: the answer is the model's again. Either
    the sheet's row shows the model's score as Grader writes an answer the model accepted, with no comment
    (``Sheet.plain``), and that stands; or a comment cleared there on a decision at the score the model gives an answer
    it accepts on its own (the review's comment on an auto-accepted answer, say). A comment cleared on an answer the
    model was unsure of leaves the teacher's decision: they accepted its score."""
    decided = session.decisions.get(key)
    if decided is None or stands.comment.strip() or not sheet.score.strip():
        return False
    labels = _labels(session, key)
    if sheet in session.sheet.plain:
        return score_of(sheet.score, labels) == score
    return bool(decided.comment.strip()) and decided.score == score and _models_own(session, key, score)


def _origin(d: EarlierDecision) -> str:
    """Why the answer was marked (:mod:`.origins`): a score or comment typed into the sheet is on an answer the teacher
    chose herself (:data:`~.origins.OWN`: it teaches a learned model but does not choose its threshold, unless it is
    among the sheet's first answers); a decision Grader wrote before says nothing of why (unknown, as in a project saved
    before origins were kept: it counts as it did then)."""
    return OWN if d.typed or d.comment_only else UNKNOWN


def _labels(session: GradingSession, key: int) -> tuple:
    """The scores the answer's question takes as labels: its shipped model's; none (any number) on a scale of the
    teacher's own, or of the marked sheet its model learned from (``ItemInfo.own_scale``)."""
    info = session.items[session.answers[key].item]
    return () if info.own_scale else info.labels


def _models_own(session: GradingSession, key: int, score) -> bool:
    """Would the model accept the answer with ``score`` on its own, with no decision of the teacher's?"""
    pred = session.predictions.get(key)
    if pred is None or session.model_score(key) != score:
        return False
    return review.status_for(scored=True, confidence=pred.confidence, flags=list(session.flags.get(key, [])),
                             threshold=session.threshold(session.answers[key].item), valid=pred.valid) == review.AUTO


def _comment_taken(session: GradingSession, key: int, d: EarlierDecision, result: TakenOver) -> bool:
    """Keep a comment typed into the sheet without a score of its own (``d.comment_only``), in a sheet taken over:
    beside the model's score, with that score as the teacher's decision (as the review's comment on an auto-accepted
    answer does); on an answer with no score (or beside a score that is none of its question now), waiting for the
    answer's score. False when it goes with a score of its question: :func:`take_over` decides it."""
    if d.score and score_of(d.score, _labels(session, key)) is not None:
        return False
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
