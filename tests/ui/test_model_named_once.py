"""A question without a model in the columns dialog said "No model — you score it", not that a model learns from the
marks; a model learned from a sheet (titled with its question) was listed in the threshold panel's "For:" list as
"Biology quiz 3: … — Biology quiz 3: …" (the question twice)."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from grader_app.bundles.library import Library
from ui_helpers import results_view, scored_session


def test_no_model_says_a_model_learns_from_the_marks(qtbot):
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QApplication

    from grader_app.ui.mapping_items import fill_items, items_table

    fm = QFontMetrics(QApplication.font())
    table = items_table(fm)
    qtbot.addWidget(table)
    combos = fill_items(table, [("Q1", 3)], Library(folders=[], bundles={}), {"Q1": None}, fm, lambda *_: None)
    assert combos[0].currentText() == "No model — you score it, and a model learns from your marks"


def test_a_model_titled_with_its_question_is_named_once(qtbot, shipped_bundles):
    session = scored_session(shipped_bundles, n_students=2, items=("asap-sas-1", "asap-sas-5"))
    session.set_item_info(replace(session.items["asap-sas-1"], title="asap-sas-1"))   # as a model learned from a sheet
    panel = results_view(qtbot, session).threshold
    names = [panel.scope.itemData(i, Qt.ItemDataRole.ToolTipRole) for i in range(panel.scope.count())]   # whole
    assert names[0] == "asap-sas-1"
    assert names[1] == f"asap-sas-5 — {session.items['asap-sas-5'].title}"
