"""The review screen: one answer, or one group of answers that look alike, at a time, decided with
the keyboard or the visible score buttons.

Keys: 0–9 score the answer (a group: its open members but those its card flags as differing from the typical answer,
left open to be read and scored next: :mod:`.group_split`), Enter accepts the model's score, Left/Right or K/J
move, N goes to what needs the teacher next in the question on screen (Grader's suggestion where its model learns from
the teacher; else its next answer left), then in the next question, saying so (:meth:`.review_moving_on.MovingOn.next_suggested`),
Up/Down (or a click on it) choose a member of a group and P pulls it out, C writes a comment, Q shows the whole
text (a reading passage before it too) or only the question again, Ctrl+G applies the score to the identical
answers, Ctrl+Z / Ctrl+Shift+Z undo and redo, Page Up/Down, Home and End scroll a card
taller than the screen (the whole question's box while Q shows it: :mod:`.whole_question`, :mod:`.group_whole`),
Escape goes back. Every decision is
a command on the window's QUndoStack (a group's is one command) and goes through the session's
``restore``, so the project store writes each answer's decision at once. The keys are read in
``keyPressEvent`` (not as QShortcuts; which key does what: :mod:`.review_keys`) so they never clash with the main
window's menu shortcuts.
The order of answers and groups is a :class:`~.review_queue.ReviewQueue` (no Qt). The focused view's accessible
name and description, what a screen reader says of the answer on screen, are :mod:`.review_speech`'s; the top line's
counts, all of answers, are :mod:`.review_counts`'; a group's members kept in sight on a small screen,
:mod:`.group_in_view`; what the screen says once nothing is left to decide (the review done, the export next),
:mod:`.review_end`. A question whose model takes no answer on its own says why once, above the card (``model_note``);
on a page too short for all it says, which notes fold to one line is :mod:`.review_room`'s, and what else gives way
around the card there :mod:`.review_compact`'s; the top line's student and status, and its counts said short where
the line is short of room, :mod:`.review_top_line`'s.
The review goes question by question; the line saying it moved on to another question is :mod:`.question_switch`.
What the screen shows of the answer or group on it is :mod:`.review_showing`'s; what its keys and buttons do,
:mod:`.review_actions`'.
"""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ..core.comment_bank import CommentBank, UserBank
from ..core.flags import scored_alone
from ..core.session import GradingSession
from ..errors import GraderError
from .answer_card import AnswerCard, wrapping_label
from .blind import StudentNames
from .comment_dialog import CommentDialog
from .fitted_scroll import FittedScrollArea
from .group_in_view import GroupInView
from .question_switch import QuestionSwitch
from .review_actions import ReviewActions
from .review_compact import CompactPage
from .review_counts import StudentLabel
from .review_end import ReviewEnd
from .review_keys import KEYS, KeysFromTexts, key_command, key_lines
from .review_queue import ReviewQueue
from .flow_layout import FlowLayout
from .review_room import FoldingLabel, PageRoom
from .review_scale import ReviewScale
from .review_showing import ReviewShowing
from .review_speech import MessageLabel, ReviewSpeaker
from .review_top_line import ShortCountLabel, ShortPlaceLabel, TopLine
from .review_tallies import ReviewTallies
from .score_buttons import ScoreButtons
from .weak_slots import weak_slot
from .wording import why

__all__ = ["KEYS", "ReviewView"]

TOP_GAP = 16   # pixels between the top line's labels, over the layout's own spacing


