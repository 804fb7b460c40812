"""The review screen's top line finds its row and spaces its labels without reading the row's items back into Python.

Read back with ``itemAt`` (the row, through the view's layout; the gaps, the spacer items between the labels), and
filled before it was added to the view's layout (for which PySide gives each of the row's items a wrapper), each item
of the row (the four labels' QWidgetItems, the three gaps) had a Python wrapper held by a layout's wrapper for as long
as the view lived. When the garbage collector frees a widget tree let go of, it may hand such a wrapper the item the
layout still holds, and the item is deleted twice (test_review_view_collected_safely.py). The view keeps its row, adds
it to its layout before filling it, and the gaps are the row's spacing, which Qt leaves out beside a hidden label: the
labels stand as far apart as before, and a label with nothing to say takes its gap with it."""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLayout

from ui_helpers import item_wrappers, one_question_session, review_view

GAP = 16   # the pixels between two labels of the line, over the layout's spacing



def _gaps(view, names) -> list[int]:
    """The room between each two of these labels, left to right, as laid out."""
    labels = [getattr(view, n) for n in names]
    return [b.geometry().left() - a.geometry().right() - 1 for a, b in zip(labels, labels[1:])]


def test_the_top_line_reads_no_item_back_and_its_gaps_go_with_a_hidden_label(qtbot):
    session = one_question_session([(f"S{i}", f"Student {i}", t) for i, t in enumerate(["the membrane", "water in"])])
    view = review_view(qtbot, session, width=1400)
    qtbot.wait(20)
    row = next(lay for lay in view.findChildren(QHBoxLayout) if lay.indexOf(view.progress_label) >= 0)
    layouts = {id(lay): lay for lay in (view.layout(), *view.findChildren(QLayout))}.values()
    held = [w for lay in layouts for w in item_wrappers(lay) if row.indexOf(w) >= 0]
    assert held == [], f"{len(held)} of the top row's items have a Python wrapper"

    gap = GAP + max(0, view.layout().spacing())
    line = ("progress_label", "student_label", "left_label", "status_label")
    assert all(not getattr(view, n).isHidden() for n in line)
    assert _gaps(view, line) == [gap] * 3
    view.left_label.setText("")   # nothing to say: hidden, and its gap with it
    view.top_line.fit()
    qtbot.wait(20)
    assert view.left_label.isHidden() and _gaps(view, ("progress_label", "student_label", "status_label")) == [gap] * 2
    view.progress_label.setText("")   # the first label hidden: the student at the line's start
    view.top_line.fit()
    qtbot.wait(20)
    assert view.student_label.geometry().left() == view.layout().contentsMargins().left()
    assert _gaps(view, ("student_label", "status_label")) == [gap]
