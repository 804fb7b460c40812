"""The end of a review: what the review screen says once no answer on it is left to decide.

QA found the screen stayed on the last answer decided, its top line still "10 of 105 to review" (the place of that
answer, read as ten answers still to check), with nothing pointing to what comes next. Once the last answer is
decided, the top line says the review is done beside the answers left (none), and a line under the card says what is
next: exporting the grades (a button, and the window's File ▸ Export…, Ctrl+E), or, when the review held only some of
the answers that need the teacher (a table row opened, the table searched), going back to the table for the others.

An answer is left to decide (:func:`left_to_decide`) when it has no score of the teacher's and no model learned from
the teacher's marks has taken it: the same answers the review moves on to after each score, so the count of answers
left and the screen's "done" never disagree.

Identical answers that got different scores are said before the export (:mod:`.differing_scores`). Finding them is a
pass over every answer (0.2–0.7 s on 20,000, at every key once the review is done): the line takes them from the results
page's figures (worked out on their worker on a large sheet) when they hold for the session as it is, else says the
rest at once and adds them when the figures come (asked for: :meth:`~.differing_scores.DifferingLine.ask`).
"""
from __future__ import annotations

from typing import cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from ..core.review import AUTO
from .answer_card import wrapping_label
from .differing_scores import DifferingLine, review_end_note
from .review_room import FoldingLabel


def left_to_decide(view, key: int) -> bool:
    """``key`` is still the teacher's to decide on the review screen ``view``: no score of theirs, and not taken by a
    model that learned from their marks (``view._learns``)."""
    s = view.session
    return key not in s.decisions and not (s.status(key) == AUTO and view._learns(s.answers[key].item))


def needed_elsewhere(session, keys) -> int:
    """How many answers of the sheet that are not in ``keys`` still need the teacher."""
    here = set(keys)
    return sum(1 for a in session.answers if a.key not in here and session.needs_teacher(a.key))


class ReviewEnd(QWidget):
    """The line under the card once every answer of the review is decided, with a button to export the grades."""

    exportRequested = Signal()
    changed = Signal()   # its text changed between two keys (the note on identical answers came): said again

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.label = cast(FoldingLabel, wrapping_label(self, bold=True, kind=FoldingLabel))   # folds on a short page
        self.label.setAccessibleName(self.tr("the review is done"))
        self.export_button = QPushButton(self.tr("Export the grades… (Ctrl+E)"), self)
        self.export_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # the keys stay with the review screen
        self.export_button.setToolTip(self.tr("Write the graded sheet, a gradebook for your school's system or a "
                                              "printable report (File ▸ Export…)"))
        self.export_button.clicked.connect(lambda _=False: self.exportRequested.emit())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        self.setVisible(False)
        self.elsewhere = 0
        self.differing: DifferingLine | None = None   # the results page's line (use_differing)
        self._session = None   # the session the review is done in
        self._keep = None      # what a model learned here needs to be kept (show_for)

    def use_differing(self, line: DifferingLine) -> None:
        """Identical answers that got different scores, as the results page's ``line`` found them with its figures
        (:class:`~.differing_scores.DifferingLine`): the note comes from there, never worked out here."""
        self.differing = line
        line.foundChanged.connect(self._found)

    def text(self) -> str:
        """What the line says now ("" while answers are left to decide)."""
        return self.label.text() if not self.isHidden() else ""

    def show_for(self, session, keys: list[int], left: int, elsewhere=None, keep=None) -> None:
        """Shown once none of the review's ``keys`` is ``left`` to decide; hidden while some are. ``elsewhere()``: how
        many answers not in ``keys`` need the teacher (:func:`needed_elsewhere`, when not given); ``keep()``: what to
        save so a later sheet keeps what a model learned here (:func:`~.model_keeping.keep_note`), said once done."""
        if not keys or left:
            self.label.clear()
            self.label.set_short("")
            self.setVisible(False)
            self._session = None
            return
        self.elsewhere = elsewhere() if elsewhere is not None else needed_elsewhere(session, keys)
        if self.elsewhere:
            self.label.setText(self.tr("✓ Every answer here is decided, but %n more answers in the sheet need you: press "
                                       "Esc to go back to the table and review them (Ctrl+2).", "", self.elsewhere))
        self._session = session
        self._keep = keep
        self._say_done()
        self.export_button.setVisible(not self.elsewhere)
        self.setVisible(True)

    def _say_done(self) -> None:
        if self.elsewhere or self._session is None:
            return
        keep = self._keep() if self._keep is not None else ""
        self.label.setText(self.tr("✓ Review done: every answer that needed you is decided. Next step: export the "
                                   "grades (File ▸ Export…, Ctrl+E). You can still go through the answers and change a "
                                   "score; Esc goes back to the table.") + self._note(self._session) + keep)
        # folded to one line on a short page (1024×600), where the top line says the review is done: the model to save
        self.label.set_short(self.tr("✓ Keep what it learned: File ▸ Save as model…") if keep else "")

    def _note(self, session) -> str:
        """Identical answers that got different scores (:func:`review_end_note`), if the results page's are fresh; else
        "" for now, the figures asked for (:meth:`_found` adds them)."""
        line = self.differing
        found = line.fresh(session) if line is not None else None
        if found is None:
            if line is not None:
                line.ask()
            return ""
        return review_end_note(session, found)

    def _found(self) -> None:
        """The results page worked them out anew: the line says them, if the review is still done."""
        before = self.label.text()
        if not self.isHidden():
            self._say_done()
        if self.label.text() != before:
            self.changed.emit()
