"""A project file cut short on disk (a copy to a stick that filled up, a crash of the machine), opened in the real main
window: Grader kept no decision of it and told the teacher to move it aside (so every decision in it was lost). Now the
damaged file is kept aside under its own name, a new project is made of what can still be read, the sheet opens with
those decisions, and the notes above the results say so, and how many answers' saved rows could not be read.

The project is made by the window's workflow (real bundles, real scores), then its last pages are cut off on disk."""
from __future__ import annotations

import re
import sqlite3

from grader_app.io.project_store import project_path_for
from grader_app.ui.main_window import RESULTS
from test_reopen_changed_sheet import graded_on_disk, open_in
from ui_helpers import make_long_csv


def _decisions(path) -> dict:
    con = sqlite3.connect(str(path))
    try:
        return {k: (s, c) for k, s, c in con.execute("SELECT answer_key, score, comment FROM decisions")}
    finally:
        con.close()


def test_a_project_cut_short_opens_with_what_can_be_read_and_says_what_was_lost(qtbot, window, tmp_path):
    sheet = make_long_csv(tmp_path / "class.csv", n_students=150)
    graded_on_disk(sheet, 300)                          # every answer decided, and logged
    project = project_path_for(sheet)
    whole = project.read_bytes()
    saved = _decisions(project)
    assert len(saved) == 300
    cut = whole[:len(whole) - 3 * 4096 + 100]           # the last three pages lost (the newest decisions' among them)
    project.write_bytes(cut)

    open_in(qtbot, window, sheet)
    assert window.start.message_kind != "error", window.start.message.text()   # was: "… is damaged; move it aside"
    assert window.pages.currentIndex() == RESULTS
    kept = tmp_path / "class (damaged).grader-project"
    assert kept.read_bytes() == cut                     # the damaged file is kept, untouched
    back = {k: (d.score, d.comment) for k, d in window.session.decisions.items()}
    assert back and set(back) < set(saved)
    assert all(saved[k] == ("1", "marked") and back[k] == (1, "marked") for k in back)   # as saved
    said = [n for n in window.notices.notes if "was damaged" in n]
    assert len(said) == 1, window.notices.notes
    m = re.fullmatch(r"class\.grader-project was damaged, so Grader kept it as class \(damaged\)\.grader-project and "
                     r"made a new class\.grader-project of the (\d+) decisions it could still read\.(?: What "
                     r"was saved for (\d+) answers could not be read: if you had scored them, score them again\.)?",
                     said[0])
    assert m and m.group(2), said[0]
    assert int(m.group(1)) == len(back)
    assert len(back) + int(m.group(2)) >= len(saved)   # every decision not back is counted as not read
    assert _decisions(project) == {k: saved[k] for k in back}   # the new file holds them


def test_a_project_with_damaged_pages_of_decisions_opens_with_every_decision_from_the_log(qtbot, window, tmp_path):
    sheet = make_long_csv(tmp_path / "class.csv", n_students=150)
    graded_on_disk(sheet, 300)
    project = project_path_for(sheet)
    saved = _decisions(project)
    con = sqlite3.connect(str(project))
    leaves = [p for p, in con.execute("SELECT pageno FROM dbstat WHERE name='decisions' AND pagetype='leaf' "
                                      "ORDER BY pageno")]
    con.close()
    assert len(leaves) >= 3
    data = bytearray(project.read_bytes())
    for page in leaves[1:3]:                            # a bad sector: the project's setup reads, these do not
        data[(page - 1) * 4096:page * 4096] = b"\xff" * 4096
    project.write_bytes(bytes(data))

    open_in(qtbot, window, sheet)
    assert window.start.message_kind != "error", window.start.message.text()   # was: "… is damaged; move it aside"
    assert {k: (d.score, d.comment) for k, d in window.session.decisions.items()} == {k: (1, "marked") for k in saved}
    assert (tmp_path / "class (damaged).grader-project").read_bytes() == bytes(data)
    said = [n for n in window.notices.notes if "was damaged" in n]
    assert said == ["class.grader-project was damaged, so Grader kept it as class (damaged).grader-project and made a "
                    "new class.grader-project of the 300 decisions it could still read."], window.notices.notes
    assert _decisions(project) == saved
