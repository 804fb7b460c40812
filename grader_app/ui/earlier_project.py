"""The question asked when a sheet without a project of its own has one beside it that holds decisions on its
answers (the sheet was renamed, or saved under another name: :func:`grader_app.io.project_places.earlier_project`).

A teacher who renamed ``quiz.xlsx`` to ``quiz-final.xlsx`` expects to go on where they stopped, not to grade the class
again; a teacher who saved a copy to start again expects a fresh start. Only the teacher knows which, so the window
asks, without blocking: take over the decisions (the project file is copied to the sheet's own, the other left as it
was) or start afresh (the other project is not touched either). A part of the class sheet the project was made for
(``period1.csv``, split from ``quiz.csv`` to upload per section) is asked the same, in words for a part: its copy
holds the work on its own answers only."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ..io.project_places import EarlierProject

translate = QCoreApplication.translate


def ask_take_over(parent: QWidget | None, earlier: EarlierProject, sheet: Path,
                  on_answer: Callable[[bool], None]) -> QMessageBox:
    """Open the question (window-modal, not blocking); ``on_answer(True)`` to take the decisions over, False to start
    afresh. Returns the box (its ``take_button`` and ``fresh_button`` are the two answers)."""
    n = earlier.decisions
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
    take = box.addButton(translate("EarlierProject", "&Use the %n decisions", "", n), QMessageBox.ButtonRole.AcceptRole)
    fresh = box.addButton(translate("EarlierProject", "&Start afresh"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(take)
    box.setEscapeButton(fresh)
    box.take_button, box.fresh_button = take, fresh   # type: ignore[attr-defined]
    box.finished.connect(lambda _r: on_answer(box.clickedButton() is take))
    box.open()
    return box
