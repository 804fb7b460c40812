"""A row of small labels, one per flag of an answer ("⚑ blank", "⚑ identical answers", …), going on to another line
where the card is too narrow for them all: in one row they were as wide as all of them together (1457 px for four
flags in German at a 16 pt font), the card scrolled sideways and the answer above them was cut on the right."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from ..core import flags as F
from .i18n import QT_TRANSLATE_NOOP
from .flow_layout import FlowLayout
from .style import flag_text

TIP = QT_TRANSLATE_NOOP("FlagChips", "Flagged answers always come to you, whatever the model's confidence.")
# what a flag that is not plain from its name means, put before TIP in its chip's tooltip
WHY = {
    F.UNSAVED: QT_TRANSLATE_NOOP("FlagChips", "The answer's cell holds a formula whose value was never saved (a program "
                                              "that does not compute formulas wrote the file), so Grader sees it "
                                              "empty. Open the file in Excel or LibreOffice, save it and open it "
                                              "again: the answer is there then."),
    F.TERM_LIST: QT_TRANSLATE_NOOP("FlagChips", "The answer lists terms without explaining them, and the model gave "
                                                "it credit: a model that counts key words can be fooled by a list."),
    F.DENIES: QT_TRANSLATE_NOOP("FlagChips", "The answer says “not”, “none”, “false” or the like, and the "
                                             "model would have accepted it with credit: a model that counts key words "
                                             "cannot tell “uses energy” from “does not use energy”. "
                                             "The model's score is kept; check that the answer means it."),
}


def why(flag: str) -> str:
    """What ``flag`` means where its name does not say it, in the interface's language ("" for the others)."""
    return QCoreApplication.translate("FlagChips", WHY[flag]) if flag in WHY else ""


def chip_tip(flag: str) -> str:
    """The tooltip of a flag's chip: what the flag means, if its name does not say it, and why it came to you."""
    tip = QCoreApplication.translate("FlagChips", TIP)
    return f"{QCoreApplication.translate('FlagChips', WHY[flag])}\n{tip}" if flag in WHY else tip


class FlagChips(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._row = FlowLayout(self, stretch_last=False)   # each chip as wide as its words, as many lines as needed
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(6)
        self._chips: list[QLabel] = []

    def set_flags(self, flags: list[str]) -> None:
        if self.texts() == [f"⚑ {flag_text(f)}" for f in flags]:
            return  # unchanged: no relayout
        while self._row.count():
            item = self._row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:   # out of sight now: deleted only once the event loop turns, it was drawn until then
                widget.hide()          # under the new chips ("⚑ blank" over "⚑ copied from prompt" in a screenshot)
                widget.deleteLater()
        self._chips = []
        for f in flags:
            chip = QLabel(f"⚑ {flag_text(f)}", self)
            chip.setFrameShape(QFrame.Shape.StyledPanel)
            chip.setMargin(3)
            chip.setToolTip(chip_tip(f))
            self._row.addWidget(chip)
            self._chips.append(chip)
        self.setVisible(bool(flags))

    def line_height(self) -> int:
        """The height of a line of chips."""
        return max((c.sizeHint().height() for c in self._chips), default=0)

    def texts(self) -> list[str]:
        return [c.text() for c in self._chips]
