"""The percentage on a probability bar of the review, readable whatever the fill. QA at 1024×600 (Spanish): the style
centred "49 %" on the bar, so its "4" was cut by the edge of the fill, half white on blue and half white on white.
The real bars (ProbabilityBars) painted by the real style, in a light palette and a dark one: the pixels the text adds
stand wholly on one side of the fill's edge, in a colour far from what is under them; on a bar too narrow for the
text on either side (ten scores in a row), the text keeps one colour, outlined, across the edge."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage, QPalette

from grader_app.core.prediction import Prediction
from grader_app.ui.probability_bars import ProbabilityBars


def _dark() -> QPalette:
    pal = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.WindowText, "#e8e8e8"),
                         (QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.Text, "#e8e8e8"),
                         (QPalette.ColorRole.Highlight, "#3d8ee0"), (QPalette.ColorRole.HighlightedText, "#101010"),
                         (QPalette.ColorRole.Button, "#353535"), (QPalette.ColorRole.ButtonText, "#e8e8e8")):
        pal.setColor(role, QColor(colour))
    return pal


def _bars(qtbot, p: float, width: int, palette: QPalette | None):
    bars = ProbabilityBars()
    if palette is not None:
        bars.setPalette(palette)
    qtbot.addWidget(bars)
    bars.set_prediction(Prediction((p, 1 - p), (1, 2)), (1, 2))
    bars.resize(width, 60)
    bars.show()
    qtbot.waitExposed(bars)
    bar = bars._rows[0][1]
    qtbot.waitUntil(lambda: bar.width() > 0)
    return bars, bar


def _pixels(bar) -> tuple[QImage, QImage]:
    """The bar painted with its percentage, and without it."""
    with_text = bar.grab().toImage()
    bar.setTextVisible(False)
    without = bar.grab().toImage()
    bar.setTextVisible(True)
    return with_text, without


def _distance(a: QColor, b: QColor) -> int:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())


def _fill_edge(image: QImage, fill: QColor) -> int:
    """The first column, along the bar's middle, that is no longer the fill's colour."""
    y = image.height() // 2
    x = 2
    while x < image.width() and _distance(image.pixelColor(x, y), fill) < 60:
        x += 1
    return x


def _text(with_text: QImage, without: QImage) -> list[tuple[int, int]]:
    return [(x, y) for y in range(with_text.height()) for x in range(with_text.width())
            if with_text.pixelColor(x, y) != without.pixelColor(x, y)]


@pytest.mark.parametrize("palette", [None, _dark()], ids=["light", "dark"])
@pytest.mark.parametrize("p", [0.03, 0.2, 0.49, 0.51, 0.8, 0.97])
def test_the_percentage_stands_on_one_side_of_the_fill_and_contrasts_with_it(qtbot, p, palette):
    _bars_kept, bar = _bars(qtbot, p, 760, palette)                 # as in QA's screenshot: two scores, 344 px each
    with_text, without = _pixels(bar)
    edge = _fill_edge(without, bar.fill_colour())
    text = _text(with_text, without)
    assert text, "no percentage painted"
    xs = [x for x, _y in text]
    assert max(xs) < edge - 1 or min(xs) > edge, (bar.text(), edge, min(xs), max(xs))   # never across the edge
    contrast = max(_distance(with_text.pixelColor(x, y), without.pixelColor(x, y)) for x, y in text)
    assert contrast >= 300, (bar.text(), contrast)      # dark on light or light on dark, not white on white


@pytest.mark.parametrize("palette", [None, _dark()], ids=["light", "dark"])
def test_on_a_bar_too_narrow_for_either_side_the_text_keeps_one_colour_across_the_edge(qtbot, palette):
    _bars_kept, bar = _bars(qtbot, 0.5, 70, palette)                # the bar at its least width: no side holds "50 %"
    assert bar.width() < 2 * bar.fontMetrics().horizontalAdvance(bar.text()) + 16
    with_text, without = _pixels(bar)
    edge = _fill_edge(without, bar.fill_colour())
    pal = bar.palette()
    ink, base, fill = pal.color(QPalette.ColorRole.Text), pal.color(QPalette.ColorRole.Base), bar.fill_colour()

    def inked(colour: QColor) -> bool:   # nearer the text's colour than to either background
        return _distance(colour, ink) < min(_distance(colour, base), _distance(colour, fill))
    inked_x = [x for x, y in _text(with_text, without) if inked(with_text.pixelColor(x, y))]
    assert any(x < edge - 1 for x in inked_x) and any(x > edge for x in inked_x), (edge, inked_x)
