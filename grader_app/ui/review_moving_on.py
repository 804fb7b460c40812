"""Where the review screen goes after a decision, and on N: a mixin of :class:`~.review_view.ReviewView` (through
:class:`~.review_actions.ReviewActions`), which holds the queue (``self.queue``), the members pulled out of their groups
(``self.pulled_from``) and what learns from the marks (``self.learning``).

After a decision the review goes to a member pulled out of the decided answers' group and still open (the pull-out
promised it comes right after its group), else back to the rest of the group it was pulled out of, else to the answer
Grader suggests (a question that learns from the marks), else to the next answer left to decide; N finds what needs the
teacher next question by question, saying so (:meth:`MovingOn.next_suggested`).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..io.question_headings import heading_name
from .i18n import quoted
from .learning_words import question_name
from .review_end import left_to_decide

translate = QCoreApplication.translate


class MovingOn:
    """Moving on through the review (a mixin: the view holds what it moves through)."""

    def owed_pulled_out(self, decided) -> int | None:
        """The first answer on the list pulled out of a group that ``decided`` (the answers just scored) were in,
        or were pulled out of too, and still waiting for its own score: the pull-out promised it comes right after
        its group (a suggestion comes after it). None when there is none (or the pull-out was undone)."""
        near = set(decided)
        for k in decided:
            near |= self.pulled_from.get(k, set())
        pulled, done = self.queue.pulled, self.session.decisions
        owed = {k for k in pulled if k not in done and k not in decided and near & self.pulled_from.get(k, set())}
        return next((k for k in self.queue.keys() if k in owed), None) if owed else None

    def _group_left(self, decided) -> int | None:
        """An answer still to decide in the group a member just scored (``decided``) was pulled out of: after its own
        score the review goes back to the rest of its group. None when the group is done (or there is no such member)."""
        group = set().union(*(self.pulled_from.get(k, set()) for k in decided)) - set(decided) - self.queue.pulled
        if not group:   # (most marks: nothing was pulled out of their group)
            return None
        return next((k for k in self.queue.keys() if k in group and left_to_decide(self, k)), None)

    def _advance(self, item: str | None, decided=()) -> None:
        """After a decision on ``decided``: to a member pulled out of their group and still open (it comes right after
        its group), else to the answer Grader suggests (a question that learns), else the next one left to decide.
        When none is left the screen stays where it is: the line under the card says the review is done (review_end)."""
        self.selected = None
        owed = self.owed_pulled_out(decided)
        if owed is None:
            owed = self._group_left(decided)
        if owed is not None:
            self.queue.go_to(owed)
            return
        if self._learns(item):
            keys = self.learning.suggest(item)
            if keys:
                self.queue.focus(keys)
                return
        if not self.queue.advance(lambda k: left_to_decide(self, k)):   # those a model learned from the marks took: done
            return
        now = self._item()   # on to another question (the review goes question by question): one that learns opens
        if now != item and self._learns(now) and (keys := self.learning.suggest(now)):   # at Grader's suggestion
            self.queue.focus(keys)

    def next_suggested(self) -> bool:
        """N: what needs the teacher next, question by question as the review goes. First in the question on screen: for
        a question that learns from the marks, the answers Grader suggests; else its next answer left to decide after
        this one (then one skipped before it). With none left there, on to the next question of the list that has one
        (after the last, the first), at Grader's suggestion or its first answer left, saying so. With none left
        anywhere, it says that the review is done. Returns whether it moved."""
        item = self._item()
        here = set(self.current_unit())
        items = list(dict.fromkeys(self.session.answers[k].item for k in self.queue.keys()))
        at = items.index(item) if item in items else 0
        self.selected = None
        for it in items[at:] + items[:at]:
            keys = self.learning.suggest(it) if self._learns(it) else None
            if keys:
                self.queue.focus(keys)
            elif not self._open_in(it, here if it == item else set()):
                continue
            said = translate("ReviewActions", "Suggested next: {reason}.").format(reason=self.learning.reason(it)) \
                if keys else ""
            if it != item and item is not None:   # moved on: the line above the answer names the question too
                said = " ".join(filter(None, [translate("ReviewActions", "Nothing else is left to decide in question "
                                                        "{done}: on to question {question}.").format(
                    done=self._question(item), question=self._question(it)), said]))
            elif not keys:
                said = translate("ReviewActions", "No suggestion here (Grader suggests what to mark next only for a "
                                 "question without a shipped model, while it has answers left): this is the next answer "
                                 "left to decide in this question.")
            self.message_label.setText(said)
            self.refresh()
            return True
        if any(left_to_decide(self, k) for k in here):
            self.message_label.setText(translate("ReviewActions", "This is the last answer left to decide here."))
        else:   # what comes next is the line above it (review_end): the grades' export, or the table's other answers
            self.message_label.setText(translate("ReviewActions", "Nothing left to suggest: every answer here is "
                                                 "decided."))
        self.refresh()
        return False

    def _open_in(self, item: str, skip: set[int]) -> bool:
        """To the next unit of question ``item`` with an answer left to decide, after the one on screen and round to
        those before it, but ``skip`` (the one on screen); False (staying put) when there is none."""
        answers = self.session.answers
        return self.queue.advance(lambda k: k not in skip and answers[k].item == item and left_to_decide(self, k))

    def _question(self, item: str) -> str:
        return quoted(heading_name(question_name(item, self.session.mapping)))
