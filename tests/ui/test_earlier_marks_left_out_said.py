"""A teacher who taught Grader with last year's 60 marks read "learning from your 55 earlier marks" and could not tell
where 5 of them went: the marks of last year's answers worded word for word as answers of this sheet are left out on
purpose (grader_app.learn.continuing: the model never takes on its own an answer it learned), and nothing said so.
The lines now count her marks as she gave them, "55 of your 60 earlier marks", on the results page and in the review,
and their tooltips say why the others are left out. The real ``grader learn``, real sheets, real fits, the real
window."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from grader_app.cli import run_cli
from test_learning_window import marked, truth
from test_main_window import _open_by_drop
from ui_helpers import write_csv

QUESTION = "Ice floats"
LEFT_OUT = ["the cell membrane controls what enters", "ice is less dense so it floats on top of the water",
            "because it is cold", "it floats", "frozen water takes up more space than the liquid"]


def _last_year(tmp_path: Path) -> Path:
    answers = marked(55, 5) + [(text, 2 if i % 2 else 0) for i, text in enumerate(LEFT_OUT)]
    return write_csv(tmp_path / "last-year" / "ice-2024-marked.csv", ["Student", "Question", "Answer", "Mark"],
                     [(f"8A{i:03d}", QUESTION, text, mark) for i, (text, mark) in enumerate(answers)])


def _this_year(tmp_path: Path) -> Path:
    # five answers worded as last year's five (one of them in other capitals and spacing: the model reads them alike)
    texts = [text for text, _ in marked(35, 9)] + LEFT_OUT[:4] + ["Frozen  water takes up MORE space than the liquid"]
    return write_csv(tmp_path / "class" / "ice-9B.csv", ["Student ID", "Name", "Question", "Answer"],
                     [(f"9B{i:03d}", f"Kid {i}", QUESTION, text) for i, text in enumerate(texts)])


def test_the_lines_count_the_earlier_marks_as_given_and_say_why_some_are_left_out(qtbot, make_window, tmp_path):
    assert run_cli(["learn", str(_last_year(tmp_path)), "--score-column", "Mark"]) == 0
    window = make_window((1200, 800))
    dlg = _open_by_drop(qtbot, window, _this_year(tmp_path))
    assert dlg.chosen() == {QUESTION: "ice-floats"}
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        dlg.ok_button.click()
    qtbot.waitUntil(lambda: QUESTION in window.learning.models, timeout=60000)
    qtbot.waitUntil(lambda: not window.learning.busy, timeout=60000)
    assert window.learning.marks_counted(QUESTION) == (55, 0)      # the five worded as this sheet's: left out
    why = ("5 earlier marks are of answers worded word for word as answers of this sheet: the model does not learn from "
           "them, so it never takes on its own an answer it learned; the mark you give such an answer here is the one "
           "that counts.")
    assert window.results.learning.text().startswith(
        f"Question {QUESTION} (your model, learning from 55 of your 60 earlier marks and 0 of this sheet): ")
    assert window.results.learning.toolTip() == f"Question {QUESTION}: {why}"

    window.results.request_review()
    rv, s = window.review_view, window.session
    qtbot.keyClick(rv, Qt.Key.Key_0 + truth(s.answers[rv.current_unit()[0]].text))
    qtbot.waitUntil(lambda: not window.learning.busy, timeout=60000)
    decided = len(s.decisions)
    assert rv.learning_label.text().startswith(f"Learning from 55 of your 60 earlier marks and {decided} of this sheet: ")
    assert rv.learning_label.toolTip() == why
