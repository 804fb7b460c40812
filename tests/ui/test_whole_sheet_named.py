"""The question of a sheet that names none has the key "whole sheet" (grader_app.learn.library_names.WHOLE_SHEET),
which is data and stays English; the window showed the key itself in Spanish and German: in the columns dialog's table
and its note ("1 pregunta sin modelo (whole sheet)"), the results' Question column, the threshold panel and the
learning line. They show its name in the interface's language (grader_app.ui.learning_words.question_name); the key
stays the data. A catalogue with the translation installed (the committed ones get it after merging)."""
from __future__ import annotations

import pandas as pd
from PySide6.QtCore import Qt

from grader_app.bundles.library import Library
from grader_app.core.session import GradingSession
from grader_app.core.sheet import ColumnMapping, Sheet
from grader_app.learn.library_names import WHOLE_SHEET
from translation_catalogues import catalogue

NAME = {("LearningWords", "whole sheet"): "hoja entera"}


def _session() -> GradingSession:
    frame = pd.DataFrame([("1", "Ana", "ice melts"), ("2", "Bo", "it warms")], columns=["ID", "Name", "Answer"],
                         dtype=object)
    return GradingSession(Sheet(frame=frame), ColumnMapping(id_column="ID", name_column="Name", answer_column="Answer",
                                                            default_item=WHOLE_SHEET))


def test_the_results_and_the_panel_name_it_in_the_teachers_language(qtbot, tmp_path):
    from grader_app.ui import results_cells
    from grader_app.ui.threshold_panel import joined

    session = _session()
    assert session.item_keys() == [WHOLE_SHEET]
    with catalogue(tmp_path, NAME):
        assert results_cells.display(session, None, 0, results_cells.QUESTION) == "hoja entera"
        assert joined(WHOLE_SHEET) == "hoja entera"
    assert results_cells.display(session, None, 0, results_cells.QUESTION) == "whole sheet"


def test_the_columns_dialog_names_it_and_keeps_the_key(qtbot, tmp_path):
    from grader_app.ui.mapping_items import chosen_models, fill_items, items_note, items_table

    library = Library(folders=[], bundles={})
    with catalogue(tmp_path, NAME):
        table = items_table(_metrics())
        qtbot.addWidget(table)
        fill_items(table, [(WHOLE_SHEET, 2)], library, {WHOLE_SHEET: None}, _metrics(), lambda *_: None)
        assert table.item(0, 0).text() == "hoja entera"
        assert table.item(0, 0).data(Qt.ItemDataRole.UserRole) == WHOLE_SHEET
        assert chosen_models(table) == {WHOLE_SHEET: None}
        note = items_note({WHOLE_SHEET: None}, library)
        assert "(hoja entera)" in note and "whole sheet" not in note


def _metrics():
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QApplication

    return QFontMetrics(QApplication.font())


def test_the_learning_line_names_it(qtbot, tmp_path):
    from grader_app.learn.in_session import QuestionLearner
    from grader_app.ui.learning_controller import LearningController
    from grader_app.ui.tasks import TaskManager

    session = _session()
    controller = LearningController(TaskManager())
    keys = session.keys_for(WHOLE_SHEET)
    controller.learners = {WHOLE_SHEET: QuestionLearner(WHOLE_SHEET, keys, [session.answers[k].text for k in keys])}
    with catalogue(tmp_path, NAME):
        assert controller.sentences().startswith("Question hoja entera (no shipped model): ")
