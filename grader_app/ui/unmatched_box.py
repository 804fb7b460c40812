"""The students an LMS file could not take, listed in the export dialog: none is dropped silently.

So are, after them, the students in the file without a grade because an answer of theirs still had no score: the
box lists everyone whose grade is to be entered by hand, as the list beside the file does.

After a file is saved, the box names the file they are not in and the ``-unmatched.csv`` beside it, and lists each
student with their row and the reason (:mod:`.unmatched_words`, in the interface's language). When the file could
take nobody and was not written, the box lists why for each student (unless they all lack the same identifier,
which the dialog's one sentence says). While names are hidden (blind marking) each student is their neutral label,
and the reason says it in place of their name or id.
"""
from __future__ import annotations

import re
from typing import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QLabel, QListWidget, QVBoxLayout, QWidget

from ..io.lms import ExportResult, Unmatched
from .blind import neutral_label
from .unmatched_words import reason_words

translate = QCoreApplication.translate
ROWS = 7   # the list is this many lines of text tall, then scrolls
LINES_PER_STUDENT = 2   # a student's line wraps into about two in a dialog 1,024 pixels wide


class UnmatchedBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)   # file and student names, shown as written
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.list = QListWidget(self)
        self.list.setAccessibleName(translate("ExportDialog", "students that could not be matched"))
        self.list.setWordWrap(True)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)   # a row taller than the list
        layout.addWidget(self.label)
        layout.addWidget(self.list)
        self.shown: list[Unmatched] = []
        self.hide()

    def clear(self) -> None:
        self.shown = []
        self.list.clear()
        self.label.clear()
        self.hide()

    def show_left_out(self, result: ExportResult | None, names=None) -> None:
        """The students ``result``'s file could not take (hidden when there are none); ``names``: the window's
        student labels while blind marking is on, else None."""
        if result is None:
            self.clear()
            return
        self.show_not_in(result.path.name, result.unmatched, result.report, names, result.ungraded)

    def show_not_in(self, file: str, unmatched: Sequence[Unmatched], report=None, names=None,
                    ungraded: Sequence[Unmatched] = ()) -> None:
        """The students left out of the file named ``file``, which was written, then those in it without a grade
        because an answer of theirs still has no score (``ungraded``: the window's line names only the first few),
        and the list ``report`` naming them all (None: none was written, as when Excel holds the old one open: the
        dialog's sentence says so)."""
        if not unmatched and not ungraded:
            self.clear()
            return
        said = [translate("ExportDialog", "%n students could not be matched, so they are not in {file}.", "",
                          len(unmatched)).format(file=file)] if unmatched else []
        if ungraded:
            said.append(translate("ExportDialog", "%n students are in {file} without a grade, because an answer of "
                                  "theirs still has no score.", "", len(ungraded)).format(file=file))
        if report is not None:
            said.append(translate("ExportDialog", "They are listed with their scores in {file}.").format(file=report))
        self.setTitle(translate("ExportDialog", "Students without a grade in the file: enter their grades by hand")
                      if ungraded else translate("ExportDialog", "Students not in the file: enter their grades by hand"))
        self.label.setText("⚠ " + " ".join(said))
        self._fill([*unmatched, *ungraded], names)

    def show_nothing_saved(self, unmatched: Sequence[Unmatched], names=None) -> None:
        """Why each student could not be matched, when no file was written."""
        if not unmatched:
            self.clear()
            return
        self.setTitle(translate("ExportDialog", "Students who could not be matched"))
        self.label.setText("⚠ " + translate("ExportDialog", "Nothing was saved: none of the %n students could be "
                                                            "matched. Why, for each of them:", "", len(unmatched)))
        self._fill(unmatched, names)

    def _fill(self, unmatched: Sequence[Unmatched], names) -> None:
        self.shown = list(unmatched)
        self.list.clear()
        for u in unmatched:
            student, reason = u.student, reason_words(u.reason)
            if names is not None:   # blind marking: the neutral label, and the reason without their id or name
                student = neutral_label(names.number(u.student))
                for part in sorted({u.student, *u.student.split(" · ")}, key=len, reverse=True):
                    if len(part.strip()) >= 2:
                        reason = re.sub(rf"(?<!\w){re.escape(part.strip())}(?!\w)", student, reason)
            self.list.addItem(translate("ExportDialog", "{student} (row {row}): {reason}").format(
                student=student, row=u.row, reason=reason))
        # in lines of text, not rows: a row wraps into two or three lines once the list has its width (a row's own
        # height, asked for before that, is one line: two students were shown as two lines, the second cut off)
        lines = min(LINES_PER_STUDENT * len(unmatched), ROWS)
        self.list.setFixedHeight(self.list.fontMetrics().lineSpacing() * lines + 2 * self.list.frameWidth() + 6)
        self.show()
