"""A card's flag chips replaced by another answer's: the old chips go out of sight at once. They were only deleted
later (when the event loop next turns), and until then drawn under the new ones: a screenshot taken right after going to
another flagged answer showed "⚑ blank" over "⚑ copied from prompt"."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel

from grader_app.core import flags as F
from grader_app.ui.flag_chips import FlagChips


def test_the_chips_of_the_answer_before_are_out_of_sight_at_once(qtbot):
    box = FlagChips()
    qtbot.addWidget(box)
    box.resize(600, 80)
    box.show()
    qtbot.waitExposed(box)
    box.set_flags([F.BLANK, F.TOO_SHORT])
    box.set_flags([F.COPIED])
    # the new chip shown (a widget put in a shown layout is shown by a queued call); outside an event loop, as a
    # screenshot script's wait is, the old ones are not yet deleted
    QApplication.processEvents()
    shown = [c.text() for c in box.findChildren(QLabel) if c.isVisible()]
    assert shown == box.texts() and len(shown) == 1, shown
