"""A sheet opened from a folder Grader cannot write to (a locked USB stick, a read-only network share) keeps its
project in Grader's own data folder (:func:`grader_app.io.project_store.project_path_for`). QA: the teacher was not
told, looked beside the sheet for the project file the next week and believed her decisions lost. The window now says
where they are, whole above the results, at every opening; a sheet in a folder that can be written to says nothing of
the kind. The real window, a real sheet in a folder made read-only."""
from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

import pytest

from grader_app.io import project_store
from ui_helpers import make_long_csv


def _can_write(folder: Path) -> bool:
    try:
        fd, probe = tempfile.mkstemp(dir=folder)
    except OSError:
        return False
    os.close(fd)
    os.unlink(probe)
    return True


@pytest.fixture
def locked_sheet(tmp_path, monkeypatch):
    """A copy of a small sheet in a folder made read-only (chmod 0o555). Root writes there anyway: then the app's own
    test of the folder (project_store._folder_writable) is told, for that folder only, what the disk would say."""
    stick = tmp_path / "USB stick"
    sheet = make_long_csv(stick / "quiz.csv", n_students=3)
    stick.chmod(stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH)
    if _can_write(stick):   # running as root
        real = project_store._folder_writable
        monkeypatch.setattr(project_store, "_folder_writable",
                            lambda folder: False if Path(folder) == stick.absolute() else real(folder))
    yield sheet
    stick.chmod(0o755)


def _open(qtbot, window, sheet: Path) -> None:
    window.open_sheet(sheet)
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=30000)
    window.mapping_dialog.accept()
    qtbot.waitUntil(lambda: window.session is not None and not window.opener.busy, timeout=30000)


def test_a_sheet_in_a_read_only_folder_says_where_its_decisions_are_kept(qtbot, window, locked_sheet):
    _open(qtbot, window, locked_sheet)
    kept = window.store.path
    assert kept.parent == Path(os.environ["GRADER_DATA_DIR"]) / "projects" and kept.is_file()
    assert not locked_sheet.with_name("quiz.grader-project").exists()
    assert window.notices.isVisible()
    assert window.notices.notes == [f"The sheet's folder cannot be written to, so Grader keeps your decisions in its "
                                    f"own folder: {kept}. They come back when you open the sheet from here again."]
    assert window.statusBar().currentMessage() == "1 note about this sheet is shown above the results."


def test_a_sheet_in_a_folder_that_can_be_written_to_says_nothing_of_it(qtbot, window, tmp_path):
    sheet = make_long_csv(tmp_path / "Documents" / "quiz.csv", n_students=3)
    _open(qtbot, window, sheet)
    assert window.store.path == sheet.with_name("quiz.grader-project").absolute()
    assert window.notices.notes == []
    assert "own folder" not in window.statusBar().currentMessage()
