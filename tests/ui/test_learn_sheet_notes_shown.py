"""After "Make models from a marked sheet…", the window says what was read otherwise than cell by cell: rows
left out as a total or an average, scores written "-" left out as not marked, a question written once per block
read down. Before, only the command line printed these notes, and the app left the teacher unaware that rows of
their sheet had not been learned from."""
from __future__ import annotations

import csv


from test_learning_window import marked, window  # noqa: F401  (the window fixture)
from ui_helpers import learn_dialog_for


def test_the_notes_of_learning_from_a_marked_sheet_are_said_in_the_window(qtbot, window, tmp_path, monkeypatch):  # noqa: F811
    sheet = tmp_path / "last-year.csv"
    with open(sheet, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student", "Question", "Answer", "Mark"])
        w.writerows([f"S{i}", "Q7" if i == 0 else "", text, "-" if i in (10, 11) else mark]
                    for i, (text, mark) in enumerate(marked(60, 5)))
        w.writerow(["Class average", "", "", "0.9"])
    learn_dialog_for(qtbot, window, sheet, monkeypatch).ok_button.click()
    qtbot.waitUntil(lambda: "Made 1 model" in window.start.message.text(), timeout=60000)
    said = window.start.message.text()
    assert "left out 2 rows of column “Mark” (rows 12, 13)" in said            # the dashes (sheet rows 12, 13)
    assert "57 rows with an empty cell in column “Question” were read as the question above them" in said
    assert "Left out 1 row that sums up the marks" in said and "(row 62)" in said
    assert window.library.get("q7") is not None
