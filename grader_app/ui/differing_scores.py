"""What the window says of identical answers that got different scores (:mod:`grader_app.core.consistency`, which
decides which do): a line on the results page under the counts, with a button that lists them in the table (the
filter "Identical, other scores", shown while there are some), a sentence at the end of a review beside its export
button, and a note in the export dialog (a note: the export goes on). QA found that ten identical answers scored 1
and three scored 2 were never pointed out (``s52a`` finding 7).

Finding them is a pass over every answer (0.2–0.7 s on 20,000): the results page's line has them worked out with the
figures (on their worker on a large sheet: :func:`~.results_words.figures`) and keeps the session's revision they hold
for; the end of a review takes them from there when they are fresh (:meth:`DifferingLine.fresh`), else asks for the
figures again and adds its sentence once they come (:class:`~.review_end.ReviewEnd`), never working them out on the GUI
thread itself. The export dialog's note comes from there too (:func:`export_note`): opening the dialog finds nothing
itself, and while the figures are not fresh the note follows when they come."""
from __future__ import annotations

import weakref
from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ..core.consistency import Differing, differing, differing_keys, odd_count
from . import results_model as rm
from .learning_words import question_name, with_question

translate = QCoreApplication.translate


def filter_name() -> str:
    """The results filter that lists them, as its button reads (without its Alt+letter mark)."""
    return translate("ResultsView", dict(rm.FILTERS)[rm.DIFFERING]).replace("&", "")


def differing_words(session, found: list[Differing]) -> str:
    """ "3 answers to question Ice floats are identical to others but got another score." ("" for none)."""
    total = odd_count(found)
    if not total:
        return ""
    if len(found) == 1:
        return with_question(translate("DifferingScores", "%n answers to question {question} are identical to others "
                                                          "but got another score.", "", total),
                             question_name(found[0].item, session.mapping))
    each = ", ".join(with_question(translate("DifferingScores", "%n in question {question}", "", len(d.odd)),
                                   question_name(d.item, session.mapping)) for d in found)
    return translate("DifferingScores", "%n answers identical to others got another score ({questions}).", "",
                     total).format(questions=each)


def _note(session, found: list[Differing], advice: str) -> str:
    """:func:`differing_words` and ``advice`` (its ``{filter}`` named), with a space before them; "" for none."""
    said = differing_words(session, found)
    return " " + said + " " + advice.format(filter=filter_name()) if said else ""


_LINES: "weakref.WeakSet[DifferingLine]" = weakref.WeakSet()   # each window's line (export_note takes its session's)


def export_note(session, again: Callable[[], None]) -> str:
    """The export dialog's note (with a space before it), or "" when identical answers agree: as the results page's
    figures found them, when they hold for ``session`` as it is; else "" for now and ``again()`` once they come (asked
    for). Worked out here only with no results page showing ``session`` (a dialog of its own, as in a test)."""
    line = next((line for line in _LINES if line.serves(session)), None)
    found = differing(session) if line is None else line.fresh(session)
    if line is not None and found is None:
        line.when_found(again)
        return ""
    return _note(session, found or [], translate(
        "DifferingScores", "You can still export; to see them first, close this dialog and choose “{filter}” above the "
                           "results."))


def review_end_note(session, found: list[Differing]) -> str:
    """What the end of a review adds (with a space before it), or "": ``found``, :func:`differing` of ``session``."""
    return _note(session, found, translate("DifferingScores", "Press Esc and choose “{filter}” above the table to see "
                                                              "them."))


class DifferingLine(QWidget):
    """The results page's line about identical answers with different scores, and its button to list them; it keeps
    the page's filter of them (``view``: the :class:`~.results_view.ResultsView`) up to date."""

    foundChanged = Signal()   # worked out anew (the end of a review waits for it: fresh)

    def __init__(self, view) -> None:
        super().__init__(view)
        self._view = view
        self.found: list[Differing] = []
        self._of: tuple | None = None   # (a weak reference to the session, its revision) that found holds for
        self._waiting: list[Callable[[], None]] = []   # to call once they are worked out anew (when_found)
        _LINES.add(self)
        self.label = QLabel("")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)   # a question's title from the sheet, as written
        self.show_button = QPushButton(translate("DifferingScores", "Show them"))
        self.show_button.setAutoDefault(False)
        self.show_button.setToolTip(translate("DifferingScores", "List in the table below the identical answers whose "
                                                                 "scores differ"))
        self.show_button.clicked.connect(self.show_them)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignTop)
        view.filter_buttons[rm.DIFFERING].setVisible(False)
        self.setVisible(False)

    def update_for(self, session, found: list[Differing] | None = None, revision: int | None = None) -> None:
        """Work the line and the filter out again for ``session`` (None: no sheet open); ``found``: its
        :func:`differing`, if worked out already (with the figures, on a worker), at the session's ``revision``."""
        if session is not None and found is None:
            revision, found = session.revision, differing(session)
        self.found = found if session is not None and found is not None else []
        self._of = (weakref.ref(session), revision) if session is not None and revision is not None else None
        self._view.proxy.set_differing(differing_keys(self.found))
        button = self._view.filter_buttons[rm.DIFFERING]
        button.setVisible(bool(self.found) or button.isChecked())   # the filter in use stays in sight
        said = differing_words(session, self.found) if self.found else ""
        self.label.setText(f"\u26a0 {said}" if said else "")
        self.setVisible(bool(said))
        self.foundChanged.emit()
        waiting, self._waiting = self._waiting, []
        for again in waiting:
            again()

    def serves(self, session) -> bool:
        """Does this line's results page show ``session``?"""
        return self._view.session is session

    def fresh(self, session) -> list[Differing] | None:
        """:attr:`found` if it was worked out for ``session`` as it is now (at its revision), else None: :meth:`ask`."""
        if self._of is None or self._of[0]() is not session or self._of[1] != session.revision:
            return None
        return self.found

    def when_found(self, again: Callable[[], None]) -> None:
        """``again()`` once, when they are worked out anew (asked for now: :meth:`ask`)."""
        if again not in self._waiting:
            self._waiting.append(again)
        self.ask()

    def ask(self) -> None:
        """Have them worked out again with the page's figures (soon, on a worker on a large sheet): foundChanged."""
        self._view.schedule_refresh()

    def show_them(self) -> None:
        """The table lists them (its first row chosen, so Enter reviews them one by one)."""
        view = self._view
        view.set_filter(rm.DIFFERING)
        if view.proxy.rowCount():
            view.table.setFocus(Qt.FocusReason.OtherFocusReason)
            view.table.choose_row(0)
