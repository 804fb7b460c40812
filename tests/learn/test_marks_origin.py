"""Only marks drawn like the answers the model takes choose its threshold (docs/effort.md, "Is the guarantee kept when
the assistant chooses the marks?"; grader_app.learn.threshold_marks).

The out-of-fold threshold (error of the answers taken at most 5 % at 90 % confidence) holds for answers drawn like the
marks it is checked on. A teacher who marked the plainest answers first (none of the answers that say the idea
backwards among them) got a model that, checked on them, took 130 answers, 40 of them wrong. Each mark now records why
its answer was marked (grader_app.core.origins): at Grader's suggestion, or chosen by the teacher herself. Only the
first kind, those of unknown origin (decided before Grader kept origins) and the sheet's first answers marked from the
top choose the threshold; every mark still teaches the model. Under the assistant's own order every mark is suggested,
so nothing changes there.

Real fits (scikit-learn), invented classes, one thread."""
from __future__ import annotations

import random

import numpy as np

from grader_app.core.origins import OWN, UNKNOWN, counts_for_threshold
from grader_app.learn.assistant import MarkingAssistant
from grader_app.learn.suggestion import ORIGINS
from grader_app.learn.threshold_marks import threshold_marks

from .test_independent_units import MORE_OFF, MORE_SCIENCE, unlike_class


def trap_class(n: int = 200, traps: int = 40, seed: int = 5) -> tuple[list[str], list[int], list[int]]:
    """``n`` answers of five words unlike each other: science words score 2, other words 0, and ``traps`` answers of
    science words that say the idea backwards (the word "backwards"), which deserve 0; the traps' places."""
    rng = random.Random(seed)
    texts, scores = [], []
    for i in range(n):
        science = i % 2 == 0
        texts.append(" ".join(rng.sample(MORE_SCIENCE if science else MORE_OFF, 5)))
        scores.append(2 if science else 0)
    trapped = sorted(rng.sample(range(0, n, 2), traps))
    for i in trapped:
        words = rng.sample(MORE_SCIENCE, 4)
        words.insert(rng.randrange(5), "backwards")
        texts[i], scores[i] = " ".join(words), 0
    return texts, scores, trapped


def follow(a: MarkingAssistant, scores, origins: bool = True, limit: int = 400) -> int:
    """The simulated teacher of scripts/bench_effort.py: the assistant's suggestion, one decision for the group and one
    for each member that deserves another, each mark with the suggestion's origin (``origins``; else none known, as
    before Grader kept them), until nothing is left. Returns the decisions made."""
    decisions = 0
    while decisions < limit:
        if a.needs_refit():
            a.refit()
        s = a.suggest_next()
        if s is None:
            break
        origin = ORIGINS[s.reason] if origins else UNKNOWN
        a.decide(list(s.members), scores[s.medoid], origin=origin)
        decisions += 1
        for i in s.members:
            if scores[i] != scores[s.medoid]:
                a.decide([i], scores[i], origin=origin)
                decisions += 1
    return decisions


def wrong(taken: dict, scores) -> int:
    return sum(1 for i, v in taken.items() if scores[i] != v)


def test_the_plainest_answers_the_teacher_chose_vouch_for_nothing():
    """The teacher marks the 70 plainest answers herself (no trap among them), then follows Grader's suggestions."""
    texts, scores, trapped = trap_class()
    plain = [i for i in range(len(texts)) if i not in set(trapped)][:70]

    before = MarkingAssistant(texts)   # as before origins were kept: every mark chose the threshold
    for i in plain:
        before.decide([i], scores[i])
    before.refit()
    taken = before.auto_scores()
    assert len(taken) == 130 and wrong(taken, scores) == 40   # every trap taken, and wrong

    a = MarkingAssistant(texts)
    for i in plain:
        a.decide([i], scores[i], origin=OWN)
    m = a.refit()
    assert m is not None and m.metrics["accuracy"] >= 0.95   # right out of fold on the marks it learned from
    assert not m.qualified and not a.auto_scores()           # but they are no draw of the answers it would take
    counted = a.threshold_marks()
    assert counted is not None and len(counted) < 5          # the sheet's first answers, up to the first trap
    assert m.review["uncounted"] == 70 - len(counted) and m.n_marks == 70
    said = a.progress_sentence()
    assert said.endswith(f"Only marks on the answers Grader suggests count towards that; the {70 - len(counted)} "
                         "answers you chose yourself teach the model but do not."), said
    assert "fall in only" not in said   # the marks left out are not "groups of similar answers"

    decisions = follow(a, scores)
    taken = a.auto_scores()
    assert taken and a.model.qualified, decisions
    assert wrong(taken, scores) <= 0.05 * len(taken), (wrong(taken, scores), len(taken))


