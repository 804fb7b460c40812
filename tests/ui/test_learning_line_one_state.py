"""A Spanish walkthrough (a teacher's own question whose model goes on from last year's marked sheet of 200 marks) read
"(tu modelo, que aprende de tus 200 correcciones anteriores y 16 de esta hoja) … coincidió con 98 de tus 215
correcciones": the heading counts the marks as they are, the agreement is the last fit's, and until the fit after her
newest mark lands (it waits for a pause) the two did not add up. Now the line says which marks the model has not learned
from yet, so every figure in it adds up: the heading's marks are those the agreement is over and the newest ones. The
real ``grader learn``, real sheets, the real window; the fit after the newest mark is held back for real (it waits on
its worker until the test lets it go on)."""
from __future__ import annotations

import random
import re
import threading

from PySide6.QtCore import Qt

from grader_app import workflow
from grader_app.cli import run_cli
from grader_app.ui import i18n
from test_last_years_marks_add_up import QUESTION, _this_year
from test_learning_window import MORE_OFF, MORE_SCIENCE, truth
from test_main_window import _open_by_drop
from ui_helpers import write_csv

EARLIER = 200


def _last_year(tmp_path):
    """Last year's marked sheet: answers unlike each other, a third of them marked against the simulated teacher (so
    the model goes on asking for marks and says how often it agreed with them)."""
    rng = random.Random(7)
    rows = []
    for i in range(EARLIER):
        text = " ".join(rng.sample(MORE_SCIENCE if i % 2 else MORE_OFF, 5))
        rows.append((f"8A{i:03d}", QUESTION, text, truth(text) if rng.random() > 0.3 else 2 - truth(text)))
    return write_csv(tmp_path / "last-year" / "ice-2024-marked.csv", ["Student", "Question", "Answer", "Mark"], rows)


# (heading's earlier marks, heading's marks of this sheet, marks the agreement is over, marks not learned from yet)
FIGURES = {
    "en": (r"[Ll]earning from your (\d+) earlier marks and (\d+) of this sheet", r"agreed with \d+ of your (\d+) marks",
           r"not learned from your newest (?:mark|(\d+) marks) yet"),
    "es": (r"aprende de tus (\d+) correcciones anteriores y de (\d+) de esta hoja", r"coincidió con \d+ de tus (\d+) "
           r"correcciones", r"no ha aprendido de tu corrección más reciente|no ha aprendido de tus (\d+) correcciones"),
    "de": (r"aus Ihren (\d+) früheren Bewertungen und (\d+) dieser Tabelle", r"\d+ Ihrer (\d+) Bewertungen mit Ihnen überein",
           r"Aus Ihrer neuesten Bewertung|Aus Ihren (\d+) neuesten Bewertungen"),
}


def figures(line: str, lang: str = "en") -> tuple[int, int, int, int]:
    heading, agreed, newest = FIGURES[lang]
    head, over, new = re.search(heading, line), re.search(agreed, line), re.search(newest, line)
    assert head and over, line
    return int(head[1]), int(head[2]), int(over[1]), 0 if new is None else int(new[1] or 1)


def test_the_line_adds_up_while_the_model_has_not_learned_from_the_newest_marks(qtbot, make_window, tmp_path,
                                                                               monkeypatch):
    go, started = threading.Event(), []
    go.set()
    real = workflow.QuestionLearner.fit_function

    def held(self):   # each fit waits on its worker while the test holds it back
        fit = real(self)

        def run():
            started.append(True)
            go.wait(120)   # a test that fails never leaves a worker behind for long
            return fit()
        return run
    monkeypatch.setattr(workflow.QuestionLearner, "fit_function", held)
    assert run_cli(["learn", str(_last_year(tmp_path)), "--score-column", "Mark"]) == 0
    window = make_window((1200, 800))
    # 80 answers this year: of 40 the line would say, after the first marks, that the 36 left are too few for the model
    # (last year's marks are a third against the teacher) and give no agreement to add up
    dlg = _open_by_drop(qtbot, window, _this_year(tmp_path, 80))
    assert dlg.chosen() == {QUESTION: "ice-floats"}
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        dlg.ok_button.click()
    lc = window.learning
    qtbot.waitUntil(lambda: QUESTION in lc.models and not lc.busy, timeout=60000)
    s = window.session
    window.results.request_review()
    rv = window.review_view

    def mark() -> None:
        unit = list(rv.current_unit())
        qtbot.keyClick(rv, Qt.Key.Key_0 + truth(s.answers[unit[0]].text))

    for _ in range(2):   # marks the model learned from: every figure is the fit's
        mark()
        qtbot.waitUntil(lambda: not lc.busy, timeout=60000)
    line = window.results.learning.text()
    assert figures(line) == (EARLIER, len(s.decisions), EARLIER + len(s.decisions), 0)
    assert "yet" not in line

    go.clear()
    try:
        learned = len(s.decisions)
        before = len(started)
        mark()   # the fit after this mark is held back: the figures are the last fit's, the heading's the marks as they are
        qtbot.waitUntil(lambda: len(started) > before, timeout=60000)
        made = len(s.decisions) - learned
        assert made >= 1 and lc.models[QUESTION].n_marks == EARLIER + learned
        for shown in (window.results.learning.text(), rv.learning_label.text()):
            earlier, here, over, newest = figures(shown)
            assert (earlier, here, over, newest) == (EARLIER, learned + made, EARLIER + learned, made)
            assert earlier + here == over + newest   # what the teacher adds up
            assert f"The model has not learned from your newest {'mark' if made == 1 else f'{made} marks'} yet; it does " \
                   "when you pause." in shown
        for lang in ("es", "de"):   # the same line in Spanish and German (the results page's, as it is now)
            i18n.install(lang)
            try:
                earlier, here, over, newest = figures(lc.sentences(), lang)
            finally:
                i18n.install("en")
            assert (earlier, here, over, newest) == (EARLIER, learned + made, EARLIER + learned, made)
    finally:
        go.set()   # the fit lands: it learned from every mark, and the line says nothing more of newest marks
    qtbot.waitUntil(lambda: not lc.busy, timeout=60000)
    line = window.results.learning.text()
    assert figures(line) == (EARLIER, len(s.decisions), EARLIER + len(s.decisions), 0) and "yet" not in line
