"""A question whose model takes no answer on its own, as QA saw it with the shipped set-1 bundle (its risk table
qualified no threshold, so its threshold is 100 %): the review screen said under every answer "The model is unsure:
91 % is below the 100 % it needs to score alone" while the model library rated the same model as agreeing "closely"
with teachers. Now the review screen says once, above the card, that the question's model is sure enough of no answer
to score it without the teacher (every answer is theirs to check, its score a suggestion), the line under each answer
gives the model's score as a suggestion and no impossible "100 %" need, and the library says beside "closely" that
such a model takes none on its own (its tooltip why). The real shipped bundles, scored through onnxruntime, on the real
widgets."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from grader_app.bundles.library import Library
from grader_app.ui.start_screen import StartScreen
from grader_app.ui.threshold_panel import ThresholdPanel
from ui_helpers import review_view, scored_session

MODELS = Path(__file__).resolve().parents[2] / "model_bundles"
NOTE = ("Question asap-sas-1: its model is not sure enough of any answer to score it without you, so every answer to "
        "this question is yours to check; the model's score is only a suggestion.")


@pytest.fixture
def session():
    if not (MODELS / "asap-sas-1.gradebundle").exists():
        pytest.skip("the shipped bundles are not in this checkout")
    s = scored_session(MODELS, n_students=4)   # asap-sas-1 (threshold 100 %) and asap-sas-5 (its own, lower)
    assert s.threshold("asap-sas-1") >= 1.0 > s.threshold("asap-sas-5")
    return s


def _plain(session, item: str) -> list[int]:
    """The answers to ``item`` with a usable model score and no flag."""
    return [a.key for a in session.answers if a.item == item and not session.flags.get(a.key)
            and session.predictions[a.key].valid]


def _saying_not_sure(view) -> list[str]:
    """The texts on the review screen now that say why the answer is the teacher's."""
    labels = [view.model_note, view.decision_label, view.learning_label, view.message_label]
    return [w.text() for w in labels if w.isVisible() and ("sure enough" in w.text() or "unsure" in w.text())]


def test_the_review_says_once_why_every_answer_of_the_question_is_yours(qtbot, session):
    first, second, *_ = _plain(session, "asap-sas-1")
    view = review_view(qtbot, session, width=1024, height=600)
    view.go_to(first)
    assert _saying_not_sure(view) == [NOTE]                    # once, above the card; not again under the answer
    decision = view.decision_label.text()
    assert decision.startswith("Not decided yet. The model suggests ") and decision.endswith(" sure).")
    assert "100" not in decision and "100" not in view.status_label.toolTip()
    assert view.status_label.toolTip() == ("Every answer to this question comes to you: its model is not sure enough "
                                           "of any answer to score it alone.")
    assert NOTE in view.accessibleDescription()                # a screen reader hears it with the question's first answer
    assert "The model suggests " in view.accessibleDescription() and "The model says" not in view.accessibleDescription()
    view.go_to(second)
    assert _saying_not_sure(view) == [NOTE]                    # the screen keeps it in sight above the next one
    assert "The model suggests" in view.decision_label.text()
    assert NOTE not in view.accessibleDescription()            # and a screen reader is not told it again
    view.go_to(first)
    assert NOTE not in view.accessibleDescription()


def test_a_question_whose_model_takes_answers_keeps_its_reason(qtbot, session):
    unsure = next(k for k in _plain(session, "asap-sas-5")
                  if session.predictions[k].confidence < session.threshold("asap-sas-5"))
    view = review_view(qtbot, session)
    view.go_to(_plain(session, "asap-sas-1")[0])
    view.go_to(unsure)
    assert view.model_note.isHidden()
    assert "The model is unsure: " in view.decision_label.text() and "it needs to score alone." in \
        view.decision_label.text()
    assert "The model says " in view.decision_label.text()


def test_a_threshold_of_100_the_teacher_chose_is_said_as_theirs(qtbot, session):
    session.set_threshold(1.0, "asap-sas-5")
    view = review_view(qtbot, session)
    view.go_to(_plain(session, "asap-sas-5")[0])
    assert view.model_note.text() == ("Question asap-sas-5: at the 100\u00a0% you asked for, the model scores no answer "
                                      "to this question without you, so every answer is yours to check; the model's "
                                      "score is only a suggestion.")
    assert view.status_label.toolTip() == "At the 100\u00a0% you asked for, the model scores no answer to this question alone."
    assert "it needs" not in view.decision_label.text()


def test_the_flag_still_says_why_a_flagged_answer_is_yours(qtbot, session):
    blank = next(a.key for a in session.answers if a.item == "asap-sas-1" and session.flags.get(a.key))
    view = review_view(qtbot, session)
    view.go_to(blank)
    assert view.decision_label.text().endswith("Flagged answers always come to you.")


def library_rows(qtbot, folder: Path) -> tuple[StartScreen, dict]:
    """The start screen whose model library lists the bundles in ``folder``, and that list's rows by bundle id (they
    live as long as the screen)."""
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.set_library(Library.load([folder]))
    tree = screen.library.tree
    return screen, {tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole): tree.topLevelItem(i)
                    for i in range(tree.topLevelItemCount())}


def test_the_library_says_a_close_model_that_takes_none_takes_none(qtbot, session):
    """Its agreement in the words of any other model's, the next column saying that it takes none (it said "closely,
    but sure of no single answer" too: tests/ui/test_library_agreement_sentences.py); its tooltip says why."""
    _screen, rows = library_rows(qtbot, MODELS)
    one, five = rows["asap-sas-1"], rows["asap-sas-5"]
    assert one.text(2) == "closely, but not as well as a second teacher"
    assert one.text(3) == "none on its own: every answer comes to you"
    assert "not sure enough of any answer to score it without you" in one.toolTip(2)
    assert "sure enough" not in five.toolTip(2)


def test_the_threshold_panel_says_why_the_model_takes_none(qtbot, session):
    panel = ThresholdPanel()
    qtbot.addWidget(panel)
    panel.set_session(session)
    panel.scope.setCurrentIndex(panel.scope.findData("asap-sas-1"))
    assert panel.effect.text() == ("Question asap-\u2060sas-\u20601: its model is not sure enough of any answer to "
                                   "score it without you, so every answer comes to you and its scores are suggestions.")
