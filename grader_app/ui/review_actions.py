"""What the review screen's keys and buttons do: score an answer or a group (one undoable command each), accept the
model's score, apply a score to the identical answers, pull a member out of its group, comment, undo and redo (where
the review goes next: :mod:`.review_moving_on`). A mixin of :class:`~.review_view.ReviewView`, which holds the
widgets, the queue (``self.queue``) and the chosen member (``self.selected``); every change goes through the session's
``restore`` on the window's QUndoStack, so the project store queues it for its writer at once. A comment on an answer
with no score yet (neither the teacher's nor the model's accepted without review, which goes with its comment) decides
nothing: it waits for the score in the session (``waiting_comments``, on disk at once too) and the score given next
takes it, the model's accepted with Enter or a group's score too. A member pulled out of its group (``queue.pulled``)
is the group's no more: no group action (its score, Ctrl+G from any answer) changes it, and Ctrl+G on it does nothing
but say so. P shows the member pulled out on its own, so the next digit is its score (never the rest of the group's);
after it the review goes back to the rest of its group if any is left to decide. A digit on a group whose members all
hold scores of the teacher's, not all the same, asks first (the same score again gives it to all): it never overwrites
them silently; nor does Enter replace a score of the teacher's other than the model's without asking first. A digit on
a group whose card flags members to read first (words unlike the typical answer's, or the model's other score) leaves
those open, next (:mod:`.group_split`).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.flags import DUPLICATE
from ..errors import GraderError
from .commands import DecideCommand, GroupDecideCommand, PullOutCommand, WaitingCommentCommand, _fmt, make_decision
from .comment_dialog import CommentDialog
from .group_split import accept_left, enter_key, left_open, split_said
from .i18n import score_list
from .identical_ask import asks_first
from .learning_words import question_name
from .problem_words import plain, plain_after_colon
from .review_moving_on import MovingOn
from .review_queue import group_targets
from .undo_steps import named_now
from .undo_words import undo_in_menu
from .weak_slots import held_weakly


translate = QCoreApplication.translate


class ReviewActions(MovingOn):
    group_asked: tuple | None   # (group, score) a digit asked about (set by ReviewView)
    enter_asked: int | None     # the answer Enter asked about before replacing the teacher's score (set by ReviewView)
    identical_asked: tuple | None   # (answer, score) Ctrl+G asked about (set by ReviewView: .identical_ask)

    # ----- deciding ---------------------------------------------------------------------------
    def decide(self, score, advance: bool = True) -> bool:
        """Give the current answer, or every open member of the current group, ``score`` (one undoable
        command); move on to the next answer unless ``advance`` is False (a score typed, given before a key that moves)."""
        unit = self.current_unit()
        if len(unit) > 1:
            return self._decide_group(unit, score, advance)
        key = self.current_key()
        if key is None:
            return False
        try:
            decision = make_decision(self.session, key, score)   # with the comment waiting for it, if any
        except ValueError as exc:
            self.message_label.setText(str(exc) + ".")
            return False
        old = self.session.decisions.get(key)
        self.message_label.clear()
        if old is None or old.score != decision.score or old.comment != decision.comment:
            text = translate("ReviewActions", "score {score} for {student}").format(score=_fmt(decision.score),
                                                                                   student=self.who(key))
            self._push(DecideCommand(self.session, key, decision, text=text))
        self.decisionsMade.emit([key])
        if advance:
            self._advance(self.session.answers[key].item, [key])
        self.refresh()
        return True

    def _group_targets(self, unit: list[int]) -> list[int]:
        """The members a score for the whole group goes to (:func:`group_targets`)."""
        return group_targets(unit, self.session.decisions)

    def _decide_group(self, unit: list[int], score, advance: bool = True) -> bool:
        keys = self._group_targets(unit)
        if self._asks_first(unit, keys, score):
            return False
        left = left_open(self.session, unit, keys, self.shown_key(unit))   # the members the card flags: read first
        keys = [k for k in keys if k not in left]
        # a comment written on one member before its score (waiting until then) goes with the group's score to that member
        try:
            cmd = GroupDecideCommand(self.session, keys, score, text=translate(
                "ReviewActions", "score {score} for %n answers in a group", "", len(keys)).format(score=_fmt(score)))
        except ValueError as exc:
            self.message_label.setText(str(exc) + ".")
            return False
        cmd.words = "group"   # its line, again when the project is opened again (undo_steps)
        changed = cmd.changes()
        # the line under the card is about the card: with members left open the review stays on the group and it says
        # so there; else the review goes on to another card, and what the group got is news on the window's status bar
        # (on the next card's line, "Score 0 given to 1 answer in the group" read as said of that answer: QA)
        self.message_label.setText(split_said(score, len(keys), len(left)) if changed and left else "")
        if changed:
            self._push(cmd)
        # (none: the group has this score already: no step that undoes nothing, as for one answer)
        self.decisionsMade.emit(keys)   # once for them all: its listeners run once, the write queued before
        if left:   # the review stays on the group, the first member left chosen: the next digit is theirs
            self.choose_member(left[0])
            return True
        if changed:   # after the decision, which takes older news away
            self.told.emit(translate("ReviewActions", "Score {score} given to %n answers in the group; undo with Ctrl+Z "
                                     "or {menu}.", "", len(keys)).format(score=_fmt(score), menu=undo_in_menu()))
        if advance:
            self._advance(self.session.answers[keys[0]].item, keys)
        self.refresh()
        return True

    def _asks_first(self, unit: list[int], keys: list[int], score) -> bool:
        """A group whose members all hold a score of the teacher's, not all the same one: one digit would overwrite
        decisions the teacher made one by one (before the groups were found, or in the table). The first press says so
        and changes nothing; the same score again (digit, button or Enter) gives it to all of them."""
        scores = {self.session.decisions[k].score for k in keys if k in self.session.decisions}
        if len(scores) < 2 or self.group_asked == (tuple(unit), score):
            self.group_asked = None
            return False
        self.group_asked = (tuple(unit), score)
        self.message_label.setText(translate(
            "ReviewActions", "You gave the answers in this group different scores ({scores}). Press {score} again to "
            "give all %n of them {score}; to change one answer alone, choose it with ↓ and pull it out with P.", "",
            len(keys)).format(scores=score_list(sorted(scores)), score=_fmt(score)))
        return True

    def _model_prediction(self, key: int):
        """The model's prediction as the score it gives the answer (the likeliest, unless it takes the answer alone:
        ``GradingSession.model_says``) if it gave a usable score (not an invalid model output) that the card shows,
        else None: none either on an answer the teacher marked whose model learned from that mark
        (``GradingSession.shown_model_row``). Its score there is fitted to her mark: Enter would give her own mark
        again as if the model had agreed, or, where the fit missed it, offer to replace her mark with an echo of her
        other marks; the card shows no such score, so there is none to accept."""
        return self.session.shown_model_row(key)

    def _accepted_key(self) -> int | None:
        """The answer whose model score Enter accepts: the one shown, in a group its typical one (the chosen member left
        open once the group's score went to the others: its own, :mod:`.group_split`)."""
        unit = self.current_unit()
        if (left := enter_key(self)) is not None:
            return left
        return self.shown_key(unit) if len(unit) > 1 else self.current_key()

    def _no_model_score(self, key: int) -> str:
        unit = self.current_unit()
        if self.session.learned_from_mark(key) and len(unit) > 1 and key == self.shown_key(unit):
            return self._group_fitted(unit, key)
        if self.session.learned_from_mark(key):
            return translate("ReviewActions", "This question's model learned from your mark on this answer: its score "
                             "for it is fitted to that mark, so there is no score of its own to accept; type a score "
                             "to change yours.")
        return translate("ReviewActions", "This answer has no model score to accept; type the score instead.")

    def _group_fitted(self, unit: list[int], typical: int) -> str:
        """Why Enter accepts nothing on a group whose typical answer the teacher marked (its model's score for it fitted
        to that mark), and what a digit does there: it scores the members still open, or, all of them scored, changes
        the whole group's score (:meth:`_decide_group`), not her mark on the typical answer alone."""
        targets = self._group_targets(unit)
        left = left_open(self.session, unit, targets, typical)
        given = len(targets) - len(left)
        if len(targets) == len(unit):
            return translate("ReviewActions", "This question's model learned from your mark on this group's typical "
                             "answer: its score for it is fitted to that mark, so there is no score of its own to "
                             "accept; type a score to give it to all %n answers of the group.", "", given)
        if left:   # the members still open the card flags as unlike it keep no score of the digit (group_split)
            return translate("ReviewActions", "This question's model learned from your mark on this group's typical "
                             "answer: its score for it is fitted to that mark, so there is no score of its own to "
                             "accept; type a score to give it to the %n answers of the group still open that agree "
                             "with the typical answer; the others, marked in the list, stay open for you to read.", "", given)
        return translate("ReviewActions", "This question's model learned from your mark on this group's typical answer: "
                         "its score for it is fitted to that mark, so there is no score of its own to accept; type a "
                         "score to give it to the %n answers of the group still open.", "", given)

    def show_accept(self) -> None:
        """The accept button only where there is a model score to accept (none: no model row, an invalid model output,
        or a question of the teacher's before a model learned from the marks); its tooltip says why it is off."""
        key = self._accepted_key()
        usable = key is not None and self._model_prediction(key) is not None
        self.accept_button.setEnabled(usable)
        self.accept_button.setToolTip("" if usable or key is None else self._no_model_score(key))

    def accept_model(self) -> bool:
        key = self._accepted_key()
        if key is None:
            return False
        pred = self._model_prediction(key)
        if pred is None:
            self.message_label.setText(self._no_model_score(key))   # Enter still says why
            return False
        if key == enter_key(self):
            return accept_left(self, key, pred.score)
        return False if self._asks_to_replace(key, pred.score) else self.decide(pred.score)

    def _asks_to_replace(self, key: int, score) -> bool:
        """Enter on an answer holding a score of the teacher's other than the model's ``score`` (gone back to with ←
        to read it again, Enter pressed to go on): the first press says so and changes nothing; the same again gives
        the model's score. Never the teacher's own mark replaced without a word."""
        dec = self.session.decisions.get(key)
        if dec is None or dec.score == score or self.enter_asked == key:
            self.enter_asked = None
            return False
        self.enter_asked = key
        self.message_label.setText(translate(
            "ReviewActions", "You gave this answer {mine}; the model says {score}. Press Enter again to give it the "
            "model's {score}, or → to keep yours and go on.").format(mine=_fmt(dec.score), score=_fmt(score)))
        return True

    def apply_to_identical(self) -> bool:
        """Give the current answer's score (the teacher's, else the model's) to all its identical answers."""
        key = self.current_key()
        if key is None:
            return False
        if key in self.queue.pulled:   # taken out to be scored on its own: its score is no one else's
            self.message_label.setText(translate("ReviewActions", "This answer was pulled out of its group to be scored "
                                                 "on its own: Ctrl+G gives its score to no other answer, and no score "
                                                 "for the group reaches it."))
            return False
        others = self._identical(key)
        if not others:
            self.message_label.setText(translate("ReviewActions", "No other answer to this question is identical to "
                                                 "this one."))
            return False
        score, cmd = self.identical_step(key, others)
        if cmd is None:
            self.message_label.setText(translate("ReviewActions", "Type a score for this answer first, then apply it to "
                                                 "the identical answers."))
            return False
        keys = cmd.keys
        if asks_first(self, key, keys, score):   # copies she gave other scores of her own: not replaced unasked
            return False
        changed = cmd.changes()
        if changed:   # (none when they all have it already: no step that undoes nothing)
            self._push(cmd)
        self.decisionsMade.emit(keys)   # once for them all: its listeners run once, the write queued before
        self._advance(self.session.answers[key].item, keys)
        said = translate("ReviewActions", "Score {score} given to %n identical answers; undo with Ctrl+Z or {menu}.", "",
                         len(keys)).format(score=_fmt(score), menu=undo_in_menu()) if changed else translate(
            # no step was made (the key said nothing at all): that there was nothing to give, not a silent key
            "ReviewActions", "All %n identical answers have score {score} already; nothing was changed.", "",
            len(keys)).format(score=_fmt(score))
        # as for a group's score: the line under the card is about the card shown, so the sentence stays there only
        # while the review stays on the answer; once it goes on to another card it is news on the status bar (told
        # after the decision, which takes older news away)
        stays = key in self.current_unit()
        self.message_label.setText(said if stays else "")
        if said and not stays:
            self.told.emit(said)
        self.refresh()
        return True

    def pull_out(self, key: int | None = None) -> bool:
        """Take a member out of its group (before or after the group's score): it becomes an answer of its
        own right after the group, and a score the group gave it is removed (one undoable step)."""
        key = self.current_key() if key is None else key
        unit = self.current_unit()
        if key is None or key not in unit or len(unit) < 2:
            self.message_label.setText(translate("ReviewActions", "This answer is not in a group; there is nothing to "
                                                 "pull it out of."))
            return False
        who = self.who(key)
        had = key in self.session.decisions
        self.pulled_from[key] = set(unit)   # its group's score brings it next (owed_pulled_out)
        # one undo step for the queue and the score: Ctrl+Z puts the member back in its group, with its score
        self._push(PullOutCommand(self.session, lambda: self.queue, key, text=translate(
            "ReviewActions", "pull {student} out of the group").format(student=who)))
        if had:
            self.decisionsMade.emit([key])
        # on screen on its own, right after the group: the next digit is its score, never the rest of the group's
        self.selected = None
        self.queue.go_to(key)
        if had and len(unit) == 2:   # what is left of a group of two is one answer, no group
            text = translate("ReviewActions", "{student}'s answer is out of the group and shown on its own; the "
                             "group's score is taken off it: type its own score (← goes back to the other answer).")
        elif had:
            text = translate("ReviewActions", "{student}'s answer is out of the group and shown on its own; the "
                             "group's score is taken off it: type its own score (← goes back to the group).")
        elif len(unit) == 2:
            text = translate("ReviewActions", "{student}'s answer is out of the group and shown on its own: type its "
                             "own score (← goes back to the other answer).")
        else:
            text = translate("ReviewActions", "{student}'s answer is out of the group and shown on its own: type its "
                             "own score (← goes back to the group).")
        self.message_label.setText(text.format(student=who))
        self.refresh()
        return True

    def select_member(self, delta: int) -> None:
        unit = self.current_unit()
        if len(unit) < 2:
            return
        i = unit.index(self.current_key()) if self.current_key() in unit else 0
        self.choose_member(unit[max(0, min(len(unit) - 1, i + delta))])

    def choose_member(self, key: int) -> None:
        """Choose member ``key`` of a group, its group on screen: the keys act on it, in sight in the list and card."""
        self.queue.go_to(key)
        self.selected = key
        self.refresh()
        self.group_panel.show_member(key)
        self.in_view.chosen()   # and on the card: group_in_view

    # ----- commenting -------------------------------------------------------------------------
    def edit_comment(self) -> None:
        key = self.current_key()
        if key is None:
            return
        dec = self.session.decisions.get(key)
        pred = self._model_prediction(key)
        note = ""
        auto = self.session.final_score(key) if dec is None else None   # accepted without review: the model's score
        if auto is not None:
            note = translate("ReviewActions", "This answer is accepted with the model's score {score} without your "
                             "review; the comment is saved with that score.").format(score=_fmt(auto))
        elif dec is None and pred is not None:
            note = translate("ReviewActions", "Saving the comment gives no score: the answer stays undecided and the "
                             "comment goes with the score you give it next (Enter accepts the model's {score}); until "
                             "then no export holds it.").format(score=_fmt(pred.score))
        elif dec is None:
            note = translate("ReviewActions", "The comment is saved with the score you type next.")
        text = dec.comment if dec is not None else self.session.waiting_comments.get(key, "")
        item = self.session.answers[key].item
        dlg = CommentDialog(text, who=self.who(key), note=note, parent=self, bank=self.bank, item=item,
                            question=question_name(item, self.session.mapping))
        # the view held weakly (a slot holding it, which Qt holds where Python's collector cannot see it, kept a
        # review screen let go of with the dialog open alive until the app quit)
        dlg.accepted.connect(held_weakly(self, _comment_given, key, dlg))
        dlg.finished.connect(held_weakly(self, _comment_closed, dlg))
        self.comment_dialog = dlg
        dlg.open()

    def _save_comment(self, key: int, comment: str, used=()) -> None:
        self._count_uses(self.session.answers[key].item, used)
        dec = self.session.decisions.get(key)
        final = self.session.final_score(key)   # an auto-accepted answer's score is the model's: its comment goes with it
        if dec is None and final is None:   # no score yet: a comment decides none; it waits for the score (one undo step)
            if comment != self.session.waiting_comments.get(key, ""):
                self._push(WaitingCommentCommand(self.session, key, comment, text=translate(
                    "ReviewActions", "comment on {student}").format(student=self.who(key))))
            self.refresh()
            return
        if dec is not None and dec.comment == comment:
            return
        decision = make_decision(self.session, key, dec.score if dec is not None else final, comment)
        cmd = DecideCommand(self.session, key, decision, text=translate(
            "ReviewActions", "comment on {student}").format(student=self.who(key)))
        cmd.words = "comment"
        self._push(cmd)
        self.decisionsMade.emit([key])
        self.refresh()

    def _count_uses(self, item: str, used) -> None:
        """The bank comments that went into a saved comment rise in the question's bank (on disk at once)."""
        try:
            self.bank.use(item, used)
        except GraderError as exc:
            self.message_label.setText(translate("ReviewActions", "⚠ The comment is saved, but the comment bank could "
                                                 "not count its use: {problem}").format(problem=plain_after_colon(exc)))

    def undo(self) -> None:
        self.give_typed(advance=False)   # a score being typed is given first (Edit ▸ Undo too): undone, not lost
        self._step(undo=True)

    def redo(self) -> None:
        self.give_typed(advance=False)
        self._step(undo=False)

    def _step(self, undo: bool) -> None:
        """Undo or redo, and say what (a step kept from before the project was opened again too); the answer it changed
        is shown, brought onto the list if the review did not hold it. A step the answers no longer match (the sheet
        edited outside Grader, another model since) is refused, and the stack says why (:mod:`.undo_steps`)."""
        stack = self.undo_stack
        i = stack.index()
        cmd = stack.command(i - 1) if undo else stack.command(i)
        if cmd is None:
            self.message_label.setText(translate("ReviewActions", "Nothing to undo.") if undo
                                       else translate("ReviewActions", "Nothing to redo."))
            return
        key, pulled, what = getattr(cmd, "key", None), getattr(cmd, "words", "") == "pull_out", self._as_named_now(cmd)
        keys = list(getattr(cmd, "keys", [key]))
        refused = stack.step(undo) if hasattr(stack, "step") else stack.undo() if undo else stack.redo()
        if key is not None and not self.queue.go_to(key) and not refused and not pulled:
            self.queue.focus(keys)   # a score from before the review was opened: its answers are shown all the same
            self._items.add(self.session.answers[key].item)
        if key is not None and self.queue.unit_of(key) == self.queue.position:   # a member back in its group: chosen
            self.selected = key if undo and pulled and len(self.current_unit()) > 1 else None
        if refused:
            self.message_label.setText(refused)
        else:
            done = translate("ReviewActions", "Undone: {what}.") if undo else translate("ReviewActions", "Redone: {what}.")
            self.message_label.setText(done.format(what=what))
            self._report(cmd)
        self.refresh()

    def _as_named_now(self, cmd) -> str:
        return named_now(cmd, self.session, self.names, self.who)

    def _push(self, cmd) -> None:
        self._pushing = True  # the caller refreshes once, after moving on
        try:
            self.undo_stack.push(cmd)
        finally:
            self._pushing = False
        self._report(cmd)

    def _report(self, cmd) -> None:
        """Say so when a command could not reach the project store (a read-only or closed project)."""
        self.show_save_error(getattr(cmd, "error", None))

    def show_save_error(self, error) -> None:
        """Say so when a decision could not be written to the project file (it stays in memory). The
        store writes on its own thread: its failures arrive here later, through the scoring controller's
        ``writeFailed``, on the GUI thread."""
        self.save_error = error
        if error is not None:
            self.message_label.setText("⚠ " + plain(error))   # in the teacher's language

    def identical_step(self, key: int, others: list[int]) -> tuple[object, GroupDecideCommand | None]:
        """What Ctrl+G would do on ``key`` and its identical answers ``others``: the score it gives (the teacher's, else
        the model's) and its step, not yet done (None, None: the answer has no score to give). The step ``changes()``
        nothing when they all have that score already (its button is hidden then, :mod:`.review_showing`)."""
        dec = self.session.decisions.get(key)
        pred = self._model_prediction(key) if dec is None else None
        score = dec.score if dec is not None else (pred.score if pred is not None else None)
        if score is None:
            return None, None
        return score, GroupDecideCommand(self.session, [key, *others], score, follows=key)   # the copies: its origin

    def _identical(self, key: int) -> list[int]:
        """The answers Ctrl+G gives ``key``'s score to: ``session.identical_to(key)`` but those pulled out of their
        group (none for one pulled out itself); skipped when the flags already say there is none (it is O(n))."""
        pulled = self.queue.pulled
        if key in pulled or DUPLICATE not in self.session.flags.get(key, []):
            return []
        return [k for k in self.session.identical_to(key) if k not in pulled]


def _comment_given(view: ReviewActions, key: int, dlg: CommentDialog) -> None:
    """The comment dialog's OK: the comment on answer ``key`` is saved."""
    view._save_comment(key, dlg.comment(), dlg.used())


def _comment_closed(view: ReviewActions, dlg: CommentDialog) -> None:
    """The comment dialog closed, either way: the keys are the review's again."""
    view.setFocus()   # type: ignore[attr-defined]   # the view is a QWidget
    dlg.deleteLater()
