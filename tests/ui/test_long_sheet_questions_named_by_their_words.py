"""A long sheet whose question cells hold an LMS's question id and the question's words ("4410001: Explain why…", one
row an answer) named each question by the whole cell in the window, id and all, while a wide Canvas download's
questions were named by their words: two questions read "4410001: Explain…" and "4410002: Explain…" in the results
table, the words that tell them apart cut off. Now a long sheet's questions are named by their words as the wide
ones are (the id kept where two would read alike, a sheet of the teacher's own numbering kept as it is), and only
the name shown changes: the keys the decisions, the models and the project keep, and the graded sheet's question
cells, are the ids and words as the sheet has them; the search still finds a question by its id. The real window
opens a real sheet written here, a decision is made in it, and the graded sheet is written and read back."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from grader_app.io.writers import write_graded_csv
from grader_app.ui import results_model as rm
from ui_helpers import open_and_score

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

WHY = "4410001: Explain why the mass of the marble changed in the acid."
HOW = "4410002: Explain how the plant uses light to make its food."
PLANTS = "4410003: What do plants need?"
PLANTS_AGAIN = "4410004: What do  plants need?"   # the same words as 4410003: told apart by their ids
SHOWN = {WHY: WHY.split(": ", 1)[1], HOW: HOW.split(": ", 1)[1], PLANTS: PLANTS, PLANTS_AGAIN: PLANTS_AGAIN}


def sheet(folder: Path, questions) -> Path:
    path = folder / "quiz answers.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Name", "Question", "Answer"])
        for k in range(3):
            for q in questions:
                w.writerow([f"S{k:03d}", f"Student {k}", q, f"The acid reacted with the marble {k}"])
    return path


def shown_questions(window) -> set[str]:
    model = window.results.table.model()
    return {str(model.data(model.index(r, rm.QUESTION))) for r in range(model.rowCount())}


def test_a_long_sheets_questions_are_named_by_their_words_and_keep_their_keys(qtbot, make_window, tmp_path):
    window = make_window((1280, 720))
    s = open_and_score(qtbot, window, sheet(tmp_path, list(SHOWN)), active=True)
    assert s.item_keys() == list(SHOWN)                  # the keys keep the ids, as the sheet has them
    assert shown_questions(window) == set(SHOWN.values())
    key = next(a.key for a in s.answers if a.item == HOW)
    s.decide(key, 1)                                     # a decision on the question named "Explain how…"
    assert s.answers[key].item == HOW and s.decisions[key].score == 1
    window.find_action.trigger()                         # Edit ▸ Find: the id copied from the LMS finds the question
    assert QApplication.focusWidget() is window.results.search
    qtbot.keyClicks(window.results.search, "4410002")
    qtbot.waitUntil(lambda: len(window.results.visible_keys()) == 3, timeout=3000)
    assert {s.answers[k].item for k in window.results.visible_keys()} == {HOW}
    written = write_graded_csv(s, tmp_path / "graded.csv")
    with open(written, newline="", encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["Question"] for r in rows} == set(SHOWN)   # the graded sheet's question cells as they were


def test_a_long_sheet_of_the_teachers_own_numbering_keeps_its_names(qtbot, make_window, tmp_path):
    own = ["2024: Reflection on the year", "4410002: Explain how the plant uses light to make its food."]
    window = make_window((1280, 720))
    open_and_score(qtbot, window, sheet(tmp_path, own))
    assert shown_questions(window) == set(own)           # not every question carries an id: the teacher's own
