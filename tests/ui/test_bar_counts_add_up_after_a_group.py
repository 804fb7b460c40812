"""The status bar's two counts ("59 decided by you · 61 need you") come from one moment. Found playing the teacher on a
class of 120 answers to a question with no model: right after each group's score the bar said "7 decided by you · 120
need you" (127 of 120 answers), "59 decided by you · 73 need you", for the time the figures took to follow (~0.2 s
here, longer on a big sheet, where they are worked out on a worker): the decided count was the session's at once, the
other the figures' of before. Now both are the figures' (they follow together), so at no moment do they count more
answers than the sheet has. The real main window, the sheet opened by drop, its columns confirmed, groups scored by
key."""
from __future__ import annotations

import csv
import re

from PySide6.QtCore import Qt

from test_main_window import _open_by_drop

OWN = "Q4 leaves"
ANSWERS = ["Chlorophyll breaks down in autumn so the yellow and orange pigments show through.",
           "The leaves lose their green colour because it gets cold.",
           "Because there is less sun in autumn.", "Because the leaves die."]


def _counts(window) -> tuple[int, int]:
    decided, need = (int(n) for n in re.findall(r"\d+", window.status_label.text())[:2])
    return decided, need


def test_the_bar_never_counts_more_answers_than_the_sheet_has(qtbot, make_window, tmp_path):
    sheet = tmp_path / "class" / "leaves.csv"
    sheet.parent.mkdir()
    with open(sheet, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Name", "Question", "Answer"])
        w.writerows([f"S{i:03d}", f"Student {i}", OWN, ANSWERS[i % 4] if i % 3 else ANSWERS[i % 4].lower()]
                    for i in range(60))
    window = make_window((1280, 720))
    dlg = _open_by_drop(qtbot, window, sheet)
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        dlg.ok_button.click()
    qtbot.waitUntil(lambda: window.learning.ready, timeout=30000)
    s = window.session
    window.results.request_review()
    rv = window.review_view
    seen = []
    for score in (0, 1, 2):
        unit = list(rv.current_unit())
        assert len(unit) > 1   # a group of answers alike
        qtbot.keyClick(rv, Qt.Key.Key_0 + score)
        seen.append(_counts(window))   # at once, before the figures follow
        qtbot.waitUntil(lambda: _counts(window) == (len(s.decisions), len(s.answers) - len(s.decisions)), timeout=10000)
    assert all(decided + need == len(s.answers) for decided, need in seen), seen
