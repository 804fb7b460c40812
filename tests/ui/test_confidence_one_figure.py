"""One answer's confidence is one figure wherever the teacher reads it: the results table's cell (rounded down, so a
confidence under the threshold never shows the threshold's number), the table's tooltip, the review screen's bars
(their text), the line under the bars, what a screen reader hears of the
answer, and a group member's line. The review rounded to the nearest: 0.996 read "99 %" in the table and "100 %"
(a claim no model should make) on the review screen."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from grader_app.ui import results_model as rm
from grader_app.ui.i18n import percent_down
from ui_helpers import group_panel, review_view, scored_session

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NBSP = "\u00a0"
# each row: the model's probabilities for the scores 0-3, and what every place shows for each
ROWS = [((0.996, 0.004, 0.0, 0.0), ("99", "0", "0", "0")),
        ((0.9951, 0.0049, 0.0, 0.0), ("99", "0", "0", "0")),
        ((0.004, 0.006, 0.99, 0.0), ("0", "0", "99", "0"))]


def _session(shipped_bundles):
    session = scored_session(shipped_bundles, n_students=3, items=("asap-sas-1",))
    keys = [k for k in session.keys_for("asap-sas-1") if not session.flags.get(k)][:len(ROWS)]
    assert len(keys) == len(ROWS) and session.items["asap-sas-1"].labels == (0, 1, 2, 3)
    session.set_predictions(keys, [row for row, _ in ROWS])
    return session, keys


@pytest.mark.parametrize("threshold", [None, 0.99])   # the model's own (takes none: a suggestion), and a teacher's
def test_one_answer_shows_one_confidence_in_the_table_and_the_review(qtbot, shipped_bundles, threshold):
    session, keys = _session(shipped_bundles)
    if threshold is not None:
        session.set_threshold(threshold, "asap-sas-1")
    model = rm.ResultsModel(session)
    view = review_view(qtbot, session)
    for key, (row, shown) in zip(keys, ROWS):
        figures = [f"{n}{NBSP}%" for n in shown]
        best = max(range(len(row)), key=row.__getitem__)
        sure = figures[best]
        assert [percent_down(p) for p in row] == figures
        assert model.data(model.index(key, rm.CONFIDENCE)) == sure
        tip = model.data(model.index(key, rm.CONFIDENCE), Qt.ItemDataRole.ToolTipRole)
        assert all(f"{score}: {figure}" in tip for score, figure in enumerate(figures)), tip

        view.go_to(key)
        bars = [bar for _name, bar, _mark in view.bars._rows]
        assert [bar.text() for bar in bars] == figures                      # before: 100 %, 0 % (0.996)
        assert [value for _s, value, _m in view.bars.values()] == [round(p * 1000) for p in row]   # the fill: exact
        line = view.decision_label.text()
        assert f"{best} ({sure} sure)" in line, line
        assert f"100{NBSP}%" not in line and f"100{NBSP}%" not in view.accessibleDescription()
        assert f"{best}, {sure} sure." in view.accessibleDescription(), view.accessibleDescription()


def test_a_group_members_line_shows_the_tables_confidence(qtbot, shipped_bundles):
    session, keys = _session(shipped_bundles)
    panel = group_panel(qtbot)
    panel.set_group(session, keys, keys[0], keys[0])
    model = rm.ResultsModel(session)
    for member in panel.members:
        sure = model.data(model.index(member.key, rm.CONFIDENCE))
        score = session.model_says(member.key).score
        assert f"model {score} ({sure} sure)" in member.head.text(), member.head.text()
