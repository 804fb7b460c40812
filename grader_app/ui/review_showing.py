"""What the review screen shows of the answer or group on screen (:meth:`ReviewShowing.refresh`): a mixin of
:class:`~.review_view.ReviewView`, which builds the widgets it fills.

The top line (the place in the list, the student, the counts), the question switched to, the line on what a model learns
from the marks, the note on a question whose model takes no answer on its own, the card (the answer, or a group with its
typical answer and the member chosen), the decision and comment below it, the score buttons with what they give, the
Ctrl+G button for the identical answers, and what the screen says once nothing is left to decide (:mod:`.review_end`).
A new answer or group on screen is opened at its first lines, its member to read first chosen. The words keep the
review screen's translation context (ReviewView).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..io.question_headings import heading_name
from .group_split import split_label
from .i18n import after_colon
from .learning_words import question_name
from .model_keeping import keep_note
from .review_counts import show_counts
from .text_wrap import breakable
from .wording import decision_text, takes_none_note, takes_none_short

translate = QCoreApplication.translate


class ReviewShowing:
    """Fills the review screen for the answer or group on screen (a mixin: the view holds the widgets)."""
    selected: int | None   # a group's member chosen (set by ReviewView)
    _shown_unit: tuple[int, ...]   # the answer or group on screen
    group_asked: tuple | None   # (group, score) a digit asked about
    enter_asked: int | None     # the answer Enter asked about (review_actions)
    identical_asked: tuple | None   # (answer, score) Ctrl+G asked about (identical_ask)

    def refresh(self) -> None:
        self._show_current()
        self.speaker.speak()

    def _show_current(self) -> None:
        if self.learning is not None:   # the decision or undo just made counted in the learning line below
            self.learning.follow_marks()
        self.tallies.separate()   # a flag that came since (a learned model's row) takes its answer out of its group
        unit = self.current_unit()
        key = self.current_key()
        if tuple(unit) != self._shown_unit:   # another answer: its question and first lines, not where the last one was
            self._shown_unit = tuple(unit)
            self.group_asked = None   # asked on another group, or on this one before: asked again
            self.enter_asked = None
            self.identical_asked = None
            if len(unit) > 1 and self.selected not in unit:   # none chosen: the member its card asks to read first
                self.selected = self.group_panel.first_to_read(self.session, unit, self.shown_key(unit))
                key = self.current_key()   # in sight, named on the top line, what the keys act on (group_panel)
            self.in_view.opened(len(unit) > 1)   # a group: its members (the question gives way on a small screen)
            self.question_switch.unit_shown(self, self.session.answers[key].item if key is not None else None)
        s = self.session
        keys = self.queue.keys()
        left = self.tallies.left()
        self.end.show_for(s, keys, left, self.tallies.elsewhere, lambda: keep_note(self.learning, s, self._items))
        for w in (self.prev_button, self.next_button, self.accept_button, self.comment_button, self.group_button):
            w.setEnabled(key is not None)
        self.show_accept()
        item = s.answers[key].item if key is not None else None
        learns = self._learns(item)
        self.suggest_button.setVisible(any(self._learns(it) for it in self._items))
        counted = self.learning.marks_counted(item) if learns else None   # the teacher's own model: earlier marks too
        left_out = self.learning.marks_left_out(item) if counted is not None else 0   # of answers worded as here
        self.learning_label.setText("" if not learns else translate(
            "ReviewView", "Learning from your marks: {progress}").format(
            progress=after_colon(self.learning.sentence(item))) if counted is None else translate(
            "ReviewView", "Learning from your %n earlier marks and {now} of this sheet: {progress}", "", counted[0]).format(
            now=counted[1], progress=after_colon(self.learning.sentence(item))) if not left_out else translate(
            "ReviewView", "Learning from {counted} of your %n earlier marks and {now} of this sheet: {progress}", "",
            counted[0] + left_out).format(counted=counted[0], now=counted[1],
                                          progress=after_colon(self.learning.sentence(item))))
        self.learning_label.setToolTip(self.learning.left_out_tip(item) if left_out else "")
        self.learning_label.setVisible(learns)
        note = takes_none_note(s, item, heading_name(question_name(item, s.mapping))) if item is not None else ""
        self.model_note.setText(note)
        self.model_note.set_short(takes_none_short(s, item) if note and item is not None else "")   # folded
        self.model_note.setVisible(bool(note))
        if key is None:
            self.progress_label.setText(translate("ReviewView", "Nothing to review"))
            self.progress_label.setToolTip("")
            self.top_line.show(unit, None)
            self.card.clear(translate("ReviewView", "No answer is waiting for you here; press Esc to go back to the "
                                      "table."))
            self.decision_label.clear()
            self.score_buttons.setVisible(False)
            self.group_button.setText(translate("ReviewView", "Apply to the identical answers (Ctrl+G)"))
            return
        a = s.answers[key]
        group = len(unit) > 1
        show_counts(self, keys, left, self._items, self.end.elsewhere,   # all counts of answers: review_counts
                    need=self.tallies.need())
        choices = self.tallies.choices(a.item)
        self.card.show_question(s, a.item, learned=learns or (not s.items[a.item].bundle_id), choices=choices)
        self.top_line.show(unit, key)   # the student (of a group: its size) and the status (review_top_line)
        if group:
            self.card.show_group(s, unit, self.shown_key(unit), key, self.who, self._accepted_key())
        else:
            self.card.show_answer(s, key)
        self._show_decision(unit, key)
        dec = s.decisions.get(key)
        current = dec.score if dec is not None and (not group or all(
            s.decisions.get(k) is not None and s.decisions[k].score == dec.score for k in unit)) else None
        label = (split_label(s, unit, self._group_targets(unit), self.shown_key(unit))   # flagged members left open
                 or translate("ReviewView", "Give all %n:", "", len(self._group_targets(unit)))   # one: the last open member
                 if group
                 else translate("ReviewView", "Score:"))
        tip = (translate("ReviewView", "Give {score} to every open answer of the group") if group
               else translate("ReviewView", "Give {score}"))
        self.score_buttons.set_scores(choices, label, current, tip=tip)
        self.show_scale()   # what the question is out of, beside the buttons
        self.score_buttons.setVisible(True)
        self.scroll.updateGeometry()   # its height follows the card's text
        # the copies counted with the card's answer, as the sentence after Ctrl+G counts them (it is given the score
        # too, the model's made the teacher's); no button when they all have the score already: nothing to give
        same = [] if group else self._identical(key)
        step = self.identical_step(key, same)[1] if same else None
        self.group_button.setVisible(bool(same) and (step is None or step.changes()))
        self.group_button.setText(translate("ReviewView", "Apply to all %n identical answers (Ctrl+G)", "",
                                            len(same) + 1))

    def _show_decision(self, unit: list[int], key: int) -> None:
        """Below the card: the score of the answer, or of a group's typical answer ("Your score" once no member
        is open); on the card, under the bars, the comment of ``key``, the answer the keys act on (in a group the
        member chosen, else the typical one: the one C writes to, as its dialog says)."""
        s = self.session
        group = len(unit) > 1
        still_open = sum(1 for k in unit if k not in s.decisions) if group else 0
        self.decision_label.setText(decision_text(s, self.shown_key(unit) if group else key, still_open > 0,
                                                  still_open))
        dec = s.decisions.get(key)
        comment = dec.comment if dec is not None else s.waiting_comments.get(key, "")   # one waiting for its score
        if comment and group:   # a group's score gives the others none: the card says whose it is
            shown = translate("ReviewView", "Comment for {student} only: {comment}").format(
                student=self.who(key), comment=breakable(comment))
        else:
            shown = translate("ReviewView", "Comment: {comment}").format(comment=breakable(comment)) if comment else ""
        self.comment_label.setText(shown)
        self.comment_label.setVisible(bool(shown))   # no empty line on the card when there is no comment
