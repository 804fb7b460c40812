"""Q ("Show the whole question (Q)") on a question with a long procedure before it, on a 1024×600 screen: the whole text
went on the card from its top and the answer being graded was pushed below the bottom of the card's area (on the sample
sheet at a 16 pt font it began 623 px below it). Now the whole question is in a box of its own that scrolls, the card
placed on it: the teacher reads the question with the answer still in sight under it, the model's bars, the sentence
saying what is decided and the score buttons too; the review's Page Up/Down, Home and End scroll that box. Q again:
only the question, the box as tall as its text, the rubric whole. The real main window on a real sheet, in English at
the desktop's font and at 16 pt, and in German at 16 pt."""
from __future__ import annotations

from contextlib import ExitStack

import pytest
from PySide6.QtCore import QPoint, Qt

from grader_app.ui.label_lines import line_tops
from review_windows import class_sheet, review_grouped, window_in
from test_review_decision_in_view import SHORT, _settle, _shown_rect, _whole_on_screen
from ui_helpers import make_bundle

# a procedure in numbered steps before the question, some 150 words, as the shipped science models' prompts are (our
# own wording)
STEPS = ["Weigh each of four small samples: marble, limestone, wood and plastic.",
         "Pour the same amount of vinegar into each of four cups that are alike in every way.",
         "Put one sample in each cup and write on the cup which sample it holds.",
         "Leave the cups on a bench for a whole day, away from the window.",
         "Take the samples out, rinse each under running distilled water and let it dry.",
         "Weigh each sample again and write down how much mass it lost or gained.",
         "Make a table of the masses before and after for every sample."]
PROMPT = ("A class planned an experiment on how acid changes some materials and wrote down these steps.\n\nSteps:\n"
          + "\n".join(f"{i}.\t{step}" for i, step in enumerate(STEPS, 1))
          + "\n\nThe class then compared the masses in the table and drew its conclusion.\n\n"
            "After reading the steps, describe what more you would need to know to repeat the experiment exactly. "
            "Give at least three pieces of information.")
OTHER = "The kind of vinegar, how much of it went in each cup, and how big the cups and the samples were."


@pytest.fixture
def q_shown(qtbot, task_manager, tmp_path, app_font):
    """The real main window in ``lang`` at 1024×600 (at ``points`` pt, or the desktop's font), on the review of two
    answers to a question with :data:`PROMPT`, Q pressed on the first."""
    make_bundle(tmp_path / "shipped_bundles", "asap-sas-1", title="Science: replicating the vinegar experiment",
                prompt=PROMPT)
    windows = ExitStack()

    def open_review(lang: str, points: float | None):
        if points:
            app_font(points)
        window = windows.enter_context(window_in(qtbot, task_manager, lang, 1024, 600))
        view = review_grouped(qtbot, window, class_sheet(tmp_path / "class.csv", [SHORT, OTHER]))
        assert (window.width(), window.height()) == (1024, 600)
        assert view.answer_label.text() == SHORT and view.card.whole_button.isVisible()
        _settle(qtbot, view)
        qtbot.keyClick(view, Qt.Key.Key_Q)
        assert view.card.whole_question and view.prompt_label.text() == PROMPT
        return view

    with windows:
        yield open_review


def _answer_in_sight(view) -> bool:
    """The answer's top and at least its first line whole in the window, under the whole question's box, whole too."""
    label = view.answer_label
    shown = _shown_rect(label)
    top = label.mapTo(label.window(), QPoint(0, 0)).y()
    first_line = line_tops(label)[1]
    box = view.card.prompt_area
    return (shown.top() == top and shown.height() >= first_line and _whole_on_screen(box)
            and box.mapTo(box.window(), QPoint(0, box.height())).y() <= top)


def _rest_in_sight(view) -> None:
    for w in (view.model_row, view.decision_label, view.score_buttons, view.accept_button, view.next_button):
        assert _whole_on_screen(w), w


@pytest.mark.parametrize("lang, points", [("en", None), ("en", 16), ("de", 16)])
def test_the_answer_stays_in_sight_under_the_whole_question(qtbot, q_shown, lang, points):
    view = q_shown(lang, points)
    qtbot.waitUntil(lambda: _answer_in_sight(view), timeout=5000)
    _settle(qtbot, view)
    assert _answer_in_sight(view)
    _rest_in_sight(view)
    box, bar = view.card.prompt_area, view.card.prompt_area.verticalScrollBar()
    # the box shows the question's start, and a whole number of its lines (none cut in half at its bottom)
    assert bar.value() == 0 and box.viewport().height() in line_tops(view.prompt_label)
    # all of it is read in the box with the review's keys, the answer staying where it is
    at = view.answer_label.mapTo(view.window(), QPoint(0, 0))
    if bar.maximum() > 0:
        qtbot.keyClick(view, Qt.Key.Key_PageDown)
        assert bar.value() > 0
        qtbot.keyClick(view, Qt.Key.Key_End)
        assert bar.value() == bar.maximum()
        qtbot.keyClick(view, Qt.Key.Key_Home)
        assert bar.value() == 0
    assert view.answer_label.mapTo(view.window(), QPoint(0, 0)) == at and _answer_in_sight(view)
    # a digit still scores the answer on screen
    key = view.current_key()
    qtbot.keyClick(view, Qt.Key.Key_2)
    assert view.session.decisions[key].score == 2

    # the next answer of the question keeps the whole question, placed the same way
    assert view.current_key() != key and view.card.whole_question
    qtbot.waitUntil(lambda: _answer_in_sight(view), timeout=5000)
    assert view.answer_label.text() == OTHER

    # Q again: only the question, its box as tall as its text, the rubric whole
    qtbot.keyClick(view, Qt.Key.Key_Q)
    assert not view.card.whole_question and not box.bounded()
    assert not view.rubric_label.folded and view.rubric_label.text().count("\n") == 4   # its heading and 4 scores
    _settle(qtbot, view)
    assert box.height() == view.prompt_label.height()
