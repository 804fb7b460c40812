"""The question asked when a sheet without a project of its own has one beside it that holds decisions on its
answers (the sheet was renamed, or saved under another name: :func:`grader_app.io.project_places.earlier_project`).

A teacher who renamed ``quiz.xlsx`` to ``quiz-final.xlsx`` expects to go on where they stopped, not to grade the class
again; a teacher who saved a copy to start again expects a fresh start. Only the teacher knows which, so the window
asks, without blocking: take over the decisions (the project file is copied to the sheet's own, the other left as it
was) or start afresh (the other project is not touched either). A part of the class sheet the project was made for
(``period1.csv``, split from ``quiz.csv`` to upload per section) is asked the same, in words for a part: its copy
holds the work on its own answers only.

A copy of the sheet opened in another place (taken home alone on a USB stick, or e-mailed, its project file left at
school) is asked in one sentence whether to continue from the project Grader kept for the same answers elsewhere
(:func:`grader_app.io.project_index.elsewhere_project`), with when it was last saved, where it is and how many
decisions it holds: continuing copies it beside this sheet, the other left as it was; starting afresh is remembered,
and not asked again for this sheet. A copy with nearly the same answers (late submissions added, a typo corrected:
:mod:`grader_app.io.project_near`) is told how many decisions come over and how many of its answers are new or
changed; the copy then opens as a changed sheet reopens, each decision going back to the same student, question and
answer text, those whose answer changed named above the results."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ..io.project_index import ElsewhereProject
from ..io.project_places import EarlierProject

translate = QCoreApplication.translate


def ask_take_over(parent: QWidget | None, earlier: EarlierProject, sheet: Path,
                  on_answer: Callable[[bool], None]) -> QMessageBox:
    """Open the question (window-modal, not blocking); ``on_answer(True)`` to take the decisions over, False to start
    afresh. Returns the box (its ``take_button`` and ``fresh_button`` are the two answers)."""
    n = earlier.decisions
    if isinstance(earlier, ElsewhereProject):
        return ask_continue(parent, earlier, sheet, on_answer)
    if earlier.part:   # a part of the class sheet the project was made for: a copy with this sheet's answers' work
        text = translate("EarlierProject", "{sheet} has no project file of its own. It holds {found} of the {stored} "
                         "answers of {made_for}, and {file} in the same folder holds %n decisions on them.", "", n)
        more = translate("EarlierProject", "Use them to go on where you stopped: Grader makes {own} with the decisions "
                         "on this sheet's answers only, and each goes back to the same student, question and answer "
                         "text. {file} is left as it was either way, with all its decisions.")
    else:
        text = translate("EarlierProject", "{sheet} has no project file of its own, but {file} in the same folder holds "
                         "%n decisions on its answers (it was made for {made_for}).", "", n)
        more = translate("EarlierProject", "Use them to go on where you stopped: Grader copies {file} to {own}, and "
                         "each decision goes back to the same student, question and answer text. {file} is left as it "
                         "was either way.")
    box = QMessageBox(QMessageBox.Icon.Question, translate("EarlierProject", "Use your earlier decisions?"),
                      text.format(sheet=sheet.name, file=earlier.path.name, made_for=earlier.made_for,
                                  found=earlier.found, stored=earlier.stored),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)   # names of files, models and questions, as written
    box.setInformativeText(more.format(file=earlier.path.name, own=earlier.own.name))
    return _opened(box, translate("EarlierProject", "&Use the %n decisions", "", n), on_answer)


def saved_on(saved: float) -> str:
    """The day a project was last saved, as the teacher says it ("4 December"; with the year when it is not this one)."""
    day = QDateTime.fromSecsSinceEpoch(int(saved)).date()
    month = QLocale().standaloneMonthName(day.month())
    if day.year() == QDate.currentDate().year():
        return translate("EarlierProject", "{day} {month}").format(day=day.day(), month=month)
    return translate("EarlierProject", "{day} {month} {year}").format(day=day.day(), month=month, year=day.year())


def ask_continue(parent: QWidget | None, earlier: ElsewhereProject, sheet: Path,
                 on_answer: Callable[[bool], None]) -> QMessageBox:
    """The question for a copy of the sheet opened in another place: continue from the project kept for the same
    answers elsewhere (``on_answer(True)``), or start afresh (False). Window-modal, not blocking."""
    n, folder = earlier.decisions, str(earlier.path.parent)
    if earlier.new:   # nearly the same answers (late submissions added, a typo corrected): what comes, what is new
        text = translate("EarlierProject", "You graded most of these answers before, on {date} in {folder}: "
                         "{decisions}; {new}. Continue from them?").format(
            date=saved_on(earlier.saved), folder=folder,
            decisions=translate("EarlierProject", "%n decisions come over", "", n),
            new=translate("EarlierProject", "%n answers are new or changed", "", earlier.new))
    else:
        text = translate("EarlierProject", "You graded these answers before, on {date} in {folder}: %n decisions. "
                         "Continue from them?", "", n).format(date=saved_on(earlier.saved), folder=folder)
    box = QMessageBox(QMessageBox.Icon.Question, translate("EarlierProject", "Continue where you stopped?"), text,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)   # folder names as written
    beside = earlier.own.parent == sheet.absolute().parent
    if beside:
        more = translate("EarlierProject", "Continuing copies them into {own} beside this sheet. {file} in {folder} is "
                         "left as it was either way.")
    else:   # this sheet's folder cannot be written to: its project is kept in Grader's own folder
        more = translate("EarlierProject", "Continuing copies them into {own}, as this sheet's folder cannot be written "
                         "to. {file} in {folder} is left as it was either way.")
    box.setInformativeText(more.format(own=earlier.own.name if beside else str(earlier.own), file=earlier.path.name,
                                       folder=folder))
    return _opened(box, translate("EarlierProject", "&Continue from the %n decisions", "", n), on_answer)


def _opened(box: QMessageBox, take_text: str, on_answer: Callable[[bool], None]) -> QMessageBox:
    """``box`` with its two answers, taking the earlier decisions (the default) or starting afresh (Escape), opened
    window-modal; ``on_answer`` hears which."""
    take = box.addButton(take_text, QMessageBox.ButtonRole.AcceptRole)
    fresh = box.addButton(translate("EarlierProject", "&Start afresh"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(take)
    box.setEscapeButton(fresh)
    box.take_button, box.fresh_button = take, fresh   # type: ignore[attr-defined]
    # once: the box stays the window's child once answered, and its slot held ``on_answer`` (the sheet opener, and so
    # the window, with the sheet read) where Python's collector cannot see it, for as long as the window lived
    box.finished.connect(lambda _r: on_answer(box.clickedButton() is take), Qt.ConnectionType.SingleShotConnection)
    box.open()
    return box
