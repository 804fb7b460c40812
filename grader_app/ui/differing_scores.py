"""What the window says of identical answers that got different scores (:mod:`grader_app.core.consistency`, which
decides which do): a line on the results page under the counts, with a button that lists them in the table (the
filter "Identical, other scores", shown while there are some), a sentence at the end of a review beside its export
button, and a note in the export dialog (a note: the export goes on). QA found that ten identical answers scored 1
and three scored 2 were never pointed out (``s52a`` finding 7)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
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


def export_note(session) -> str:
    """The export dialog's note (with a space before it), or "" when identical answers agree."""
    said = differing_words(session, differing(session))
    if not said:
        return ""
    return " " + said + " " + translate("DifferingScores", "You can still export; to see them first, close this dialog "
                                                           "and choose “{filter}” above the results.").format(
        filter=filter_name())


def review_end_note(session) -> str:
    """What the end of a review adds (with a space before it), or ""."""
    said = differing_words(session, differing(session))
    if not said:
        return ""
    return " " + said + " " + translate("DifferingScores", "Press Esc and choose “{filter}” above the table to see "
                                                           "them.").format(filter=filter_name())


class DifferingLine(QWidget):
    """The results page's line about identical answers with different scores, and its button to list them; it keeps
    the page's filter of them (``view``: the :class:`~.results_view.ResultsView`) up to date."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self._view = view
        self.found: list[Differing] = []
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

    def update_for(self, session, found: list[Differing] | None = None) -> None:
        """Work the line and the filter out again for ``session`` (None: no sheet open); ``found``: its
        :func:`differing`, if worked out already (with the figures, on a worker)."""
        self.found = (differing(session) if found is None else found) if session is not None else []
        self._view.proxy.set_differing(differing_keys(self.found))
        button = self._view.filter_buttons[rm.DIFFERING]
        button.setVisible(bool(self.found) or button.isChecked())   # the filter in use stays in sight
        said = differing_words(session, self.found) if self.found else ""
        self.label.setText(f"\u26a0 {said}" if said else "")
        self.setVisible(bool(said))

    def show_them(self) -> None:
        """The table lists them (its first row chosen, so Enter reviews them one by one)."""
        view = self._view
        view.set_filter(rm.DIFFERING)
        if view.proxy.rowCount():
            view.table.setFocus(Qt.FocusReason.OtherFocusReason)
            view.table.choose_row(0)
