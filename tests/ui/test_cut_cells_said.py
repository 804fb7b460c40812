"""A text longer than Excel's cell limit (32,767 characters) is cut in a workbook Grader writes; the teacher is told.

QA (h2): an answer or a comment longer than Excel holds was cut in the graded XLSX without a word, so a teacher who
later read the workbook saw a shortened answer with no sign of it (the CSV keeps it whole). Now the cut cell ends in
"…" within the limit, as every text Grader shortens does, and the export dialog's line after saving says how many
cells were cut, whose (the first few; only the columns while blind marking hides the names), and that a CSV file keeps
them whole; for the graded workbook and for the feedback workbook. The real dialog writes real files, read back."""
from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from grader_app.io.xlsx_cells import EXCEL_CELL_LIMIT
from grader_app.ui.export_dialog import CSV, FEEDBACK_XLSX, XLSX
from ui_helpers import counted, export_dialog

LONG = ("The cell membrane lets water through by osmosis. " * 900)[:40_000]   # 40,000 characters
ASTRAL = "x" * (EXCEL_CELL_LIMIT - 2) + "😀" * 5   # the cut falls inside the emoji's two UTF-16 units


def _sheet(path: Path) -> Path:
    rows = [["Student ID", "Name", "Answer"], ["S001", "Ann", "Water moves by osmosis."], ["S002", "Ben", LONG],
            ["S003", "Cara", "Diffusion."], ["S004", "Dev", ASTRAL]]
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return path


def _session(sheet_path: Path, long_comment: bool = True):
    from grader_app.core.session import GradingSession, ItemInfo
    from grader_app.io.columns import guess_columns
    from grader_app.io.readers import read_sheet

    sheet = read_sheet(sheet_path)
    mapping = guess_columns(sheet)
    mapping.default_item = "q1"   # one question, as the columns dialog asks for a sheet naming none
    s = GradingSession(sheet, mapping)
    s = GradingSession(sheet, mapping, items={i: ItemInfo(item=i, title=i, labels=(0, 1, 2)) for i in s.item_keys()})
    for a in s.answers:
        s.decide(a.key, 1, comment="x" * 33_000 if a.row == 0 and long_comment else "fine")   # Ann's too
    return s


def _export(qtbot, dlg, fmt: str, path: Path) -> str:
    dlg.set_format(fmt)
    dlg.set_destination(path)
    with qtbot.waitSignal(dlg.exported, timeout=30000):
        qtbot.mouseClick(dlg.export_button, Qt.LeftButton)
    return dlg.done_label.text()


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def test_the_graded_workbook_marks_each_cut_cell_and_the_window_names_them(qtbot, tmp_path, task_manager):
    sheet_path = _sheet(tmp_path / "class.csv")
    dlg = export_dialog(qtbot, _session(sheet_path), sheet_path, task_manager)
    said = _export(qtbot, dlg, XLSX, tmp_path / "graded.xlsx")
    assert said.endswith("⚠ 3 cells were longer than Excel allows and were cut in graded.xlsx, ending in “…”: "
                         "Ann · S001 (comment), Ben · S002 (Answer), Dev · S004 (Answer). Saved as CSV, they are kept "
                         "whole."), said
    table = load_workbook(tmp_path / "graded.xlsx").worksheets[0]
    head = [c.value for c in table[1]]
    rows = list(table.iter_rows(min_row=2, values_only=True))
    answers = [r[head.index("Answer")] for r in rows]
    assert answers[0] == "Water moves by osmosis." and answers[2] == "Diffusion."   # short ones whole
    assert answers[1] == LONG[:EXCEL_CELL_LIMIT - 1] + "…" and _units(answers[1]) == EXCEL_CELL_LIMIT
    assert answers[3] == "x" * (EXCEL_CELL_LIMIT - 2) + "…"   # never half an emoji: one unit short of the limit
    comments = [r[head.index("comment")] for r in rows]
    assert comments == ["x" * (EXCEL_CELL_LIMIT - 1) + "…", "fine", "fine", "fine"]

    said = _export(qtbot, dlg, CSV, tmp_path / "graded.csv")   # the CSV keeps them whole, and says nothing of it
    assert "Excel allows" not in said
    with open(tmp_path / "graded.csv", encoding="utf-8-sig", newline="") as fh:
        back = list(csv.reader(fh))
    assert [r[2] for r in back[1:]] == ["Water moves by osmosis.", LONG, "Diffusion.", ASTRAL]


