"""The notes about the opened sheet that the teacher must be able to read whole and find again ("6 decisions could not
be restored…", "two students share a name… add a column of student ids before you upload", "3 final scores typed into
the sheet were taken as your decisions", "1 row of the sheet is hidden…"), kept above the results table until the
teacher closes them. The status bar cut them at the window's width (at 1024 px a German note lost half its words) and
let them go after a few seconds or at the next decision; good news ("Restored 60 decisions") stays there alone.

Failures said while the sheet is open ("The scores could not be saved in the project file: …", "The model for
question 2 could not learn from your marks: …", a refused drop) are kept here too, whole, below the notes
(:meth:`SheetNotices.add_problem`): the status bar says them as well, but cuts them to its width. So is news that
tells the teacher what to do next ("Saved “…” and added it to your models…; to score one with it, choose it when you
check the columns"), marked as information, not as a warning (:meth:`SheetNotices.add_info`). News that a failure
is over ("The scores are saved in … after all.", "Your 2 decisions that could not be saved are in … after all.") takes
that failure's place (of the first, if it ends several), so the notes never say what is no longer true; so does a
failure that says an earlier one again, up to date (the decisions a full disk left unsaved, counted anew with each
refused write).

The area is one calm frame: each note a paragraph, wrapped, selectable with the mouse and the keyboard, beside a Close
button; no taller than a few lines (it scrolls beyond), so the table keeps its room in a window 600 px high. On a page
still too short for the table (1024×600 at a 16 pt font) it folds to one line ending in "…", the notes whole in its
tooltip (:mod:`.results_room`). A note that only tells what Grader did and needs nothing of the teacher (rows left out
that hold no answers, the graded sheet keeps them) is marked as information (:class:`Information`), not as a warning."""
from __future__ import annotations

from dataclasses import replace
from typing import Callable, Iterable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout

from .. import workflow
from .sheet_notes import note_words
from .review_room import FoldingLabel
from .opening_notes import opened_notes
from .text_wrap import breakable

translate = QCoreApplication.translate

MAX_LINES = 4   # the area's height at most, in lines of text: beyond it, it scrolls
WARNING, INFO = "\u26a0", "\u2139"   # the marks before a note or failure, and before news on what to do next
# what a reader did to a sheet that changes what is graded or exported, said again whenever the sheet is opened (the
# columns dialog, which says every note, is not shown when the project knows the columns)
SHEET_WARNINGS = frozenset({"hidden_rows", "open_quote", "quote_closed_late", "cut_off_in_quote", "excel_errors",
                            "not_utf8", "extra_fields", "formulas_without_results", "cells_left_out", "summing_rows_left_out",
                            "question_from_above", "code_page_guessed", "header_again", "survey_labels",
                            "table_totals"})
# of those, rows left out that hold no answers: nothing to do
SHEET_INFORMATION = frozenset({"header_again", "survey_labels", "table_totals"})


class Information(str):
    """A note said as information (marked ℹ above the results), not as a warning."""


def opened_warnings(prepared: workflow.Prepared, project_name: str, blind: bool) -> list[str]:
    """The warnings of the opening (:func:`.opening_notes.opened_notes`, students named only while ``blind`` is off),
    then the sheet's own that change what is graded or exported, in the interface's language (rows left out that hold
    no answers as :class:`Information`)."""
    said = [text for text, warning in opened_notes(replace(prepared, blind=blind), project_name, blind) if warning]
    for n in prepared.session.sheet.notes:
        if (kind := getattr(n, "kind", "")) in SHEET_WARNINGS:
            said.append(Information(note_words(n)) if kind in SHEET_INFORMATION else note_words(n))
    for n in prepared.row_notes:   # "Class 9B" left out, a question named once: found as the session was prepared
        said.append(Information(note_words(n)))
    return said


class OpenedWarnings:
    """:func:`opened_warnings` of one opening, worked out once for names shown and once for names hidden, when first
    asked: the status bar counts them and the notes say them as the sheet is shown, and again when blind marking
    follows the project; on 10,000 answers each time held the GUI thread. (The sheet, its notes and the interface's
    language stay as they are while it is open.)"""

    def __init__(self, prepared: workflow.Prepared, project_name: str) -> None:
        self.prepared, self.project_name = prepared, project_name
        self._said: dict[bool, list[str]] = {}

    def __call__(self, blind: bool) -> list[str]:
        if blind not in self._said:
            self._said[blind] = opened_warnings(self.prepared, self.project_name, blind)
        return list(self._said[blind])


def opened_status(prepared: workflow.Prepared, project_name: str, blind: bool,
                  warnings: list[str] | None = None) -> str:
    """The status bar's short form of the opening: its good news ("Restored 60 decisions from …"), and how many notes
    about the sheet are above the results ("" if neither); ``warnings``: :func:`opened_warnings`, if already known."""
    said = [text for text, warning in opened_notes(prepared, project_name, blind) if not warning]
    if warnings is None:
        warnings = opened_warnings(prepared, project_name, blind)
    if warnings:
        said.append(translate("SheetNotices", "%n notes about this sheet are shown above the results.", "",
                              len(warnings)))
    return " ".join(said)


