"""The real main window opening a sheet whose project file was edited by hand or damaged (QA s51b #5, #6): one bad value
no longer locks the teacher out of the sheet; it opens with every readable decision, and the notes above the results
say in one sentence each, naming the file, which saved decisions and thresholds were left out and why (a score that
could not be read, a score that is not one of its question's), never a raw Python message; a score off the question's
scale never reaches an export as the teacher's decision."""
from __future__ import annotations

from project_edits import edit, made_in_the_window

from grader_app.bundles.library import Library
from grader_app.io.lms.formats import export_format
from grader_app.ui.main_window import RESULTS
from ui_helpers import make_long_csv


def open_in(qtbot, window, path) -> None:
    """``path`` opened (its project knows the columns: no dialog), and scored where anything was to be scored."""
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        window.open_sheet(path)
    qtbot.waitUntil(lambda: not window.results.figures_pending(), timeout=5000)


def test_a_project_with_bad_values_opens_with_the_rest_and_says_what_was_left_out(qtbot, make_window, tmp_path):
    sheet = make_long_csv(tmp_path / "class.csv", n_students=4)
    made_in_the_window(sheet, Library.default(), {0: (1, "fine"), 1: (2, ""), 2: (3, "good"), 3: (0, "")})
    edit(sheet, "UPDATE decisions SET score='two' WHERE answer_key=0",
         "UPDATE decisions SET score='99' WHERE answer_key=1",
         "INSERT OR REPLACE INTO thresholds(item, value) VALUES ('asap-sas-1', 'abc')")
    window = make_window()
    open_in(qtbot, window, sheet)
    assert window.start.message_kind != "error", window.start.message.text()
    assert window.pages.currentIndex() == RESULTS
    session = window.session
    assert {k: (d.score, d.comment) for k, d in session.decisions.items()} == {2: (3, "good"), 3: (0, "")}
    assert window.notices.notes == [
        "1 saved decision in class.grader-project could not be read, so it was left out (row 2, asap-sas-1): score "
        "that answer again; your other decisions are back.",
        "1 saved decision in class.grader-project was left out because its score is not a score of its question (row 3: "
        "“99” for asap-sas-5, whose scores are 0, 1, 2, 3): score that answer again; your other decisions are back.",
        "The threshold saved in class.grader-project for 1 question could not be read (asap-sas-1), so it uses its "
        "model's own threshold again."]
    assert window.statusBar().currentMessage().startswith("Restored 2 decisions from class.grader-project.")
    canvas = tmp_path / "canvas.csv"
    export_format("canvas-gradebook").write(session, canvas)
    assert ",99" not in canvas.read_text(encoding="utf-8-sig")
