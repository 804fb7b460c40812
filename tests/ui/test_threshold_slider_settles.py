"""A dragged threshold slider on a big sheet (QA s52g: ~250 ms of the GUI thread per step at 20,000 answers): each step
sets the session's threshold and moves the plot's ring at once; the sentence counts, and the results page hears of
the change, once the slider rests, at its last value. Nothing of it is lost: another session, or closing the sheet,
announces the steps not announced yet, so the project file keeps the threshold. (The size from which it waits is
lowered here, so a small real sheet shows it.)"""
from __future__ import annotations

import pytest

from grader_app.core import review
from grader_app.ui import threshold_panel
from ui_helpers import accept_mapping, make_long_csv, results_view, scored_session

ITEM = "asap-sas-1"


@pytest.fixture(autouse=True)
def _settles_on_a_small_sheet(monkeypatch):
    monkeypatch.setattr(threshold_panel, "SETTLE_FROM", 0)


def _taken(session, item: str) -> int:
    return sum(1 for k in session.keys_for(item) if session.status(k) == review.AUTO)


def test_the_slider_counts_once_it_rests_at_its_last_value(qtbot, shipped_bundles):
    session = scored_session(shipped_bundles, n_students=12, items=(ITEM,))
    view = results_view(qtbot, session)
    panel = view.threshold
    panel.set_value(0.9)
    heard: list = []
    panel.thresholdChanged.connect(heard.append)
    before = panel.effect.text()
    for v in (80, 60, 40, 20):   # dragged: each step the session's at once, the ring too
        panel.slider.setValue(v)
        assert session.threshold(ITEM) == v / 100 and panel.spin.value() == v
        assert panel.plot.marked_points()[ITEM] == review.point_at(list(session.items[ITEM].risk), v / 100)
    assert heard == [] and panel.effect.text() == before          # nothing counted while it moves
    qtbot.waitUntil(lambda: bool(heard), timeout=3000)
    assert len(heard) == 1 and heard[0].items == frozenset({ITEM})   # the steps announced once, together
    assert f"takes {_taken(session, ITEM)} of this question's 12 answers" in panel.effect.text()   # at 20 %
    assert panel.effect.text() != before


def test_the_steps_not_announced_go_with_the_session(qtbot, shipped_bundles):
    session = scored_session(shipped_bundles, n_students=6, items=(ITEM,))
    view = results_view(qtbot, session)
    panel = view.threshold
    heard: list = []
    panel.thresholdChanged.connect(heard.append)
    panel.slider.setValue(55)
    assert heard == []
    view.set_session(None)                        # the sheet closed before the slider rested
    assert len(heard) == 1 and heard[0].items == frozenset({ITEM})


def test_a_threshold_dragged_just_before_closing_is_in_the_project(qtbot, window, tmp_path):
    sheet = make_long_csv(tmp_path / "answers.csv", n_students=5)
    window.open_sheet(sheet)
    accept_mapping(qtbot, window)
    panel = window.results.threshold
    panel.scope.setCurrentIndex(panel.scope.findData(ITEM))
    for v in (70, 65, 61):
        panel.slider.setValue(v)
    window.close_sheet()                          # at once: the slider has not rested
    with qtbot.waitSignal(window.sessionReady, timeout=10000):
        window.open_sheet(sheet)
    assert window.session.threshold(ITEM) == 0.61
