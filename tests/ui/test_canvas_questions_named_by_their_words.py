"""The window names a question of a Canvas Student Analysis download by its words, not by Canvas's question id (QA: the
download heads each question "3318801: <p>Use the results…</p>", and the window said "Question 3318801: Use the
results…" in the review heading, the results table's Question column, the learning lines and every note: a number
that means nothing to the teacher, taking the room of the question's words). The id stays where two questions of the
sheet would read the same without it, and in every file: the Canvas gradebook file keeps its titles as they were. The
real window opens a real download written here, the Canvas file is written and read back."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from grader_app.io.lms import export_format
from grader_app.ui import results_model as rm
from grader_app.ui.learning_words import question_name
from cell_text import shown_text
from ui_helpers import open_and_score

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

RESULTS = "3318801: <p>Use the results of the experiment to explain <b>why</b> the mass changed.</p>"
PLANTS = "3318802: <p>What do plants need?</p>"
PLANTS_AGAIN = "3318804: <p>What do  plants need?</p>"   # the same question twice (a question group): told apart
WORDS = {"3318801: Use the results of the experiment to explain why the mass changed.":
         "Use the results of the experiment to explain why the mass changed.",
         "3318802: What do plants need?": "3318802: What do plants need?",
         "3318804: What do plants need?": "3318804: What do plants need?"}
ANSWERS = [("Ice is less dense", "sun and water", "water"), ("The acid ate the marble", "light", "soil and water"),
           ("It lost mass to the vinegar", "", "sunlight")]


def download(folder: Path) -> Path:
    path = folder / "Week 6 quiz Quiz Student Analysis Report.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["name", "id", "sis_id", "section", "section_id", "section_sis_id", "submitted", "attempt",
                    RESULTS, "2.0", PLANTS, "1.0", PLANTS_AGAIN, "1.0", "n correct", "n incorrect", "score"])
        for k, (a, b, c) in enumerate(ANSWERS):
            w.writerow([f"Student {k}", f"17000000001234{k}", f"00012{k}", "Period 3", "4411", "S3",
                        "2024-03-04 10:00:00 UTC", "1", f"<p>{a}</p>", "0.0", b, "0.0", c, "0.0", "0", "0", "0.0"])
    return path


def test_the_window_names_a_canvas_question_by_its_words_and_the_canvas_file_keeps_its_titles(qtbot, make_window,
                                                                                             tmp_path):
    window = make_window((1280, 720))
    session = open_and_score(qtbot, window, download(tmp_path))
    assert session.item_keys() == list(WORDS)        # the keys, kept in the project and the files, keep the id
    assert {i: question_name(i, session.mapping) for i in session.item_keys()} == WORDS
    table, model = window.results.table, window.results.table.model()
    shown = {str(model.data(model.index(r, rm.QUESTION))) for r in range(model.rowCount())}
    assert shown == set(WORDS.values())
    for r in range(model.rowCount()):
        index = model.index(r, rm.QUESTION)
        if str(model.data(index)).startswith("Use"):
            assert not shown_text(table, index).startswith("3318801"), shown_text(table, index)   # the words drawn
    window.results.request_review()
    qtbot.waitUntil(lambda: window.pages.currentIndex() == 2, timeout=5000)
    view, seen = window.review_view, set()
    for _ in range(len(ANSWERS) * 3):                 # every question's heading, answer after answer
        heading = view.question_label.text()
        seen.add(heading)
        assert heading.startswith("Question "), heading
        if "experiment" in heading:
            assert "3318801" not in heading and heading.startswith("Question Use the results"), heading
        else:
            assert "3318802" in heading or "3318804" in heading, heading   # two questions alike: told by their ids
        view.next_button.click()
    assert any("experiment" in h for h in seen) and any("plants" in h for h in seen), seen
    written = export_format("canvas-gradebook").write(session, tmp_path / "canvas.csv")
    with open(written.path, newline="", encoding="utf-8-sig") as fh:
        head = next(csv.reader(fh))
    assert head[5:] == list(WORDS), head              # Canvas's import reads its titles as they were
