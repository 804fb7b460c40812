"""A project file copied without its ``-wal`` file, in the real main window with real SQLite files (QA). A Grader
before each commit was checkpointed into the file (or one whose checkpoint a full disk refused) kept every table in
the ``-wal`` while the sheet was open, so the file copied alone has SQLite's header and no table. It used to open as a
new project: the columns were asked and the teacher started over without a word. Now it is refused, saying what
happened and what to do, and left untouched, so the ``-wal`` copied beside it afterwards brings every decision back."""
from __future__ import annotations

import shutil
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

from test_project_copied_or_renamed import close_sheet, opened
from test_reopen_changed_sheet import graded_on_disk
from ui_helpers import make_long_csv

sys.path[:0] = [str(Path(__file__).resolve().parents[1] / "io")]
from project_helpers import read_decisions  # noqa: E402


def copied_without_wal(project: Path, folder: Path) -> Path:
    """``project`` as it was beside a sheet open in a Grader before 8939ea0b: every page in the -wal file, none
    checkpointed; the file alone copied to ``folder`` (the -wal kept aside, as ``<name>-wal.left``)."""
    scratch = folder / "scratch"
    scratch.mkdir()
    live = scratch / project.name
    with closing(sqlite3.connect(live)) as conn, closing(sqlite3.connect(project)) as src:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA wal_autocheckpoint=0")
        src.backup(conn)
        copy = Path(shutil.copy(live, folder / project.name))   # while it is open, without its -wal
        shutil.copy(f"{live}-wal", folder / (project.name + "-wal.left"))
    shutil.rmtree(scratch)
    return copy


def test_a_project_copied_without_its_wal_is_refused_saying_what_to_copy(qtbot, window, tmp_path):
    school = make_long_csv(tmp_path / "school" / "quiz.csv", n_students=6)
    graded_on_disk(school, 4)
    home = tmp_path / "home"
    home.mkdir()
    sheet = Path(shutil.copy(school, home / "quiz.csv"))
    project = copied_without_wal(school.with_name("quiz.grader-project"), home)
    before = project.read_bytes()
    window.open_path(sheet)
    opened(qtbot, window)
    assert window.session is None and window.mapping_dialog is None   # not started over as a new project
    said = window.start.message.text()
    assert window.start.message_kind == "error", said
    assert ("quiz.grader-project holds no decisions, not even its tables: they were left behind in the file "
            "quiz.grader-project-wal, which was not copied with it; if you copied it from another computer, copy "
            "quiz.grader-project-wal beside it too") in said, said
    assert project.read_bytes() == before   # untouched: the -wal still fits it
    # the project file double-clicked says the same
    window.open_path(project)
    qtbot.waitUntil(lambda: window.start.message_kind == "error" and "Opening" not in window.start.message.text()
                    or window.session is not None, timeout=30000)
    assert "left behind in the file quiz.grader-project-wal" in window.start.message.text()
    # the -wal copied beside it, as told: every decision back
    shutil.copy(home / "quiz.grader-project-wal.left", home / "quiz.grader-project-wal")
    window.open_path(sheet)
    opened(qtbot, window)
    assert window.session is not None, window.start.message.text()
    assert len(window.session.decisions) == 4
    close_sheet(qtbot, window)
    assert len(read_decisions(project)) == 4
