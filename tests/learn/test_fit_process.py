"""The fitting child process: the same model as a fit on this thread, each question's texts sent once,
and nothing lost when the child dies, cannot start or is closed while it fits.

Every test runs a real child (multiprocessing's spawn) and shuts it down; the fixture fails a test
that leaves one running.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from grader_app.learn.assistant import MarkingAssistant
from grader_app.learn.fit_child import GIVE_WAY_MAX_S
from grader_app.learn.fit_job import FitJob, fit_job
from grader_app.learn.fit_process import FitProcess, reaped
from grader_app.learn.marks_model import NotEnoughMarks
from grader_app.scoring.model import Cancelled

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fit_held import CAN_HOLD, CAP_S, NO_HOLD, go_on_once_ended, hold_in_fit  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def _none_left() -> None:
    assert not [p for p in multiprocessing.active_children() if p.name == "grader-fit"], "a child was left running"


@pytest.fixture(scope="module")
def shared():
    """One child for the tests that neither kill nor close it (a child's start takes seconds)."""
    fp = FitProcess()
    yield fp
    fp.close()
    assert not fp.alive
    assert reaped(30)   # close() does not wait: the reaper thread does
    _none_left()


@pytest.fixture
def fitter():
    """A fitting child for the test; closed (and waited for) afterwards, whatever happened."""
    made: list[FitProcess] = []

    def make(**kwargs) -> FitProcess:
        made.append(FitProcess(**kwargs))
        return made[-1]
    yield make
    for f in made:
        f.close()
    for f in made:
        assert not f.alive and f._proc is None
    assert reaped(30)


def _assistant(ice_class, n_marks: int, seed: int = 0) -> MarkingAssistant:
    texts, scores = ice_class
    a = MarkingAssistant(texts, labels=[0, 1, 2], seed=seed)
    for i in range(n_marks):
        a.decide([i], scores[i])
    return a


def _same(a, b) -> None:
    assert a.labels == b.labels and a.n_marks == b.n_marks and a.C == b.C
    assert np.max(np.abs(a.probabilities - b.probabilities)) <= 1e-9
    assert a.threshold == b.threshold and a.qualified == b.qualified
    assert np.max(np.abs(a.weights_ - b.weights_)) <= 1e-9


def test_the_child_fits_the_same_model_as_this_thread(ice_class, shared):
    fp = shared
    a = _assistant(ice_class, 40)
    job = a.fit_job()
    assert isinstance(job, FitJob)
    st = fp.stats
    fits, sent = st.child_fits, st.texts_sent
    in_child = fp.fit(job)
    here = fit_job(job)
    _same(in_child, here)
    assert st.child_fits == fits + 1 and st.thread_fits == 0 and st.pid not in (None, os.getpid())
    assert st.startup_s is not None and st.startup_s > 0 and st.rss_mb and st.rss_mb > 10
    # more marks: only the marks travel (the child keeps the texts and their features)
    for i in range(40, 60):
        a.decide([i], ice_class[1][i])
    _same(fp.fit(a.fit_job()), fit_job(a.fit_job()))
    assert st.child_fits == fits + 2 and st.texts_sent == sent + 1


def test_the_assistant_fits_through_its_fitter_and_keeps_the_features_of_a_fit_here(ice_class, shared):
    fp = shared
    a = _assistant(ice_class, 40)
    b = _assistant(ice_class, 40)
    a.fitter = fp.fit
    fits = fp.stats.child_fits
    model = a.refit()
    assert model is not None and fp.stats.child_fits == fits + 1
    _same(model, b.refit())
    assert a._features is None and b._features is not None   # the child holds a's features, b keeps its own


def test_a_child_that_keeps_few_questions_is_sent_the_texts_again(ice_class, fitter):
    fp = fitter(keep=1)
    a, b = _assistant(ice_class, 30), _assistant(ice_class, 35, seed=1)
    for _ in range(2):
        _same(fp.fit(a.fit_job()), fit_job(a.fit_job()))
        _same(fp.fit(b.fit_job()), fit_job(b.fit_job()))
    assert fp.stats.child_fits == 4 and fp.stats.thread_fits == 0


@pytest.mark.skipif(os.name != "posix", reason="the child gives way on POSIX pipes only")
def test_the_child_sleeps_at_a_pause_point_when_the_window_asks(ice_class, shared):
    fp = shared
    a = _assistant(ice_class, 35)
    fp.fit(a.fit_job())                       # started and ready
    slept = fp.stats.gave_way_s
    fp.give_way()                             # and no go_on(): it sleeps the longest it may, once
    _same(fp.fit(a.fit_job()), fit_job(a.fit_job()))
    assert fp.stats.gave_way_s - slept >= GIVE_WAY_MAX_S * 0.95
    slept = fp.stats.gave_way_s
    fp.give_way()
    fp.go_on()                                # the window was done before the child looked
    fp.fit(a.fit_job())
    assert fp.stats.gave_way_s - slept < GIVE_WAY_MAX_S * 0.95


def test_the_fits_errors_reach_the_caller(ice_class, shared):
    fp = shared
    a = MarkingAssistant(ice_class[0], labels=[0, 1, 2])
    a.decide([0, 1], 2)
    with pytest.raises(NotEnoughMarks):
        fp.fit(a.fit_job())
    assert fp.alive and fp.stats.thread_fits == 0       # a refused fit is not a lost child


def _kill(fp: FitProcess) -> None:
    proc = fp._proc
    os.kill(proc.pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while proc.exitcode is None and time.monotonic() < deadline:
        time.sleep(0.01)


@pytest.mark.skipif(not CAN_HOLD, reason=NO_HOLD)
def test_a_child_killed_mid_session_loses_nothing(ice_class, fitter, caplog):
    fp = fitter()
    a = _assistant(ice_class, 30)
    a.fitter = fp.fit
    a.refit()
    first = fp.pid
    assert fp.stats.child_fits == 1
    _kill(fp)                                                # between two fits
    for i in range(30, 45):
        a.decide([i], ice_class[1][i])
    with caplog.at_level(logging.WARNING, logger="grader_app.learn.fit_process"):
        after = a.refit()                                    # the fallback: fitted on this thread
        assert after is not None and after.n_marks == 45 and fp.stats.thread_fits == 1
        assert a._features is not None                       # kept, as a fit here always did
        for i in range(45, 50):
            a.decide([i], ice_class[1][i])
        again = a.refit()                                    # a new child
        assert again.n_marks == 50 and fp.stats.child_fits == 2 and fp.stats.starts == 2
        assert fp.pid != first and fp.alive
        _same(again, fit_job(a.fit_job()))
        # and while it fits: the caller still gets its model
        for i in range(50, 60):
            a.decide([i], ice_class[1][i])
        fit = a.fit_snapshot()
        got: list = []
        t = threading.Thread(target=lambda: got.append(fit()))
        t.start()
        hold_in_fit(fp, lambda: bool(got))   # stopped inside its fit, however busy the machine: it dies mid-fit
        _kill(fp)
        t.join(120)
    assert got and got[0].n_marks == 60
    assert fp.stats.child_fits == 2 and fp.stats.thread_fits == 2 and fp.stats.failures == 2
    assert len([r for r in caplog.records if "fitting process" in r.getMessage()]) == 1   # logged once


def test_a_child_that_cannot_start_leaves_the_fits_to_this_thread(ice_class, fitter, caplog):
    fp = fitter(modules=("grader_app.no_such_module",))      # it really fails, in the child's imports
    a = _assistant(ice_class, 30)
    with caplog.at_level(logging.WARNING, logger="grader_app.learn.fit_process"):
        _same(fp.fit(a.fit_job()), fit_job(a.fit_job()))
        fp.fit(a.fit_job())
    assert not fp.usable and fp.stats.starts == 1 and fp.stats.thread_fits == 2 and fp.stats.child_fits == 0
    assert len([r for r in caplog.records if "fitting process" in r.getMessage()]) == 1


@pytest.mark.skipif(not CAN_HOLD, reason=NO_HOLD)
def test_closing_ends_the_child_and_cancels_a_waiting_fit(ice_class, fitter):
    fp = fitter()
    a = _assistant(ice_class, 60)
    fp.fit(a.fit_job())                      # started and ready
    got: list = []

    def work():
        try:
            got.append(fp.fit(a.fit_job()))
        except Cancelled as exc:
            got.append(exc)
    t = threading.Thread(target=work)
    t.start()
    child = fp._proc
    pid = hold_in_fit(fp, lambda: bool(got))   # the job is in the child, stopped inside its fit
    fp.close()
    go_on_once_ended(pid)                       # the close's SIGTERM ends it before the fit goes on
    t.join(120)
    assert not t.is_alive() and len(got) == 1 and isinstance(got[0], Cancelled), got
    assert reaped(30)   # the child is waited for on the reaper thread, not in close()
    assert child.exitcode == -signal.SIGTERM and not fp.alive
    with pytest.raises(Cancelled):
        fp.fit(a.fit_job())


def test_closing_a_child_that_is_still_starting_says_nothing(ice_class, fitter, caplog):
    """The window closed while the first fit waited for the child's imports: an end on purpose, not a child that
    "ended while starting" (a warning said so, and the fitter was given up as broken)."""
    fp = fitter()
    a = _assistant(ice_class, 30)
    got: list = []

    def work():
        try:
            got.append(fp.fit(a.fit_job()))
        except Cancelled as exc:
            got.append(exc)
    with caplog.at_level(logging.WARNING, logger="grader_app.learn.fit_process"):
        t = threading.Thread(target=work)
        t.start()
        while fp._proc is None and t.is_alive():   # started: importing what a fit needs
            time.sleep(0.01)
        fp.close()
        t.join(30)
    assert len(got) == 1 and isinstance(got[0], Cancelled)
    assert not [r for r in caplog.records if "fitting process" in r.getMessage()]


def test_the_child_ends_when_its_parent_ends_or_crashes(tmp_path):
    """A parent that exits without closing it, or is killed, leaves no child behind (both at once). A child ends once
    its imports are done (17-19 s each beside 6 CPU hogs), so the wait is for the children's end, up to ``CAP_S``."""
    parents = {}
    for how in ("exit", "kill"):
        script = tmp_path / f"parent-{how}.py"
        script.write_text(textwrap.dedent(f"""
            import os, signal, sys, time
            sys.path.insert(0, {str(ROOT)!r})
            from grader_app.learn.fit_process import FitProcess, reaped

            if __name__ == "__main__":
                fp = FitProcess()
                fp.warm()
                print(fp.pid, flush=True)
                time.sleep(0.5)
                if {how!r} == "kill":
                    os.kill(os.getpid(), signal.SIGKILL)
                os._exit(0)                   # no atexit, no close(): only the pipe's end tells the child
        """), encoding="utf-8")
        parents[how] = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True, cwd=tmp_path)
    pids = {}
    for how, proc in parents.items():
        out, _ = proc.communicate(timeout=CAP_S)
        pids[how] = int(out.split()[0])
    t0 = time.monotonic()
    while time.monotonic() - t0 < CAP_S and any(_running(p) for p in pids.values()):
        time.sleep(0.1)
    left = [how for how, p in pids.items() if _running(p)]
    assert not left, f"a child outlived its parent (how the parent ended: {left}), {time.monotonic() - t0:.0f} s after"


@pytest.mark.skipif(not CAN_HOLD, reason=NO_HOLD)
def test_an_app_that_ends_while_a_fit_runs_ends_the_fit_quietly(tmp_path):
    """Found in QA: the app ended (a window left open) while a worker waited for the child's fit; multiprocessing ended
    the child at exit, which looked like a child that had died ("the fitting process stopped ... EOFError()" on
    stderr, and the fit done again in the ending process). Every fitter is closed first now: the fit is cancelled, as
    when the window closes, and nothing is logged. (A child that dies on its own is still said: the tests above.)
    The script holds the child inside its fit (fit_held) before it ends, so the fit cannot end first on a busy machine."""
    script = tmp_path / "parent.py"
    script.write_text(textwrap.dedent(f"""
        import atexit, logging, sys, threading, time
        got = []

        def said():   # the last thing at exit: what the worker got, once it got it
            deadline = time.monotonic() + 600
            while not got and time.monotonic() < deadline:
                time.sleep(0.01)
            print("fit:", [type(g).__name__ for g in got], flush=True)
        atexit.register(said)
        sys.path[:0] = [{str(ROOT)!r}, {str(ROOT / "tests" / "learn")!r}]
        from grader_app.learn.assistant import MarkingAssistant
        from grader_app.learn.fit_process import FitProcess, reaped
        from fit_held import go_on_once_ended_later, hold_in_fit
        from invented import invented_class

        if __name__ == "__main__":
            logging.basicConfig(level=logging.WARNING)
            texts, scores = invented_class(160, seed=3)
            a = MarkingAssistant(texts, labels=[0, 1, 2])
            for i in range(120):
                a.decide([i], scores[i])
            fp = FitProcess()
            a.fitter = fp.fit
            fit = a.fit_snapshot()

            def work():
                try:
                    got.append(fit())
                except BaseException as exc:
                    got.append(exc)
            threading.Thread(target=work, daemon=True).start()   # as the app's pool threads: not waited for at exit
            while not fp._ready:
                time.sleep(0.01)
            pid = hold_in_fit(fp, lambda: bool(got))            # the job is in the child, stopped inside its fit
            go_on_once_ended_later(pid)                           # it goes on once the exit's close has ended it
            # the script ends
    """), encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=900, cwd=tmp_path)
    assert "fit: ['Cancelled']" in done.stdout, done.stdout + done.stderr
    assert "fitting process" not in done.stderr


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return fh.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False
    except OSError:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True
