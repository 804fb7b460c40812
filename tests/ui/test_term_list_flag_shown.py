"""The "only a list of terms" flag shows where the other flags do: the results table's Flags column and status
tooltip, the Flagged filter, the review card's chips (with what it means in the tooltip) and the graded
workbook's flags column, for a keyword list a real tiny bundle scores for real."""
from __future__ import annotations

import openpyxl
from PySide6.QtCore import Qt

from grader_app.core import flags as F
from grader_app.io import write_graded
from grader_app.ui import results_model as rm
from grader_app.ui.flag_chips import WHY
from ui_helpers import review_view, scored_rows_project

ROWS = [("asap-sas-1", "the cell membrane controls what enters and leaves the cell"),
        ("asap-sas-1", "mRNA, tRNA, codons, anticodons, ribosome, amino acids."),
        ("asap-sas-1", "i do not know the answer to this"),
        ("asap-sas-1", "")]


def test_the_term_list_flag_shows_where_the_others_do(qtbot, tmp_path):
    session, store = scored_rows_project(tmp_path, ROWS)
    try:
        assert session.flags[1] == [F.TERM_LIST] and session.flags[3] == [F.BLANK]
        model = rm.ResultsModel(session)
        assert model.data(model.index(1, rm.FLAGS)) == "just terms"   # in a word or two (the Flags column is narrow)
        assert model.data(model.index(1, rm.FLAGS), Qt.ItemDataRole.ToolTipRole) == "only a list of terms"
        assert model.data(model.index(1, rm.FLAGS), rm.FlagsRole) == [F.TERM_LIST]
        assert model.data(model.index(1, rm.STATUS)) == "Needs review"
        assert model.data(model.index(1, rm.STATUS), Qt.ItemDataRole.ToolTipRole) == "Flagged: only a list of terms"
        proxy = rm.ResultsFilterModel()
        proxy.setSourceModel(model)
        proxy.set_mode(rm.FLAGGED)
        assert sorted(proxy.data(proxy.index(r, 0), rm.KeyRole) for r in range(proxy.rowCount())) == [1, 3]

        view = review_view(qtbot, session, store)
        view.go_to(1)
        assert view.flag_texts() == ["⚑ only a list of terms"]
        chip = view.flags_box._chips[0]
        assert chip.toolTip().startswith(WHY[F.TERM_LIST]) and "always come to you" in chip.toolTip()
        view.go_to(3)
        assert view.flag_texts() == ["⚑ blank"] and "\n" not in view.flags_box._chips[0].toolTip()

        path = write_graded(session, tmp_path / "graded.xlsx")
        sheet = openpyxl.load_workbook(path, read_only=True).worksheets[0]
        rows = list(sheet.iter_rows(values_only=True))
        column = rows[0].index("flags")
        assert [r[column] for r in rows[1:5]] == [None, F.TERM_LIST, None, F.BLANK]
    finally:
        store.close()
