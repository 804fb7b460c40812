"""An answer whose model output was not a score (NaN, not a probability distribution) shows no model score anywhere
in the window: the results table's model score and confidence cells are empty (sorted as no score, no probability
tooltip), the review screen shows no bars and no "The model says …", and Enter or Ctrl+G takes no score from it.

The session is a real CSV sheet scored by a real .gradebundle whose ONNX graph gives such rows
(``tests/bundles/invalid_output_sheet.py``); the widgets are the real results page and review screen."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt

from grader_app.core import review
from grader_app.ui import results_model as rm
from ui_helpers import results_view, review_view

_BUNDLES = str(Path(__file__).resolve().parents[1] / "bundles")
if _BUNDLES not in sys.path:
    sys.path.insert(0, _BUNDLES)

from invalid_output_sheet import scored_with_invalid_rows  # noqa: E402

CTRL = Qt.KeyboardModifier.ControlModifier


def test_the_results_table_shows_and_sorts_an_invalid_output_as_no_score(qtbot, tmp_path):
    session = scored_with_invalid_rows(tmp_path)
    view = results_view(qtbot, session)
    model = view.model

    def cell(key, col, role=Qt.ItemDataRole.DisplayRole):
        return model.data(model.index(key, col), role)

    assert (cell(0, rm.MODEL_SCORE), cell(0, rm.CONFIDENCE)) == ("3", "90\u00a0%")
    for k in (1, 2):
        assert (cell(k, rm.MODEL_SCORE), cell(k, rm.CONFIDENCE)) == ("", ""), k    # were "0" and "0 %"
        assert "model fault" in cell(k, rm.FLAGS)                                  # the flag says why
        assert "invalid model output" in cell(k, rm.FLAGS, Qt.ItemDataRole.ToolTipRole)   # in its words
        assert cell(k, rm.MODEL_SCORE, rm.SortRole) == cell(k, rm.CONFIDENCE, rm.SortRole) == -1.0   # as no score
        assert cell(k, rm.CONFIDENCE, Qt.ItemDataRole.ToolTipRole) is None      # no "0: 0 %, 1: 0 %, …"
    assert cell(2, rm.FINAL) == "1" and cell(1, rm.FINAL) == ""
    view.proxy.sort(rm.CONFIDENCE, Qt.SortOrder.DescendingOrder)
    assert view.visible_keys()[0] == 0


def test_the_review_screen_shows_no_model_score_and_enter_takes_none(qtbot, tmp_path):
    session = scored_with_invalid_rows(tmp_path, copies=1)   # answer 3 is a copy of answer 1
    view = review_view(qtbot, session)
    view.go_to(1)
    bars = view.card.bars
    assert bars._empty.isVisible() and bars._empty.text() == "No model score for this answer: type the score yourself."
    assert view.card.bars_heading.isVisible()                                   # its heading says what is missing here
    assert not any(w.isVisible() for row in bars._rows for w in row)             # no all-zero bars marked "◀ model"
    text = view.decision_label.text()
    assert "The model says" not in text and text.startswith("Not decided yet. Type the score."), text
    assert "invalid model output" in " ".join(view.flag_texts())
    qtbot.waitUntil(lambda: "The model gave no usable score." in view.accessibleDescription())   # a screen reader
    assert "The model says" not in view.accessibleDescription()

    qtbot.keyClick(view, Qt.Key.Key_Return)                                     # Enter accepts nothing
    assert 1 not in session.decisions and view.current_key() == 1
    assert view.message_label.text() == "This answer has no model score to accept; type the score instead."
    qtbot.keyClick(view, Qt.Key.Key_G, CTRL)                                    # nor does Ctrl+G give one
    assert 1 not in session.decisions and 3 not in session.decisions
    assert view.message_label.text().startswith("Type a score for this answer first")
    qtbot.keyClick(view, Qt.Key.Key_2)                                          # the teacher's score is taken
    assert session.decisions[1].score == 2 and session.status(1) == review.DECIDED


def test_the_accept_button_is_off_where_there_is_no_model_score_and_on_again_where_there_is(qtbot, tmp_path):
    """Found in a QA pass: the button stayed enabled on an invalid model output, and a click only said there was
    nothing to accept. It follows the answer shown (a model learning from the marks: test_learning_marks_taken_back),
    and Enter still says why."""
    session = scored_with_invalid_rows(tmp_path, copies=1)
    view = review_view(qtbot, session)
    view.go_to(0)
    assert view.accept_button.isEnabled() and view.accept_button.toolTip() == ""
    qtbot.keyClick(view, Qt.Key.Key_Right)                                      # on to the invalid output
    assert view.current_key() == 1 and not view.accept_button.isEnabled()
    assert view.accept_button.toolTip() == "This answer has no model score to accept; type the score instead."
    qtbot.keyClick(view, Qt.Key.Key_Left)                                       # back to the model's score
    assert view.current_key() == 0 and view.accept_button.isEnabled() and view.accept_button.toolTip() == ""
    view.go_to(1)
    qtbot.keyClick(view, Qt.Key.Key_Return)                                     # the keyboard still hears why
    assert view.message_label.text() == "This answer has no model score to accept; type the score instead."
    assert 1 not in session.decisions


def test_a_group_counts_no_model_score_for_an_invalid_output(qtbot, tmp_path):
    session = scored_with_invalid_rows(tmp_path, copies=1)
    view = review_view(qtbot, session, groups={1: 0, 3: 0}, typical=(1,))
    view.go_to(1)
    assert view.current_unit() == [1, 3]
    assert view.group_panel.models_label.text() == "The model has no score for these answers."
    assert view.decision_label.text().startswith("Not decided yet. Type the score."), view.decision_label.text()
    assert view.card.bars._empty.isVisible()
    assert not view.accept_button.isEnabled()                                   # the typical answer has none
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert 1 not in session.decisions and 3 not in session.decisions
