"""One project file, one writer (issue 9, item 9).

Two Grader processes on one project file both wrote and the last one won (2,991 decisions of one
process lost). The store now holds an OS lock for its lifetime; a second process (or window) is
refused with one sentence; the lock goes with the process, so a kill -9 never blocks the next open.
These tests use real processes on one real file.
"""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from grader_app.io.project_store import ProjectError, ProjectLocked, ProjectStore

ROOT = Path(__file__).resolve().parents[2]

# A process that opens the store, makes `n` decisions when told to, and keeps the store open until told.
HOLDER = textwrap.dedent("""
    import sys
    sys.path.insert(0, sys.argv[3])
    from project_helpers import make_session
    from grader_app.io.project_store import ProjectError, ProjectStore

    path, n = sys.argv[1], int(sys.argv[2])
    try:
        store = ProjectStore.open(path)
    except ProjectError as exc:
        print("REFUSED", exc, flush=True)
        sys.exit(3)
    s = make_session()
    store.attach(s)
    print("OPEN", flush=True)
    for line in sys.stdin:
        if line.strip() == "DECIDE":
            for i in range(n):
                s.decide(i % len(s.answers), i % 2, comment=f"{sys.argv[4]} {i}")
            assert store.flush()   # the decisions are committed by the store's writer thread
            print("DECIDED", flush=True)
        elif line.strip() == "CLOSE":
            store.close()
            print("CLOSED", flush=True)
            break
""")


def _session():
    import pandas as pd

    from grader_app.core.session import GradingSession, ItemInfo
    from grader_app.core.sheet import ColumnMapping, Sheet

    frame = pd.DataFrame([("s1", "q1", "Cells divide by mitosis."), ("s2", "q2", "Plants use light.")],
                         columns=["Student ID", "Question", "Answer"], dtype=object)
    items = {q: ItemInfo(item=q, bundle_id="b-" + q, labels=(0, 1, 2), default_threshold=0.8) for q in ("q1", "q2")}
    return GradingSession(Sheet(frame=frame), ColumnMapping(id_column="Student ID", item_column="Question",
                                                            answer_column="Answer"), items)


def _start(tmp_path, project, n=0, who="A"):
    script = tmp_path / "holder.py"
    script.write_text(HOLDER, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, str(script), str(project), str(n), str(Path(__file__).parent), who],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def _say(proc, line):
    proc.stdin.write(line + "\n")
    proc.stdin.flush()
    return proc.stdout.readline().strip()


def _comments(project):
    con = sqlite3.connect(str(project))
    try:
        return [c for (c,) in con.execute("SELECT comment FROM decisions ORDER BY answer_key")]
    finally:
        con.close()


def _last_words(who, n, answers=6):
    """The comment each answer keeps after ``n`` decisions cycling over the answers."""
    return [f"{who} {max(i for i in range(n) if i % answers == k)}" for k in range(answers)]


def _finish(*procs):
    for p in procs:
        if p.poll() is None:
            p.kill()
        p.communicate(timeout=30)


def test_second_process_is_refused_while_the_first_has_it_open(tmp_path):
    project = tmp_path / "class.grader-project"
    a = _start(tmp_path, project, n=200, who="A")
    b = None
    try:
        assert a.stdout.readline().strip() == "OPEN", a.stderr.read()
        b = _start(tmp_path, project, n=200, who="B")
        out, err = b.communicate(timeout=60)
        assert b.returncode == 3, err
        assert out.startswith("REFUSED class.grader-project is already open in another Grader window")
        assert out.count("\n") == 1 and "Traceback" not in err
        assert _say(a, "DECIDE") == "DECIDED"
        assert _comments(project) == _last_words("A", 200)
        assert _say(a, "CLOSE") == "CLOSED"
        a.wait(timeout=30)
        b = _start(tmp_path, project, n=10, who="B")                      # free again once A closed it
        assert b.stdout.readline().strip() == "OPEN", b.stderr.read()
        assert _say(b, "DECIDE") == "DECIDED" and _say(b, "CLOSE") == "CLOSED"
        assert _comments(project) == _last_words("B", 10)     # B's own decisions, after A's
    finally:
        _finish(a, *([b] if b else []))


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_kill_9_leaves_no_lock_that_blocks_the_next_open(tmp_path):
    project = tmp_path / "class.grader-project"
    a = _start(tmp_path, project, n=5)
    try:
        assert a.stdout.readline().strip() == "OPEN", a.stderr.read()
        assert _say(a, "DECIDE") == "DECIDED"
        with pytest.raises(ProjectLocked):
            ProjectStore.open(project)
        os.kill(a.pid, signal.SIGKILL)
        a.wait(timeout=30)
    finally:
        _finish(a)
    with ProjectStore.open(project) as store:      # the OS let go of the lock with the process
        assert store.decision_count() == 5
        assert store.locked


def test_same_process_second_open_refused_then_free_after_close(tmp_path):
    project = tmp_path / "class.grader-project"
    first = ProjectStore.open(project)
    assert first.locked
    with pytest.raises(ProjectLocked) as info:
        ProjectStore.open(project)
    assert isinstance(info.value, ProjectError)
    assert str(info.value) == ("class.grader-project is already open in another Grader window; close the sheet "
                               "there first, then open it here again")
    first.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["class.grader-project"]   # no lock file left behind
    ProjectStore.open(project).close()


def test_read_only_open_reads_while_locked_and_never_writes(tmp_path):
    project = tmp_path / "class.grader-project"
    sheet = tmp_path / "class.csv"
    sheet.write_text("x")
    s = _session()
    with ProjectStore.open(project) as store:
        store.save_setup(sheet, s.mapping, {"q1": "b-q1", "q2": "b-q2"}, {"q1": 0.7})
        store.attach(s)
        s.decide(0, 2)
        assert store.flush()                       # committed by the writer thread (within milliseconds)
        with ProjectStore.open(project, read_only=True) as peek:
            assert not peek.locked and peek.read_only
            assert peek.load_setup()["sheet_path"] == sheet.absolute()
            assert peek.decision_count() == 1
            with pytest.raises(ProjectError, match="read-only"):
                peek.save_thresholds({"q1": 0.5})
        s.decide(1, 1)                             # the writer is not disturbed
    con = sqlite3.connect(str(project))
    assert con.execute("SELECT value FROM thresholds WHERE item='q1'").fetchone()[0] == 0.7
    assert con.execute("SELECT count(*) FROM decisions").fetchone()[0] == 2
    con.close()


def test_read_only_open_of_something_else_is_a_sentence(tmp_path):
    junk = tmp_path / "notes.grader-project"
    junk.write_bytes(b"not a database at all" * 50)
    with pytest.raises(ProjectError, match=r"^notes\.grader-project cannot be read"):
        ProjectStore.open(junk, read_only=True)
    with pytest.raises(ProjectError, match="there is no project file"):
        ProjectStore.open(tmp_path / "missing.grader-project", read_only=True)


@pytest.mark.skipif(os.name != "posix", reason="fcntl.flock")
def test_a_file_system_that_cannot_lock_still_opens_the_project(tmp_path, monkeypatch):
    import errno
    import fcntl

    def no_locks(fd, op):
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(fcntl, "flock", no_locks)
    with ProjectStore.open(tmp_path / "class.grader-project") as store:
        assert not store.locked
        store.save_thresholds({"q1": 0.6})
