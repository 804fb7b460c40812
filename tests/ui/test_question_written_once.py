"""A one-row-per-answer sheet that names each question once, at the top of its block, its question cells empty below
(as a teacher types it, or as a merged cell looks when saved as CSV). Grading read every empty cell as a question of
its own with no name: the answers of both questions were lumped together under it, no model scored them, and the
question named got one answer. Learning from such a sheet already took the question above. Now grading does too, and
the columns dialog and the notes above the results name the rows that took it."""
from __future__ import annotations

from grader_app.io.project_store import ProjectStore
from test_main_window import _open_by_drop
from ui_helpers import write_csv

HEAD = ["Student ID", "Name", "Question", "Answer"]
ICE = ["Ice is less dense than water.", "Its molecules form an open lattice.", "It floats because it is lighter.",
       "Because of the hydrogen bonds."]
OTHER = ["The moon has no air.", "No wind moves the dust.", "Footprints stay there."]


def blocks(path):
    rows = [[f"S{i:02d}", f"Kid {i}", "asap-sas-1" if i == 0 else "", t] for i, t in enumerate(ICE)]
    rows += [[f"S{i + 10:02d}", f"Kid {i + 10}", "extra-q" if i == 0 else "", t] for i, t in enumerate(OTHER)]
    return write_csv(path, HEAD, rows)


def test_an_empty_question_cell_is_the_question_above_it(qtbot, window, tmp_path):
    sheet = blocks(tmp_path / "class" / "blocks.csv")
    dlg = _open_by_drop(qtbot, window, sheet)
    assert dlg.mapping().item_column == "Question"
    assert dlg.items() == [("asap-sas-1", 4), ("extra-q", 3)]          # no question without a name
    assert dlg.chosen() == {"asap-sas-1": "asap-sas-1", "extra-q": None}
    said = "5 rows with an empty cell in column “Question” were read as the question above them (rows 3, 4, 5, 7, 8)"
    assert said in dlg.notes_label.text()
    assert dlg.ok_button.text() == "Score 7 answers"
    with qtbot.waitSignal(window.scoringFinished, timeout=30000):
        dlg.ok_button.click()
    session = window.session
    assert [(a.item, a.text) for a in session.answers] == [("asap-sas-1", t) for t in ICE] + [("extra-q", t) for t in OTHER]
    assert any(said in n for n in window.notices.notes)
    project = sheet.with_suffix(".grader-project")
    window.close()
    store = ProjectStore.open(project)                               # the project file read back: the same questions
    try:
        setup = store.load_setup()
    finally:
        store.close()
    assert setup["mapping"].item_column == "Question"
    assert sorted(setup["item_bundles"]) == ["asap-sas-1", "extra-q"]
