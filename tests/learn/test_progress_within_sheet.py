"""The progress sentence never asks for more marks than there are answers left: with 113 of 130 answers decided it
said "Mark about 523 more answers and the model can take about 1 of the rest." The marks it needs come from the
answers left, so it takes at most the rest of them; where not even every answer left (each marked and right) could
let it take one, it says plainly that it cannot help in this sheet (grader_app.learn.progress; where only its estimate
goes beyond them, it cannot tell yet: test_progress_cannot_help_only_when_so.py). A real assistant on an invented class,
a real fit."""
from __future__ import annotations

import random

from grader_app.learn.assistant import MarkingAssistant, Progress, progress_sentence
from grader_app.learn.progress import estimate_more, fewest_more_marks


def _marked(texts, scores, decided: int, noise: float) -> MarkingAssistant:
    """An assistant with the first ``decided`` answers marked, a share ``noise`` of them at random."""
    rng = random.Random(1)
    a = MarkingAssistant(texts, labels=[0, 1, 2])
    for i in range(decided):
        a.decide([i], scores[i] if rng.random() > noise else rng.choice([0, 1, 2]))
    a.refit()
    return a


def test_an_estimate_beyond_the_answers_left_is_said_as_no_help_in_this_sheet(ice_class):
    texts, scores = ice_class
    a = _marked(texts, scores, 140, 0.1)      # inconsistent marks: the model would need far more of them
    m = a.model
    needed, _could = estimate_more(m, a._open_to_take(m), a.target_error, a.confidence_level)
    assert needed > len(texts) - 140           # what the table reads off: more than this sheet has left
    assert fewest_more_marks(m.review["table"], a.target_error, a.confidence_level) >= 20   # even if all went right
    p = a.progress()
    assert (p.marks_needed, p.could_take, p.beyond_sheet) == (None, None, True)
    assert a.progress_sentence() == ("This question has only 20 answers left, too few for the model to learn enough to "
                                     "take any; mark them yourself.")


def test_no_estimate_exceeds_the_answers_left(ice_class):
    texts, scores = ice_class
    for decided in (50, 90, 130, 150):
        for noise in (0.0, 0.1, 0.3):
            p = _marked(texts, scores, decided, noise).progress()
            left = len(texts) - decided
            if p.marks_needed:
                assert p.marks_needed + p.could_take <= left, (decided, noise, p)
            assert not p.beyond_sheet or not p.auto


def test_one_answer_left_is_said_in_the_singular():
    """One answer left is "only 1 answer left ... to take it; mark it yourself", as the window's English catalogue says
    it (it said "any of the 1 answer left; mark them yourself")."""
    p = Progress(total=130, decided=129, auto=0, need_you=1, qualified=False, marks_needed=None, could_take=None,
                 beyond_sheet=True)
    assert progress_sentence(p) == ("This question has only 1 answer left, too few for the model to learn enough to "
                                    "take it; mark it yourself.")