class SheetNotices(QFrame):
    """The warnings about the opened sheet, whole, until the teacher closes them (or another sheet is opened)."""
    closed = Signal()   # the teacher closed the notes (the keyboard goes on in the results)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._say: Callable[[], list[str]] | None = None
        self._closed = False              # the teacher closed the notes: a later problem comes back alone
        self._kept: list[tuple[str, str]] = []   # (mark, text): failures and news said since the sheet was opened
        self.notes: list[str] = []        # what is shown: the notes, then the failures and news, as said
        self.text = FoldingLabel("")   # folds to one line on a page too short for the table (.results_room)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)   # names and columns from the sheet, as written
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)   # Tab reaches it: read, select and copy with the keys
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setAccessibleName(translate("SheetNotices", "Notes about this sheet"))
        self.area = QScrollArea()
        self.area.setWidget(self.text)
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # the text itself takes the focus
        self.close_button = QPushButton(translate("SheetNotices", "Close"))
        self.close_button.setAutoDefault(True)   # Enter closes it too, once it has the focus
        self.close_button.setToolTip(translate("SheetNotices", "Close these notes; they come back when you open the "
                                                               "sheet again"))
        self.close_button.setAccessibleName(translate("SheetNotices", "Close the notes about this sheet"))
        self.close_button.clicked.connect(self.dismiss)
        side = QVBoxLayout()
        side.addWidget(self.close_button)
        side.addStretch(1)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(6, 4, 6, 4)
        lay.addWidget(self.area, 1)
        lay.addLayout(side)
        self.setVisible(False)

    @property
    def problems(self) -> list[str]:
        """The failures kept since the sheet was opened (or the area closed)."""
        return [text for mark, text in self._kept if mark == WARNING]

    @property
    def infos(self) -> list[str]:
        """The news on what to do next kept since the sheet was opened (or the area closed)."""
        return [text for mark, text in self._kept if mark == INFO]

    def show_notes(self, say: Callable[[], list[str]] | None) -> None:
        """Show what ``say()`` gives (asked again when the names are hidden or shown), or nothing (None)."""
        self._say, self._closed, self._kept = say, False, []
        self._put(self._said())
        self.setVisible(bool(self.notes))

    def add_problem(self, text: str, replaces: Iterable[str] = ()) -> None:
        """Keep a failure, whole, until the teacher closes the area (once, however often it is said); none while no
        sheet is open. In the place of the first failure ``replaces`` that is kept, the others gone: it says them again,
        up to date ("4 of your decisions are kept but could not be saved…" after "2 of…")."""
        self._keep(WARNING, text, replaces)

    def add_info(self, text: str, resolves: str | Iterable[str] = ()) -> None:
        """Keep news that tells the teacher what to do next, whole and marked as information, as a failure is kept;
        in the place of the first failure ``resolves`` (one, or several) that is kept, the others gone (they are no
        longer true)."""
        self._keep(INFO, text, resolves)

    def _keep(self, mark: str, text: str, resolves: str | Iterable[str] = ()) -> None:
        if self._say is None:
            return
        gone = {resolves} if isinstance(resolves, str) else set(resolves)
        kept = [(mark, text) if said and said in gone else (m, said) for m, said in self._kept]
        if (mark, text) not in kept:
            kept.append((mark, text))
        self._kept = list(dict.fromkeys(kept))   # once, where it was first
        self._put(self._said())
        self.setVisible(True)

    def refresh(self) -> None:
        """Say the notes again (blind marking was switched: a note names students only while names are shown); closed
        notes stay closed."""
        if self._say is not None:
            self._put(self._said())

    def dismiss(self) -> None:
        self._closed, self._kept = True, []
        self.setVisible(False)
        self.closed.emit()

    @property
    def folded(self) -> bool:
        return self.text.folded

    def set_folded(self, folded: bool) -> None:
        """Fold the notes to one line cut with "…" (whole in its tooltip), or show them whole again."""
        self.text.set_folded(folded)
        self._fit()

    def _whole(self) -> int:
        """The area's height with the notes whole, at its width now."""
        width = self.area.viewport().width()
        line = self.text.fontMetrics().lineSpacing()
        return max(line, min(self.text.full_height(width), line * MAX_LINES)) if width > 0 else self.area.height()

    def saving(self) -> int:
        """How much shorter the frame is folded than whole, at its width now (the Close button beside it stays)."""
        least = self.close_button.sizeHint().height()
        return max(0, max(self._whole(), least) - max(self.text.one_line(), least))

    def short_by(self) -> int:
        """How much taller the frame is with the notes whole than it is laid out now."""
        least = self.close_button.sizeHint().height()
        return max(self._whole(), least) - max(self.area.height(), least)

    def _said(self) -> list[tuple[str, str]]:
        notes = self._say() if self._say is not None and not self._closed else []
        return [(INFO if isinstance(n, Information) else WARNING, n) for n in notes] + self._kept

    def _put(self, said: list[tuple[str, str]]) -> None:
        self.notes = [text for _mark, text in said]
        self.text.setText("\n".join(f"{mark} {breakable(text)}" for mark, text in said))
        self._fit()

    def _fit(self) -> None:
        """As tall as the notes at this width, up to MAX_LINES lines (then the notes scroll)."""
        width = self.area.viewport().width()
        if width <= 0:
            return
        need = self.text.heightForWidth(width)
        cap = self.text.fontMetrics().lineSpacing() * MAX_LINES
        height = max(self.text.fontMetrics().lineSpacing(), min(need, cap))
        if self.area.height() != height:
            self.area.setFixedHeight(height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit()
