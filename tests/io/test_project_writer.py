"""The project store's writer thread: decisions never wait for the disk on the caller's thread, are
committed in order without a flush, survive a hard kill, and a write that fails is reported,
kept and written later. Real files, real threads, real processes; SQLite is never mocked."""
from __future__ import annotations

import json
import signal
import sqlite3
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from grader_app.io.project_store import ProjectError, ProjectStore

HERE = Path(__file__).resolve().parent
# test_project_store, and kill_runner (this module imports it), also for the child process
sys.path[:0] = [str(HERE), str(HERE.parent)]
from kill_runner import killed_child, needs_sigkill  # noqa: E402
from project_helpers import make_session, read_decisions  # noqa: E402

CAP_S = 600.0   # a cap on a wait for an event: only a store that never gets there meets it
ROWS = [(f"s{i}", f"N{i}", "q1" if i % 2 else "q2", f"answer number {i} about cells") for i in range(400)]

# Makes decisions as fast as it can (a second pass overrides every third one), says LAST once the store's writer has
# written them (it waits; it asks for nothing), then idles until it is killed; it never closes or flushes the store.
DECIDER = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, sys.argv[2])
    from test_project_writer import ROWS, decide_all
    from project_helpers import make_session
    from grader_app.io.project_store import ProjectStore

    store = ProjectStore.open(sys.argv[1])
    s = make_session(ROWS)
    store.attach(s)
    decide_all(s)
    store._writer.wait_for()
    print("LAST", flush=True)
    time.sleep(600)
