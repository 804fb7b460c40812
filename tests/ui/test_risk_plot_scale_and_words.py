"""The risk plot in the threshold panel: its axes' words are whole at the panel's narrowest (QA: "↑ höchstens falsch
unter den ü…" in German), and the top of its upward axis comes from the calibration data alone (QA: it read 42 %
in one window and another value in a taller one)."""
from __future__ import annotations

import pytest

from grader_app.ui.i18n import percent
from in_language import in_language


def _plot(qtbot, tables, current):
    from grader_app.ui.risk_plot import RiskPlot

    plot = RiskPlot()
    qtbot.addWidget(plot)
    plot.set_tables(tables)
    plot.set_thresholds({"asap-sas-1": 1.0, "asap-sas-5": 0.82, "asap-sas-10": 1.0}, current)
    plot.show()
    qtbot.waitExposed(plot)
    return plot


@pytest.mark.parametrize("current", ["asap-sas-1", "asap-sas-5", None])
def test_the_axis_top_follows_the_data_not_the_size(qtbot, tables, current):
    plot = _plot(qtbot, tables, current)
    least = plot.minimumSizeHint()
    tops = set()
    for w, h in ((least.width(), least.height()), (least.width() * 3, least.height()),
                 (least.width(), least.height() * 3), (least.width() * 2, least.height() * 2)):
        plot.resize(w, h)
        tops.add(percent(plot._scale()))
    assert len(tops) == 1, tops
    top = plot._scale()
    assert round(top * 100) % 5 == 0 or top < 0.1   # a round value to read the plot by
    highest = max(pt.error_upper for t in tables.values() for pt in t if pt.coverage >= 0.05)
    assert top >= min(1.0, highest)
    # other data, another top
    plot.set_tables({"asap-sas-1": [type(p)(p.threshold, p.coverage, p.error, p.error_upper / 4)
                                    for p in tables["asap-sas-1"]]})
    assert plot._scale() < top


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_the_axes_words_are_whole_at_the_panels_narrowest(qtbot, tables, lang):

    with in_language(lang):
        plot = _plot(qtbot, tables, "asap-sas-1")
        plot.resize(plot.minimumSizeHint())
        fm = plot.fontMetrics()
        area = plot.plot_area()
        for lines, whole in ((plot.up_lines(), plot.tr("↑ wrong among those taken, at most")),
                             (plot.across_lines(), plot.tr("taken by the model →"))):
            assert " ".join(lines) == whole and "…" not in whole
            assert all(fm.horizontalAdvance(line) <= plot.width() for line in lines), lines
        # above the plotted area there is room for every line of the upward words, below it for the across words
        assert area.top() >= fm.height() * len(plot.up_lines())
        assert plot.height() - area.bottom() >= fm.height() * (1 + len(plot.across_lines()))
        assert area.height() >= fm.height() * 5 - 1
        plot.grab()   # painted without error


def test_the_upward_words_leave_no_word_alone_on_their_last_line(qtbot):
    """At 1366×768 the panel's upward words wrapped as "↑ wrong among those taken, at" / "most": the last word now
    takes the one before it along where the two fit, and a narrower plot still shows every word within its width."""
    from grader_app.ui.risk_plot import RiskPlot

    plot = RiskPlot()
    qtbot.addWidget(plot)
    fm = plot.fontMetrics()
    whole = plot.tr("↑ wrong among those taken, at most")
    assert plot.up_lines(fm.horizontalAdvance("↑ wrong among those taken, at")) == ["↑ wrong among those taken,",
                                                                                     "at most"]
    for width in range(max(fm.horizontalAdvance(w) for w in whole.split()), fm.horizontalAdvance(whole) + 2, 7):
        lines = plot.up_lines(width)
        assert " ".join(lines) == whole and all(fm.horizontalAdvance(line) <= width for line in lines), (width, lines)
    assert plot.up_lines(fm.horizontalAdvance(whole)) == [whole]
