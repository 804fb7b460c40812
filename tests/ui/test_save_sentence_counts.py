"""File ▸ Save (Ctrl+S) says where the decisions are. Walkthrough at 1366×768: a teacher who pressed Ctrl+S on a sheet
just scored, before deciding anything, read "All 0 decisions are saved in class-10b.grader-project…" (Spanish "Las 0
decisiones están guardadas…"): a count of nothing said as if it were all of something. With no decision yet it now says
there is none yet and that each one is saved as it is made; with decisions it says their number as before. The real
window on a real sheet, the real project file beside it."""
from __future__ import annotations

import csv

from PySide6.QtCore import Qt

from grader_app.ui import i18n
from ui_helpers import open_and_score


def _sheet(path):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Name", "Question", "Answer"])
        w.writerows([f"S{i}", f"Pupil {i}", "Ice floats", t] for i, t in
                    enumerate(["Ice is less dense than water.", "Because it is cold.", "It has air in it."]))
    return path


def _saved(window) -> str:
    window.save_action.trigger()
    return window.statusBar().currentMessage()


def test_save_before_any_decision_says_none_yet_then_counts_them(qtbot, make_window, tmp_path):
    window = make_window((1366, 728))
    session = open_and_score(qtbot, window, _sheet(tmp_path / "ice.csv"))
    assert not session.decisions
    said = _saved(window)
    assert "0" not in said and "All" not in said, said
    assert said == ("No decisions yet; Grader saves each one in ice.grader-project, beside your sheet, the moment you "
                    "make it."), said

    window.results.request_review()
    rv = window.review_view
    qtbot.keyClick(rv, Qt.Key.Key_1)
    assert len(session.decisions) == 1
    assert _saved(window) == ("Your 1 decision is saved in ice.grader-project, beside your sheet; Grader saves each one "
                              "the moment you make it.")
    qtbot.keyClick(rv, Qt.Key.Key_0)
    assert _saved(window).startswith("All 2 decisions are saved in ice.grader-project, beside your sheet")


def test_save_before_any_decision_in_spanish(qtbot, make_window, tmp_path):
    window = make_window((1366, 728))
    open_and_score(qtbot, window, _sheet(tmp_path / "hielo.csv"))
    assert i18n.install("es")
    try:
        said = _saved(window)
    finally:
        i18n.install("en")
    assert "0" not in said and "saves" not in said, said
    assert said.startswith("Todavía no hay decisiones") and "hielo.grader-project" in said, said
