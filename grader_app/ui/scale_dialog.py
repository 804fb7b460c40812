"""Setting what a question without a shipped model is out of (:mod:`grader_app.core.scale`): the "out of" field
(:class:`ScaleField`: a number and "half points"), in the columns dialog's table of questions and in
:class:`ScaleDialog`, which the review's **Change…** beside the score buttons opens. The dialog refuses a scale that
would leave marks already given off it (a 3 on a question set out of 2, a 4,5 on one set to whole points), saying how
many and what to do; nothing is changed then."""
from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QHBoxLayout, QLabel, QToolButton,
                               QVBoxLayout, QWidget)

from ..core.scale import MAX_TOP, TEACHER, Scale, is_half, number
from .i18n import score
from .learning_words import question_name
from .scale_words import out_of, source

translate = QCoreApplication.translate


class OutOfBox(QDoubleSpinBox):
    """The "out of" number: whole points, or halves when the question takes them (a sheet's 2.5 stays 2.5), written
    as the interface writes scores ("10", "2,5" in German), never "10.0"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(1)
        self.setRange(1, MAX_TOP)

    def textFromValue(self, value: float) -> str:
        return score(value)

    def top(self) -> int | float:
        value = round(self.value() * 2) / 2
        return int(value) if value.is_integer() else value


class ScaleField(QWidget):
    """"Out of [10] ☐ half points": what a question is out of. ``touched``: the teacher changed it, ``mine`` to what
    (else it shows what applies without her: the sheet's points, a learned model's scale, or Grader's guess, ``guess``:
    the last of these)."""

    mine: Scale | None = None
    guess = False

    def __init__(self, scale: Scale, parent: QWidget | None = None, label: str = "", compact: bool = False) -> None:
        """``compact``: half points are a small "½" toggle (a table's cell), not a box with its words."""
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2 if compact else row.spacing())
        if label:
            row.addWidget(QLabel(label, self))
        self.spin = OutOfBox(self)
        words = self.tr("half points ({half})").format(half=score(0.5))
        self.half: QCheckBox | QToolButton = QToolButton(self) if compact else QCheckBox(words, self)
        if compact:
            self.half.setText(self.tr("½"))   # a half point
            self.half.setCheckable(True)
            self.half.setAccessibleName(words)
        self.half.setToolTip(self.tr("Scores in half points, such as {score}").format(score=score(4.5)))
        row.addWidget(self.spin)
        row.addWidget(self.half)
        row.addStretch(1)
        self.touched = False
        self.show_scale(scale)
        self.spin.valueChanged.connect(self._touch)
        self.half.toggled.connect(self._touch)

    def show_scale(self, scale: Scale) -> None:
        """Show ``scale`` (not the teacher's doing: ``touched`` stays as it is)."""
        for w in (self.spin, self.half):
            w.blockSignals(True)
        self.spin.setValue(max(1, min(MAX_TOP, round(float(scale.top) * 2) / 2)))
        self.half.setChecked(scale.half or is_half(scale.top))
        self.spin.setSingleStep(0.5 if self.half.isChecked() else 1)
        for w in (self.spin, self.half):
            w.blockSignals(False)

    def _touch(self, *_a) -> None:
        if not self.half.isChecked() and not float(self.spin.value()).is_integer():   # whole points: 2.5 is 3
            self.spin.blockSignals(True)
            self.spin.setValue(float(math.ceil(self.spin.value())))
            self.spin.blockSignals(False)
        self.spin.setSingleStep(0.5 if self.half.isChecked() else 1)
        self.touched, self.mine = True, self.scale()

    def scale(self) -> Scale:
        top = self.spin.top()   # a half "out of" (2.5) takes half points, whatever the box says
        return Scale(top=top, half=self.half.isChecked() or is_half(top), source=TEACHER)


def refusal(scale: Scale, marks) -> str:
    """Why ``scale`` cannot be set on a question whose answers hold ``marks`` (and what to do); "" when it can."""
    numbers = [n for n in map(number, marks) if n is not None]
    above = [n for n in numbers if n > scale.top]
    if above:
        return translate("ScaleDialog", "%n answers have a score above {top} (the highest: {highest}): choose at "
                         "least {highest}, or change those scores first.", "", len(above)).format(
            top=score(scale.top), highest=score(max(above)))
    halves = [n for n in numbers if is_half(n)]
    if halves and not scale.half:
        return translate("ScaleDialog", "%n answers have half points ({score}): keep half points, or change those "
                         "scores first.", "", len(halves)).format(score=score(halves[0]))
    return ""


class ScaleDialog(QDialog):
    """What question ``item`` is out of, now ``scale`` (its marks so far: ``marks``); :meth:`scale` once accepted. The
    box opens on ``suggested`` where given (the teacher's highest mark, on a guess her marks stop short of), else on
    ``scale``."""

    def __init__(self, session, item: str, scale: Scale, marks, parent: QWidget | None = None,
                 suggested: Scale | None = None) -> None:
        super().__init__(parent)
        self.marks = list(marks)
        name = question_name(item, session.mapping)
        self.setWindowTitle(self.tr("What is this question out of?"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("“{question}” is {out_of} now ({source}). What is it out of?").format(
            question=name, out_of=out_of(scale), source=source(scale)), self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        self.field = ScaleField(suggested or scale, self, label=self.tr("Out of"))
        layout.addWidget(self.field)
        note = QLabel(self.tr("The review's buttons and keys, the graded sheet, the points, the students' feedback, "
                              "the report and the LMS files use it."), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.field.spin.setFocus()
        self.field.spin.selectAll()
        self.setLocale(QLocale())
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)   # its sentences on a few lines, not many

    def scale(self) -> Scale:
        return self.field.scale()

    def accept(self) -> None:
        said = refusal(self.scale(), self.marks)
        if said:
            self.error.setText("⚠ " + said)
            self.error.show()
            self.adjustSize()   # room for the sentence
            return
        super().accept()
