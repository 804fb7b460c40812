"""A student's name with a hidden character (a right-to-left override typed into the LMS's name field) is shown as
what it holds, like an answer's: the review screen's header and the results table write ⟦U+202E⟧ in the name's
logical order; plain names are unchanged, and blind marking still shows only the neutral number."""
from __future__ import annotations

import pandas as pd
import pytest

from grader_app.core.session import GradingSession, ItemInfo
from grader_app.core.sheet import LONG, ColumnMapping, Sheet
from grader_app.ui.blind import StudentNames

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NAMES = ["\u202eeeL nnA", "Ben Okafor"]


@pytest.fixture
def session():
    frame = pd.DataFrame({"Student": NAMES, "Question": ["q1", "q1"],
                          "Answer": ["Ice floats because it is less dense.", "The water expands when it freezes."]},
                         dtype=object)
    mapping = ColumnMapping(layout=LONG, id_column="Student", item_column="Question", answer_column="Answer")
    return GradingSession(Sheet(frame), mapping, {"q1": ItemInfo(item="q1", labels=(0, 1, 2))})


def test_a_name_shows_its_hidden_characters(qapp, session):
    names = StudentNames()
    assert names.who(session, 0) == "⟦U+202E⟧eeL nnA"
    assert names.who(session, 1) == "Ben Okafor"
    names.blind = True
    assert names.who(session, 0) == "Student 1" or names.who(session, 0) == "Student 2"
    assert "\u202e" not in names.who(session, 0) and "eeL" not in names.who(session, 0)


def test_the_review_header_and_the_table_show_it(qtbot, session):
    from grader_app.ui.results_model import STUDENT
    from grader_app.ui.results_view import ResultsView
    from ui_helpers import review_view

    view = review_view(qtbot, session)
    view.set_queue([0, 1], start_key=0)
    assert view.student_label.text() == "⟦U+202E⟧eeL nnA"
    table = ResultsView()
    qtbot.addWidget(table)
    table.set_session(session)
    model = table.table.model()
    shown = {model.index(r, STUDENT).data() for r in range(model.rowCount())}
    assert "⟦U+202E⟧eeL nnA" in " ".join(shown) and not any("\u202e" in s for s in shown)
