"""A long prompt (a reading passage, then the question) shows only its question on the review screen; the whole
text was readable only by pointing at it. Q shows the whole text on the card (the keyboard's way to it), Q again
only the question, and another question opens short again. Real bundles whose prompts are long, scored for real,
and the real review screen driven with the keys."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication

from ui_helpers import gray_pixels, make_bundle, review_view, scored_session

PASSAGE = ("Acid rain lab. A group of students wrote the following procedure for their investigation: they "
           "measured the mass of four marble chips, placed each in a cup of vinegar, and left them overnight. ") * 3
ONLY_PASSAGE = PASSAGE + "\n\n" + PASSAGE.replace("Acid rain lab.", "Notes.")
QUESTION = "Describe two ways the students could have improved the validity of their results."
ITEMS = ("asap-sas-1", "asap-sas-5", "asap-sas-10")


def _session(tmp_path):
    """asap-sas-1: a passage, then the question; asap-sas-5: a passage and no question; asap-sas-10: a short
    question only."""
    folder = tmp_path / "bundles"
    make_bundle(folder, "asap-sas-1", prompt=PASSAGE + "\n\n" + QUESTION)
    make_bundle(folder, "asap-sas-5", prompt=ONLY_PASSAGE)
    make_bundle(folder, "asap-sas-10", prompt="Explain how the cell membrane works.")
    return scored_session(folder, n_students=2, items=ITEMS)


def _first(session, item: str) -> int:
    return next(a.key for a in session.answers if a.item == item)


def test_q_shows_the_whole_question_text_and_q_again_only_the_question(qtbot, tmp_path):
    session = _session(tmp_path)
    view = review_view(qtbot, session, width=1024, height=600)
    assert "Q whole question text" in view.keymap_label.text()
    view.go_to(_first(session, "asap-sas-1"))
    label = view.prompt_label
    short = label.text()
    assert short.startswith(QUESTION) and "Acid rain lab" not in short
    # how much is left out, once: the button under it says how to see it, Q too
    assert short == f"{QUESTION}\n({len(PASSAGE.split())} more words of the question before this)"
    assert view.card.whole_button.text() == "Show the whole question (Q)"
    qtbot.keyClick(view, Qt.Key.Key_Q)
    assert label.text() == PASSAGE + "\n\n" + QUESTION   # the whole text, and no line about Q after it
    assert view.card.whole_button.text() == "Show only the question (Q)"
    assert label.toolTip() == ""                                          # all of it is on the card already
    qtbot.keyClick(view, Qt.Key.Key_Q)
    assert label.text() == short and QUESTION in label.toolTip() and "Acid rain lab" in label.toolTip()

    # the whole text stays while the answers of that question go by, and no key of the review is lost to it
    qtbot.keyClick(view, Qt.Key.Key_Q)
    second = [a.key for a in session.answers if a.item == "asap-sas-1"][1]
    view.go_to(second)
    assert view.current_key() == second and "Acid rain lab" in label.text()
    # another question opens with only its question again
    view.go_to(_first(session, "asap-sas-10"))
    assert label.text() == "Explain how the cell membrane works."
    view.go_to(_first(session, "asap-sas-1"))
    assert label.text() == short


def test_q_reads_a_passage_without_a_question_and_leaves_a_short_question_alone(qtbot, tmp_path):
    session = _session(tmp_path)
    view = review_view(qtbot, session, width=1024, height=600)
    view.go_to(_first(session, "asap-sas-5"))
    label = view.prompt_label
    assert label.text() == f"(the model holds a reading passage of {len(ONLY_PASSAGE.split())} words and no question)"
    qtbot.keyClick(view, Qt.Key.Key_Q)
    assert label.text().startswith(PASSAGE.strip()) and "Notes." in label.text()
    # a short prompt is all there is: Q changes nothing on the card, and the answer stays undecided
    view.go_to(_first(session, "asap-sas-10"))
    before = label.text()
    qtbot.keyClick(view, Qt.Key.Key_Q)
    assert label.text() == before == "Explain how the cell membrane works."
    assert _first(session, "asap-sas-10") not in session.decisions


def test_q_works_while_the_answer_text_has_the_focus(qtbot, tmp_path):
    """A click on the answer (to select a phrase) gives its label the focus; the review's keys still reach the
    screen (review_keys.KeysFromTexts), Q too."""
    session = _session(tmp_path)
    view = review_view(qtbot, session, width=1024, height=600)
    view.go_to(_first(session, "asap-sas-1"))
    view.answer_label.setFocus()
    qtbot.waitUntil(view.answer_label.hasFocus, timeout=2000)
    qtbot.keyClick(view.answer_label, Qt.Key.Key_Q)
    assert "Acid rain lab" in view.prompt_label.text()


def test_a_button_under_the_question_shows_its_whole_text_as_q_does(qtbot, tmp_path):
    """A mouse or touchpad user (or a teacher who does not know Q) had only the tooltip: the line said "Q shows them,
    or point at it". A button under it says what it does, names Q, and does what Q does; the card goes to its top.
    The line above it then says only how much is left out (it said Q's way there too, which the button repeated)."""
    session = _session(tmp_path)
    view = review_view(qtbot, session, width=1366, height=768)
    view.go_to(_first(session, "asap-sas-1"))
    label, button = view.prompt_label, view.card.whole_button
    short = label.text()
    assert button.isVisible() and button.text() == "Show the whole question (Q)"
    assert "Q" not in short.split("\n")[-1] and "show" not in short.casefold()   # the line does not say it again
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert label.text().startswith(PASSAGE.strip()) and QUESTION in label.text() and view.card.whole_question
    assert button.isVisible() and button.text() == "Show only the question (Q)"
    assert view.scroll.verticalScrollBar().value() == 0   # the card at its top, where that text is
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert label.text() == short and button.text() == "Show the whole question (Q)"
    qtbot.keyClick(view, Qt.Key.Key_Q)   # Q and the button are one: the button says what Q did
    assert "Acid rain lab" in label.text() and button.text() == "Show only the question (Q)"
    # a passage without a question says so; a short question has no button
    view.go_to(_first(session, "asap-sas-5"))
    assert button.isVisible() and button.text() == "Show the reading passage (Q)"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert "Notes." in label.text()
    view.go_to(_first(session, "asap-sas-10"))
    assert not button.isVisible() and label.text() == "Explain how the cell membrane works."
    assert not session.decisions   # no click decided an answer


def _ink_left(gray, rect) -> int:
    """The leftmost column of ``rect`` (in the grab's pixels) where something darker than the background is drawn."""
    import numpy as np

    box = gray[rect.top():rect.bottom() + 1, rect.left():rect.right() + 1]
    columns = np.flatnonzero((box < 140).any(axis=0))
    assert columns.size, "nothing drawn there"
    return rect.left() + int(columns[0])


@pytest.mark.parametrize("points", [None, 16])
def test_the_button_under_the_question_is_in_line_with_its_text(qtbot, tmp_path, points):
    """The flat button sat about 7 px right of the question's text (its style's margin around a button's text) and,
    as tall as a push button, left a gap above the rubric twice the card's spacing. Its text now starts where the
    question's does, and it is one line tall, the card's spacing above and below it, as the lines around it are.
    Measured in the drawn pixels of the real review screen, at the desktop's font and at 16 pt."""
    app = QApplication.instance()
    font = app.font()
    if points:
        larger = app.font()
        larger.setPointSizeF(points)
        app.setFont(larger)
    try:
        session = _session(tmp_path)
        view = review_view(qtbot, session, width=1366, height=768)
        view.go_to(_first(session, "asap-sas-1"))
        card = view.card
        button, prompt, rubric, question = card.whole_button, card.prompt_label, card.rubric_label, card.question_label
        assert button.isVisible() and prompt.text() and rubric.text()
        grab = card.grab()
        assert grab.devicePixelRatio() == 1   # the grab's pixels are the card's coordinates
        gray = gray_pixels(grab.toImage())
        def on_card(w) -> QRect:   # the question's text is in a box of its own on the card (whole_question)
            return QRect(w.mapTo(card, QPoint(0, 0)), w.size())

        left = {name: _ink_left(gray, on_card(w)) for name, w in
                (("button", button), ("question", prompt), ("heading", question), ("rubric", rubric))}
        assert abs(left["button"] - left["question"]) <= 2, left
        assert abs(left["button"] - left["heading"]) <= 2 and abs(left["button"] - left["rubric"]) <= 2, left
        # one line tall, with the card's spacing above and below it, as between the question's lines and the rubric
        assert button.height() <= button.fontMetrics().height() + 2
        above = button.geometry().top() - on_card(prompt).bottom()
        below = rubric.geometry().top() - button.geometry().bottom()
        assert above == below == on_card(prompt).top() - question.geometry().bottom(), (above, below)
    finally:
        app.setFont(font)
