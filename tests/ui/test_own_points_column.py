"""German walkthrough: the teacher's sheet had its own column "Punkte (0-2)", empty, for the answers' points; the graded
sheet left it empty and wrote the scores into a column of its own ("Endpunkte"), and the columns dialog never said a
word of it. Her empty points column now holds each answer's final score in the graded workbook and CSV (Grader's own
columns as ever), the columns dialog says so, and a graded workbook opened again, a score changed, fills it anew. A
column in which she typed a mark is hers: kept as it is, and nothing said. Real files written and read back; the real
window, columns dialog and export dialog."""
from __future__ import annotations

import csv

from openpyxl import Workbook, load_workbook

from export_clicks import export_as
from grader_app import workflow
from grader_app.core.session import GradingSession
from grader_app.io.own_points import own_points_column
from grader_app.io.writers import write_graded_xlsx
from grader_app.ui.export_formats import CSV, XLSX
from ui_helpers import ANSWERS

POINTS = "Punkte (0-2)"
SAID = f"The final scores also go into your column “{POINTS}” in the graded sheet."   # under the questions' table


def _sheet(tmp_path, typed: dict[int, object] | None = None):
    book = Workbook()
    ws = book.active
    ws.append(["Nr.", "Name", "Frage", "Antwort", POINTS])
    for i in range(6):
        ws.append([i + 1, f"Student {i}", "asap-sas-1", ANSWERS[i] or "osmosis", (typed or {}).get(i)])
    path = tmp_path / "class" / "Biologie.xlsx"
    path.parent.mkdir(exist_ok=True)
    book.save(path)
    return path


def _open(qtbot, window, path):
    window.open_sheet(path)
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=10000)
    dlg = window.mapping_dialog
    said = dlg.items_note.text() if dlg.items_note.isVisible() else ""
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        dlg.ok_button.click()
    return said


def _export(qtbot, window, fmt, out):
    window.show_export()
    dlg = window.export_dialog
    qtbot.waitExposed(dlg)
    export_as(qtbot, dlg, fmt, out)
    dlg.reject()


def _columns(rows) -> dict[str, list]:
    head = list(rows[0])
    return {str(h): [r[j] for r in rows[1:]] for j, h in enumerate(head)}


def test_her_empty_points_column_holds_the_final_scores(qtbot, window, tmp_path):
    said = _open(qtbot, window, _sheet(tmp_path))
    assert said.endswith(" " + SAID), said                                 # the columns dialog says where the scores go
    s: GradingSession = window.session
    keys = [a.key for a in s.answers_for("asap-sas-1")]
    s.decide(keys[0], 2)
    s.decide(keys[1], 0)
    out = tmp_path / "out" / "Biologie-graded.xlsx"
    out.parent.mkdir()
    _export(qtbot, window, XLSX, out)
    cols = _columns(list(load_workbook(out).worksheets[0].iter_rows(values_only=True)))
    finals = [s.final_score(k) for k in keys]
    assert cols[POINTS] == cols["final_score"] == finals          # her column and Grader's alike, numbers
    assert cols[POINTS][:2] == [2, 0]
    assert None in finals or all(v is not None for v in cols[POINTS])   # an open answer: an empty cell
    _export(qtbot, window, CSV, out.with_suffix(".csv"))
    with open(out.with_suffix(".csv"), encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    cols = _columns(rows)
    assert cols[POINTS] == cols["final_score"] and cols[POINTS][:2] == ["2", "0"]

    # the graded workbook opened again: her column is still Grader's to fill, and a changed score goes into it
    again = workflow.read_for_grading(out)
    assert own_points_column(again, s.mapping) == POINTS
    session = GradingSession(again, s.mapping)
    workflow.take_over_earlier(session)
    assert session.decisions[keys[0]].score == 2
    session.decide(keys[0], 1)
    second = write_graded_xlsx(session, tmp_path / "out" / "again.xlsx")
    cols = _columns(list(load_workbook(second).worksheets[0].iter_rows(values_only=True)))
    assert cols[POINTS][:2] == [1, 0] and cols[POINTS] == cols["final_score"]


def test_a_points_column_she_typed_a_mark_in_is_hers(qtbot, window, tmp_path):
    said = _open(qtbot, window, _sheet(tmp_path, typed={2: 1}))
    assert "final scores" not in said and POINTS not in said
    s = window.session
    s.decide(s.answers_for("asap-sas-1")[0].key, 2)
    out = tmp_path / "out" / "Biologie-graded.xlsx"
    out.parent.mkdir()
    _export(qtbot, window, XLSX, out)
    cols = _columns(list(load_workbook(out).worksheets[0].iter_rows(values_only=True)))
    assert cols[POINTS] == [None, None, 1, None, None, None]      # as she left it
    assert cols["final_score"][0] == 2