""")


def decide_all(session) -> list[tuple[int, int, str]]:
    """300 decisions, then 100 later ones on the same answers: (key, score, comment) in the order made."""
    made = []
    for k in range(300):
        session.decide(k, k % 2, comment=f"first {k}")
        made.append((k, k % 2, f"first {k}"))
    for k in range(0, 300, 3):
        session.decide(k, 1 - k % 2, comment=f"second {k}")
        made.append((k, 1 - k % 2, f"second {k}"))
    return made


def log_on_disk(path) -> list[tuple[int, int, str]]:
    con = sqlite3.connect(str(path))
    try:
        return [(k, json.loads(s), c) for k, s, c in
                con.execute("SELECT answer_key, score, comment FROM decision_log ORDER BY id")]
    finally:
        con.close()


def expected_state(made) -> dict:
    final: dict = {}
    for k, score, comment in made:
        final[k] = (score, comment)
    return final


@needs_sigkill
def test_decisions_made_rapidly_survive_a_kill_once_the_writer_has_written_them(tmp_path):
    path = tmp_path / "p.grader-project"
    with killed_child(tmp_path, DECIDER, path, HERE) as proc:
        assert proc.stdout.readline().strip() == "LAST", proc.stderr.read()
    assert proc.returncode == -signal.SIGKILL
    made = decide_all(make_session(ROWS))
    assert log_on_disk(path) == made                        # every decision, in the order made
    assert read_decisions(path) == expected_state(made)     # the later decision of an answer won
    with ProjectStore.open(path) as store:
        assert store.decision_count() == 300


def test_save_decision_returns_while_the_disk_is_held_and_everything_follows_in_order(tmp_path):
    """Another connection holds the write lock until the test lets go of it, which it does only once all 200 decisions
    have returned: "returned while the disk was held" is a fact, not a time a busy machine could exceed. The writer
    waits for the lock as long as it is held (its busy timeout raised past the watchdog's cap for this test), so a
    decision that waited for the disk would return only once the watchdog let go of the lock, and the test fails."""
    path = tmp_path / "p.grader-project"
    s = make_session(ROWS)
    store = ProjectStore.open(path)
    store.attach(s)
    s.decide(399, 1)
    assert store.flush()
    store._call(lambda conn: conn.execute(f"PRAGMA busy_timeout = {int(2 * CAP_S * 1000)}"), "the busy timeout")
    blocker = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    blocker.execute("BEGIN EXCLUSIVE")          # another connection holds the write lock: the writer waits
    held, let_go = threading.Lock(), threading.Event()

    def release() -> None:                      # once, by the test or by the watchdog
        with held:
            if not let_go.is_set():
                let_go.set()
                blocker.execute("ROLLBACK")
    watchdog = threading.Timer(CAP_S, release)   # only for decisions that wait for the disk: then the test fails
    watchdog.daemon = True
    watchdog.start()
    try:
        made = [(399, 1, "")]
        for k in range(200):
            s.decide(k % 50, k % 2, comment=f"n{k}")
            made.append((k % 50, k % 2, f"n{k}"))
        assert not let_go.is_set(), "save_decision waited for the disk: it returned only once the lock was let go"
        time.sleep(0.3)
        assert read_decisions(path) == {399: (1, "")}   # nothing could be committed yet
        assert not store.flush(timeout=0.05)            # the writer is still waiting for the lock
    finally:
        watchdog.cancel()
        release()
        blocker.close()
    assert store.decision_count() == 51                 # a read waits for the writes made before it
    assert store.flush() and store.unsaved == {} and store.last_error is None
    assert log_on_disk(path) == made
    assert read_decisions(path) == expected_state(made)
    assert store.close() == ""


def _fill_the_disk(path: Path):
    """Let this process write nothing past the first KB of any file (RLIMIT_FSIZE: the next commit fails with
    SQLite's own "database or disk is full" or "disk I/O error", as on a full disk); returns the undo. (Past the end of
    the project's files would not do: each commit is checkpointed into the file, so the next one writes the WAL again
    from its start, within the room it had.)"""
    import resource

    old = resource.getrlimit(resource.RLIMIT_FSIZE)
    assert path.exists()
    resource.setrlimit(resource.RLIMIT_FSIZE, (1024, old[1]))
    return lambda: resource.setrlimit(resource.RLIMIT_FSIZE, old)


@pytest.mark.skipif(sys.platform == "win32" or not hasattr(signal, "SIGXFSZ"), reason="needs RLIMIT_FSIZE")
def test_a_full_disk_is_reported_from_the_writer_kept_and_written_once_there_is_room(tmp_path):
    path = tmp_path / "p.grader-project"
    s = make_session(ROWS)
    store = ProjectStore.open(path)
    store.attach(s)
    heard: list[tuple[str, str]] = []
    got = threading.Event()

    heard_errors: list[str] = []

    def on_error(exc):
        heard.append((str(exc), threading.current_thread().name))
        heard_errors.append(str(store.last_error))   # SQLite's own reason, kept while the decisions are unsaved
        got.set()

    store.on_error = on_error
    s.decide(0, 1)
    assert store.flush()
    undo = _fill_the_disk(path)
    try:
        s.decide(1, 0, comment="kept")           # returns at once; the commit fails on the writer thread
        assert got.wait(10)
        s.decide(2, 1)
        assert store.flush(timeout=10) is False
    finally:
        undo()
    text, thread = heard[0]
    assert text == ("your decision is kept but could not be saved to p.grader-project (1 unsaved); check the disk "
                    "has room and the file is not read-only")
    assert thread.startswith("project writer") and thread != threading.current_thread().name
    assert heard[-1][0].startswith("2 of your decisions are kept but could not be saved to p.grader-project; check")
    assert all("could not be written (" in e and "disk" in e for e in heard_errors)   # SQLite's "disk I/O error" or
    assert str(store.last_error) == heard_errors[-1]                                # "database or disk is full"
    assert set(store.unsaved) == {1, 2} and s.final_score(1) == 0
    assert read_decisions(path) == {0: (1, "")}
    assert store.flush() is True                 # there is room again: written, in order
    assert read_decisions(path) == {0: (1, ""), 1: (0, "kept"), 2: (1, "")}
    assert [k for k, *_ in log_on_disk(path)] == [0, 1, 2]
    assert store.unsaved == {} and store.last_error is None
    assert store.close() == ""


@pytest.mark.skipif(sys.platform == "win32" or not hasattr(signal, "SIGXFSZ"), reason="needs RLIMIT_FSIZE")
def test_close_on_a_full_disk_says_what_was_not_written_and_lets_go_of_the_file(tmp_path):
    path = tmp_path / "p.grader-project"
    s = make_session(ROWS)
    store = ProjectStore.open(path)
    store.attach(s)
    s.decide(0, 1)
    assert store.flush()
    undo = _fill_the_disk(path)
    try:
        s.decide(1, 0)
        s.decide(2, 1)
        problem = store.close(timeout=10)
    finally:
        undo()
    # SQLite says "database or disk is full" first, "disk I/O error" when the same write is tried again
    assert problem.startswith("2 decisions could not be saved to p.grader-project before it was closed (")
    assert problem.endswith("); check the disk has room and the file is not read-only, then open the sheet again "
                            "and redo them")
    assert str(store.last_error) == problem and not store.locked
    with ProjectStore.open(path) as again:            # the lock is released; what was written is there
        assert again.decision_count() == 1


def test_a_read_only_store_refuses_at_once_and_a_closed_one_too(tmp_path):
    path = tmp_path / "p.grader-project"
    s = make_session()
    with ProjectStore.open(path) as store:
        store.attach(s)
        s.decide(0, 2)
    with ProjectStore.open(path, read_only=True) as peek:
        with pytest.raises(ProjectError, match="opened read-only here, so nothing was written"):
            peek.save_decision(1, None)
        with pytest.raises(ProjectError, match="read-only"):
            peek.bank_add("q1", "Good", "2026-01-01")
        assert peek.flush() is True and peek.unsaved == {} and peek.decision_count() == 1
    with pytest.raises(ProjectError, match="already closed"):
        store.save_blind_marking(True)


def test_writes_of_every_kind_keep_their_order_and_reads_see_them(tmp_path):
    path = tmp_path / "p.grader-project"
    s = make_session()
    with ProjectStore.open(path) as store:
        store.attach(s)
        store.save_thresholds({"q1": 0.7})
        store.save_blind_marking(True)
        store.bank_add("q1", "Name the phase.", "2026-01-01")
        s.decide(0, 2)
        store.save_thresholds({"q1": 0.9})         # a later write of the same row wins
        store.save_blind_marking(False)
        store.bank_use("q1", ["Name the phase."], "2026-01-02")
        s.decide(0, 1)
        # each read waits for the writes of what it reads, made before it
        assert store.load_thresholds() == {"q1": 0.9}
        assert store.blind_marking() is False
        assert [(e.text, e.uses) for e in store.bank_entries("q1")] == [("Name the phase.", 1)]
        assert [e["score"] for e in store.decision_log()] == [2, 1]
    with ProjectStore.open(path, read_only=True) as peek:
        assert peek.load_thresholds() == {"q1": 0.9} and peek.blind_marking() is False
