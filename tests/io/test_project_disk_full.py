"""A project file on a full disk. Opening a sheet there said "The project file own.grader-project cannot be written
(cannot rollback - no transaction is active); copy the sheet…": SQLite had rolled the transaction back itself and the
ROLLBACK that followed hid why, and a 4096-byte empty project file was left behind. Now a full disk is said as such,
with what to do; what SQLite really said is kept when it is not the disk; the files an open made are removed when it
failed (an existing project never is); and a project store says when what a full disk held back is written after all.

The disk is made full for real where that needs no root: SQLite's own SQLITE_FULL from a database allowed one page
(``PRAGMA max_page_count``), and a process whose files may not grow (``RLIMIT_FSIZE``: SQLite's I/O errors, its own
rollback). With root, a real 1 MB tmpfs in a private mount namespace, filled up."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from failing_disk import failing_waited_writes, failing_writes
from grader_app import workflow
from grader_app.bundles.library import Library
from grader_app.errors import sentence
from grader_app.io.project_store import ProjectError, ProjectStore, project_path_for

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(Path(__file__).resolve().parent), str(ROOT / "tests" / "build")]
from project_helpers import make_session, read_decisions  # noqa: E402
from syslibs import STRICT, namespace_problem  # noqa: E402

NAME = "answers.grader-project"
FULL = ("The disk is full, so the project file answers.grader-project, which keeps your decisions, cannot be written; "
        "free some space on the disk and open the sheet again, or copy the sheet to another drive and open it from there.")


def _files(folder: Path, name: str = NAME) -> dict[str, int]:
    """The project's files in ``folder`` (itself, SQLite's files beside it, its lock file) and their sizes."""
    return {p.name: p.stat().st_size for p in folder.iterdir() if p.name.startswith(name)}


@pytest.fixture
def one_page(monkeypatch):
    """Every SQLite database opened from now on may hold one page: its first table meets SQLite's own SQLITE_FULL
    ("database or disk is full"), as on a full disk."""
    real = sqlite3.connect

    def connect(*args, **kwargs):
        conn = real(*args, **kwargs)
        conn.execute("PRAGMA max_page_count=1")
        return conn

    monkeypatch.setattr(sqlite3, "connect", connect)


def test_a_new_project_on_a_full_disk_says_so_and_leaves_no_file_behind(tmp_path, one_page):
    with pytest.raises(ProjectError) as caught:
        ProjectStore.open(tmp_path / NAME)
    assert caught.value.kind == "project.disk_full"
    assert sentence(caught.value) == FULL
    assert _files(tmp_path) == {}                                # no empty project file, no -wal, -shm or -lock


def test_an_empty_file_that_was_there_before_is_left_alone(tmp_path, one_page):
    (tmp_path / NAME).write_bytes(b"")
    with pytest.raises(ProjectError) as caught:
        ProjectStore.open(tmp_path / NAME)
    assert caught.value.kind == "project.disk_full"
    assert _files(tmp_path) == {NAME: 0}                         # not made by this open: never removed


@pytest.fixture
def library(tiny_bundle):
    return Library.load([tiny_bundle.parent])


def _sheet(tmp_path: Path) -> Path:
    sheet = tmp_path / "answers.csv"
    sheet.write_text("Student ID,Question,Answer\nS1,tiny-ice,Ice is less dense than water.\nS2,tiny-ice,It is cold.\n",
                     encoding="utf-8")
    return sheet


def test_a_project_made_for_a_session_whose_setup_the_full_disk_refuses_is_removed_again(tmp_path, library,
                                                                                          monkeypatch):
    sheet = _sheet(tmp_path)
    opened = workflow.open_sheet(sheet, library)
    failing_waited_writes(monkeypatch)                           # the file is made, its setup is refused
    with pytest.raises(ProjectError) as caught:
        workflow.prepare_session(sheet, opened.sheet, opened.mapping, {"tiny-ice": "tiny-ice"}, library)
    assert caught.value.kind == "project.disk_full"
    assert _files(tmp_path) == {}


def test_an_existing_project_is_kept_with_its_decisions_when_the_full_disk_refuses_a_session(tmp_path, library,
                                                                                             monkeypatch):
    sheet = _sheet(tmp_path)
    opened = workflow.open_sheet(sheet, library)
    prepared = workflow.prepare_session(sheet, opened.sheet, opened.mapping, {"tiny-ice": "tiny-ice"}, library)
    prepared.session.decide(0, 2)
    assert workflow.close_project(prepared.store) == ""
    project = project_path_for(sheet)

    again = workflow.open_sheet(sheet, library)                  # the project knows its columns: it comes back open
    assert again.store is not None
    disk = failing_waited_writes(monkeypatch)
    with pytest.raises(ProjectError) as caught:
        workflow.prepare_session(sheet, again.sheet, again.mapping, again.setup["item_bundles"], library, again.store)
    assert caught.value.kind == "project.disk_full"
    disk["on"] = False
    assert project.is_file() and read_decisions(project) == {0: (2, "")}


# SQLite's files may grow to each limit in turn (a fresh project at each); a write past it fails as the system says
GROWING = textwrap.dedent("""
    import resource, signal, sys
    from pathlib import Path
    from grader_app.io.project_store import ProjectError, ProjectStore
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)      # a write past the limit fails (EFBIG) instead of ending us
    folder = Path(sys.argv[1])
    for limit in range(4096, 131072, 4096):
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
        try:
            ProjectStore.open(folder / f"p{limit}.grader-project").close()
            print(limit, "opened")
        except ProjectError as exc:
            print(limit, exc.kind, exc)
