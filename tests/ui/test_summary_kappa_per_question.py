"""The Summary sheet of the graded workbook gives the kappa of the model against the teacher per question, and none
pooled over questions: pooled, each question's own level of scores counts as agreement. Found exporting 150 ASAP-SAS
answers of three questions: the questions' kappas were -1, 0 and none, and "All questions" said 0.634."""
from __future__ import annotations

from openpyxl import Workbook, load_workbook

from export_clicks import export_as
from grader_app.ui.export_formats import XLSX
from ui_helpers import ANSWERS, accept_mapping

QUESTIONS = ("asap-sas-1", "asap-sas-5")


def agreement_rows(path) -> dict:
    """Question -> its row of the Summary's table of model–teacher agreement (from "Decided by you" on)."""
    rows = list(load_workbook(path)["Summary"].iter_rows(values_only=True))
    start = next(i for i, r in enumerate(rows) if r[1] == "Decided by you")
    out = {}
    for r in rows[start + 1:]:
        if r[0] is None:
            break
        out[r[0]] = r[1:6]
    return out


def test_all_questions_has_no_pooled_kappa_in_the_summary(qtbot, window, tmp_path):
    book = Workbook()
    ws = book.active
    ws.append(["Student ID", "Name", *QUESTIONS])
    for i in range(8):
        ws.append([f"S{i}", f"Student {i}", ANSWERS[i] or "osmosis", f"{ANSWERS[7 - i]} trna"])
    sheet = tmp_path / "class" / "Biology.xlsx"
    sheet.parent.mkdir()
    book.save(sheet)
    window.open_sheet(sheet)
    accept_mapping(qtbot, window)
    s = window.session
    for item, (low, high) in zip(QUESTIONS, ((0, 1), (2, 3))):   # one question marked low, the other high
        first, second = s.answers_for(item)[:2]
        s.decide(first.key, low)
        s.decide(second.key, high)
    window.show_export()
    dlg = window.export_dialog
    qtbot.waitExposed(dlg)
    out = tmp_path / "out" / "Biology-graded.xlsx"
    out.parent.mkdir()
    export_as(qtbot, dlg, XLSX, out)
    dlg.reject()

    rows = agreement_rows(out)
    assert set(rows) == {*QUESTIONS, "All questions"}
    for item in QUESTIONS:
        ag = s.agreement(item)
        assert rows[item][:2] == (2, 2) and rows[item][4] == ag["changed"]
        assert rows[item][3] == (round(ag["qwk"], 3) if ag["qwk"] == ag["qwk"] else "—")   # each question's own
    assert rows["All questions"][:2] == (4, 4)
    assert rows["All questions"][3] == "—"
