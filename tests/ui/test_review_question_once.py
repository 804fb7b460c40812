"""A question without a model, named by its wording (the column's header is the question), is asked once on the
review card: the question line held it and the prompt beneath it said the same text again (QA). A question whose
prompt differs from its name still shows it. The real review screen over a session the window's way
(workflow.start_session, no model)."""
from __future__ import annotations

import pandas as pd

from grader_app.bundles.library import Library
from grader_app.core.sheet import WIDE, ColumnMapping, Sheet
from grader_app.workflow import start_session
from ui_helpers import review_view

MARBLE = "Marble experiment: what else is needed to repeat it?"


def test_a_question_named_by_its_wording_is_asked_once(qtbot, tmp_path):
    frame = pd.DataFrame({"Name": ["Ann Lee", "Ben Okafor"], "Q7": ["More vinegar.", "The mass."],
                          MARBLE: ["The size of the cups.", "How long to wait."]}, dtype=object)
    sheet = Sheet(frame=frame)
    session, bundles = start_session(sheet, ColumnMapping(layout=WIDE, name_column="Name",
                                                          answer_columns={"Q7": "Q7", MARBLE: MARBLE}),
                                     Library.load([tmp_path]))   # no model for either
    assert set(bundles.values()) == {None} and session.items[MARBLE].prompt == MARBLE
    view = review_view(qtbot, session, width=1024, height=600)
    view.go_to(next(a.key for a in session.answers if a.item == MARBLE))
    assert MARBLE in view.question_label.text()
    assert view.prompt_label.isHidden()                       # not asked again beneath it
    # a question without text says so beneath its line
    view.go_to(next(a.key for a in session.answers if a.item == "Q7"))
    assert not view.prompt_label.isHidden() and "no text" in view.prompt_label.text()
    view.go_to(next(a.key for a in session.answers if a.item == MARBLE))
    assert view.prompt_label.isHidden()