""")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_FSIZE as Linux has it")
def test_when_sqlite_rolled_back_itself_its_own_reason_is_said_not_the_failed_rollback(tmp_path):
    folder = tmp_path / "projects"
    folder.mkdir()
    script = tmp_path / "growing.py"
    script.write_text(GROWING, encoding="utf-8")
    run = subprocess.run([sys.executable, str(script), str(folder)], capture_output=True, text=True, timeout=120,
                         env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert run.returncode == 0, run.stderr
    said = dict(line.split(" ", 1) for line in run.stdout.splitlines())
    failed = {limit: text for limit, text in said.items() if text != "opened"}
    assert failed and any(text == "opened" for text in said.values())
    for limit, text in failed.items():
        assert "rollback" not in text and text.startswith("project.cannot_write the project file"), (limit, text)
        assert "(disk I/O error)" in text or "(database or disk is full)" in text, (limit, text)
        assert not _files(folder, f"p{limit}.grader-project"), limit   # what the failed open made is gone


@pytest.fixture
def heard_store(tmp_path):
    """A new project with a session attached, and the list its ``on_saved`` appends to (the test closes it)."""
    store = ProjectStore.open(tmp_path / NAME)
    session = make_session()
    store.attach(session)
    saved: list[bool] = []
    store.on_saved = lambda: saved.append(True)
    return store, session, saved


def test_the_store_says_when_what_the_full_disk_held_is_written_after_all(tmp_path, monkeypatch, heard_store):
    store, session, saved = heard_store
    try:
        disk = failing_writes(monkeypatch)
        session.decide(0, 1)
        assert not store.flush() and set(store.unsaved) == {0} and not saved
        disk["on"] = False
        assert store.flush() and store.unsaved == {}
        assert saved == [True]                                   # once, when the held decision went in
        session.decide(1, 2)
        assert store.flush() and saved == [True]                 # an ordinary write is no news
        assert read_decisions(store.path) == {0: (1, ""), 1: (2, "")}
    finally:
        store.close()


def test_the_store_says_when_it_writes_again_after_the_full_disk_refused_the_scores(tmp_path, monkeypatch, heard_store):
    """The scores are written on their own and waited for: a full disk refuses them to their caller and holds nothing,
    so the window heard nothing when the disk had room again and the scores stayed out of the file. Now the store says
    (``on_saved``, once) when its writer writes again after that."""
    store, session, saved = heard_store
    try:
        disk = failing_waited_writes(monkeypatch)
        with pytest.raises(ProjectError):
            store.save_predictions(session)
        assert store.unsaved == {} and store.last_error is None and not saved   # nothing held: the caller was told
        disk["on"] = False
        session.decide(0, 1)
        assert store.flush() and saved == [True]                 # written again: the scores may go in now
        session.decide(1, 2)
        assert store.flush() and saved == [True]                 # an ordinary write is no news
        store.save_predictions(session)
        assert saved == [True]
    finally:
        store.close()


def test_the_store_tries_what_it_holds_again_without_waiting(tmp_path, monkeypatch, heard_store):
    """``try_again`` is ``flush`` without waiting (the window's tries in time, from the GUI thread): it returns at once
    with an event set once the writer has tried; ``holding`` says whether anything is left, without the disk."""
    store, session, saved = heard_store
    try:
        disk = failing_writes(monkeypatch)
        session.decide(0, 1)
        assert not store.flush() and store.holding
        tried = store.try_again()
        assert tried is not None and tried.wait(10)
        assert store.holding and set(store.unsaved) == {0} and not saved   # refused again
        disk["on"] = False
        tried = store.try_again()
        assert tried is not None and tried.wait(10)
        assert not store.holding and store.unsaved == {} and saved == [True]   # said before the event is set
        assert read_decisions(store.path) == {0: (1, "")}
    finally:
        store.close()
    assert store.try_again() is None and not store.holding


# with root: a real 1 MB tmpfs, filled up but for ``left`` bytes, and a project opened on it
TMPFS = textwrap.dedent("""
    set -e
    mount -t tmpfs -o size=1m tmpfs "$1"
    cd "$1"
    for left in 0 4096 8192 16384 32768 65536; do
        rm -f ./*
        head -c 1048576 /dev/zero > filler 2>/dev/null || true
        truncate -s "-$left" filler
        "$2" -c '
    import sys
    from grader_app.io.project_store import ProjectError, ProjectStore
    try:
        ProjectStore.open("answers.grader-project").close()
        print(sys.argv[1], "opened")
    except ProjectError as exc:
        print(sys.argv[1], exc.kind)
    ' "$left"
        echo "$left files" $(ls | grep -v filler | tr "\\n" " ")
    done
""")


def test_on_a_real_full_disk_the_disk_is_named_and_no_file_is_left(tmp_path):
    problem = namespace_problem() if sys.platform.startswith("linux") else "Linux only"
    if problem:
        if STRICT:
            pytest.fail(f"GRADER_REQUIRE_SYSCALL_TESTS=1 but {problem}")
        pytest.skip(problem)
    disk = tmp_path / "disk"
    disk.mkdir()
    script = tmp_path / "tmpfs.sh"
    script.write_text(TMPFS, encoding="utf-8")
    run = subprocess.run(["unshare", "-m", "sh", str(script), str(disk), sys.executable], capture_output=True, text=True,
                         timeout=300, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    kinds = dict(line.split(" ", 1) for line in lines if " files" not in line)
    left_files = {line.split(" ")[0]: line.split(" ", 2)[2:] for line in lines if " files" in line}
    assert kinds["0"] == "project.disk_full" and kinds["4096"] == "project.disk_full", run.stdout
    for left, kind in kinds.items():
        assert kind in ("project.disk_full", "opened"), run.stdout
        if kind == "project.disk_full":
            assert left_files[left] in ([], [""]), run.stdout   # not a byte of an empty project left
