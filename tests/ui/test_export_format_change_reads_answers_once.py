"""Choosing another format in the export dialog no longer goes over every answer again. Before, each choice worked
out anew, for the summary on top, which answers have no score, how many answers of each kind there are and the
session's sentence: four passes over all the answers a click (74 ms at 10,000 answers, more on a busy machine), though
none depends on the format.
Now they are worked out once per state of the session and worked out anew when a decision changes it. The real main
window on a real sheet written to disk; the session's real status lookup, wrapped to count the answers it is asked
about."""
from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt

from ui_helpers import accept_mapping, counted

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

STUDENTS = 60


def _sheet(path):
    """A sheet of ``STUDENTS`` students, two questions no model scores: every answer is open."""
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Name", "Question", "Answer"])
        for i in range(1, STUDENTS + 1):
            for q in ("q1", "q2"):
                w.writerow([f"S{i:03d}", f"Student {i}", q, f"answer {i} to {q}"])
    return path


def test_a_format_change_reads_no_answer_again_until_a_decision_changes_the_session(
        qtbot, window, tmp_path, monkeypatch):
    window.open_sheet(_sheet(tmp_path / "class.csv"))
    accept_mapping(qtbot, window)
    window.show_export()
    dlg = window.export_dialog
    counted(qtbot, dlg)
    session = dlg.session
    asked: list[int] = []
    real = session.status

    def noted(key):
        asked.append(key)
        return real(key)
    monkeypatch.setattr(session, "status", noted)   # final_score asks it too: every answer read is counted
    formats = [f for f, b in dlg.format_buttons.items() if b.isEnabled() and f != dlg.format]
    assert len(formats) >= 2 and "points" in formats
    for fmt in formats + formats:
        qtbot.mouseClick(dlg.format_buttons[fmt], Qt.MouseButton.LeftButton)
        assert dlg.format == fmt
    answers = 2 * STUDENTS
    assert len(asked) < answers   # was: 4 passes over all 120 answers a choice (3,840 here)
    assert "120 answers still have no score" in dlg.summary_label.text()
    key = session.answers[0].key
    session.decide(key, 1)   # the teacher scores one meanwhile
    qtbot.mouseClick(dlg.format_buttons[formats[0]], Qt.MouseButton.LeftButton)
    assert "119 answers still have no score" in dlg.summary_label.text()   # worked out anew after the change
    dlg.reject()
