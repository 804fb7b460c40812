"""How far the learning of one question has come, in one plain sentence for the teacher (see
:mod:`grader_app.learn.assistant`, whose :meth:`~grader_app.learn.assistant.MarkingAssistant.progress` fills a
:class:`Progress` through :func:`learned_progress`): what the model takes now, or about how many more marks it needs to
take how many of the answers left (never more than are left), or, where it has no such estimate, the fewest more marks
it needs before it can take any answer and how often it agreed with the teacher's marks so far. Only where even the
most hopeful case (every answer left marked, each accepted and right: :func:`fewest_more_marks`) could not let it take
one does it say it cannot help in this sheet; where the last fits show it will probably never take one in this sheet,
it says so early, with how often it agreed (:mod:`grader_app.learn.unlikely`). The agreement is said only once the
marks are on enough answers unlike each other for it to mean something. The figures follow the last few fits, not the
latest alone (:class:`FitEstimate`, :func:`steady_target`), which the project file keeps (:func:`history_json`), so the
line reads the same when it is opened again. What the figures count is what the review's bound counts: independent
units of marks, near-copies and answers marked with one key once (:func:`~grader_app.learn.calibration.risk_coverage`),
each further mark one more; where the marks fall in few such groups, the sentence says so, and where every mark so far
is one score, which. Only the marks that choose the model's threshold count so (:mod:`grader_app.learn.threshold_marks`):
where some of the teacher's marks do not (on answers she chose herself), the sentence goes on to say that only marks on
the answers Grader suggests count, and how many of hers do not. The window says the same sentences in the interface's
language (:mod:`grader_app.ui.learning_words`).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Iterable, Sequence

import numpy as np

from ..core.numbers import score_text
from .certify import estimate_more, fewest_more_marks, marks_to_certify  # noqa: F401  (imported from here too)
from .marks_model import LearnedModel
from .unlikely import plausible_marks, steady_unlikely
from .lesson import lesson_digest  # noqa: F401  (imported from here too)


@dataclass(frozen=True)
class Progress:
    total: int            # answers to this question
    decided: int          # by the teacher
    auto: int             # the model may take them now
    need_you: int         # undecided and not takeable
    qualified: bool       # the learned model's out-of-fold guarantee holds at some threshold
    marks_needed: int | None   # estimated further marked answers until it can take `could_take`
    could_take: int | None     # estimated answers of the rest it could then take
    expected_accuracy: float | None = None   # lower bound for what it takes now (learned model)
    beyond_sheet: bool = False   # even every answer left marked (and right) could not let it take one: no help here
    at_least: int | None = None  # no estimate: the fewest further marks before it can take any answer (hopeful case)
    agreed: int | None = None    # of the `checked` marks, those it gave the same score out of fold (not learned from)
    checked: int | None = None
    must_be_right: float | None = None   # the share of what it takes that must be right (1 − the target error)
    unlikely: bool = False   # the marks show it will probably not take answers in this sheet (learn.unlikely)
    alike: bool = False      # no agreement said: the marks are on too few groups of answers unlike each other
    units: int | None = None   # the independent units the latest fit's marks fall in (near-copies, one key: one each)
    grouped: bool = False    # ... fewer than its marks
    rose: bool = False       # the fewest further marks rose since the last fit: the check found the model weaker
    stalled: int = 0         # the teacher's last marks (this many, STALLED_OVER or more) brought the fewest further
    #                          marks down by less than half as many: the figure cannot be read as a countdown
    one_score: Any = None    # no model: every mark so far is this one score (None: no mark, or more than one score)
    uncounted: int = 0       # marks on answers the teacher chose herself: they teach the model, not its check (origins)
    behind: bool = False     # the model these figures are of did not learn from the marks as they are (a fit waits)
    newest: int = 0          # ... the marks made or changed since its fit (0: only marks taken back or regrouped)

    @property
    def sentence(self) -> str:
        return progress_sentence(self)

    @property
    def own_marks_said(self) -> bool:
        """The sentence asks for more marks while some of the teacher's marks do not count for the model's check (on
        answers she chose herself: :mod:`grader_app.learn.threshold_marks`): it goes on to say that only marks on the
        answers Grader suggests count, so "mark about 10 more" is not read as any 10."""
        return (bool(self.uncounted) and not self.qualified and not self.beyond_sheet and self.need_you > 0
                and self.decided > 0 and self.one_score is None)

    @property
    def behind_said(self) -> bool:
        """The sentence gives the last fit's figures (marks to go, the marks it agreed with) while the model has not
        learned from the newest marks yet: it goes on to say so, so that "agreed with 98 of your 215 marks" beside a
        heading of 216 marks adds up (the newest mark counts at the fit that follows the teacher's pause)."""
        return (self.behind and not self.qualified and not self.beyond_sheet and self.need_you > 0 and self.decided > 0
                and not self.auto and self.one_score is None
                and (self.unlikely or self.at_least is not None or bool(self.marks_needed and self.could_take)))


def progress_sentence(p: Progress) -> str:
    """One plain sentence for the teacher about the learned model (see the module notes), a count of one said in the
    singular as the window's English catalogue says it (:func:`grader_app.ui.learning_words.progress_words`); where
    the marks it asks for would not all count (:attr:`Progress.own_marks_said`), the sentence that says which do."""
    said = _sentence(p)
    if p.own_marks_said:
        one = p.uncounted == 1
        said = (f"{said} Only marks on the answers Grader suggests count towards that; the {p.uncounted} "
                f"answer{'' if one else 's'} you chose yourself {'teaches' if one else 'teach'} the model but "
                f"{'does' if one else 'do'} not.")
    if not p.behind_said:
        return said
    newest = ("your latest changes to your marks" if p.newest == 0 else "your newest mark" if p.newest == 1
              else f"your newest {p.newest} marks")
    return f"{said} The model has not learned from {newest} yet; it does when you pause."


def _sentence(p: Progress) -> str:
    def n(k: int, word: str = "answer") -> str:
        return f"{k} {word}{'' if k == 1 else 's'}"

    if p.total == 0:
        return "No answers to this question."
    if p.need_you == 0 and p.auto == 0:
        return "Every answer to this question is decided."
    if p.need_you == 0:
        return (f"The model has taken this question's other {n(p.auto)} on its own; check {'it' if p.auto == 1 else 'them'} "
                f"in the table, or keep marking.")
    if p.qualified and p.auto:
        pct = f" (expected at least {int(p.expected_accuracy * 100 + 1e-9)} % right)" if p.expected_accuracy else ""
        return (f"The model can take {p.auto} of this question's {n(p.auto + p.need_you)} left{pct}; "
                f"{p.need_you} {'needs' if p.need_you == 1 else 'need'} you.")
    if p.beyond_sheet:
        left = p.need_you + p.auto
        them = "it; mark it yourself." if left == 1 else "any; mark them yourself."
        return f"This question has only {n(left)} left, too few for the model to learn enough to take {them}"
    if p.marks_needed is not None and p.could_take:
        more = n(p.marks_needed)
        them = "it" if p.marks_needed == 1 else "them"
        return (f"Mark at least {p.marks_needed} more {more.split(' ', 1)[1]} to this question; if the model agrees with "
                f"you on {them}, it can take about {p.could_take} of the rest.")
    if p.decided == 0:
        return "Mark a few answers with different scores and the model starts learning from them."
    if p.auto:
        return f"{n(p.auto)} can be taken by the shipped model; keep marking and the model learns from you."
    if p.one_score is not None:
        return (f"All your marks so far are {score_text(p.one_score)}: mark an answer that deserves another score and "
                "the model starts learning.")
    if p.unlikely and p.agreed is not None and p.checked and p.must_be_right is not None:
        return (f"The model will probably not take answers to this question: on answers it had not learned from, it "
                f"agreed with {p.agreed} of your {p.checked} marks, and what it takes must be at least "
                f"{int(p.must_be_right * 100 + 1e-9)} % right. You will most likely mark the rest yourself; the model "
                "keeps learning from your marks and will take answers if it gets good enough.")
    if p.at_least is not None:
        head = (f"Keep marking, since the model needs at least {p.at_least} more mark{'' if p.at_least == 1 else 's'} "
                "before it can")
        if p.alike and p.grouped and p.units:
            return (f"Keep marking, since your marks so far fall in only {n(p.units, 'group')} of similar answers or answers "
                    f"marked together, each counted once; the model needs marks on at least {p.at_least} more "
                    f"answer{'' if p.at_least == 1 else 's'} unlike these before it can take one.")
        if p.stalled and not p.rose:
            return (f"Keep marking, but the model cannot promise when it will take an answer: your last {p.stalled} "
                    f"marks brought it little or no closer; even if every further mark helps, it needs at least "
                    f"{p.at_least} more mark{'' if p.at_least == 1 else 's'}.")
        if p.rose:
            return (f"{head} take an answer, more than before: on answers it had not learned from, it was right less "
                    "often or less sure than it had seemed.")
        if p.alike:
            return (f"{head} take an answer, and marks on more answers unlike each other, with more than one score, "
                    f"before it can tell how often it agrees with you.")
        if p.agreed is None or not p.checked or p.must_be_right is None:
            return f"{head} take an answer."
        return (f"{head} take an answer; on answers it had not learned from, it agreed with {p.agreed} of your {p.checked} "
                f"marks and must be at least {int(p.must_be_right * 100 + 1e-9)} % right.")
    return "Keep marking, since the model cannot yet take any answer with a guarantee."


SAID_AT_LEAST = 5   # the fewest further marks the sentence asks for (fewer reads as a promise the fit cannot make)
STEADY_OVER = 5     # the last fits whose estimates the sentence follows (the lower median of them)
CONFIRM = 3         # the last fits that must all ask for more before the sentence asks for more
RISE = 1.25         # and by at least this much more (and a step of 5): less is within the estimate's roughness
REACH = 1           # an estimate asking for more further marks than the marks made so far is not said (too far a reach)
STALLED_OVER = 5    # the last marks over which the fewest further marks must come down by half as many, or it is stalled
MOVING = 0.75       # ... and by this share of them before it is taken back
KEEP_FITS = 400     # the fits an assistant keeps the estimates of (all of a long sheet: the figure replays them)


@dataclass(frozen=True)
class FitEstimate:
    """What one fit (a model taken into use) read off its out-of-fold table, in independent units of marks in all (made
    and to make: near-copies and answers decided with one key count once, as the review's bound counts them,
    :func:`~grader_app.learn.calibration.risk_coverage`; each further mark is one more unit)."""

    fit: int          # which fit: the assistant's count of models taken into use
    marks: int        # the marks it learned from
    target: float     # units in all with which it estimated it could take answers (inf: no estimate)
    floor: float      # units in all below which it surely cannot, in the most hopeful case (fewest_more_marks)
    could: int        # the answers open now that it estimated it could then take
    plausible: float = 0.0   # marks in all with which it could plausibly take answers (unlikely.plausible_marks; inf:
    #                          not within any number; 0: not worked out, its agreement meant nothing yet)
    units: int = -1   # the independent units its marks fell in; -1: not known (a project of an older Grader): as marks

    @property
    def counted(self) -> int:
        """The independent units its marks fell in (as many as its marks where not known)."""
        return self.marks if self.units < 0 else self.units

    def to_json(self) -> list:
        """The estimate as plain JSON values (inf as null), for the project file."""
        return [self.fit, self.marks, _plain(self.target), _plain(self.floor), self.could, _plain(self.plausible),
                self.units]

    @classmethod
    def from_json(cls, row) -> FitEstimate:
        """An estimate :meth:`to_json` wrote (ValueError or TypeError if it is not one)."""
        fit, marks, target, floor, could, *rest = row
        back = [_number(v) for v in (target, floor, *rest[:1])]
        units = [int(rest[1])] if len(rest) > 1 and not isinstance(rest[1], bool) else []
        return cls(int(fit), int(marks), back[0], back[1], int(could), *back[2:], *units)


def _plain(x: float) -> float | None:
    return None if math.isinf(x) else float(x)


def _number(x) -> float:
    if x is None:
        return math.inf
    if isinstance(x, bool) or not isinstance(x, (int, float)) or math.isnan(x):
        raise ValueError(f"{x!r} is not a number of marks")
    return float(x)


def note_fit(history: Sequence[FitEstimate], fit: int, m: LearnedModel, open_mask: np.ndarray, target: float,
             confidence: float, independent: bool = True) -> list[FitEstimate]:
    """``history`` with fit number ``fit`` (model ``m``) noted last, at most the last :data:`KEEP_FITS`; a fit noted
    again (the answers open changed since) replaces its entry. ``independent``: its marks were checked on answers
    independent enough for the agreement to mean something (:func:`~grader_app.learn.unlikely.checks_independent`)."""
    needed, could = estimate_more(m, open_mask, target, confidence)
    table = m.review.get("table", [])
    hopeful = fewest_more_marks(table, target, confidence)
    again = [h for h in history if h.fit == fit]
    if again and again[0].marks == int(m.n_marks):   # its table is the same: so is what it plausibly needs
        plausible = again[0].plausible
    else:
        plausible = (plausible_marks(table, int(m.n_marks), target, confidence, m.review.get("units")) if independent
                     else 0.0)
    units = int(m.review.get("units", m.n_marks))
    entry = FitEstimate(fit, int(m.n_marks), math.inf if needed is None else float(units + needed),
                        float(units + hopeful), int(could or 0), plausible, units)
    kept = [h for h in history if h.fit != fit]
    return (kept + [entry])[-KEEP_FITS:]


def history_json(history: Sequence[FitEstimate], lesson: tuple | None) -> dict:
    """The fits' estimates as plain JSON values for the project file: ``fits`` and ``lesson``, a digest of what the model
    in use learned from (:func:`.lesson.lesson_digest`; "" if not fitted here), so the line reads the same when the project is
    opened again (:func:`history_back`; the assistant's ``fit_history``)."""
    return {"fits": [h.to_json() for h in history], "lesson": lesson_digest(lesson) if lesson is not None else ""}


def history_back(data) -> tuple[list[FitEstimate], str] | None:
    """(the estimates, the lesson's digest) :func:`history_json` wrote, or None where ``data`` is none of it."""
    try:
        fits = [FitEstimate.from_json(row) for row in data["fits"]]
        lesson = str(data.get("lesson") or "")
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    if not fits or any(b.fit <= a.fit for a, b in zip(fits, fits[1:])):
        return None
    return fits[-KEEP_FITS:], lesson


def steady_target(fits: Sequence[tuple[int, float]], every: bool = False) -> Any:
    """The marks in all the sentence counts towards, from what the last fits estimated: (marks each fit learned from,
    the marks in all it estimated), oldest first; inf where a fit had no estimate.

    Why: each fit reads its estimate off an out-of-fold table of a few dozen marks, where one error more or less, or
    answers falling into other folds, moves it a lot. QA marking an ASAP set one answer at a time read "Mark about 40
    more", one mark later "cannot take any yet", then "cannot say how many more", then "about 60 more", and later "about
    5 more" after "about 30 more": a teacher cannot plan with a figure that jumps, and one that rises after a mark reads
    as if marking made things worse. What a teacher can use is a rough figure that goes down as they mark and goes up
    only when the marks show that it must. So the sentence follows the lower median of the last :data:`STEADY_OVER`
    fits (one fit's stray estimate, or its lack of one, moves nothing), and after each fit:

    * where that median needs no more marks than the figure said (the marks made since counted towards it), it is
      taken: a fall once most of the last fits agree on it;
    * where it needs more, the figure stays what it was (the marks made since did not bring it closer, but no single
      fit is reason to ask for more), unless the evidence changed: each of the last :data:`CONFIRM` fits needs more,
      and the median needs at least :data:`RISE` times as many further marks (and 5 more), beyond the figure's own
      roughness. Then it is said, and it is news worth saying: the latest marks showed the model wrong where it was
      sure, or it no longer finds a confidence it could vouch for (inf: the window says what it needs at least).

    ``every``: the figure after each fit, oldest first (a list), not the last one alone.
    """
    said = at = None
    series: list[float] = []
    for k, (made, _) in enumerate(fits):
        median = _lower_median([t for _, t in fits[max(0, k - STEADY_OVER + 1):k + 1]])
        if said is None or at is None:
            said, at = median, made
            series.append(said)
            continue
        allowed = said + (made - at)        # the further marks stay what they were
        last = [t for _, t in fits[max(0, k - CONFIRM + 1):k + 1]]
        changed = len(last) == CONFIRM and min(last) > allowed and (
            median == math.inf or median - made >= max(RISE * (allowed - made), allowed - made + SAID_AT_LEAST))
        said = median if median <= allowed or changed else allowed
        at = made
        series.append(said)
    if said is None:
        raise ValueError("no estimate to steady")
    return series if every else said


def unlearned_progress(counts: dict, marks: Iterable) -> Progress:
    """The :class:`Progress` of a question with no learned model yet (``counts``: total, decided, auto, need_you;
    ``marks``: the scores given): where every mark so far is one score, which (the model needs two to learn: QA marked
    102 answers, all 1, and read only "cannot yet take any answer with a guarantee")."""
    scores = set(marks)
    return Progress(**counts, qualified=False, marks_needed=None, could_take=None,
                    one_score=next(iter(scores)) if len(scores) == 1 else None)


def learned_progress(m: LearnedModel, history: Sequence[FitEstimate], counts: dict, target: float,
                     expected_accuracy: float | None, independent: bool = True) -> Progress:
    """The :class:`Progress` of a learned model ``m`` whose fits so far are ``history`` (the latest is ``m``'s; ``counts``:
    total, decided, auto, need_you).

    The figures are those of the latest fit: the marks made since it count at the next fit (a figure that fell with each
    mark and rose back at each fit read as jumping up). An estimate that asks for more than :data:`REACH` times the
    marks made so far is not said (read off a dozen marks, "Mark about 60 more" was a guess, and the next fits took it
    back; replayed over classes of ASAP sets 5 and 6, scripts/promise_replay.py, the promises that reached further than
    the marks made were the ones most often broken, many by half or more, so it is once, no longer three times).
    Without an estimate within the answers left (none, one too far a reach, or one that would leave the model
    fewer than :data:`SAID_AT_LEAST` answers to take), the window says the fewest further marks it needs in the most
    hopeful case and how often it agreed with the teacher's marks out of fold, against the share of what it takes that
    must be right: a figure that goes down as the marks bring it closer, and an agreement that shows whether they do,
    where "cannot take any answer yet" for 60 marks in a row told a teacher nothing. Only where even that most hopeful
    case needs the whole sheet marked, by the steadied figure and by the lowest of the last fits' own figures at each of
    the last :data:`CONFIRM` fits, does it say it cannot help here; and where, short of that, the last fits show that
    it probably never gets there in this sheet (:func:`~grader_app.learn.unlikely.steady_unlikely`), it says so and how
    often it agreed. The agreement is said only where the marks were checked on answers independent enough for it to
    mean something (``independent``: :func:`~grader_app.learn.unlikely.checks_independent`); else that it needs marks
    on answers unlike each other.

    The fewest further marks count independent units (:class:`FitEstimate`): a group of near-copies, or of answers
    marked with one key, is one piece of evidence for the review's bound however many answers it holds, so marking it
    brings the model one step closer, not 18 (counted in marks, the figure fell by 16 with a group of 16 and rose back
    later, QA: "29 more", then "37 more"); where the marks fall in fewer groups than marks and the check means nothing
    yet, the sentence says so (``grouped``: marks of other answers help more). Where the figure rose after all
    (:func:`steady_target`: the last fits all found the model right less often or less sure), ``rose`` says so, and
    the sentence says why: the check showed the model weaker, not that the marking made things worse."""
    left = counts["total"] - counts["decided"]
    at, units = history[-1].marks, history[-1].counted
    uncounted = int(m.review.get("uncounted", 0))   # marks that taught it but do not choose its threshold
    floors = [(h.counted, h.floor) for h in history]
    fewest = int(steady_target(floors))   # units in all, in the most hopeful case
    # not even every answer left, each right and unlike the others: by the steadied figure, and by the most hopeful of
    # the last fits at each of the last CONFIRM ones (one fit's floor moves by ten units with the next fit's folds: 120
    # answers of ASAP set 6 marked in the window read "mark them yourself" from 107 marks on, and at 112 the model took
    # the 8 answers left, all right)
    beyond = (not m.qualified and fewest - units >= counts["total"] - at and left > 0
              and all(_beyond_at(history[:k], counts["total"]) for k in range(len(history), 0, -1)[:CONFIRM]))
    further = said_further(history)
    rose = len(history) > 1 and further > said_further(history[:-1])
    floor = max(1, min(further, left - 1))
    needed = could = None
    if not m.qualified and not beyond:
        steady = steady_target([(h.counted, h.target) for h in history])
        if steady < math.inf and steady - units <= REACH * units:
            need = said_marks(max(1, int(steady) - units), left)
            take = min(_lower_median([h.could for h in history[-STEADY_OVER:]]), left - need)
            if need < left and need <= REACH * units and take >= SAID_AT_LEAST:   # rounded up, not beyond the reach
                needed, could = need, take
    agreed = agreement(m.review.get("table", []), m.review.get("agreed")) if independent else None
    unlikely = (not m.qualified and not beyond and needed is None and agreed is not None
                and steady_unlikely([(h.marks, h.plausible) for h in history], counts["total"]))
    stalled = 0 if m.qualified or beyond or rose else stalled_over(history)
    return Progress(**counts, qualified=m.qualified, marks_needed=needed, could_take=could,
                    expected_accuracy=expected_accuracy, beyond_sheet=beyond,
                    at_least=None if m.qualified or beyond else floor,
                    agreed=agreed[0] if agreed else None, checked=agreed[1] if agreed else None,
                    must_be_right=1.0 - target, unlikely=unlikely, alike=not independent, units=units,
                    grouped=units < at - uncounted, rose=rose and not beyond and not m.qualified, uncounted=uncounted,
                    stalled=stalled)


def stalled_over(history: Sequence[FitEstimate]) -> int:
    """The teacher's last marks (at least :data:`STALLED_OVER`) over which the fewest further marks the sentence says
    (:func:`said_further`) came down by little or nothing; 0 where they are coming down.

    Why: the figure is the most hopeful case, every further mark accepted and right at the best confidence; a mark the
    model gets wrong, or is not sure of, leaves it where it was (the steadied figure stays put, :func:`steady_target`).
    On ASAP-SAS set 10 marked one answer at a time, it read "at least 43 more" from the 5th mark to the 16th and then,
    at the 20th, that the model will probably not take answers: a teacher reads a figure that does not move as a
    countdown that is broken. So, after each fit, over the marks since the latest fit at least :data:`STALLED_OVER`
    marks before it: said where the figure came down by less than half of them; taken back only where it came down by
    at least :data:`MOVING` of them again (so the sentence does not flip with each fit)."""
    further = [int(t) - h.counted for t, h in zip(steady_target([(h.counted, h.floor) for h in history], every=True),
                                                    history)]
    stalled, j, made = False, 0, 0
    for k, h in enumerate(history):
        while j + 1 < k and history[j + 1].marks <= h.marks - STALLED_OVER:
            j += 1
        made = h.marks - history[j].marks
        if made < STALLED_OVER:
            continue
        came_down = further[j] - further[k]
        stalled = came_down < MOVING * made if stalled else 2 * came_down < made
    return made if stalled else 0


def _beyond_at(history: Sequence[FitEstimate], total: int) -> bool:
    """Whether, at the last fit of ``history``, even the most hopeful floor of the last :data:`STEADY_OVER` fits needs
    more further units than the ``total`` answers less those marked then."""
    last = history[-1]
    return min(h.floor for h in history[-STEADY_OVER:]) - last.counted >= total - last.marks


def said_further(history: Sequence[FitEstimate]) -> int:
    """The fewest further marks the sentence says after the last fit of ``history`` (:func:`learned_progress`): the
    units the steadied floor needs beyond those marked."""
    return int(steady_target([(h.counted, h.floor) for h in history])) - history[-1].counted


def agreement(table, crossfit=None) -> tuple[int, int] | None:
    """(marks the model gave the same score out of fold, marks checked) from an out-of-fold review table: its row that
    accepts the most; None where no mark was checked (too few to check out of fold).

    ``crossfit``: where the model kept score offsets, the review's ``agreed`` pair, each half of the marks scored with
    offsets tuned on the other half, as the model's figures (and the window, when a model was made from a sheet) say
    it; in a model made by an earlier Grader the table's offsets were tuned on the very marks it counts, so its count
    was not out of fold (ASAP-SAS set 6: 213 of 250 when the model was made, 212 in the learning line; the table now
    counts the same pair). That pair is said where it counts the table's marks."""
    def answers(r) -> tuple[int, int]:   # a learned model's rows count units of answers; the marks are answers
        return int(r.get("answers", r.get("accepted", 0))), int(r.get("answer_errors", r.get("errors", 0)))

    rows = [answers(r) for r in table if answers(r)[0] > 0]
    if not rows:
        return None
    checked, wrong = max(rows)
    if isinstance(crossfit, (list, tuple)) and len(crossfit) == 2 and int(crossfit[1]) == checked:
        return int(crossfit[0]), checked
    return checked - wrong, checked


def _lower_median(values):
    ordered = sorted(values)
    return ordered[(len(ordered) - 1) // 2]


def said_marks(needed: int, left: int) -> int:
    """The further marks the sentence asks for: ``needed`` rounded up to a step of 5 (of 10 above 50) and at least
    :data:`SAID_AT_LEAST`, as the rough figure it is ("about 1 more answer" promised what a fit of a few dozen marks
    cannot tell, and a figure to the mark changed with every mark); ``needed`` as it is where that would reach the
    ``left`` answers left (the sentence never asks for as many marks as there are answers left), or when it is 0."""
    if needed <= 0:
        return needed
    step = 5 if needed <= 50 else 10
    said = max(SAID_AT_LEAST, -(-needed // step) * step)
    return said if said < left else needed
