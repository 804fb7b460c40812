"""The GUI thread reads no project file as a sheet opens, and leaves the WAL's checkpoint to the writer thread when a
project is closed (QA s52g finding 7: on a slow disk, the blind-marking switch read from the file as the session was
shown took 89 ms, and the checkpoint at quit 430 ms, both on the GUI thread). The switch and its seed are read on the
worker that prepares the session and kept by the store with what it saved since; the read connection closes before
the writer's, so the checkpoint, made by the last connection to close, runs on the writer thread within the close's
time limit. Real files, the real window."""
from __future__ import annotations

import csv
import threading
from pathlib import Path

import pytest

from grader_app.io.project_store import ProjectStore, project_path_for
from grader_app.io.project_writer import ProjectWriter

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def class_csv(path: Path) -> Path:
    """Ann, then two Emily Nguyens, two questions each; no id column: two students share a name."""
    rows = [("Name", "Question", "Answer")]
    for name, tag in (("Ann Lee", "a"), ("Emily Nguyen", "e1"), ("Emily Nguyen", "e2")):
        rows += [(name, q, f"{tag} wrote this for {q}") for q in ("asap-sas-1", "asap-sas-5")]
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return path


@pytest.fixture
def gui_reads(monkeypatch):
    """The project file reads made on the GUI thread (what each read waited for)."""
    reads: list = []
    real = ProjectStore._read

    def read(self, *args, **kwargs):
        if threading.current_thread() is threading.main_thread():
            reads.append(args)
        return real(self, *args, **kwargs)
    monkeypatch.setattr(ProjectStore, "_read", read)
    return reads


def _shared_name_note(window) -> str:
    return next(n for n in window.notices.notes if "share a name" in n or "belongs to more than one student" in n)


def test_opening_and_switching_blind_marking_read_no_project_file_on_the_gui_thread(qtbot, window, tmp_path,
                                                                                      gui_reads):
    path = class_csv(tmp_path / "class.csv")   # two students share a name: the notes ask the project's switch
    window.open_sheet(path)
    qtbot.waitUntil(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible(), timeout=30000)
    window.mapping_dialog.accept()
    qtbot.waitUntil(lambda: window.session is not None, timeout=30000)
    assert "belongs to more than one student" in _shared_name_note(window)   # names shown: the names said
    window.blind_action.trigger()   # on: the note no longer names them
    assert "share a name" in _shared_name_note(window) and "Emily" not in _shared_name_note(window)
    assert window.store.blind_marking() is True
    assert gui_reads == []
    with qtbot.waitSignal(window.sheetClosed, timeout=10000):
        window.close_sheet()
    with ProjectStore.open(project_path_for(path), read_only=True) as ro:
        assert ro.blind_marking() is True   # the switch went to the file
    gui_reads.clear()
    with qtbot.waitSignal(window.sessionReady, timeout=30000):
        window.open_sheet(path)   # the project knows the columns: no dialog
    assert window.blind_action.isChecked() and window.blind.names.blind   # as the project said
    assert "share a name" in _shared_name_note(window) and "Emily" not in _shared_name_note(window)
    window.blind_action.trigger()   # off again
    assert window.store.blind_marking() is False
    assert gui_reads == []


def test_the_switch_and_its_seed_are_read_once_and_kept_with_what_was_saved(tmp_path, monkeypatch):
    path = tmp_path / "class.grader-project"
    with ProjectStore.open(path) as store:
        assert store.blind_marking() is None
        store.save_blind_marking(True)
        seed = store.blind_seed()
    assert seed
    reads: list = []
    real = ProjectStore._one
    monkeypatch.setattr(ProjectStore, "_one", lambda self, *a, **k: reads.append(a) or real(self, *a, **k))
    with ProjectStore.open(path) as store:
        assert store.blind_marking() is True and store.blind_seed() == seed   # read from the file, once
        assert len(reads) == 2
        assert store.blind_marking() is True and store.blind_seed() == seed   # kept
        store.save_blind_marking(False)
        assert store.blind_marking() is False
        assert len(reads) == 2
    with ProjectStore.open(path, read_only=True) as ro:
        assert ro.blind_marking() is False and ro.blind_seed() == seed


def test_the_last_connection_to_close_is_the_writers_so_it_checkpoints_on_the_writer_thread(tmp_path, monkeypatch):
    store = ProjectStore.open(tmp_path / "class.grader-project")
    if store.journal_mode != "wal":
        store.close()
        pytest.skip("this file system takes no WAL journal")
    store.save_blind_marking(True)
    assert store.flush()
    assert store.blind_marking() is True
    wal = Path(f"{store.path}-wal")
    assert wal.exists() and wal.stat().st_size > 0   # the WAL is there until the project is closed
    seen = []
    real = ProjectWriter._finish

    def finish(writer) -> None:   # the writer closing its connection
        seen.append((threading.current_thread() is not threading.main_thread(), store._conn is None))
        real(writer)
    monkeypatch.setattr(ProjectWriter, "_finish", finish)
    assert store.close() == ""
    assert seen == [(True, True)]   # on the writer thread, the read connection already closed: the last one
    assert not wal.exists() or wal.stat().st_size == 0   # checkpointed into the file
    with ProjectStore.open(tmp_path / "class.grader-project", read_only=True) as ro:
        assert ro.blind_marking() is True
