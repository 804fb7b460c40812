"""Contrast of what the review and the results paint, computed (WCAG 2) from the colours read back from the widgets as
painted (QA s52r finding 5): a probability bar's percentage on its fill at 4.5:1 at least (it was white on the style's
blue gradient, 2.9 to 3.7:1), and the needs-review icon 3:1 at least against its row's colour (it was 2.94:1)."""
from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from grader_app.core import review
from grader_app.core.prediction import Prediction
from grader_app.ui import style
from grader_app.ui.probability_bars import ProbabilityBars
from test_probability_text_readable import _dark
from wcag import ratio


def _bar(qtbot, p: float, palette: QPalette | None):
    bars = ProbabilityBars()
    if palette is not None:
        bars.setPalette(palette)
    qtbot.addWidget(bars)
    bars.set_prediction(Prediction((p, 1 - p), (1, 2)), (1, 2))
    bars.resize(760, 60)
    bars.show()
    qtbot.waitExposed(bars)
    bar = bars._rows[0][1]
    qtbot.waitUntil(lambda: bar.width() > 0)
    return bars, bar


def _under_text(bar) -> set[int]:
    """The colours under the percentage: where painting it changes a pixel, that pixel without it."""
    with_text = bar.grab().toImage()
    bar.setTextVisible(False)
    without = bar.grab().toImage()
    bar.setTextVisible(True)
    return {without.pixel(x, y) for y in range(with_text.height()) for x in range(with_text.width())
            if with_text.pixel(x, y) != without.pixel(x, y)}


@pytest.mark.parametrize("palette", [None, _dark()], ids=["light", "dark"])
@pytest.mark.parametrize("p", [0.18, 0.49, 0.63, 0.95])
def test_a_bars_percentage_reads_at_4_5_to_1_on_what_is_under_it(qtbot, p, palette):
    _kept, bar = _bar(qtbot, p, palette)
    _place, role = bar.text_place()
    assert role is not None
    ink = bar.palette().color(role)                    # the colour paintEvent gives the percentage
    under = _under_text(bar)
    assert under
    worst = min(ratio(ink, QColor.fromRgb(c)) for c in under)
    assert worst >= 4.5, (bar.text(), ink.name(), sorted(QColor.fromRgb(c).name() for c in under), worst)


def _fill_of(icon_size: int, status: str) -> QColor:
    """The icon's circle as drawn: its most common opaque colour (the glyph is the lesser part)."""
    image = style.status_icon(status).pixmap(icon_size, icon_size).toImage()
    seen = Counter(image.pixel(x, y) for y in range(image.height()) for x in range(image.width())
                   if image.pixelColor(x, y).alpha() == 255)
    return QColor.fromRgb(seen.most_common(1)[0][0])


@pytest.mark.parametrize("status", [review.NEEDS_REVIEW, review.UNSCORED])
def test_the_needs_review_icon_stands_out_from_its_rows_colour(qapp, status):
    row = style.status_colour(status)
    for size in (16, 32):
        fill = _fill_of(size, status)
        assert ratio(fill, row) >= 3, (status, size, fill.name(), row.name())
        assert ratio(fill, QColor(Qt.GlobalColor.white)) >= 3   # its white glyph on it
