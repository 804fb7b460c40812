"""The risk plot's upward axis reaches every ring it draws (QA: a "≤ 54 % wrong" ring above a 32 % axis); the ring's
words find a place clear of the lines in the panel's narrow plot too (Spanish "no asume ninguna" sat on the curve on
a box); and the threshold panel never breaks a question's name at its hyphens ("asap-" / "sas-10")."""
from __future__ import annotations

from grader_app.core.review import RiskPoint
from in_language import in_language
from test_risk_plot_label import _crosses
from ui_helpers import results_view, scored_session
from word_wrap import wrapped_lines

TABLE = [RiskPoint(0.5, 0.03, 0.0, 0.54), RiskPoint(0.6, 0.2, 0.05, 0.18), RiskPoint(0.7, 0.6, 0.1, 0.28),
         RiskPoint(0.9, 1.0, 0.12, 0.2)]


def test_the_axis_reaches_the_ring(qtbot):
    from grader_app.ui.risk_plot import RiskPlot

    plot = RiskPlot()
    qtbot.addWidget(plot)
    plot.set_tables({"q": TABLE})
    plot.set_thresholds({"q": 0.5}, "q")
    plot.resize(plot.sizeHint())
    assert plot._scale() >= 0.54
    ring = plot._at(0.03, 0.54)
    assert ring.y() > plot.plot_area().top()


def test_the_rings_words_are_clear_of_the_lines_in_the_narrow_plot(qtbot, tables):
    from grader_app.ui.risk_plot import RiskPlot

    with in_language("es"):
        plot = RiskPlot()
        qtbot.addWidget(plot)
        plot.set_tables(tables)
        plot.set_thresholds({"asap-sas-1": 1.0, "asap-sas-5": 0.82, "asap-sas-10": 1.0}, "asap-sas-1")
        left, _top, right, _bottom = plot._margins()   # room for the words beside the ring, and no more (QA's panel)
        width = left + right + plot.fontMetrics().horizontalAdvance("no asume ninguna") + 4 * plot._ring_radius() + 12
        plot.resize(int(width), plot.minimumSizeHint().height())
        plot.show()
        qtbot.waitExposed(plot)
        text, rect, boxed = plot.mark_label()
        assert text == "no asume ninguna" and not boxed
        assert not [item for item, line in plot._lines().items() if _crosses(rect, line)]


def test_the_panel_never_breaks_a_question_at_its_hyphens(qtbot, shipped_bundles):
    session = scored_session(shipped_bundles, n_students=4, items=("asap-sas-1", "asap-sas-5", "asap-sas-10"))
    panel = results_view(qtbot, session).threshold
    text, font = panel.each.text(), panel.each.font()
    em = panel.fontMetrics().horizontalAdvance("M")
    for width in range(em * 8, em * 30, em // 2 or 1):
        assert not [ln for ln in wrapped_lines(text, font, width) if ln.rstrip().endswith("-")], width
