"""The learning line's "needs at least N more marks" stood still while the teacher marked (a walkthrough of a teacher's
own question, ASAP-SAS set 10): marked one answer at a time, it read "at least 43 more" from the 5th mark to the 16th,
then at the 20th that the model will probably not take answers. The figure is the most hopeful case (every further mark
accepted and right), and a mark the model is wrong on or unsure of leaves it where it was: true, but read as a
countdown it was broken. Now, where the last marks (at least 5) brought it down by less than half as many, the line
says plainly that the model cannot promise when it will take an answer (grader_app.learn.progress.stalled_over), and
goes back to the countdown only once the figure comes down again by most of the marks made.

Real fits on the shared ASAP-SAS data's training split (skipped without it), one answer at a time, refitted as the
window refits; and the rule on figures made up to show it."""
from __future__ import annotations

import re

from grader_app.learn.progress import STALLED_OVER, FitEstimate, stalled_over
from test_progress_cannot_help_only_when_so import _asap_class
from test_progress_unlikely import UNLIKELY, _marked_one_at_a_time

COUNTDOWN = re.compile(r"Keep marking, since the model needs at least (\d+) more marks? before it can take an answer")
STALLED = re.compile(r"Keep marking, but the model cannot promise when it will take an answer: your last (\d+) marks "
                     r"brought it little or no closer; even if every further mark helps, it needs at least (\d+) more marks?\.")


def _fits(floors: list[int], first: int = 10) -> list[FitEstimate]:
    """One fit per mark from ``first`` marks on, each with the fewest further marks ``floors[i]`` (in the hopeful case)."""
    return [FitEstimate(i + 1, first + i, float("inf"), float(first + i + f), 0, 0.0, first + i)
            for i, f in enumerate(floors)]


def _longest_same_countdown(said: list[str]) -> int:
    """The most marks in a row after which the line said the same "needs at least N more"."""
    longest = run = 0
    before = None
    for s in said:
        m = COUNTDOWN.match(s)
        n = m.group(1) if m else None
        run = run + 1 if n is not None and n == before else (1 if n is not None else 0)
        before = n
        longest = max(longest, run)
    return longest


def test_set_10_says_early_that_it_cannot_promise_instead_of_a_figure_that_stands_still():
    texts, scores = _asap_class(10)
    said = _marked_one_at_a_time(texts, scores, 30)
    assert _longest_same_countdown(said) <= 5, said   # it said "at least 43 more" after 7 marks in a row (5th to 11th)
    assert STALLED.fullmatch(said[6]), said           # from the 7th mark on (it said so from the 12th)
    first = next(i for i, s in enumerate(said) if STALLED.fullmatch(s))
    assert first < next(i for i, s in enumerate(said) if UNLIKELY.fullmatch(s)), said   # before "probably not"
    made, more = map(int, STALLED.fullmatch(said[first]).groups())
    assert made >= STALLED_OVER and more > 30


def test_the_rule_follows_how_far_the_marks_brought_the_figure():
    assert stalled_over(_fits([43] * STALLED_OVER)) == 0            # fewer than 5 marks: nothing to say yet
    assert stalled_over(_fits([43] * 12)) == STALLED_OVER           # the last 5 marks: none brought it closer
    assert stalled_over(_fits(list(range(45, 25, -1)))) == 0        # one closer with each mark: a countdown
    slow = [45 - i // 3 for i in range(15)]                         # one closer every third mark
    assert stalled_over(_fits(slow)) >= STALLED_OVER
    # said, it is taken back only once the figure comes down by most of the marks made again, not at the first fall
    again = slow + [slow[-1] - 1 - i * 6 // 10 for i in range(6)]   # six tenths of a step a mark for six marks
    assert stalled_over(_fits(again)) >= STALLED_OVER
    moving = slow + [slow[-1] - 1 - i for i in range(12)]           # a step a mark for twelve marks
    assert stalled_over(_fits(moving)) == 0