def test_marked_in_the_assistants_order_it_takes_as_many_answers_as_before():
    """Every mark at Grader's suggestion: all choose the threshold, the fits are those of marks of unknown origin (as
    before origins were kept), the same answers are taken after the same decisions."""
    texts, scores = unlike_class()
    now, before = MarkingAssistant(texts), MarkingAssistant(texts)
    decided_now, decided_before = follow(now, scores), follow(before, scores, origins=False)
    assert now.threshold_marks() is None and now.fit_job().calibrate is None
    assert set(now._origin.values()) <= {"sample", "unsure", "biggest", "blank"}
    assert decided_now == decided_before
    assert now.auto_scores() == before.auto_scores() and now.auto_scores()
    assert now.model.threshold == before.model.threshold


def test_which_marks_choose_the_threshold():
    flagged = np.zeros(8, dtype=bool)
    flagged[2] = True   # never taken: a teacher going down the list may leave it for later
    marks = {0: 1, 1: 0, 3: 1, 5: 0, 6: 1}
    assert threshold_marks(marks, {}, 8, flagged) is None                         # origins unknown: all, as before
    assert threshold_marks(marks, dict.fromkeys(marks, "sample"), 8, flagged) is None
    own = dict.fromkeys(marks, OWN)
    assert threshold_marks(marks, own, 8, flagged) == (0, 1, 3)                  # the sheet's top, past the flagged 2
    assert threshold_marks(marks, {**own, 6: "unsure"}, 8, flagged) == (0, 1, 3, 6)
    assert threshold_marks(marks, {**own, 6: "newer"}, 8, flagged) == (0, 1, 3)  # an origin not known here: not counted
    assert not counts_for_threshold("newer") and counts_for_threshold(UNKNOWN) and not counts_for_threshold(OWN)
    assert threshold_marks({**marks, 4: 0}, {**own, 4: OWN}, 8, flagged) is None  # down to 6 without a gap: all
    assert threshold_marks({1: 0, 3: 1}, {1: OWN, 3: OWN}, 8, flagged) == ()     # the first answer open: none


def test_a_teacher_down_the_list_from_the_top_is_counted():
    """The sheet's own order is fixed before any mark: the first answers marked from the top are a draw of the class, and
    the model takes answers on them as before."""
    texts, scores = unlike_class()
    mine, before = MarkingAssistant(texts), MarkingAssistant(texts)
    for i in range(90):
        mine.decide([i], scores[i], origin=OWN)
        before.decide([i], scores[i])
    assert mine.threshold_marks() is None
    assert mine.refit().threshold == before.refit().threshold and mine.auto_scores() == before.auto_scores()
    mine.undo([10])   # a gap: the marks below it are the teacher's choice again
    assert mine.threshold_marks() == tuple(range(10))
    assert mine.behind() and not before.behind()


def test_a_changed_origin_is_a_new_lesson():
    """What a fit learns from includes which marks choose its threshold: the model catches up when that changes."""
    texts, scores = unlike_class(60)
    a = MarkingAssistant(texts)
    for i in range(0, 40, 2):
        a.decide([i], scores[i], origin=OWN)
    a.decide([41], scores[41], origin="sample")
    a.refit()
    assert not a.behind()
    a.decide([41], scores[41], origin=OWN)
    assert a.behind()
