"""A question whose name is the whole question (a form's header, a sheet's question column) on the review screen and
the threshold panel: the card's heading held all of it in bold heading type over three or four lines at 1024×600
(and, pinned above a group, kept them there), the note above the card and the panel's sentences repeated it whole.
Now the heading says its first words on one line and the line under it the whole question, in body type; the note
and the panel name it by those first words, the panel's list of thresholds by the id it begins with. The real
review screen and panel over a session the window's way (workflow.start_session), with the shipped model scoring
one question through onnxruntime."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from grader_app.bundles.library import Library
from grader_app.core.session import ItemInfo
from grader_app.core.sheet import WIDE, ColumnMapping, Sheet
from grader_app.io.question_headings import heading_name
from grader_app.ui.threshold_panel import ThresholdPanel
from grader_app.workflow import score_all, start_session
from ui_helpers import review_view

MODELS = Path(__file__).resolve().parents[2] / "model_bundles"
# whole questions as a form's headers hold them (our own wording)
VINEGAR = ("Q1. After reading how the group ran its test, say what more you would need to know to run the same test "
           "yourself. Name at least three things you would need, and say why each of them matters for the result.")
PAINT = ("Q2. Use the results of the lid experiment to say which paint colour is best for the doghouse, and explain "
         "why, using the temperatures the students measured in their experiment.")
SHORT = "Q3. Name two parts of a cell."


def _session(tmp_path, models=None, chosen=None):
    frame = pd.DataFrame({"Name": ["Ann Lee", "Ben Okafor", "Cara Diaz"],
                          VINEGAR: ["The amount of vinegar.", "The size of the containers and the vinegar.", ""],
                          PAINT: ["White, it stays cooler.", "Black absorbs more heat.", "Light grey."],
                          SHORT: ["Nucleus and membrane.", "Wall.", "Cytoplasm, nucleus."]}, dtype=object)
    mapping = ColumnMapping(layout=WIDE, name_column="Name", answer_columns={q: q for q in (VINEGAR, PAINT, SHORT)})
    session, bundles = start_session(Sheet(frame=frame), mapping, Library.load([models or tmp_path]), chosen=chosen)
    return session, bundles


def test_the_card_heads_a_whole_question_by_its_first_words_and_asks_it_whole_below(qtbot, tmp_path):
    session, bundles = _session(tmp_path)
    assert set(bundles.values()) == {None} and session.items[PAINT].prompt == PAINT
    view = review_view(qtbot, session, width=1024, height=600)
    view.go_to(next(a.key for a in session.answers if a.item == PAINT))
    heading = view.question_label
    assert heading.text() == "Question Q2. Use the results of the lid experiment to say…"
    assert heading.height() < 2 * heading.fontMetrics().lineSpacing()         # one line (it took three)
    assert not view.prompt_label.isHidden() and view.prompt_label.text() == PAINT   # the whole question, once
    assert not view.prompt_label.font().bold()
    # a short name that asks the question is still the whole heading, not asked again beneath it
    view.go_to(next(a.key for a in session.answers if a.item == SHORT))
    assert heading.text() == f"Question {SHORT}" and view.prompt_label.isHidden()
    # a whole question with no text of its own beneath the heading: its name is that text
    session.set_item_info(ItemInfo(item=PAINT))
    view.go_to(next(a.key for a in session.answers if a.item == PAINT))
    assert heading.text().endswith("say…") and view.prompt_label.text() == PAINT


def test_the_note_and_the_threshold_panel_name_it_by_its_first_words(qtbot, tmp_path):
    if not (MODELS / "asap-sas-1.gradebundle").exists():
        pytest.skip("the shipped bundles are not in this checkout")
    session, bundles = _session(tmp_path, MODELS, chosen={VINEGAR: "asap-sas-1", PAINT: "asap-sas-10"})
    score_all(session, bundles)
    assert session.threshold(VINEGAR) >= 1.0                     # the set-1 model takes none: the note above the card
    view = review_view(qtbot, session, width=1024, height=600)
    view.go_to(next(a.key for a in session.answers if a.item == VINEGAR))
    note = view.model_note.text()
    assert note.startswith(f"Question “{heading_name(VINEGAR)}”: its model is not sure enough") and VINEGAR not in note
    panel = ThresholdPanel()
    qtbot.addWidget(panel)
    panel.set_session(session)
    panel.scope.setCurrentIndex(panel.scope.findData(VINEGAR))
    assert panel.scope.currentText() == "Q1"                                     # its id, whole in the narrow panel
    assert panel.scope.toolTip().startswith(heading_name(VINEGAR) + " — ")     # the rest in its tooltip
    effect, each = panel.effect.text(), panel.each.text()
    assert effect.startswith(f"Question “{heading_name(VINEGAR)}”: ") and VINEGAR not in effect   # a sentence: quoted
    assert each.startswith("Each question now needs: Q1 100\u00a0%, Q2 ") and PAINT not in each
