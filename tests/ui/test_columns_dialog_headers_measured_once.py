"""The columns dialog's eight choices of a column (the answers', the question's, the student's id, name and first name,
on both pages) each list every header of the sheet, and each measured every header's width again to size the list it
drops down: for a 60-question form whose headers are its whole questions, 496 measurements of long texts on the GUI
thread as the dialog opened, where 62 do. Now the headers are measured once, in the combos' font, and their widths
and tooltips shared. Counted, not timed (scripts/bench_columns_dialog.py times it): the real dialog, opened by the real
main window on a real CSV file."""
from __future__ import annotations

import csv
from collections import Counter

from PySide6.QtGui import QFontMetrics

QUESTIONS = 60


def _form(path):
    heads = ["Student ID", "Name"] + [f"{q}. After reading the group's procedure, describe what additional "
                                      f"information you would need for step {q} (3 points)"
                                      for q in range(1, QUESTIONS + 1)]
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(heads)
        for r in range(8):
            w.writerow([f"S{r:03d}", f"Student {r}", *[f"They would need the amount of vinegar, {r} {q}"
                                                       for q in range(QUESTIONS)]])
    return path, heads


def test_each_header_is_measured_once_for_all_the_column_choices(qtbot, window, tmp_path, monkeypatch):
    path, heads = _form(tmp_path / "Quiz (Responses).csv")
    measured: Counter = Counter()
    advance = QFontMetrics.horizontalAdvance

    def counting(self, text, *args):
        measured[text] += 1
        return advance(self, text, *args)

    monkeypatch.setattr(QFontMetrics, "horizontalAdvance", counting)
    window.open_sheet(path)
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=10000)
    dlg = window.mapping_dialog
    monkeypatch.setattr(QFontMetrics, "horizontalAdvance", advance)
    assert dlg.wide_radio.isChecked() and len(dlg.mapping().answer_columns) == QUESTIONS
    assert {h: measured[h] for h in heads if measured[h] != 1} == {}
    # the lists still drop down as wide as their widest header allows, and show each header whole in its tooltip
    combo = dlg.wide_name_combo
    em = combo.fontMetrics().horizontalAdvance("M")
    assert combo.view().minimumWidth() == min(max(advance(combo.fontMetrics(), h) for h in heads) + 3 * em, 60 * em)
    last = combo.findData(heads[-1])
    assert combo.itemData(last, 3) == heads[-1]   # Qt.ToolTipRole
    dlg.reject()
