"""The threshold panel's spin box: a threshold in percent as :func:`~.i18n.percent_needed` writes it.

A model's own threshold is chosen on its calibration answers and is seldom a whole percent (0.824). A whole-percent
spin box showed it as "82 %", and the panel's line "Each question now needs" said 82 % too, while the results table
showed an answer 82 % sure (0.821, rounded down) as not taken: both now say 82.4 %. A whole threshold still reads "90 %",
not "90.0 %"; the arrows step to whole percents (82.4 up: 83, down: 82), as the slider beside it moves.

``stepping`` is true while a step (an arrow, a Page key, the wheel) sets the value: a value set otherwise while the box
has the focus is being typed (the threshold panel writes it once it is committed).
"""
from __future__ import annotations

import math

from PySide6.QtWidgets import QDoubleSpinBox

from .i18n import number


class PercentSpin(QDoubleSpinBox):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setDecimals(1)
        self.setRange(0.0, 100.0)
        self.setSingleStep(1.0)
        self.setSuffix(" %")
        self.stepping = False

    def typing(self) -> bool:
        """The value just set is being typed (not a step, nor set by the program while the box had no focus)."""
        return self.hasFocus() and not self.stepping

    def textFromValue(self, value: float) -> str:  # noqa: N802 (Qt's name)
        """A whole percent without a decimal place ("90"), else to a tenth in the current locale ("82.4", "82,4")."""
        tenths = round(value * 10)
        return number(tenths / 10, 0 if tenths % 10 == 0 else 1)

    def stepBy(self, steps: int) -> None:  # noqa: N802 (Qt's name)
        """Arrows and Page keys from a fractional threshold: the first step to the whole percent that way."""
        self.stepping = True
        try:
            v = self.value()
            if steps and v != round(v):
                whole = math.ceil(v) if steps > 0 else math.floor(v)
                self.setValue(whole + (steps - 1 if steps > 0 else steps + 1))
                return
            super().stepBy(steps)
        finally:
            self.stepping = False
