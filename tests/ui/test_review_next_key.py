"""N (*Next suggested*) as a teacher going question by question expects it: what needs her next in the question on
screen first (for a question that learns from her marks, the answers Grader suggests; else its next answer left to
decide, and then one she skipped before it), and only then the next question, saying so. It used to jump to a
question that learns from anywhere in the list (the middle of another question, or back to one before), and without
one it took the next answer of the whole list, leaving a skipped answer of the question behind. The real main window
on real sheets scored by real (tiny) models."""
from __future__ import annotations

import csv
import random
from pathlib import Path

from PySide6.QtCore import Qt

from grader_app.ui.menus import REVIEW
from ui_helpers import accept_mapping

SCIENCE = ["membrane", "osmosis", "diffusion", "protein", "channel", "transport", "active", "passive", "gradient",
           "energy"]
OFF = ["plants", "green", "sun", "water", "happy", "dog", "house", "car", "blue", "music"]
MEMBRANE = ["the cell membrane controls what enters and leaves the cell", "plants need light and water to grow well",
            "i do not know the answer to this", "osmosis moves water across the membrane"]
PROTEIN = ["mrna leaves the nucleus and trna brings amino acids to the ribosome", "the ribosome reads codons",
           "dna is copied in the nucleus", "proteins are made of amino acids joined together"]
NO_SUGGESTION = ("No suggestion here (Grader suggests what to mark next only for a question without a shipped model, "
                 "while it has answers left): this is the next answer left to decide in this question.")


def _sheet(path: Path, rows) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Name", "Question", "Answer"])
        w.writerows([f"S{i + 1:03d}", f"Student {i + 1}", item, text] for i, (item, text) in enumerate(rows))
    return path


def _reviewing(qtbot, window, sheet: Path, questions):
    """``sheet`` opened and scored, every answer of ``questions`` (their models') the teacher's to decide, the review
    open on what needs her."""
    window.open_sheet(sheet)
    accept_mapping(qtbot, window)
    qtbot.waitUntil(lambda: window.learning.ready, timeout=30000)
    s = window.session
    for item in questions:
        s.set_threshold(1.0, item)
    window.results.request_review()
    assert window.pages.currentIndex() == REVIEW
    return s, window.review_view


def _key(score: int):
    return getattr(Qt.Key, f"Key_{score}")


def test_n_finishes_the_question_on_screen_before_the_next_one(qtbot, window, tmp_path):
    rows = [row for pair in zip((("asap-sas-1", t) for t in MEMBRANE), (("asap-sas-5", t) for t in PROTEIN))
            for row in pair]
    s, rv = _reviewing(qtbot, window, _sheet(tmp_path / "class" / "answers.csv", rows), ("asap-sas-1", "asap-sas-5"))
    one, five = s.keys_for("asap-sas-1"), s.keys_for("asap-sas-5")
    assert rv.queue.units == [[k] for k in one + five]                # question by question, no groups
    assert rv.current_key() == one[0]
    qtbot.keyClick(rv, Qt.Key.Key_Right)                              # the first answer skipped for now
    qtbot.keyClick(rv, Qt.Key.Key_N)
    assert rv.current_key() == one[2] and rv.message_label.text() == NO_SUGGESTION
    qtbot.keyClick(rv, Qt.Key.Key_N)
    assert rv.current_key() == one[3]
    qtbot.keyClick(rv, Qt.Key.Key_N)                                  # the one skipped, before the next question
    assert rv.current_key() == one[0] and rv.question_switch.isHidden()
    for k in one[:3]:
        assert rv.current_key() == k
        qtbot.keyClick(rv, _key(1))
    assert rv.current_key() == one[3]                                 # the question's last answer left
    qtbot.keyClick(rv, Qt.Key.Key_N)                                  # skipped: on to the next question, said
    assert rv.current_key() == five[0]
    assert rv.message_label.text() == ("Nothing else is left to decide in question “asap-sas-1”: on to question "
                                       "“asap-sas-5”.")
    assert rv.question_switch.text().startswith("Now question 2 of 2: ")
    qtbot.keyClick(rv, Qt.Key.Key_Right)
    qtbot.keyClick(rv, Qt.Key.Key_Right)
    qtbot.keyClick(rv, _key(2))
    assert rv.current_key() == five[3]
    qtbot.keyClick(rv, Qt.Key.Key_N)                                  # this question's first: not back to the other
    assert rv.current_key() == five[0] and rv.message_label.text() == NO_SUGGESTION
    for k in (five[0], five[1], five[3]):
        rv.go_to(k)
        qtbot.keyClick(rv, _key(0))
    assert rv.current_key() == one[3]                                 # the one left, wherever it is
    qtbot.keyClick(rv, Qt.Key.Key_N)
    assert rv.current_key() == one[3] and rv.message_label.text() == "This is the last answer left to decide here."
    qtbot.keyClick(rv, _key(3))
    qtbot.keyClick(rv, Qt.Key.Key_N)
    assert rv.message_label.text() == "Nothing left to suggest: every answer here is decided."


def test_n_on_a_question_with_a_model_stays_there_before_a_question_that_learns(qtbot, window, tmp_path):
    rng = random.Random(5)
    own = [("own-question", " ".join(rng.sample(SCIENCE if i % 2 else OFF, 5))) for i in range(30)]
    s, rv = _reviewing(qtbot, window, _sheet(tmp_path / "class" / "answers.csv",
                                             own + [("asap-sas-1", t) for t in MEMBRANE]), ("asap-sas-1",))
    one = s.keys_for("asap-sas-1")
    assert window.learning.learns("own-question") and not window.learning.learns("asap-sas-1")
    assert s.answers[rv.current_key()].item == "own-question"        # opened at Grader's suggestion
    rv.go_to(one[0])
    qtbot.keyClick(rv, Qt.Key.Key_N)                                  # used to jump back to the question that learns
    assert rv.current_key() == one[1] and rv.message_label.text() == NO_SUGGESTION
    for k in one[1:]:
        rv.go_to(k)
        qtbot.keyClick(rv, _key(1))
    rv.go_to(one[0])
    qtbot.keyClick(rv, Qt.Key.Key_N)                                  # nothing else left here: on to the one that learns
    assert s.answers[rv.current_key()].item == "own-question"
    said = rv.message_label.text()
    assert said.startswith("Nothing else is left to decide in question “asap-sas-1”: on to question “own-question”. "
                           "Suggested next: ")
    qtbot.keyClick(rv, Qt.Key.Key_N)                                  # there: its suggestions, not the answer left behind
    assert s.answers[rv.current_key()].item == "own-question" and rv.message_label.text().startswith("Suggested next: ")
