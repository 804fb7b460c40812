"""What the review screen does with a question's scale (:mod:`grader_app.core.scale`): scores typed with more than one
key, what the question is out of beside the score buttons, and **Change…**. A mixin of
:class:`~.review_view.ReviewView`.

A digit gives its score at once, as it always did, unless a longer score on the question's scale starts with it: on a
question out of 10, "1" waits for a "0"; in half points, "4" waits for a comma or point and a "5". The score being
typed shows beside the buttons ("Typing: 1…") and is given when no longer score can start with it, with Enter, or
after a pause of :data:`PAUSE_MS`; Backspace takes a key back and Esc drops it. Any other key that moves on or acts
on the answer (→, ←, N, Ctrl+G, C, undo...), and the buttons and clicks that do (a group's member, its Pull out,
Change…), give it first, the review staying on the answer, and then do their own work from there; so do the window's
menu commands (:func:`~.menus._typed_first`: an export holds it), leaving the review and closing the sheet or the
window (the teacher's score is never lost unsaid); Q and the keys that scroll the card leave it waiting. A score off the
scale says why, as a digit off it always did (:func:`~.commands.make_decision`). Change… sets what a question without a
shipped model is out of (:class:`~.scale_dialog.ScaleDialog`): kept in the session and the project file at once.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any, Callable, cast

from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from ..core.numbers import score_text
from ..core.scale import Scale, is_half
from ..core.session import GradingSession
from ..io.lms_points import question_scale
from .i18n import score_list
from .learning_words import question_name
from .review_keys import key_lines
from .review_room import FoldingLabel
from .scale_dialog import ScaleDialog
from .score_buttons import ScoreButtons
from .scale_words import out_of, source, source_by_buttons, typing_hint
from .weak_slots import held_weakly, weak_slot

translate = QCoreApplication.translate

PAUSE_MS = 1000   # a pause this long after a digit gives the score typed so far
TYPING = ("type_digit", "type_point", "type_back")
READING = ("toggle_whole_question", "_scroll_card")   # keys that neither move nor act on the answer: the score waits


class ReviewScale:
    """Mixed into ReviewView (which provides ``session``, ``store``, ``score_buttons``, ``message_label``,
    ``current_unit``, ``_item``, ``decide``, ``do``, ``refresh`` and ``keymap_label``; it is a QWidget)."""

    session: GradingSession
    store: Any
    score_buttons: ScoreButtons
    message_label: QLabel
    current_unit: Callable[[], list[int]]
    _item: Callable[[], str | None]
    decide: Callable[..., bool]
    do: Callable[..., None]
    refresh: Callable[[], None]
    keymap_label: FoldingLabel

    def _typing_init(self) -> None:
        self._typed = ""
        self._typed_on: tuple = ()
        self._typed_timer = QTimer(self)   # type: ignore[arg-type]   # self is the view, a QWidget
        self._typed_timer.setSingleShot(True)
        self._typed_timer.setInterval(PAUSE_MS)
        self._typed_timer.timeout.connect(self.give_typed)
        self.scale_dialog: ScaleDialog | None = None
        self.score_buttons.scoreChosen.connect(self._drop_typed)   # a button clicked: the score typed goes
        # Change…: a score being typed is given first, the review staying on the answer (ReviewView.do)
        self.score_buttons.changeScaleRequested.connect(weak_slot(self.do, "change_scale"))

    def _scale(self) -> Scale | None:
        item = self._item()
        return question_scale(self.session, item) if item is not None else None

    # ----- typing ---------------------------------------------------------------------------
    def type_digit(self, digit: int) -> None:
        scale, unit = self._scale(), tuple(self.current_unit())
        if scale is None:
            return
        if self._typed_on != unit:
            self._drop_typed()
        text = self._typed + str(digit)
        if scale.longer(text):
            self._wait(text, unit)
        else:
            self._drop_typed()
            self.decide(_value(text))

    def type_point(self) -> None:
        """A comma or point: a half point comes next (4,5)."""
        scale = self._scale()
        if scale is None:
            return
        if scale.labels and not any(is_half(v) for v in scale.labels):   # a shipped model's: no half points to set
            self.message_label.setText(translate("ReviewScale", "This question's model scores it {scores}: no half "
                                                 "points.").format(scores=score_list(scale.labels)))
        elif not scale.labels and not scale.typed().half:
            self.message_label.setText(translate(
                "ReviewScale", "This question is {out_of} ({source}), in whole points; Change… beside the score "
                "buttons sets half points.").format(out_of=out_of(scale), source=source(scale)))
        elif not self._typed or self._typed_on != tuple(self.current_unit()):
            self.message_label.setText(translate(
                "ReviewScale", "Type the score's digits first, then the comma or point: 4, then “,”, then 5."))
        elif "." not in self._typed and scale.longer(self._typed + "."):
            self._wait(self._typed + ".", self._typed_on)

    def type_back(self) -> None:
        if self._typed:
            text = self._typed[:-1]
            self._wait(text, self._typed_on) if text else self._drop_typed()

    def give_typed(self, advance: bool = True) -> None:
        """The score typed so far is given (Enter, or a pause), moving on as a digit does; with ``advance`` False the
        review stays on the answer (a key that moves or acts on it comes next, or the review is left). Nothing is
        given if the screen moved on to other answers meanwhile."""
        text, unit = self._typed.rstrip("."), self._typed_on
        self._drop_typed()
        if text and unit == tuple(self.current_unit()):
            self.decide(_value(text), advance=advance)

    def typed_first(self, command: str) -> bool:
        """With a score being typed: Enter gives it and Esc drops it (True: the key did that and nothing else); a typing
        key, Q or a key that scrolls the card leaves it be; any other key gives it, the review staying on the answer,
        and goes on to do its own work (False)."""
        if not self._typed or command in TYPING or command in READING:
            return False
        if command == "accept_model":
            self.give_typed()
            return True
        if command == "back":
            self._drop_typed()
            return True
        self.give_typed(advance=False)
        return False

    def _wait(self, text: str, unit: tuple) -> None:
        self._typed, self._typed_on = text, unit
        self.score_buttons.show_typed(text.replace(".", _decimal_point()))
        self._typed_timer.start()

    def _drop_typed(self, *_a) -> None:
        self._typed_timer.stop()
        self._typed, self._typed_on = "", ()
        self.score_buttons.show_typed("")

    # ----- the scale beside the buttons, and Change… ----------------------------------------------------------
    def show_scale(self) -> None:
        """What the question on screen is out of, where that comes from, and how to type a score on it."""
        scale = self._scale()
        keys, short = key_lines(scale)   # the line of keys names this question's scores ("0–2 score")
        if keys != self.keymap_label.text():
            self.keymap_label.setText(keys)
            self.keymap_label.set_short(short)
        if scale is None:
            self.score_buttons.set_typable(())
            self.score_buttons.set_scale("", False)
            return
        # every proper start of a score as typed waits for more ("1" of 10, "4." of 4.5): the row keeps room for it
        texts = {score_text(v) for v in scale.typed().scores()}
        self.score_buttons.set_typable(sorted({t[:i].replace(".", _decimal_point()) for t in texts
                                               for i in range(1, len(t))}))
        # the halves' row of buttons shows the half points: the words beside them need not (a 1024-pixel window)
        shown = replace(scale, half=False) if scale.half and self.score_buttons.buttons else scale
        words = out_of(shown) + " · " + source_by_buttons(scale, self._teachers_marks())
        self.score_buttons.set_scale(words, scale.settable, typing_hint(scale))

    def _teachers_marks(self) -> list:
        """The scores the teacher gave the question on screen, one per answer decided."""
        item, s = self._item(), self.session
        return [] if item is None else [d.score for k in s.keys_for(item) if (d := s.decisions.get(k)) is not None]

    def change_scale(self) -> None:
        """Change…: ask what the question on screen is out of; the answer is kept at once (session, project file). A
        guess the teacher's marks stop short of (:meth:`~grader_app.core.scale.Scale.short_of`) opens on their highest."""
        item, scale = self._item(), self._scale()
        if item is None or scale is None or not scale.settable:
            return
        marks = [self.session.final_score(k) for k in self.session.keys_for(item)]
        highest = scale.short_of(self._teachers_marks())
        dlg = self.scale_dialog = ScaleDialog(self.session, item, scale, marks, self,   # type: ignore[arg-type]  # a QWidget
                                              suggested=None if highest is None else replace(scale, top=highest))
        # the view held weakly (a slot holding it, which Qt holds where Python's collector cannot see it, kept a
        # review screen let go of with the dialog open alive until the app quit)
        dlg.accepted.connect(held_weakly(self, _scale_given, item, dlg))
        dlg.finished.connect(held_weakly(self, _scale_closed, dlg))
        dlg.open()

    def _set_scale(self, item: str, scale: Scale) -> None:
        self.scale_dialog = None
        self.session.set_scale(item, scale)
        if self.store is not None:
            self.store.save_scale(item, scale)
        self.message_label.setText(translate(
            "ReviewScale", "“{question}” is {out_of} from now on, in the review and in every export.").format(
            question=question_name(item, self.session.mapping), out_of=out_of(scale)))
        self.refresh()


def _scale_given(view: ReviewScale, item: str, dlg: ScaleDialog) -> None:
    """The scale dialog's OK: question ``item`` is out of what it says from now on."""
    view._set_scale(item, dlg.scale())


def _scale_closed(view: ReviewScale, dlg: ScaleDialog) -> None:
    """The scale dialog closed, either way: the keys are the review's again."""
    cast(QWidget, view).setFocus()
    dlg.deleteLater()


def _value(text: str):
    """The score a typed text stands for ("10" -> 10, "4.5" -> 4.5)."""
    n = float(text)
    return int(n) if n.is_integer() else n


def _decimal_point() -> str:
    return QLocale().decimalPoint()