def test_the_feedback_workbook_says_so_too(qtbot, tmp_path, task_manager):
    sheet_path = _sheet(tmp_path / "class.csv")
    dlg = export_dialog(qtbot, _session(sheet_path), sheet_path, task_manager)
    said = _export(qtbot, dlg, FEEDBACK_XLSX, tmp_path / "feedback.xlsx")
    assert said.endswith("⚠ 3 cells were longer than Excel allows and were cut in feedback.xlsx, ending in “…”: "
                         "Ann · S001 (Q1 comment), Ben · S002 (Q1 answer), Dev · S004 (Q1 answer). Saved as CSV, they "
                         "are kept whole."), said
    book = load_workbook(tmp_path / "feedback.xlsx").worksheets[0]
    cells = [c for row in book.iter_rows(min_row=2, values_only=True) for c in row if isinstance(c, str)]
    cut = [c for c in cells if c.endswith("…") and _units(c) >= EXCEL_CELL_LIMIT - 1]
    assert sorted(c[:20] for c in cut) == sorted([LONG[:20], "x" * 20, "x" * 20])


def test_nothing_is_said_when_every_cell_fits(qtbot, tmp_path, task_manager):
    sheet_path = tmp_path / "class.csv"
    with open(sheet_path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([["Student ID", "Name", "Answer"], ["S001", "Ann", "x" * EXCEL_CELL_LIMIT]])
    dlg = export_dialog(qtbot, _session(sheet_path, long_comment=False), sheet_path, task_manager)
    said = _export(qtbot, dlg, XLSX, tmp_path / "graded.xlsx")
    assert said.startswith("✔ Saved graded.xlsx") and "Excel allows" not in said and "…" not in said
    table = load_workbook(tmp_path / "graded.xlsx").worksheets[0]
    assert table["C2"].value == "x" * EXCEL_CELL_LIMIT   # exactly the limit: whole, no mark


def test_while_blind_the_window_names_the_columns_and_no_one(qtbot, window, tmp_path):
    sheet_path = _sheet(tmp_path / "class.csv")
    window.open_sheet(sheet_path)
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=10000)
    window.mapping_dialog.ok_button.click()
    qtbot.waitUntil(lambda: window.session is not None and not window.scoring.busy, timeout=20000)
    for a in window.session.answers:
        window.session.decide(a.key, 1)
    window.blind_action.trigger()
    assert window.blind.names.blind
    window.show_export()
    said = _export(qtbot, counted(qtbot, window), XLSX, tmp_path / "graded.xlsx")
    assert said.endswith("⚠ 2 cells were longer than Excel allows and were cut in graded.xlsx, ending in “…”: "
                         "Answer. Saved as CSV, they are kept whole."), said
    assert not [s for s in ("Ben", "Dev", "S002", "S004") if s in said]


def test_said_in_the_teachers_language(qtbot, tmp_path, task_manager):
    from in_language import in_language

    sheet_path = tmp_path / "class.csv"
    with open(sheet_path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([["Student ID", "Name", "Answer"], ["S001", "Ann", "Osmosis."], ["S002", "Ben", LONG]])
    for lang, words in (("de", "⚠ 1 Zelle war länger, als Excel erlaubt, und wurde in graded.xlsx gekürzt; sie endet auf "
                                "„…“: Ben · S002 (Answer). Als CSV gespeichert bleibt sie ganz."),
                        ("es", "⚠ 1 celda era más larga de lo que admite Excel y se cortó en graded.xlsx; termina en "
                               "«…»: Ben · S002 (Answer). Guardada como CSV, se conserva entera.")):
        (tmp_path / lang).mkdir()
        with in_language(lang):
            dlg = export_dialog(qtbot, _session(sheet_path, long_comment=False), sheet_path, task_manager)
            said = _export(qtbot, dlg, XLSX, tmp_path / lang / "graded.xlsx")
        assert said.endswith(words), said
