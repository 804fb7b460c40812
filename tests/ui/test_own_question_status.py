"""The teacher's marks on a question with no model, in the real window (QA pass): the first one made the counts line
say "0 confirmed by you · 1 changed by you" although no model had scored the answer, and once the model learned in
the window scored the question, the marks its guess matched turned "confirmed by you", the others "changed by you";
opened again, before the model had learned anew, every one was "changed by you". A mark where no model had scored
is "scored by you" in the table and the counts line, whatever the learned model guesses, and stays so when the sheet
is closed and opened again; the graded CSV written from the window says `decided`."""
from __future__ import annotations

import csv

from PySide6.QtCore import Qt

from counts_text import spaced
from grader_app.core import review
from grader_app.ui import results_model as rm
from grader_app.ui.results_view import counts_line
from test_learning_window import OWN, _mark_current, mark_until, _open, window  # noqa: F401  (the fixture)


def _shown(win) -> tuple[str, dict[int, str]]:
    """The counts line and the status column of each decided answer of the own question, as the results show them."""
    table = win.results.model
    s = win.session
    keys = [k for k in s.keys_for(OWN) if k in s.decisions]
    return spaced(win.results.counts.text()), {k: table.data(table.index(table.row_of(k), rm.STATUS)) for k in keys}


def _export_csv(qtbot, win, path) -> dict[int, str]:
    """The graded CSV written through the export dialog and read back: the status of each answer by its row."""
    win.show_export()
    dlg = win.export_dialog
    qtbot.waitUntil(dlg.isVisible, timeout=5000)
    dlg.set_format("csv")
    dlg.set_destination(path)
    with qtbot.waitSignal(dlg.exported, timeout=20000):
        dlg.export()
    dlg.reject()
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return {row: r["status"] for row, r in enumerate(csv.DictReader(fh))}


def test_marks_where_no_model_scored_are_scored_by_you_before_and_after_a_reopen(qtbot, window, tmp_path):  # noqa: F811
    s = _open(qtbot, window, tmp_path)
    qtbot.mouseClick(window.results.review_button, Qt.MouseButton.LeftButton)
    rv = window.review_view
    _mark_current(qtbot, window)                           # the first mark (a group of alike answers): no model
    first = [k for k in s.keys_for(OWN) if k in s.decisions]
    assert first and OWN not in window.learning.models
    qtbot.keyClick(rv, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.results.figures_pending(), timeout=5000)
    line, statuses = _shown(window)
    assert line.endswith(f"0 confirmed by you · 0 changed by you · {len(first)} scored by you"), line
    assert line == spaced(counts_line(s.counts())) and set(statuses.values()) == {"Scored by you"}

    qtbot.mouseClick(window.results.review_button, Qt.MouseButton.LeftButton)
    # until the model learned in the window scores the question
    mark_until(qtbot, window, lambda: OWN in window.learning.models, 6)
    decided = [k for k in s.keys_for(OWN) if k in s.decisions]
    assert OWN in window.learning.models and all(k in s.predictions for k in decided)
    assert any(s.predictions[k].score == s.decisions[k].score for k in decided)   # its guess matches a mark
    qtbot.keyClick(rv, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.results.figures_pending(), timeout=5000)
    line, statuses = _shown(window)
    assert f"0 confirmed by you · 0 changed by you · {len(decided)} scored by you" in line, line
    assert set(statuses.values()) == {"Scored by you"}
    before = _export_csv(qtbot, window, tmp_path / "before.csv")
    assert "reviewed" not in before.values() and "overridden" not in before.values()

    sheet = s.sheet.source
    window.close_sheet()
    with qtbot.waitSignal(window.sessionReady, timeout=20000):
        window.open_sheet(sheet)
    again = window.session
    assert {again.status(k) for k in decided} == {review.DECIDED}   # at once, whether or not the model learned yet
    qtbot.waitUntil(lambda: not window.results.figures_pending(), timeout=10000)
    line, statuses = _shown(window)
    assert f"0 confirmed by you · 0 changed by you · {len(decided)} scored by you" in line, line
    after = _export_csv(qtbot, window, tmp_path / "after.csv")
    marked = [again.answers[k].row for k in decided]
    assert {r: after[r] for r in marked} == {r: before[r] for r in marked} == dict.fromkeys(marked, "decided")


def test_the_reports_figures_of_a_question_that_learns_from_the_marks_say_so_in_the_window_as_in_the_file(qapp):
    """The printed report's words (the window's) say what the file's say: a question whose model learned from the
    teacher's marks changed no model score; its marks are the teacher's own."""
    from grader_app.io.report import ReportWords
    from grader_app.ui.report_pdf import report_words

    base = {"answers": 40, "reviewed": 12, "changed": 0, "auto": 3, "open": 25, "modelled": True}
    for learned, said in ((True, "40 answers. You scored 12, and a model learned from your scores; 3 were accepted "
                                 "automatically; 25 still have no score."),
                          (False, "40 answers. You reviewed 12; you changed the model's score on none of them; 3 were "
                                  "accepted automatically; 25 still have no score.")):
        q = {**base, "learned": learned}
        assert report_words().figures(q) == ReportWords().figures(q) == said
