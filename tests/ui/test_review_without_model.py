"""The review screen for a question no model scores, as QA saw it at 1024×600: the hint said "type any score 0–9"
beside the buttons "0 1 2 3", and three sentences said there was no model score ("The model has no score for these
answers.", "No model score for this answer: type the score yourself.", "Not decided yet. Type the score. No model
scores this question yet."). The hint names the scores the buttons offer (0–3 at first, one above the highest given)
and that a higher digit works too; the line under the card alone says there is no model score. The real review
screen on a real session of one question without a model."""
from __future__ import annotations

from PySide6.QtCore import Qt

from ui_helpers import one_question_session, review_view

ANSWERS = ["Ice is less dense than water.", "Because it is cold.", "The lattice keeps the molecules apart.",
           "no idea", "Hydrogen bonds make an open lattice, so ice is less dense."]
NO_MODEL = "Not decided yet. Type the score. No model scores this question yet."
LEARNS = " A model learns from your marks and takes over the answers it is sure of."


def _view(qtbot, groups=None, typical=()):
    session = one_question_session([(f"S{i}", f"Student {i}", t) for i, t in enumerate(ANSWERS)])
    return session, review_view(qtbot, session, width=1024, height=600, groups=groups, typical=typical)


def _offered(view) -> list[str]:
    return [b.text().lstrip("✓ ") for b in view.score_buttons.buttons]


def test_the_hint_names_the_scores_the_buttons_offer(qtbot):
    session, view = _view(qtbot)
    view.go_to(0)
    assert _offered(view) == ["0", "1", "2", "3"]
    assert view.card.rubric_label.text() == ("No shipped model for this question: type a score from 0 to 3, or a higher "
                                             "one up to 9." + LEARNS)
    qtbot.keyClick(view, Qt.Key.Key_5)                  # a higher digit is taken, and its button comes with it
    assert session.decisions[0].score == 5
    assert _offered(view)[-1] == "6"
    assert "type a score from 0 to 6, or a higher one up to 9." in view.card.rubric_label.text()
    qtbot.keyClick(view, Qt.Key.Key_9)
    assert _offered(view)[-1] == "9"
    assert view.card.rubric_label.text() == "No shipped model for this question: type a score from 0 to 9." + LEARNS


def _saying_no_model(view) -> list[str]:
    """The texts on the screen now that say the answer has no model score."""
    labels = [view.decision_label, view.card.bars._empty, view.group_panel.models_label]
    return [w.text() for w in labels if w.isVisible() and w.text() and "model" in w.text().lower()]


def test_one_sentence_says_there_is_no_model_score(qtbot):
    _session, view = _view(qtbot)
    view.go_to(1)
    assert _saying_no_model(view) == [NO_MODEL]


def test_one_sentence_says_it_for_a_group_too(qtbot):
    _session, view = _view(qtbot, groups={0: 0, 4: 0}, typical=(0,))
    view.go_to(0)
    assert view.current_unit() == [0, 4] and view.card.showing_group()
    assert _saying_no_model(view) == [NO_MODEL]


def test_no_heading_above_bars_that_are_not_there(qtbot):
    """QA at 1024×600: "The model's probability per score" stood above empty space for a question no model scores
    yet. The heading and the bars are shown only with a model score; the line under the card says there is none,
    for a single answer and for a group, and the decision line moves up under the card."""
    _session, view = _view(qtbot, groups={0: 0, 4: 0}, typical=(0,))
    view.go_to(1)
    heading = view.card.bars_heading
    assert heading.isHidden() and view.card.bars.isHidden()
    qtbot.waitUntil(lambda: view.model_row.height() == 0)                        # no room kept for them
    assert view.decision_label.text() == NO_MODEL
    view.go_to(0)
    assert view.card.showing_group() and heading.isHidden()
