"""The review screen's line that says the review moved on to another question.

A review goes question by question (:meth:`grader_app.core.session.GradingSession.by_question`): every answer of one
question, then the next question's, so that the teacher marks one question with its rubric and scale in mind. The
move from one question to the next is easy to miss when the answers look alike, so when the answer (or group) on
screen is of another question than the one shown before it (the last answer of a question decided, → or ←, N, an undo)
a line above the answer says so, once: which question of how many in this review, its name, and how many of the
review's answers of it are left to decide. The next answer hides it again, and so does opening the review (the card's
heading names the question then). A screen reader hears it with that answer (:mod:`.review_speech`).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from ..io.question_headings import heading_name
from .i18n import quoted
from .learning_words import question_name
from .review_end import left_to_decide

translate = QCoreApplication.translate


class QuestionSwitch(QLabel):
    """The line itself (made by :func:`~.answer_card.wrapping_label`, bold): it takes no room while it says nothing."""

    def __init__(self, *args) -> None:
        super().__init__(*args)
        self._item: str | None = None   # the question of the answer shown last
        self.setAccessibleName(translate("ReviewView", "the question the review moved on to"))
        self.setVisible(False)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(text)
        self.setVisible(bool(text))

    def reset(self) -> None:
        """A review opened: the question of its first answer is no move."""
        self._item = None
        self.setText("")

    def unit_shown(self, view, item: str | None) -> None:
        """Another answer or group is on ``view`` (the :class:`~.review_view.ReviewView`), of question ``item``."""
        if item is None:
            self.setText("")
            return
        moved = self._item is not None and item != self._item
        self._item = item
        self.setText(switch_words(view, item) if moved else "")


def switch_words(view, item: str) -> str:
    """"Now question 2 of 3: “Cell membrane” (16 answers left to decide)." for ``view`` reviewing answers of ``item``:
    the answers of it in the review still to decide (:func:`~.review_end.left_to_decide`), the count the teacher needs
    there. On a question first entered that is all of them; back in it by an undo, the one or few undone, not the
    question's total (which said "50 answers" where one was left)."""
    answers = view.session.answers
    keys = view.queue.keys()
    items = list(dict.fromkeys(answers[k].item for k in keys))
    left = sum(1 for k in keys if answers[k].item == item and left_to_decide(view, k))
    name = quoted(heading_name(question_name(item, view.session.mapping)))
    if not left:   # back (←) in a question all decided
        return translate("ReviewView", "Now question {number} of {total}: {question} (no answer left to decide)."
                         ).format(number=items.index(item) + 1, total=len(items), question=name)
    return translate("ReviewView", "Now question {number} of {total}: {question} (%n answers left to decide).", "",
                     left).format(number=items.index(item) + 1, total=len(items), question=name)
