"""The real main window opening a sheet whose project an older Grader saved when it read the empty question cells
below a question named once as a question with no name (``tests/io/old_blocks``, made by that Grader's own code). The
window refused it as another sheet's project; it opens it with every decision on its student's answer, and says none
was lost."""
from __future__ import annotations

import shutil
from pathlib import Path

from grader_app.ui.main_window import RESULTS

OLD = Path(__file__).resolve().parents[1] / "io" / "old_blocks"


def test_the_window_opens_an_old_project_of_a_sheet_naming_each_question_once(qtbot, window, tmp_path):
    folder = tmp_path / "class"
    folder.mkdir()
    shutil.copyfile(OLD / "blocks.grader-project", folder / "blocks.grader-project")
    sheet = Path(shutil.copyfile(OLD / "blocks.csv", folder / "blocks.csv"))
    window.open_sheet(sheet)   # the project knows the columns: no dialog
    qtbot.waitUntil(lambda: window.session is not None or window.start.message_kind == "error", timeout=30000)
    assert window.start.message_kind != "error", window.start.message.text()
    assert window.pages.currentIndex() == RESULTS
    s = window.session
    assert {(s.answers[k].student, s.answers[k].item): (d.score, d.comment) for k, d in s.decisions.items()} == {
        ("Kid 0 · S00", "asap-sas-1"): (2, "Right, say why."), ("Kid 1 · S01", "asap-sas-1"): (3, "Full marks."),
        ("Kid 3 · S03", "asap-sas-1"): (1, "Only half of it."), ("Kid 11 · S11", "extra-q"): (1, "Good.")}
    assert {s.answers[k].student: c for k, c in s.waiting_comments.items()} == {"Kid 12 · S12": "Why do they stay?"}
    assert window.statusBar().currentMessage().startswith("Restored 4 decisions from blocks.grader-project.")
    assert not any("could not be restored" in n for n in window.notices.notes)
