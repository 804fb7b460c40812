"""What the review screen works out over all of its answers after every key, kept up to date at the cost of what
changed.

After each mark the screen shows how many answers are left to decide (:func:`~.review_end.left_to_decide`), takes out
of their group the answers a new flag scores alone (:meth:`~.review_queue.ReviewQueue.separate`), says once none is
left how many answers of the sheet wait elsewhere (:func:`~.review_end.needed_elsewhere`), and offers a question's
score buttons (:func:`~.commands.score_choices`, for a question that learns from the marks: from every score given to
it). Worked out over every answer, each key cost a big class 80–200 ms on the GUI thread (QA s52g, 20,000 answers:
the window froze for up to seconds while a teacher marked fast). Here each is worked out once, then only for the
answers the session's changes since touched (:class:`~grader_app.core.key_tally.KeyTally`): one answer after a mark.
The figures are the same as worked out anew (tests/ui/test_review_tallies.py checks them after marks, undo, a group's
score, a model taking answers and a threshold moved).
"""
from __future__ import annotations

from ..core.key_tally import KeyTally
from ..workflow import learns
from .commands import score_choices
from .review_end import left_to_decide


class ReviewTallies:
    """The figures of review screen ``view`` (a :class:`~.review_view.ReviewView`) over its queue's answers; made
    anew with each queue (:meth:`~.review_view.ReviewView.set_queue`)."""

    def __init__(self, view) -> None:
        self.view = view
        s = self.session = view.session
        keys = view.queue.keys()
        self._left = KeyTally(s, keys, lambda k: left_to_decide(view, k))
        self._need = KeyTally(s, keys, s.needs_teacher)   # of them, those that need the teacher (as the status bar)
        self._learning: frozenset[str] = frozenset()   # the questions that learned when the left were counted
        self._elsewhere: KeyTally | None = None         # once the review is done
        self._keys = set(keys)
        self._separated = s.revision   # the queue was made with the flags as they were then
        self._choices: dict[str, tuple] = {}   # question -> (its ItemInfo, scores given, the scale set, score_choices)
        self._scores: dict[str, KeyTally] = {}

    def separate(self) -> None:
        """The answers a flag that came since (a learned model's row) scores alone, out of their group."""
        s = self.session
        changed = s.changes_since(self._separated, decisions=False)   # a decision changes no flag
        self._separated = s.revision
        if changed is None:
            self.view.queue.separate()
        elif changed:
            keys = set(changed.keys)
            for item in changed.items:
                keys.update(s.keys_for(item))
            self.view.queue.separate(keys)

    def left(self) -> int:
        """How many of the review's answers are left to decide."""
        queue = self.view.queue
        if queue.size() != len(self._keys):   # a suggestion brought answers the review was not opened on
            more = set(queue.keys()) - self._keys
            self._keys |= more
            self._left.add(more)
            self._need.add(more)
            self._elsewhere = None
        learning = frozenset(it for it in self.view._items if self.view._learns(it))
        moved, self._learning = learning ^ self._learning, learning   # a model that learns from the marks came or went
        return self._left.sync(moved).count(True)

    def need(self) -> int:
        """How many of the review's answers need the teacher (:meth:`~grader_app.core.session.GradingSession.needs_teacher`,
        as the status bar counts them): those left to decide less the ones a model accepted. Counted after :meth:`left`."""
        return self._need.sync().count(True)

    def elsewhere(self) -> int:
        """How many answers of the sheet not in the review still need the teacher."""
        if self._elsewhere is None:
            s = self.session
            self._elsewhere = KeyTally(s, (a.key for a in s.answers if a.key not in self._keys), s.needs_teacher)
        return self._elsewhere.sync().count(True)

    def choices(self, item: str) -> tuple:
        """:func:`~.commands.score_choices` for ``item``. For a question that learns from the marks it reads every
        score given to the question; what it gives depends on those only through which scores occur (the highest of
        the teacher's and of the final ones), so it is kept until another score occurs or goes, the question gets
        another model (its ItemInfo), or the teacher sets what it is out of."""
        s = self.session
        info = s.items[item]
        if not learns(s, item):
            return score_choices(s, item)   # the model's scale: nothing to count
        tally = self._scores.get(item)
        if tally is None:
            tally = self._scores[item] = KeyTally(s, s.keys_for(item), lambda k: (
                s.final_score(k), d.score if (d := s.decisions.get(k)) is not None else None))
        given = tally.sync().distinct()
        kept = self._choices.get(item)
        set_by_teacher = s.scales.get(item)   # what she set it to be out of (the columns dialog, Change…)
        if kept is None or kept[0] is not info or kept[1] != given or kept[2] != set_by_teacher:
            kept = self._choices[item] = (info, given, set_by_teacher, score_choices(s, item))
        return kept[3]
