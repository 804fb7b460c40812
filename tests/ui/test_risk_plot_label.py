"""The ring's words on the risk plot ("takes none", "übernimmt keine", "no asume ninguna") were drawn at the ring,
across the lines: they go inside the plotted area where they cross no line, and where the plot has no such place
(the panel's narrow plot), on a box that hides the lines under them."""
from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPalette

from in_language import in_language

NONE_WORDS = {"en": "takes none", "de": "übernimmt keine", "es": "no asume ninguna"}


def _crosses(rect: QRectF, line: list[QPointF]) -> bool:
    """Whether the polyline passes through ``rect`` (walked in steps of a fifth of a pixel)."""
    for a, b in zip(line, line[1:]):
        n = max(1, int(((b.x() - a.x()) ** 2 + (b.y() - a.y()) ** 2) ** 0.5 * 5))
        if any(rect.contains(a + (b - a) * (i / n)) for i in range(n + 1)):
            return True
    return False


@pytest.mark.parametrize("lang", ["en", "de", "es"])
@pytest.mark.parametrize("threshold", [1.0, 0.8])
def test_the_rings_words_sit_inside_the_plot_clear_of_every_line(qtbot, tables, lang, threshold):
    from grader_app.ui.risk_plot import RiskPlot

    with in_language(lang):
        plot = RiskPlot()
        qtbot.addWidget(plot)
        plot.set_tables(tables)
        plot.set_thresholds({"asap-sas-1": threshold, "asap-sas-5": 0.82, "asap-sas-10": 1.0}, "asap-sas-1")
        fm = plot.fontMetrics()
        for width, clear in ((fm.horizontalAdvance("M") * 17, False), (fm.horizontalAdvance("M") * 30, True)):
            plot.resize(width, plot.minimumSizeHint().height())   # the panel's narrow plot; a wide one
            plot.show()
            qtbot.waitExposed(plot)
            text, rect, boxed = plot.mark_label()
            if clear:
                assert not boxed
                if threshold == 1.0:
                    assert text.startswith(NONE_WORDS[lang])   # the real translation is drawn
            assert plot.plot_area().contains(rect)
            if not boxed:
                assert not [item for item, line in plot._lines().items() if _crosses(rect, line)]
            image = plot.grab().toImage()
            if os.environ.get("RISK_PLOT_SHOTS"):
                image.save(os.path.join(os.environ["RISK_PLOT_SHOTS"], f"{lang}-{threshold}-{width}.png"))
            # no pixel of the question's line (drawn in the highlight colour) shows under the words
            accent = plot.palette().color(QPalette.ColorRole.Highlight)
            area = plot.plot_area().toRect()
            assert [x for x in range(area.left(), area.right()) if image.pixelColor(x, area.center().y()) == accent] or \
                [y for y in range(area.top(), area.bottom()) if image.pixelColor(area.center().x(), y) == accent]
            r = rect.toRect()
            assert not [(x, y) for x in range(r.left(), r.right() + 1) for y in range(r.top(), r.bottom() + 1)
                        if image.pixelColor(x, y) == accent]
