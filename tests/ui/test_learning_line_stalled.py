"""The review's learning line on a teacher's own question whose model the marks bring little closer (a walkthrough of
ASAP-SAS set 10: "Keep marking, since the model needs at least 43 more marks before it can take an answer" from the 5th mark
to the 16th, then "The model will probably not take answers to this question…"). Now, once five marks in a row brought
the figure little or no closer, the line says plainly that the model cannot promise when it will take an answer, with
the figure still said (grader_app.learn.progress.stalled_over). The real window, sheet (150 answers of the shared
ASAP-SAS data's training split; skipped without it), review screen and fits, one mark at a time."""
from __future__ import annotations

import csv
import sys
from pathlib import Path

from grader_app.ui.main_window import REVIEW
from test_learning_reopen import opened_to_learn

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "learn"))
from test_progress_cannot_help_only_when_so import _asap_class  # noqa: E402

OWN = "own-question"
STALLED = ("Learning from your marks: keep marking, but the model cannot promise when it will take an answer: your last "
           "5 marks brought it little or no closer; even if every further mark helps, it needs at least ")


def _sheet(path: Path) -> tuple[Path, list[int]]:
    texts, scores = _asap_class(10)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Name", "Question", "Answer"])
        w.writerows([f"S{i:03d}", f"Student {i}", OWN, t] for i, t in enumerate(texts))
    return path, scores


def test_the_review_says_early_that_the_model_cannot_promise(qtbot, make_window, tmp_path):
    sheet, scores = _sheet(tmp_path / "class" / "colours.csv")
    window = make_window((1024, 600))
    opened_to_learn(qtbot, window, sheet)
    s = window.session
    keys = s.keys_for(OWN)
    window.show_review(list(keys), start_key=keys[-1])   # an answer left open all along: its line is the question's
    assert window.pages.currentIndex() == REVIEW
    line = window.review_view.learning_label
    said = []
    for i, k in enumerate(keys[:19]):         # before the 20th mark: "probably not" cannot be said before it
        s.decide(k, scores[i])
        qtbot.wait(5)
        qtbot.waitUntil(lambda: not window.learning._fitting, timeout=60000)
        window.review_view.refresh()
        said.append(line.text())
    assert any(t.startswith(STALLED) for t in said), said
    assert said[8].startswith(STALLED), said   # by the 9th mark, the figure unmoved since the 5th (said from the 12th)
    assert line.isVisible()


UNLIKELY = "Learning from your marks: the model will probably not take answers to this question: "
REST_YOURSELF = (" right. You will most likely mark the rest yourself; the model keeps learning from your marks and will "
                 "take answers if it gets good enough.")


def test_once_the_model_will_probably_not_take_answers_the_review_says_she_will_mark_the_rest(qtbot, make_window,
                                                                                              tmp_path):
    """The walkthrough of set 1 read "...must be at least 95 % right; keep marking." from the 20th mark to the 80th: as
    if marking on would make the model take answers. Now the line says plainly that she will most likely mark the rest
    herself, and that the model keeps learning and takes answers if it gets good enough."""
    sheet, scores = _sheet(tmp_path / "class" / "colours.csv")
    window = make_window((1024, 600))
    opened_to_learn(qtbot, window, sheet)
    s = window.session
    keys = s.keys_for(OWN)
    window.show_review(list(keys), start_key=keys[-1])
    line = window.review_view.learning_label
    said = []
    for i, k in enumerate(keys[:30]):
        s.decide(k, scores[i])
        qtbot.wait(5)
        qtbot.waitUntil(lambda: not window.learning._fitting, timeout=60000)
        window.review_view.refresh()
        said.append(line.text())
    unlikely = [t for t in said if t.startswith(UNLIKELY)]
    assert unlikely, said
    assert all(REST_YOURSELF in t for t in unlikely), unlikely
    assert not any("keep marking" in t for t in unlikely), unlikely
