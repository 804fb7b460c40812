"""QA (Spanish walkthrough, a model learned from 200 earlier marks and this sheet's): the learning line said "on answers
it had not learned from, it agreed with 105 of your 223 marks", and the threshold plot beside it said "No calibration
data for this question": a learned model that cannot vouch for any answer yet kept no table, though its out-of-fold
check is exactly that. Its check's line is drawn now (no ring: no threshold takes an answer), and the sentence says the
plot shows that check. With every answer decided the panel still said "keep marking"; it says that nothing is left to
mark here, and what would help. The real results page, the real use_learned_model, the plot painted for real."""
from __future__ import annotations

from types import SimpleNamespace

import numpy as np
from PySide6.QtGui import QPainter

from grader_app.workflow import use_learned_model
from ui_helpers import results_view, scored_session

ITEM = "own-question"
# an out-of-fold check that never gets under the 5 % target: the model takes nothing yet
CHECK = [{"threshold": t, "coverage": round(1.0 - t, 3), "accepted": 40, "errors": 12, "error": 0.3,
          "error_upper": round(0.45 - 0.1 * t, 3)} for t in (0.3, 0.5, 0.7, 0.9)]
CHECK.append({"threshold": 1.0, "coverage": 0.0, "accepted": 0, "errors": 0, "error": 0.0, "error_upper": 1.0})


def _learn(session, table):
    n = len(session.keys_for(ITEM))
    rows = np.tile([0.1, 0.2, 0.6, 0.1], (n, 1))
    model = SimpleNamespace(labels=(0, 1, 2, 3), threshold=1.0, qualified=False, probabilities=rows,
                            review={"qualified": False, "table": table})
    return use_learned_model(session, ITEM, model)


def _painted(plot, monkeypatch) -> list[str]:
    drawn: list[str] = []
    draw = QPainter.drawText

    def spy(painter, *args):
        drawn.extend(a for a in args if isinstance(a, str))
        return draw(painter, *args)

    monkeypatch.setattr(QPainter, "drawText", spy)
    plot.grab()
    monkeypatch.setattr(QPainter, "drawText", draw)
    return drawn


def test_a_learned_model_that_takes_nothing_shows_its_check_and_says_when_nothing_is_left(qtbot, shipped_bundles,
                                                                                            monkeypatch):
    session = scored_session(shipped_bundles, n_students=5, items=(ITEM,))
    view = results_view(qtbot, session)
    view.model_learned(_learn(session, CHECK))
    info = session.items[ITEM]
    assert info.takes_nothing_yet and info.risk == ()          # it takes nothing, and no figure counts on it
    panel, plot = view.threshold, view.threshold.plot
    assert panel.current_item() == ITEM
    assert plot.has_data()                                     # its check's line, not "No calibration data"
    assert plot.marked_points() == {ITEM: None} and plot.mark_label() is None   # no ring: nothing is taken
    drawn = _painted(plot, monkeypatch)
    assert "No calibration data for this question" not in drawn and "takes none: every answer to you" not in drawn
    effect = panel.effect.text()
    assert "(the plot shows how it did in its check on your marks); keep marking" in effect

    for key in session.keys_for(ITEM):                         # every answer decided by the teacher
        session.decide(key, 1)
    view.decisions_changed()
    panel.refresh_effect()
    effect = panel.effect.text()
    assert "keep marking" not in effect
    assert "every answer to this question is decided, so nothing is left to mark here" in effect


def test_a_learned_model_not_checked_yet_says_so_on_the_plot(qtbot, shipped_bundles, monkeypatch):
    session = scored_session(shipped_bundles, n_students=5, items=(ITEM,))
    view = results_view(qtbot, session)
    view.model_learned(_learn(session, CHECK[-1:]))           # too few marks for a check: one row, taking none
    plot = view.threshold.plot
    assert not plot.has_data()
    words = "Its model learns from your marks and has not been checked on them yet"
    assert plot.no_data_text() == words and _painted(plot, monkeypatch) == [words]
