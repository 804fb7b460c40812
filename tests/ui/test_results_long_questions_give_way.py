"""The results table of a sheet whose questions are named by long texts (a teacher's own headings, not ids), at
1280×720 and 12 pt in German: the Question column no longer takes the students' names' and the answers' room.

Such a column kept its cap, 12 "M"s (168 px here), for a text cut anyway ("Experime… fehlen?"): wider than the column
of the students' names and near the Answer column's 209 px. A question cut at its widest now keeps a start of its own,
cut at its end as .results_ids cuts a name ("Experiment: Ess…"; the questions still told apart, each whole in its
cell's tooltip) and the room goes to the names and the answers. The real main window, the sheet scored for real;
measured as the cells are drawn."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from grader_app.ui import i18n
from grader_app.ui import results_model as rm
from cell_text import shown_text
from sheet_files import write_csv
from ui_helpers import ANSWERS, open_and_score

QUESTIONS = ("Experiment: Essig und Marmor, welche Angaben fehlen?", "Proteinsynthese: vom mRNA zum Protein",
             "Hundehütte: welche Farbe hält sie kühl?")
NAMES = ["Amara Okafor", "Ben Whitfield", "Chloé Martin", "Daniel Reyes", "Emily Nguyen", "Farid Haddad"]


def _sheet(path: Path) -> Path:
    cells = [(f"S{s + 1:02d}", name, q) for s, name in enumerate(NAMES * 2) for q in QUESTIONS]
    return write_csv(path, ["Student ID", "Name", "Question", "Answer"],
                     [[*c, f"{ANSWERS[i % len(ANSWERS)]} ({i})"] for i, c in enumerate(cells)])


def test_long_question_names_leave_the_names_and_answers_their_room(qtbot, make_window, tmp_path, app_font):
    app_font(12)
    assert i18n.install("de")
    window = make_window((1280, 720))
    open_and_score(qtbot, window, _sheet(tmp_path / "class" / "answers.csv"))
    table = window.results.table
    qtbot.waitUntil(lambda: window.size().toTuple() == (1280, 720), timeout=3000)
    qtbot.wait(100)
    model = table.model()
    rows = range(model.rowCount())
    question, student, answer = (table.columnWidth(c) for c in (rm.QUESTION, rm.STUDENT, rm.ANSWER))
    shown = {str(model.data(model.index(r, rm.QUESTION))): shown_text(table, model.index(r, rm.QUESTION)) for r in rows}
    assert set(shown) == set(QUESTIONS)
    assert any(shown[q] != q for q in QUESTIONS), "every question is whole: the test does not test a long one"
    assert len(set(shown.values())) == len(QUESTIONS), shown          # still told apart
    for r in rows:                                                       # each whole a tooltip away
        index = model.index(r, rm.QUESTION)
        assert model.data(index, Qt.ItemDataRole.ToolTipRole) == model.data(index)
    assert question < student, (question, student)                       # not wider than whose answer it is
    assert answer > max(question, student), (answer, question, student)   # the answers the widest of the three
    cut = [model.data(model.index(r, rm.STUDENT)) for r in rows
           if shown_text(table, model.index(r, rm.STUDENT)) != model.data(model.index(r, rm.STUDENT))]
    assert not cut, cut                                                  # every name whole
