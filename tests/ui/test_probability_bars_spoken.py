"""A screen reader hears a probability bar's percentage as its label shows it, not the probability in ‰.

The bars' value was the probability in ‰ (range 0–1000, for an exact fill): through Qt's accessible interface a
screen reader read a bar labelled "64 %" as 646 (of 1000). Now its value is the label's whole percent on a range of
0–100, its accessible description the label itself, and the fill is still drawn from the exact probability. Read
here through the real widgets' accessible interfaces (QAccessible), in English and German.
"""
from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QProgressBar, QStyle

from grader_app.core.session import Prediction
from grader_app.ui.probability_bars import ProbabilityBars
from in_language import in_language

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ROW = (0.1, 0.2536, 0.6464)   # labelled 10 %, 25 %, 64 % (rounded down, as the results table's confidence)


def _heard(qtbot) -> list[tuple[str, str, float, float, float, str, tuple[int, int]]]:
    """(label, spoken value, value, least, most, description, (fill width, bar width)) per bar shown."""
    bars = ProbabilityBars()
    qtbot.addWidget(bars)
    bars.resize(1800, 80)   # wide bars: 25.36 % and 25 % of one differ by more than a pixel
    bars.show()
    bars.set_prediction(Prediction(ROW, (0, 1, 2)), (0, 1, 2))
    out = []
    for bar in [b for b in bars.findChildren(QProgressBar) if b.isVisibleTo(bars)]:
        face = QAccessible.queryAccessibleInterface(bar)
        value = face.valueInterface()
        out.append((bar.text(), face.text(QAccessible.Text.Value), value.currentValue(), value.minimumValue(),
                    value.maximumValue(), face.text(QAccessible.Text.Description),
                    (bar.fill_rect().width(), bar.style().subElementRect(QStyle.SubElement.SE_ProgressBarContents,
                                                                         bar._option(), bar).width())))
    return out


@pytest.mark.parametrize("code", ["en", "de"])
def test_a_screen_reader_hears_the_percent_the_bar_shows(qtbot, code):
    with in_language(code):
        heard = _heard(qtbot)
    assert [h[0] for h in heard] == ["10\u00a0%", "25\u00a0%", "64\u00a0%"]
    for label, spoken, value, least, most, description, _fill in heard:
        figure = label.split("\u00a0")[0]
        assert (least, most) == (0, 100)                 # a percentage: was 0-1000
        assert spoken == figure and value == int(figure)  # was "646" for "64 %"
        assert description == label
    for (fill, width), p in zip([h[6] for h in heard], ROW):   # the fill still follows the exact probability
        assert abs(fill - round(width * p)) <= 1 and width > 400   # (the groove's frame may take a pixel)
