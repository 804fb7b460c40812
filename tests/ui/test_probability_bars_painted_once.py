"""The review card's probability bars are painted once per answer, with the rest of the card. QProgressBar.setValue
painted a bar whose percentage changed there and then, and its new text had it painted again: every key on the review
screen painted each of the four bars twice (on a group card, about a fifth of the key's time on the GUI thread)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject

from grader_app.core.session import Prediction
from grader_app.ui.probability_bars import ProbabilityBar, ProbabilityBars


class PaintsCounted(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def test_new_probabilities_paint_each_bar_once_when_the_card_is_painted(qtbot):
    bars = ProbabilityBars()
    qtbot.addWidget(bars)
    bars.resize(600, 80)
    bars.show()
    qtbot.waitExposed(bars)
    bars.set_prediction(Prediction((0.1, 0.2, 0.3, 0.4), (0, 1, 2, 3)), (0, 1, 2, 3))
    shown = [b for b in bars.findChildren(ProbabilityBar) if b.isVisibleTo(bars)]
    counted = PaintsCounted()
    for b in shown:
        b.installEventFilter(counted)
    qtbot.wait(50)
    counted.paints = 0

    bars.set_prediction(Prediction((0.05, 0.15, 0.7, 0.1), (0, 1, 2, 3)), (0, 1, 2, 3))

    assert counted.paints == 0   # nothing painted while the card is still being filled
    said = [b.format().replace("\N{NO-BREAK SPACE}", " ") for b in shown]
    assert said == ["5 %", "15 %", "70 %", "10 %"]
    assert [b.value() for b in shown] == [5, 15, 70, 10]
    assert [b.accessibleDescription() for b in shown] == [b.format() for b in shown]
    qtbot.waitUntil(lambda: counted.paints >= len(shown))   # then each bar once, with the new values
    qtbot.wait(50)
    assert counted.paints == len(shown)
    assert all(b.updatesEnabled() for b in shown)
