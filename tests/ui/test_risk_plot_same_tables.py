"""As a sheet's scoring ended, the threshold panel gave the risk plot the very tables it was drawing, and the plot
weighed its lines and its ring's words again (the label's places, a few ms on the GUI thread, at the moment the results
appeared and the window froze). The same tables keep what was weighed for them, and the plot drawn is the same; other
tables, or other checks, are weighed again."""
from __future__ import annotations


def test_the_same_tables_again_are_not_weighed_again(qtbot, tables):
    from grader_app.ui.risk_plot import RiskPlot

    plot = RiskPlot()
    qtbot.addWidget(plot)
    plot.resize(300, 300)
    weighed = []
    for name in ("_weigh_lines", "_place_label"):
        kept = getattr(plot, name)
        setattr(plot, name, lambda *a, kept=kept, name=name: (weighed.append(name), kept(*a))[1])
    plot.set_tables(tables)
    plot.set_thresholds({"asap-sas-1": 0.9, "asap-sas-5": 0.82, "asap-sas-10": 1.0}, "asap-sas-1")
    drawn = plot.grab().toImage()
    assert weighed == ["_weigh_lines", "_place_label"]
    plot.set_tables({item: list(points) for item, points in tables.items()})   # equal tables, as the panel gives them
    assert plot.grab().toImage() == drawn
    assert weighed == ["_weigh_lines", "_place_label"]   # it was weighed again: both, once more
    plot.set_tables(tables, checks=["asap-sas-1"])   # the line a check of a model that takes nothing: no ring
    assert plot.grab().toImage() != drawn
    assert weighed.count("_weigh_lines") == 2
