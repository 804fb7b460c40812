"""The results table's Question column keeps the word that tells a question from the one most like it whole, as Qt
draws it: the column's width and each cell's cut were worked out in whole pixels, while Qt measures text in fractions
of one and cuts what exceeds the room again, so at 12 and 14 pt "Explain how:-- it works" beside "Explain how: plants
grow." was drawn "Explain how:-- i…", the word "it" that told it apart a letter short. The real main window, a real
sheet scored for real, each cell's text as the view draws it (through its delegate, then Qt's own cut)."""
from __future__ import annotations

from pathlib import Path

import pytest

from grader_app.ui import results_model as rm
from cell_text import shown_text
from settle import settle
from sheet_files import write_csv
from ui_helpers import ANSWERS, open_and_score

# (the name, the start that tells it from the other, the end that tells it from the other): either is kept whole
QUESTIONS = (("Explain how:-- it works", "Explain how:-- it", "-- it works"),
             ("Explain how: plants grow.", "Explain how: plants", ": plants grow."))
NAMES = ["Amara Okafor", "Ben Whitfield", "Chloé Martin"]


def _sheet(path: Path) -> Path:
    cells = [(f"S{s + 1:02d}", name, q) for s, name in enumerate(NAMES) for q, _, _ in QUESTIONS]
    return write_csv(path, ["Student ID", "Name", "Question", "Answer"],
                     [[*c, f"{ANSWERS[i % len(ANSWERS)]} ({i})"] for i, c in enumerate(cells)])


def untold(table) -> list[str]:
    """The questions drawn without the start or the end that tells them apart (or not cut at all: nothing to test)."""
    model, out = table.model(), []
    told = {q: (start, end) for q, start, end in QUESTIONS}
    for row in range(model.rowCount()):
        index = model.index(row, rm.QUESTION)
        name, drawn = str(model.data(index)), shown_text(table, index)
        start, end = told[name]
        if drawn == name or not (drawn.startswith(start) or drawn.endswith(end)):
            out.append(f"{name!r} drawn as {drawn!r} in a column {table.columnWidth(rm.QUESTION)} px wide")
    return out


@pytest.mark.parametrize("points", [12, 14])
def test_a_cut_question_keeps_the_whole_word_that_tells_it_apart(qtbot, make_window, tmp_path, app_font, points):
    app_font(points)
    window = make_window((1024, 700))
    open_and_score(qtbot, window, _sheet(tmp_path / "class" / "answers.csv"))
    table = window.results.table
    assert {str(table.model().data(table.model().index(r, rm.QUESTION)))
            for r in range(table.model().rowCount())} == {q for q, _, _ in QUESTIONS}
    settle(qtbot, lambda: not untold(table))   # the layouts settle over a few turns of the event loop
    assert window.size().toTuple() == (1024, 700)
    assert untold(table) == []
