"""The window's offer, once a sheet is opened, to take the teacher's marks of a sheet her own model was made from as her
decisions on it (QA s52a #11: this class's own marked sheet, given as last year's, then marked all over again).

:mod:`grader_app.learn.own_marks` finds such a question when the sheet is prepared; here a question box says so, once
per question and opening, without blocking: **Take my marks** makes them her decisions in one undo step
(:class:`~.commands.TakeMarksCommand`, written to the project file as every decision is); **Mark them again** leaves them
to her. Either way the model takes none of those answers on its own, as it learned them all. It follows the window
(the sheet prepared, then shown) and holds the session only weakly: a closed sheet is freed, asked about or not.
"""
from __future__ import annotations

import weakref
from typing import Any, Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox

from .commands import TakeMarksCommand
from .learning_words import question_name, with_question
from .messages import plain_after_colon
from .undo_words import undo_in_menu


class OwnMarksOffer(QObject):
    """Asks about each question of a prepared sheet whose answers its model learned from (``window``: the main window,
    whose session, undo stack and news it uses)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.w = window
        self.box: QMessageBox | None = None   # the question shown (for tests)
        self._waiting: list = []
        self._session: Callable[[], Any] = lambda: None   # the session asked about (a weak reference)
        window.opener.prepared.connect(self._prepared)   # before the window takes the session: kept for sessionReady
        window.sessionReady.connect(self._next)

    def _prepared(self, prepared) -> None:
        self.offer(prepared.session, prepared.own_marks, ask=False)

    def offer(self, session, found, ask: bool = True) -> None:
        """Ask about each of ``found`` (:class:`~grader_app.learn.own_marks.OwnMarks`) in turn, for ``session`` (once
        it is the window's: at once, or unless ``ask``, when the window says it is ready)."""
        self._session, self._waiting = weakref.ref(session), list(found)
        if ask:
            self._next()

    def _next(self) -> None:
        s = self._session()
        if s is None or s is not self.w.session or not self._waiting:
            self.box, self._waiting, self._session = None, [], lambda: None
            return
        own = self._waiting.pop(0)
        name = question_name(own.item, s.mapping)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Your marks are there already"), with_question(self.tr(
            "%n of the {answers} answers to question {question} are word for word answers your model “{model}” learned "
            "from, with your marks: this sheet looks like the one it was made from.", "", own.matched),
            name, answers=own.answers, model=own.model), QMessageBox.StandardButton.NoButton, self.w)
        box.setTextFormat(Qt.TextFormat.PlainText)   # names of models and questions, as written
        box.setInformativeText(self.tr(
            "Take your marks of %n answers as your decisions here, rather than mark them again? The model takes none "
            "of them on its own either way: it learned them, so it cannot vouch for them.", "", len(own.scores)))
        take = box.addButton(self.tr("&Take my marks"), QMessageBox.ButtonRole.AcceptRole)
        again = box.addButton(self.tr("&Mark them again"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(take)
        box.setEscapeButton(again)
        box.finished.connect(lambda _r: self._answered(own, box.clickedButton() is take))
        box.finished.connect(lambda _r: box.deleteLater())
        self.box = box
        box.open()

    def _answered(self, own, take: bool) -> None:
        s = self._session()
        if take and s is not None and s is self.w.session and self.w.undo_stack is not None:
            scores = {k: v for k, v in own.scores.items() if k not in s.decisions}   # one decided meanwhile stands
            if scores:
                cmd = TakeMarksCommand(s, scores)
                self.w.undo_stack.push(cmd)
                if cmd.error is not None:
                    self.w.news.fail(self.tr("Your marks were taken, but could not all be saved: {problem}").format(
                        problem=plain_after_colon(cmd.error)), 15000)
                else:
                    self.w.news.show(self.tr("Your marks of %n answers are your decisions here; undo with Ctrl+Z "
                                             "or {menu}.", "", len(scores)).format(menu=undo_in_menu()), 8000, room=True)
        self._next()
