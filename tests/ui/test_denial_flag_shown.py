"""The "denies or negates" flag shows where the other flags do: the results table's Flags column and status tooltip,
the review card's chips (with what it means in the tooltip, in the teacher's language) and the graded workbook's flags
column, for a denial a real tiny bundle gives credit at a threshold that would take it; at a threshold that would not,
it is gone from all of them."""
from __future__ import annotations

import openpyxl
from PySide6.QtCore import QCoreApplication, Qt

from grader_app.core import flags as F
from grader_app.io import write_graded
from grader_app.ui import results_model as rm
from grader_app.ui.flag_chips import WHY, chip_tip
from grader_app.ui.style import flag_text
from in_language import in_language
from ui_helpers import review_view, scored_rows_project

ROWS = [("asap-sas-1", "the cell membrane controls what enters and leaves the cell"),
        ("asap-sas-1", "mrna does not leave the nucleus and trna never brings amino acids to the ribosome")]


def test_the_denial_flag_shows_where_the_others_do(qtbot, tmp_path):
    session, store = scored_rows_project(tmp_path, ROWS)
    try:
        pred = session.predictions[1]
        assert pred.score != min(pred.labels)                  # the tiny bundle counts words: credit
        session.set_threshold(pred.confidence)                 # a threshold that would take it
        assert session.flags[1] == [F.DENIES] and session.flags[0] == []
        model = rm.ResultsModel(session)
        assert model.data(model.index(1, rm.FLAGS)) == "negates"   # in a word (the Flags column is narrow)
        assert model.data(model.index(1, rm.FLAGS), Qt.ItemDataRole.ToolTipRole) == "denies or negates"
        assert model.data(model.index(1, rm.STATUS), Qt.ItemDataRole.ToolTipRole) == "Flagged: denies or negates"

        view = review_view(qtbot, session, store)
        view.go_to(1)
        assert view.flag_texts() == ["⚑ denies or negates"]
        tip = view.flags_box._chips[0].toolTip()
        assert tip.startswith(WHY[F.DENIES]) and "always come to you" in tip

        path = write_graded(session, tmp_path / "graded.xlsx")
        rows = list(openpyxl.load_workbook(path, read_only=True).worksheets[0].iter_rows(values_only=True))
        assert [r[rows[0].index("flags")] for r in rows[1:3]] == [None, F.DENIES]

        session.set_threshold(min(1.0, pred.confidence + 0.01))   # would not take it: it comes anyway, unflagged
        assert session.flags[1] == [] and model.data(model.index(1, rm.FLAGS)) in ("", None)
    finally:
        store.close()


def test_the_flag_and_its_meaning_are_in_german_and_spanish(qapp):
    for language, name, word in (("de", "verneint oder bestreitet", "„nicht“"), ("es", "niega o desmiente", "«no»")):
        with in_language(language):
            assert flag_text(F.DENIES) == name
            assert chip_tip(F.DENIES).startswith(QCoreApplication.translate("FlagChips", WHY[F.DENIES]))
            assert word in chip_tip(F.DENIES)
