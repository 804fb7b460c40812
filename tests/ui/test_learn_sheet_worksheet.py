"""A workbook whose marks are not on the worksheet the reader picks (the one with the most text, here the
rubric): "Make models from a marked sheet…" offers the worksheets, reads the one chosen on a worker and lists its
columns, and learns from it. Before, the dialog listed only the rubric's columns and the teacher had no way out."""
from __future__ import annotations

from openpyxl import Workbook

from test_learning_window import marked, window  # noqa: F401  (the window fixture)
from ui_helpers import learn_dialog_for


def test_the_worksheet_with_the_marks_can_be_chosen_and_is_learned_from(qtbot, window, tmp_path, monkeypatch):  # noqa: F811
    book = tmp_path / "marks 2024.xlsx"
    wb = Workbook()
    marks = wb.active
    marks.title = "Marks"
    marks.append(["Student", "Question", "Answer", "Score"])
    for i, (text, mark) in enumerate(marked(50, 7)):
        marks.append([f"S{i}", "Q9", text, mark])
    rubric = wb.create_sheet("Rubric")
    rubric.append(["Question", "Rubric text", "Model answer"])
    long_words = "a full answer names the membrane, the gradient and the energy that moves the particles across it " * 4
    for q in (f"Q{n}" for n in range(9, 60)):      # more text cells than the marks: the reader picks it
        rubric.append([q, long_words, long_words])
    wb.save(book)
    dlg = learn_dialog_for(qtbot, window, book, monkeypatch)
    assert dlg.worksheet is not None and dlg.worksheet_name() == "Rubric"      # the reader's pick: most text
    assert "Score" not in [dlg.column.itemText(i) for i in range(dlg.column.count())]
    dlg.worksheet.setCurrentText("Marks")
    dlg.worksheet.activated.emit(dlg.worksheet.currentIndex())                   # as the teacher's choice sends it
    assert not dlg.ok_button.isEnabled()                                         # until the worksheet is read
    qtbot.waitUntil(lambda: dlg.score_column() == "Score" and dlg.ok_button.isEnabled(), timeout=10000)
    dlg.ok_button.click()
    qtbot.waitUntil(lambda: window.library.get("q9") is not None, timeout=60000)
    assert "Made 1 model" in window.start.message.text()


def test_a_sheet_of_one_worksheet_offers_no_choice(qtbot, window, tmp_path, monkeypatch):  # noqa: F811
    sheet = tmp_path / "marks.csv"
    sheet.write_text("Student,Question,Answer,Score\nS1,Q1,osmosis moves water,2\nS2,Q1,dogs,0\n", encoding="utf-8")
    dlg = learn_dialog_for(qtbot, window, sheet, monkeypatch)
    assert dlg.worksheet is None and dlg.worksheet_name() is None and dlg.score_column() == "Score"
    dlg.reject()
