"""Last year's sheet, graded and exported by Grader, given back to "Make models from a marked sheet…": the dialog
guesses the column of final scores (the teacher's marks), never the model's own scores. Before, a sheet whose last
question the teacher had marked all alike (every student full marks) got its last question's ``model_score`` column
guessed, and every question's model was learned from the model's guesses instead of the marks."""
from __future__ import annotations

from openpyxl import Workbook, load_workbook

from export_clicks import export_as
from grader_app.learn.score_column import read_scores
from grader_app.io.readers import read_sheet
from grader_app.ui.export_formats import XLSX
from ui_helpers import ANSWERS, accept_mapping, learn_dialog_for

QUESTIONS = ("asap-sas-1", "asap-sas-5")


def test_last_years_graded_sheet_is_learned_from_its_final_scores(qtbot, window, tmp_path, monkeypatch):
    book = Workbook()
    ws = book.active
    ws.append(["Student ID", "Name", *QUESTIONS])
    for i in range(16):
        ws.append([f"S{i:02d}", f"Student {i}", ANSWERS[i % len(ANSWERS)] or "osmosis",
                   f"{ANSWERS[(i * 3 + 1) % len(ANSWERS)]} {i}"])
    sheet = tmp_path / "class" / "Biology 2024.xlsx"
    sheet.parent.mkdir()
    book.save(sheet)
    window.open_sheet(sheet)
    accept_mapping(qtbot, window)
    s = window.session
    given = {}
    for a in s.answers_for("asap-sas-5"):        # every student full marks on the last question
        s.decide(a.key, 3)
        given[a.row] = 3
    window.show_export()
    dlg = window.export_dialog
    qtbot.waitExposed(dlg)
    graded = tmp_path / "out" / "Biology 2024-graded.xlsx"
    graded.parent.mkdir()
    export_as(qtbot, dlg, XLSX, graded)
    dlg.reject()
    rows = list(load_workbook(graded).active.iter_rows(values_only=True))
    head = list(rows[0])
    model_scores = {r[head.index("asap-sas-5 model_score")] for r in rows[1:]}
    assert len(model_scores) > 1                 # the model's scores vary where the teacher's do not
    window.close_sheet()
    qtbot.waitUntil(lambda: window.session is None, timeout=20000)

    learn = learn_dialog_for(qtbot, window, graded, monkeypatch)
    assert learn.score_column() == "asap-sas-5 final_score"
    assert read_scores(read_sheet(graded), learn.score_column(), graded.name, []) == given   # the marks as given
    learn.reject()
