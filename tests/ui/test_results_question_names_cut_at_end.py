"""The results table's Question column cuts a question named by a sentence at its end, as text is read: it was cut in
the middle as an id is ("Use th…te it.", "Explai…ralia."), two halves of words. A name that parts from the one most
like it near its start keeps that start whole ("Explain why…" beside "Explain how…", "Q4 part a…" beside
"Q4 part b…"), the rest cut with "…"; each whole in its tooltip. The real main window, a real sheet, measured as the
cells are drawn (ids such as asap-sas-10, which part only at their end, keep it: test_results_titles_at_16_pt)."""
from __future__ import annotations

from pathlib import Path

from grader_app.ui import results_model as rm
from cell_text import shown_text
from sheet_files import write_csv
from ui_helpers import ANSWERS, open_and_score

# (the name, the start that tells it from the others)
QUESTIONS = (("Use the results of the experiment to describe how you would improve it.", "Use"),
             ("Explain why the seasons are reversed between England and Australia.", "Explain why"),
             ("Explain how a vaccine prepares the body to fight an infection.", "Explain how"),
             ("Q4 part a: name the variable the students changed", "Q4 part a"),
             ("Q4 part b: name the variable the students measured", "Q4 part b"))
NAMES = ["Amara Okafor", "Ben Whitfield", "Chloé Martin", "Daniel Reyes"]


def _sheet(path: Path) -> Path:
    cells = [(f"S{s + 1:02d}", name, q) for s, name in enumerate(NAMES) for q, _ in QUESTIONS]
    return write_csv(path, ["Student ID", "Name", "Question", "Answer"],
                     [[*c, f"{ANSWERS[i % len(ANSWERS)]} ({i})"] for i, c in enumerate(cells)])


def test_a_question_named_by_a_sentence_is_cut_at_its_end_keeping_the_start_that_tells_it(qtbot, make_window,
                                                                                        tmp_path):
    window = make_window((1280, 800))
    open_and_score(qtbot, window, _sheet(tmp_path / "class" / "answers.csv"))
    table = window.results.table
    qtbot.waitUntil(lambda: window.size().toTuple() == (1280, 800), timeout=3000)
    qtbot.wait(100)
    model = table.model()
    shown = {str(model.data(model.index(r, rm.QUESTION))): shown_text(table, model.index(r, rm.QUESTION))
             for r in range(model.rowCount())}
    assert set(shown) == {q for q, _ in QUESTIONS}
    assert any(shown[q] != q for q, _ in QUESTIONS), "every question is whole: the test does not test a cut one"
    for q, start in QUESTIONS:
        if shown[q] == q:
            continue
        assert shown[q].endswith("\u2026") and q.startswith(shown[q][:-1]), (q, shown[q])   # cut at its end only
        assert shown[q].startswith(start), (q, shown[q])                                     # the start that tells it