class ReviewView(ReviewActions, ReviewShowing, ReviewScale, QWidget):
    # the answers a key, a button or a comment just decided (their decisions already queued to the project file in
    # one write): a group's all together, so its listeners run once per key, not once per member
    decisionsMade = Signal(list)
    closeRequested = Signal()
    exportRequested = Signal()   # the review is done: the grades' export (the window's File ▸ Export…)
    told = Signal(str)   # news of what a key did to answers no longer on screen (a group's score, Ctrl+G's): status bar

    def __init__(self, session: GradingSession, undo_stack: QUndoStack, store=None, names: StudentNames | None = None,
                 parent: QWidget | None = None) -> None:
        """``store`` is the project file, which keeps the comment bank with the teacher's own bank (the
        user's data folder); ``names`` labels the students (blind marking: the window's switch)."""
        super().__init__(parent)
        self.session = session
        self.undo_stack = undo_stack
        self.names = names if names is not None else StudentNames()
        self.store = store
        self.bank = CommentBank(session, store, UserBank())
        self.queue = ReviewQueue()
        # the answers pulled out of their group in the project file (read with it when it opened, not from the disk now)
        self.queue.pulled = set(getattr(store, "pulled_out", ()) or ())
        self.queue.on_pulled = self._save_pulled
        self._items: set[str] = set()
        self.tallies = ReviewTallies(self)   # the counts over the queue's answers, kept up to date (review_tallies)
        self.typical: set[int] = set()
        self.selected: int | None = None        # a group's member chosen (↑/↓, the table; as it comes: group_panel)
        self.pulled_from: dict[int, set[int]] = {}   # a member pulled out → the group it was in then
        self.group_asked: tuple | None = None   # (group, score) a digit asked about: the same again gives it to all
        self.identical_asked: tuple | None = None   # (answer, score) Ctrl+G asked about: again gives it to all copies
        self.enter_asked: int | None = None   # the answer Enter asked about: Enter again replaces the teacher's score
        self.learning = None                    # learns(item), suggest(item) -> keys, sentence(item)
        self._shown_unit: tuple[int, ...] = ()   # the answer or group on screen (a new one: self.in_view.opened)
        self.comment_dialog: CommentDialog | None = None
        self.save_error: Exception | None = None
        self._pushing = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build()
        self._typing_init()   # scores typed with more than one key (10, 4,5): review_scale
        self.speaker = ReviewSpeaker(self)   # what a screen reader hears: the view's accessible name and description
        # held weakly: a view let go of with its stack (no window's) is collected with it, and the stack's clearing
        # then must not call the view half gone ("Slot 'ReviewView::' not found")
        self.undo_stack.indexChanged.connect(weak_slot(self._on_stack_changed, takes=1))
        if hasattr(undo_stack, "review_queue"):   # a pull-out kept from before the project was opened again: on this list
            undo_stack.review_queue = lambda: self.queue
        self.keys_from_texts = KeysFromTexts(self)   # a text clicked on (to select a phrase) passes the keys on
        self.refresh()

    # ----- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        # the top line (review_top_line), kept: added before it is filled (PySide gives each item of a filled row added
        # to another layout a Python wrapper, see __del__); its labels TOP_GAP pixels more apart than the layout's
        # spacing, and a label hidden takes its gap with it (a row's spacing is only between the items shown)
        self.top_row = top = QHBoxLayout()
        outer.addLayout(top)
        top.setSpacing(max(0, top.spacing()) + TOP_GAP)
        self.progress_label = ShortPlaceLabel(self)   # one line: said short on a short line, never cut
        font = self.progress_label.font()
        font.setBold(True)
        self.progress_label.setFont(font)
        # the student stays whole where the counts beside it can say themselves short (review_top_line); it gives way
        # last, cut with "…" (its tooltip has it whole), and the counts wrap at their words: the place stays whole
        self.student_label = StudentLabel(self)
        self.left_label = ShortCountLabel(self)
        self.status_label = ShortCountLabel(self)
        top.addWidget(self.progress_label)
        top.addWidget(self.student_label, 1)
        top.addWidget(self.left_label)
        top.addWidget(self.status_label)
        self.question_switch = wrapping_label(self, bold=True, kind=QuestionSwitch)   # on to another question: said once
        outer.addWidget(self.question_switch)
        self.learning_label = wrapping_label(self, bold=True, kind=FoldingLabel)   # folds on a short page (review_room)
        self.learning_label.setAccessibleName(self.tr("what the model learned from your marks"))
        outer.addWidget(self.learning_label)
        # said once for a question whose model takes no answer on its own, not under every answer (wording.takes_none)
        self.model_note = wrapping_label(self, bold=True, kind=FoldingLabel)
        self.model_note.setAccessibleName(self.tr("why every answer to this question comes to you"))
        outer.addWidget(self.model_note)

        self.card = AnswerCard()
        # a click on a member (as ↑/↓) or its Pull out button (as P): through the keys' path, a score typed given first
        self.card.group.pullOutRequested.connect(weak_slot(self.do_on_member, "pull_out", takes=1))
        self.card.group.memberChosen.connect(weak_slot(self.do_on_member, "choose_member", takes=1))
        for name in ("question_label", "prompt_label", "rubric_label", "answer_label", "flags_box", "bars",
                     "comment_label"):
            setattr(self, name, getattr(self.card, name))
        self.group_panel = self.card.group
        self.scroll = scroll = FittedScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self.card)
        outer.addWidget(scroll, 0)
        self.model_row = self.card.model_row(self)   # the model's probabilities: in sight whatever the card's length
        outer.addWidget(self.model_row)
        # what is decided, below the card and not in it: on a small screen the card's scroll area gives way, the
        # sentence stays whole above the score buttons
        self.decision_label = wrapping_label(self, bold=True)
        card_layout = self.card.layout()
        if card_layout is not None:   # in line with the card's text above it
            margins = card_layout.contentsMargins()
            self.decision_label.setContentsMargins(margins.left(), 0, margins.right(), 0)
        outer.addWidget(self.decision_label)
        self.end = ReviewEnd(self)   # once nothing is left to decide: that the review is done, and what is next
        self.end.exportRequested.connect(weak_slot(self.do, "export_grades"))   # a score typed: given first
        outer.addWidget(self.end)

        self.message_label = wrapping_label(self, kind=MessageLabel)
        self.message_label.setAccessibleName(self.tr("message"))
        outer.addWidget(self.message_label)
        # the room left over goes here: what is shown of the answer stays together at the top, the buttons stay at the
        # bottom, in the same place for a short answer and a long one (a second click never lands on another button)
        outer.addStretch(1)
        # read back (itemAt: a Python wrapper, one of those __del__ guards): the room it gets is the room the card may
        # grow into (group_in_view), which no widget's geometry gives as exactly (the layout's spacing beside it)
        spare = outer.itemAt(outer.count() - 1)
        self.score_buttons = ScoreButtons(self)
        self.score_buttons.scoreChosen.connect(self.decide)
        outer.addWidget(self.score_buttons)

        # two rows, so that the window is never wider than a 1024-pixel screen (German and Spanish words are long):
        # what acts on the answer on screen, then the way through the list
        acting, moving = FlowLayout(stretch_last=False), QHBoxLayout()   # the first wraps at a large font
        outer.addLayout(acting)
        outer.addLayout(moving)   # added before it is filled, as the top row (no wrapper for its items: __del__)
        self.prev_button = self._button("◀ " + self.tr("Previous (←)"), self.previous)
        self.accept_button = self._button(self.tr("Accept the model's score (Enter)"), self.accept_model)
        self.comment_button = self._button(self.tr("Comment… (C)"), self.edit_comment)
        self.group_button = self._button(self.tr("Apply to the identical answers (Ctrl+G)"), self.apply_to_identical)
        self.suggest_button = self._button(self.tr("Next suggested (N)"), self.next_suggested)
        self.next_button = self._button(self.tr("Next (→)") + " ▶", self.next)
        self.back_button = self._button(self.tr("Back to the table (Esc)"), self.leave)   # a score typed: given
        # read aloud as words: a screen reader spells the drawn triangles and arrows out
        self.prev_button.setAccessibleName(self.tr("Previous answer (left arrow key)"))
        self.next_button.setAccessibleName(self.tr("Next answer (right arrow key)"))
        for b in (self.accept_button, self.comment_button, self.group_button):
            acting.addWidget(b)
        for b in (self.back_button, self.prev_button):
            moving.addWidget(b)
        moving.addStretch(1)
        moving.addWidget(self.suggest_button)
        moving.addWidget(self.next_button)

        keys, short = key_lines(None)   # the question's scores in it once one is on screen (ReviewScale.show_scale)
        self.keymap_label = wrapping_label(self, keys, kind=FoldingLabel)
        self.keymap_label.setAccessibleName(self.tr("keyboard shortcuts"))
        self.keymap_label.set_short(short)   # folded: review_room
        outer.addWidget(self.keymap_label)
        self.in_view = GroupInView(self, spare)   # a group's members and Pull out button in sight on a small screen
        self.room = PageRoom(self, scroll)   # on a short page the card keeps some lines, the notes fold (review_room)
        self.top_line = TopLine(self)   # the student whole, the counts short where the line is short (review_top_line)
        self.compact = CompactPage(self)   # on a short page, what surrounds the card gives way to it (review_compact)

    def _button(self, text: str, slot) -> QPushButton:
        """A button calling ``slot``, one of the view's methods, as its key does (:meth:`do`), the view held weakly
        (a slot holding the view, which Qt holds where Python's collector cannot see it, kept a review screen let go of
        alive until the app quit)."""
        b = QPushButton(text, self)
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys always reach the review screen itself
        b.clicked.connect(weak_slot(self.do, slot.__name__))
        return b

    def __del__(self) -> None:
        """A view let go of without a parent (its C++ side owned by Python) deletes its widgets itself, before the
        garbage collector clears any of its wrappers: PySide's clearing hands a layout item's wrapper (the layouts'
        QWidgetItem and QSpacerItem, made for the items of a filled layout added to another, or read back with itemAt)
        the ownership of an item its layout still holds, and the item was deleted twice (a segmentation fault inside
        gc.collect). Deleted here, every wrapper is told its C++ side is gone. A view with a parent is left to it.
        The top line's row, the row of buttons moving through the list and the card's answer heading no longer have
        such wrappers (added before they are filled), but the view still does (the stretch read back for
        :class:`~.group_in_view.GroupInView`; the FlowLayout of buttons, a Python layout, holds its items' wrappers
        itself). Without this, test_review_view_collected_safely.py crashed every time while those rows had them, and
        passes now (10 runs of 10); kept for the wrappers left, and for any a part of the view makes later, which would
        bring the crash back where it shows only now and then."""
        if shiboken6.isValid(self) and shiboken6.ownedByPython(self):
            shiboken6.delete(self)

    def set_learning(self, learning) -> None:
        """What to ask about questions whose model learns from the teacher (a LearningController); its groups,
        found on a worker, may arrive while the review is open (:meth:`take_groups`)."""
        self.learning = learning
        learning.progressChanged.connect(self.refresh)
        learning.groupsReady.connect(self.take_groups)

    def take_groups(self) -> None:
        """The groups of answers that look alike arrived (the review opened before the grouping was done): the same
        answers, grouped, the teacher still on the answer they were on (shown in its group, if it has one)."""
        keys = self.queue.keys()
        if self.learning is None or not keys:
            return
        key, message, switch = self.current_key(), self.message_label.text(), self.question_switch.text()
        unit, scrolled, follow = self.current_unit(), self.scroll.verticalScrollBar().value(), self.in_view.follow
        self.set_queue(keys, key, self.learning.groups, self.learning.typical, focus_view=self.hasFocus())
        self.message_label.setText(message)
        self.question_switch.setText(switch)
        if self.current_unit() == unit:   # the same answer on screen: where the teacher had scrolled to
            self.scroll.verticalScrollBar().setValue(scrolled)
            self.in_view.follow = follow

    def _save_pulled(self, key: int, out: bool) -> None:
        """A member pulled out of its group (or put back by an undo): in the project file at once."""
        if self.store is None:
            return
        try:
            self.store.save_pulled_out(key, out)
        except GraderError as exc:   # a read-only or closed project: said, kept in memory
            self.show_save_error(exc)

    def saved_after_all(self, text: str, _ms: int, resolves) -> None:
        """What the disk refused is in the project file after all (the scoring controller's ``savedAfterAll``): if the
        message line still says one of the failures ``resolves``, the news takes its place (gone with the next decision
        or move, as any message); a message said there since stays."""
        if self.message_label.text() in {"⚠ " + said for said in resolves}:
            self.message_label.setText(text)
            self.save_error = None

    # ----- the queue --------------------------------------------------------------------------
    def set_queue(self, keys: list[int], start_key: int | None = None, groups: dict | None = None,
                  typical=(), focus: list[int] | None = None, focus_view: bool = True) -> None:
        """Review ``keys``; those sharing a group id in ``groups`` (key → id) are decided together,
        each group shown by its member in ``typical`` (its most typical answer). It opens at
        ``focus`` (answers Grader suggests, shown together), else at ``start_key``. A member the teacher
        pulled out of its group stays out (right after it) until that is undone: the review may open
        again (Esc to the table and back) with the same groups, and their scores must not reach it. An answer whose
        flags say it is scored alone (padded, copied from the question...) is in no group, whatever ``groups`` says."""
        pulled = self.queue.pulled
        self.queue = ReviewQueue(keys, groups, apart=self._scored_alone)
        for k in pulled:
            self.queue.pull_out(k)
        self.queue.pulled |= pulled
        self.queue.on_pulled = self._save_pulled
        self.typical = set(typical)
        self.selected = None
        self._items = {self.session.answers[k].item for k in self.queue.keys()}
        self.tallies = ReviewTallies(self)
        if focus:
            self.queue.focus(focus)
        elif start_key is None or not self.queue.go_to(start_key):
            self.queue.first_open(lambda k: k not in self.session.decisions)
        elif len(self.current_unit()) > 1:
            self.selected = start_key
        self.message_label.clear()
        self._shown_unit = ()
        self.question_switch.reset()
        self.refresh()
        if focus_view:
            self.setFocus()

    def _scored_alone(self, key: int) -> bool:
        """The answer's flags, as they are now (a model's row may bring one), keep it out of every group."""
        return scored_alone(self.session.flags.get(key, ()))

    @property
    def position(self) -> int:
        return self.queue.position

    def current_unit(self) -> list[int]:
        return self.queue.current()

    def shown_key(self, unit: list[int]) -> int | None:
        return next((k for k in unit if k in self.typical), unit[0] if unit else None)

    def current_key(self) -> int | None:
        """The answer the keys act on: the answer shown, or in a group the member chosen (else the typical one)."""
        unit = self.current_unit()
        if len(unit) > 1 and self.selected in unit:
            return self.selected
        return self.shown_key(unit)

    def go_to(self, key: int) -> None:
        if self.queue.go_to(key):
            self.selected = key if len(self.current_unit()) > 1 else None
            self.refresh()

    def next(self) -> None:
        self._move(1)

    def previous(self) -> None:
        self._move(-1)

    def _move(self, delta: int) -> None:
        if self.queue.step(delta):
            self.selected = None
            self.message_label.clear()
            self.refresh()

    def _learns(self, item: str | None) -> bool:
        return item is not None and self.learning is not None and self.learning.learns(item)

    def _item(self) -> str | None:
        key = self.current_key()
        return self.session.answers[key].item if key is not None else None

    def _on_stack_changed(self, _index: int) -> None:
        if not self._pushing:  # undo/redo from the window's menu, or a command pushed elsewhere
            self._show_current()
            self.speaker.later()   # an undo by key moves on and refreshes again: that is what is heard

    # ----- keys -------------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        command = key_command(event.key(), event.modifiers())   # which key does what: review_keys
        if command is None:
            super().keyPressEvent(event)   # other chords belong to the window's menus
        else:
            self.do(*command)

    def do(self, name: str, args: tuple = ()) -> None:
        """A key's or button's command, the view's method ``name``: a score being typed first given (Enter gives it
        alone), or dropped (Esc), or left waiting (Q, scrolling): :meth:`~.review_scale.ReviewScale.typed_first`."""
        if not self.typed_first(name):
            getattr(self, name)(*args)

    def do_on_member(self, key: int, name: str) -> None:
        """A click in the group panel on member ``key`` (choosing it, its Pull out button): :meth:`do` on it."""
        self.do(name, (key,))

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """The review left (for the table, the start screen...): a score being typed is given, not lost with it."""
        if not event.spontaneous():   # (a window minimised keeps it waiting)
            self.give_typed(advance=False)
        super().hideEvent(event)

    def toggle_whole_question(self) -> None:
        self.card.toggle_whole_question()   # as its button does; the card goes to its top (group_in_view)
        self.scroll.updateGeometry()   # the card's height follows its text

    def back(self) -> None:
        self.closeRequested.emit()

    def leave(self) -> None:
        """The Back button: a score being typed is given (Esc, the key, drops it), then back to the table."""
        self.give_typed(advance=False)
        self.back()

    def export_grades(self) -> None:
        """The review done, its line's Export button (through :meth:`do`: a score being typed is given first)."""
        self.exportRequested.emit()

    def _scroll_card(self, key) -> None:
        if self.card.whole_question and self.card.prompt_area.scroll_key(key):   # the whole question's box (whole_question)
            return
        bar = self.scroll.verticalScrollBar()
        A = bar.SliderAction
        bar.triggerAction({Qt.Key.Key_PageUp: A.SliderPageStepSub, Qt.Key.Key_PageDown: A.SliderPageStepAdd,
                           Qt.Key.Key_Home: A.SliderToMinimum, Qt.Key.Key_End: A.SliderToMaximum}[key])

    def who(self, key: int) -> str:
        """The student of an answer as the screen names them (a neutral label while blind marking)."""
        return self.names.who(self.session, key)

    def _why(self, key: int) -> str:
        return why(self.session, key)

    def flag_texts(self) -> list[str]:
        return self.flags_box.texts()
