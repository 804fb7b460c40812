"""A screen reader on the threshold slider (or its percent box) said only the number: "50". What moving it gives —
how many of the question's answers the model now takes without the teacher — was written in a label under it that
never takes the focus, so a teacher who hears the screen moved the threshold blind to its effect (keyboard and
screen-reader QA). The slider and the box now carry that sentence as their accessible description, kept in step as
the keys move them. Real results view on a session scored for real by the tiny bundles; the keys sent to the
slider and the box; what is read through Qt's accessibility interface."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from grader_app.core import review
from ui_helpers import results_view, scored_session


def _described(widget) -> str:
    acc = QAccessible.queryAccessibleInterface(widget)
    assert acc is not None
    return acc.text(QAccessible.Text.Description)


def _taken(session) -> int:
    return sum(1 for k in session.keys_for("asap-sas-1") if session.status(k) == review.AUTO)


def test_the_slider_and_the_box_say_what_the_threshold_gives(qtbot, shipped_bundles):
    session = scored_session(shipped_bundles, n_students=12, items=("asap-sas-1",))
    view = results_view(qtbot, session)
    panel = view.threshold
    panel.set_value(0.95)
    panel.slider.setFocus()
    seen = set()
    for _ in range(12):   # down by the keys, 5 points a press, until the model takes some answers
        qtbot.keyClick(panel.slider, Qt.Key.Key_PageDown)
        said = _described(panel.slider)
        assert said == panel.effect.text().replace("\u2060", "") and said.startswith("Question asap-sas-1: "), said
        assert _described(panel.spin) == said
        seen.add(said)
        if "takes" in said and _taken(session) > 0:
            break
    assert f"the model takes {_taken(session)} of this question's 12 answers on its own" in said, said
    assert len(seen) > 1   # the words followed the slider
    panel.spin.setFocus()
    qtbot.keyClick(panel.spin, Qt.Key.Key_Up)   # the box moved by its own arrow key: the same sentence, in step
    assert _described(panel.spin) == _described(panel.slider) == panel.effect.text().replace("\u2060", "")
