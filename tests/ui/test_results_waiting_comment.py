"""A comment written in the review on an answer that has no score yet waits for the score (it is no decision).
Back in the results table it is there: in the Comment column, marked "◷ " and in italics (both read without
colour), its tooltip saying it waits for a score, and the table's search finds it. No export holds it until a
score takes it; then the column shows it as any other comment. The real main window on a real sheet, scored for
real; the comment written with the real keys and comment dialog; the graded sheet written and read back."""
from __future__ import annotations

import csv

from PySide6.QtCore import Qt

from grader_app.io.writers import write_graded_csv
from grader_app.ui import results_model as rm
from grader_app.ui.main_window import RESULTS
from test_review_waiting_comment import _save_comment
from test_translations import _open_and_review
from ui_helpers import make_long_csv

R = Qt.ItemDataRole


def _comments_in_export(session, path) -> list[str]:
    """The comments of the graded CSV as written, one per extra-q row, in the sheet's order."""
    write_graded_csv(session, path)
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return [row["comment"] for row in csv.DictReader(fh) if row["Question"] == "extra-q"]


def _cell(results, key: int, role=R.DisplayRole):
    model = results.model
    return model.data(model.index(model.row_of(key), rm.COMMENT), role)


def test_a_waiting_comment_shows_in_the_table_is_found_and_stays_out_of_exports(qtbot, window, tmp_path):
    sheet = make_long_csv(tmp_path / "class" / "answers.csv", n_students=4, items=("asap-sas-1", "extra-q"))
    _open_and_review(qtbot, window, sheet)
    s, view, results = window.session, window.review_view, window.results
    view.go_to(next(a.key for a in s.answers if a.item == "extra-q"))   # no model: the teacher gives the score
    key = view.current_key()
    at = [a.key for a in s.answers if a.item == "extra-q"].index(key)   # its row among the extra-q rows
    assert key not in s.decisions
    repainted = []
    results.model.dataChanged.connect(lambda a, b, _roles=(): repainted.append((a.row(), a.column(), b.column())))
    _save_comment(qtbot, view, "Say why white absorbs less.")
    assert key not in s.decisions and s.waiting_comments == {key: "Say why white absorbs less."}
    row = results.model.row_of(key)
    assert (row, rm.COMMENT, rm.COMMENT) in repainted                 # the table repaints that cell at once

    qtbot.keyClick(view, Qt.Key.Key_Escape)                          # back to the table
    qtbot.waitUntil(lambda: window.pages.currentIndex() == RESULTS, timeout=3000)
    assert _cell(results, key) == "◷ Say why white absorbs less."
    assert _cell(results, key, R.FontRole).italic()
    tip = _cell(results, key, R.ToolTipRole)
    assert tip.startswith("Waits for a score") and "no export holds it" in tip and tip.endswith("absorbs less.")
    assert _cell(results, key, R.AccessibleTextRole) == tip          # a screen reader says it waits, too
    others = [a.key for a in s.answers if a.key != key]
    assert all(_cell(results, k) == "" and _cell(results, k, R.FontRole) is None for k in others)

    # the search finds it, as it finds a decision's comment
    qtbot.keyClicks(results.search, "white absorbs")
    qtbot.waitUntil(lambda: results.visible_keys() == [key], timeout=3000)
    results.search.clear()

    # no export holds it while it waits
    assert _comments_in_export(s, tmp_path / "graded.csv") == [""] * 4

    # the score takes it: an ordinary comment in the table, and in the export
    window.show_review([key], key)
    qtbot.keyClick(window.review_view, Qt.Key.Key_2)
    assert s.decisions[key].comment == "Say why white absorbs less." and not s.waiting_comments
    window.show_page(RESULTS)
    assert _cell(results, key) == "Say why white absorbs less." and _cell(results, key, R.FontRole) is None
    assert _cell(results, key, R.ToolTipRole) == "Say why white absorbs less."
    exported = _comments_in_export(s, tmp_path / "graded-2.csv")
    assert exported[at] == "Say why white absorbs less." and exported.count("") == 3
