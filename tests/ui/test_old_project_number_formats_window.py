"""The real main window opening a workbook whose project an older Grader saved when it read an answer under a number
format as the stored number ("0.5", "0.75", "3.5"), where today's reads it as Excel shows it ("50%", "3/4", "3.50")
(``tests/io/old_numbers``, each project made by that Grader's own code). The window refused the project as another
sheet's, or dropped those answers' decisions; it opens it with every decision on its student's answer, and says none
was lost."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from grader_app.ui.main_window import RESULTS

OLD = Path(__file__).resolve().parents[1] / "io" / "old_numbers"


@pytest.mark.parametrize("project,sheet_name", [("before_fractions", "numbers.xlsx"), ("before_formats", "numbers.xlsx"),
                                                ("before_above", "blocks.xlsx")])
def test_the_window_opens_an_old_project_of_answers_under_number_formats(qtbot, window, tmp_path, project, sheet_name):
    folder = tmp_path / "class"
    folder.mkdir()
    sheet = Path(shutil.copyfile(OLD / sheet_name, folder / sheet_name))
    shutil.copyfile(OLD / f"{project}.grader-project", sheet.with_suffix(".grader-project"))
    window.open_sheet(sheet)   # the project knows the columns: no dialog
    qtbot.waitUntil(lambda: window.session is not None or window.start.message_kind == "error", timeout=30000)
    assert window.start.message_kind != "error", window.start.message.text()
    assert window.pages.currentIndex() == RESULTS
    s = window.session
    assert {(s.answers[k].student, s.answers[k].item, s.answers[k].text): (d.score, d.comment)
            for k, d in s.decisions.items()} == {
        ("Ana · S01", "q1", "50%"): (1, "Half is right."), ("Ben · S02", "q1", "25%"): (0, "A quarter is not half."),
        ("Ben · S02", "q2", "1 1/2"): (0, "Less than one."), ("Ana · S01", "q3", "3.50"): (2, "Exact."),
        ("Ben · S02", "q3", "3.00"): (1, "Show the decimals."),
        ("Ana · S01", "q4", "Ice is less dense than water."): (2, "Good.")}
    assert {s.answers[k].text: c for k, c in s.waiting_comments.items()} == {"3/4": "Which fraction is it?"}
    assert window.statusBar().currentMessage().startswith(f"Restored 6 decisions from {sheet.stem}.grader-project.")
    assert not any("could not be restored" in n for n in window.notices.notes)
