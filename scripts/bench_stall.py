"""Does learning from the teacher's marks stall the window? The GUI thread's event-loop gaps, measured.

The real main window (offscreen, its real task manager) opens a generated sheet whose question
``own-question`` has no model (answers from ASAP-SAS set 1, read in place from ../shared/data; a
few answers to asap-sas-1 ride along so the sheet has something to score with the shipped bundle).
A QTimer on the GUI thread ticks every ``--tick`` ms and records the time between two ticks: a gap
well above the tick is time the event loop could not run (a stalled window). Phases:

* idle:     the results page shown, nothing running (the baseline of this machine);
* scoring:  the shipped bundle scores its few answers while what learning needs is imported (worker);
* grouping: from the end of scoring until the groups and learners are ready (worker);
* marking:  the review screen, the simulated teacher pressing the gold score's digit key (QTest)
            for what the review shows every ``--key-ms`` ms, without waiting for the fits, so the
            model is refitted again and again on the worker and taken into use on the GUI thread.

Each class is run twice: as the app runs, and as a control with the same marking but no model ever
fitted (what the window itself costs: the decision saved to the project file, the review redrawn).
Printed per class size: max / p99 / p95 gap (ms) per phase beside idle, the number of ticks, the
fits taken into use and the decisions made. The budget: no gap over 100 ms while learning. Then
what the fitting child process cost (grader_app.learn.fit_process, when the code has one): its
start-up (from start to ready), its resident memory after the last fit, fits in it and in the app.

    OMP_NUM_THREADS=1 .venv/bin/python scripts/bench_stall.py                  # classes of 90 and 500
    OMP_NUM_THREADS=1 .venv/bin/python scripts/bench_stall.py --sizes 90 --marks 40

Developer tooling: it reads ../shared/data in place and writes its sheets to a temporary folder.
"""
from __future__ import annotations

import argparse
import csv
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

OWN = "own-question"


def make_sheet(folder: Path, size: int, seed: int) -> tuple[Path, dict[str, int]]:
    """A long sheet of ``size`` ASAP set 1 answers to OWN (and 6 to asap-sas-1); text -> gold score."""
    from grader_app.distill.asap import load_train

    df = load_train()
    s1 = df[df.EssaySet == 1].reset_index(drop=True)
    pick = np.random.default_rng(seed).choice(len(s1), size + 6, replace=False)
    gold: dict[str, int] = {}
    path = folder / f"class-{size}" / "answers.csv"
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Name", "Question", "Answer"])
        for n, i in enumerate(pick):
            text, score = str(s1.EssayText[i]), int(s1.Score1[i])
            item = OWN if n < size else "asap-sas-1"
            w.writerow([f"S{n:04d}", f"Student {n}", item, text])
            gold.setdefault(text, score)
    return path, gold


class Heartbeat:
    """Ticks on the GUI thread; each gap between two ticks is booked to the phase current at its end."""

    def __init__(self, tick_ms: int) -> None:
        from PySide6.QtCore import QElapsedTimer, Qt, QTimer

        self.phase = "setup"
        self.gaps: dict[str, list[float]] = {}
        self.clock = QElapsedTimer()
        self.clock.start()
        self.last = self.clock.nsecsElapsed()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.last = self.clock.nsecsElapsed()
        self.timer.start()

    def enter(self, phase: str) -> None:
        self._tick()          # the gap so far belongs to the phase that is ending
        self.phase = phase

    def _tick(self) -> None:
        now = self.clock.nsecsElapsed()
        self.gaps.setdefault(self.phase, []).append((now - self.last) / 1e6)
        self.last = now
        self.ticks += 1
        self.last_mono = time.monotonic_ns()

    ticks = 0
    last_mono = 0


class Watchdog:
    """``--stacks``: a thread that samples every thread's Python stack while the heartbeat is late by more
    than ``late_ms`` (every 20 ms of the gap, at most 4 times): what the GUI thread and the workers were
    doing during the longest gaps. Sampling needs the interpreter lock too, so a sample shows where
    the threads stood when the lock came free, which is what a gap is made of. On Linux it also reads
    the GUI thread's scheduler figures over each gap (/proc/.../schedstat): time on a processor (its own
    work) and time runnable but waiting for one (the machine's other load); the rest it was blocked
    (waiting for the interpreter lock, or idle)."""

    def __init__(self, hb: Heartbeat, late_ms: float) -> None:
        import threading

        self.hb, self.late_ms = hb, late_ms
        self.gui = threading.get_ident()
        self.sched = Path(f"/proc/self/task/{threading.get_native_id()}/schedstat")
        self.samples: dict[int, dict] = {}
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, name="stall-watchdog", daemon=True)

    def _schedstat(self) -> tuple[int, int] | None:
        try:
            run, wait, _ = self.sched.read_text().split()
            return int(run), int(wait)
        except (OSError, ValueError):
            return None

    def _run(self) -> None:
        last_sample = 0
        cur, base = -1, None
        while not self.stop.wait(0.005):
            hb = self.hb
            tick, since = hb.ticks, hb.last_mono
            if tick != cur:   # a gap ended: the GUI thread's scheduler figures over it
                now_s = self._schedstat()
                if cur in self.samples and base is not None and now_s is not None:
                    self.samples[cur]["sched"] = ((now_s[0] - base[0]) / 1e6, (now_s[1] - base[1]) / 1e6)
                cur, base = tick, now_s
            now = time.monotonic_ns()
            late = (now - since) / 1e6
            if since == 0 or late < self.late_ms or (now - last_sample) / 1e6 < 20:
                continue
            entry = self.samples.setdefault(tick, {"phase": hb.phase, "stacks": []})
            if len(entry["stacks"]) < 4:
                entry["stacks"].append((late, self._stacks()))
                last_sample = time.monotonic_ns()

    def _stacks(self) -> list[str]:
        import threading
        import traceback

        names = {t.ident: t.name for t in threading.enumerate()}
        out = []
        for ident, frame in sys._current_frames().items():
            if ident == threading.get_ident():
                continue
            who = "GUI" if ident == self.gui else names.get(ident, str(ident))
            frames = traceback.extract_stack(frame)[-5:]
            out.append(f"{who}: " + " <- ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(frames)))
        return out + self._children()

    @staticmethod
    def _children() -> list[str]:
        """This process's child processes: their state (R: on or waiting for a processor) and age."""
        out = []
        boot_ticks = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
        try:
            uptime = float(Path("/proc/uptime").read_text().split()[0])
            for stat in Path("/proc").glob("[0-9]*/stat"):
                try:
                    fields = stat.read_text().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                if int(fields[1]) == os.getpid():
                    age = uptime - int(fields[19]) / boot_ticks
                    out.append(f"child {stat.parent.name}: state {fields[0]}, started {age:.1f} s ago")
        except (OSError, ValueError, IndexError):
            pass
        return out

    def report(self, gaps_by_tick: list[float], top: int) -> list[str]:
        """The ``top`` longest sampled gaps with their samples (gap length: the tick that ended it)."""
        rows = []
        for tick, entry in self.samples.items():
            length = gaps_by_tick[tick] if tick < len(gaps_by_tick) else float("nan")
            rows.append((length, tick, entry))
        lines = []
        for length, _tick, entry in sorted(rows, key=lambda r: -r[0])[:top]:
            sched = entry.get("sched")
            how = f"; the GUI thread ran {sched[0]:.0f} ms, waited for a processor {sched[1]:.0f} ms" if sched else ""
            lines.append(f"gap {length:.0f} ms ({entry['phase']}{how}):")
            for late, stacks in entry["stacks"]:
                lines.append(f"  at {late:.0f} ms:")
                lines.extend(f"    {s}" for s in stacks)
        return lines


def wait_until(app, cond, timeout_s: float) -> bool:
    """Let the event loop run (it is what is measured) until ``cond()`` or the timeout."""
    from PySide6.QtCore import QEventLoop, QTimer

    end = time.perf_counter() + timeout_s
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(5)
    poll.timeout.connect(lambda: loop.quit() if cond() or time.perf_counter() > end else None)
    poll.start()
    if not cond():
        loop.exec()
    poll.stop()
    return bool(cond())


def run_class(app, sheet: Path, gold: dict[str, int], *, tick_ms: int, key_ms: int, marks: int,
              idle_s: float, timeout_s: float, learn: bool = True, stacks: int = 0) -> dict:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest

    from grader_app.bundles.library import Library
    from grader_app.ui.main_window import MainWindow
    from grader_app.ui.tasks import TaskManager

    from grader_app import workflow

    real_wants_fit, real_behind = workflow.QuestionLearner.wants_fit, workflow.QuestionLearner.behind
    if not learn:   # the control: the same window and marking, no model ever fitted
        workflow.QuestionLearner.wants_fit = lambda self: False   # type: ignore[method-assign]
        workflow.QuestionLearner.behind = lambda self: False   # type: ignore[method-assign]
    tasks = TaskManager()
    w = MainWindow(library=Library.default(), tasks=tasks)
    w.resize(1200, 800)
    w.show()
    hb = Heartbeat(tick_ms)
    order: list[float] = []          # every gap in tick order (the watchdog's samples name a tick)
    real_tick = hb._tick

    def tick() -> None:
        before = hb.last
        real_tick()
        order.append((hb.last - before) / 1e6)
    hb._tick = tick   # type: ignore[method-assign]
    hb.timer.timeout.disconnect()
    hb.timer.timeout.connect(tick)
    dog = Watchdog(hb, 60) if stacks else None
    if dog is not None:
        dog.thread.start()
    fits = {"n": 0}
    w.learning.predictionsChanged.connect(lambda _c: fits.__setitem__("n", fits["n"] + 1))
    hb.start()
    w.open_path(sheet)
    assert wait_until(app, lambda: w.mapping_dialog is not None and w.mapping_dialog.isVisible(), 60)
    scored = {"done": False}
    w.scoringFinished.connect(lambda: scored.__setitem__("done", True))
    hb.enter("scoring")
    w.mapping_dialog.ok_button.click()
    assert wait_until(app, lambda: scored["done"], timeout_s), "scoring did not finish"
    hb.enter("grouping")
    assert wait_until(app, lambda: w.learning.ready, timeout_s), "grouping did not finish"
    hb.enter("settle")
    wait_until(app, lambda: not w.learning.busy and not tasks.busy, timeout_s)
    wait_until(app, lambda: False, 0.3)
    hb.enter("idle")
    wait_until(app, lambda: False, idle_s)
    hb.enter("settle")
    w.results.request_review()
    rv = w.review_view
    assert rv is not None, "the review did not open"
    wait_until(app, lambda: False, 0.3)
    s = w.session
    own = set(s.keys_for(OWN))
    made = {"n": 0}

    def press() -> None:
        unit = rv.current_unit()
        if made["n"] >= marks or not unit or s.answers[unit[0]].item != OWN or unit[0] in s.decisions:
            return
        QTest.keyClick(rv, Qt.Key(int(Qt.Key.Key_0) + gold[s.answers[unit[0]].text]))
        made["n"] += 1

    keys = QTimer()
    keys.setInterval(key_ms)
    keys.timeout.connect(press)
    hb.enter("marking")
    keys.start()
    wait_until(app, lambda: made["n"] >= marks or all(k in s.decisions or s.status(k) == "auto" for k in own)
               or not rv.current_unit(), timeout_s)
    keys.stop()
    wait_until(app, lambda: not w.learning.busy, timeout_s)   # the last fit lands inside the phase
    hb.enter("done")
    hb.timer.stop()
    workflow.QuestionLearner.wants_fit = real_wants_fit   # type: ignore[method-assign]
    workflow.QuestionLearner.behind = real_behind   # type: ignore[method-assign]
    out = {"gaps": hb.gaps, "fits": fits["n"], "decisions": made["n"], "answers": len(own),
           "child": child_figures(w.learning)}
    if dog is not None:
        dog.stop.set()
        dog.thread.join()
        out["stacks"] = dog.report(order, stacks)
    w.close()
    tasks.shutdown(30000)
    w.deleteLater()
    wait_until(app, lambda: False, 0.2)
    return out


def child_figures(learning) -> dict | None:
    """The fitting child's figures (None on code without one), read before the window closes it."""
    fitter = getattr(learning, "fitter", None)
    if fitter is None:
        return None
    st = fitter.stats
    return {"startup_s": st.startup_s, "rss_mb": st.rss_mb, "peak_rss_mb": st.peak_rss_mb, "child_fits": st.child_fits,
            "thread_fits": st.thread_fits, "starts": st.starts, "failures": st.failures, "last_fit_s": st.last_fit_s,
            "gave_way_s": st.gave_way_s}


def figures(gaps: list[float]) -> tuple[float, float, float, int]:
    a = np.asarray(gaps or [0.0])
    return float(a.max()), float(np.percentile(a, 99)), float(np.percentile(a, 95)), len(gaps)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--sizes", default="90,500", help="answers to the question without a model, per class")
    p.add_argument("--marks", type=int, default=80, help="decisions the teacher makes per class (at most)")
    p.add_argument("--tick", type=int, default=5, help="heartbeat interval in ms")
    p.add_argument("--key-ms", type=int, default=60, help="one key press every this many ms")
    p.add_argument("--idle", type=float, default=2.0, help="seconds of idle baseline")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--profile", default="", help="write a cProfile of the GUI thread to this file")
    p.add_argument("--stacks", type=int, default=0, help="print every thread's stack during the N longest gaps")
    p.add_argument("--child-nice", type=int, default=None, help="the fitting child's niceness increment (default: the app's)")
    args = p.parse_args(argv)
    if args.child_nice is not None:
        from grader_app.learn import fit_process

        fit_process.CHILD_NICE = args.child_nice

    tmp = Path(tempfile.mkdtemp(prefix="grader-stall-"))
    os.environ["GRADER_DATA_DIR"] = str(tmp / "userdata")
    os.environ["GRADER_SETTINGS_DIR"] = str(tmp / "settings")
    os.environ["GRADER_BUNDLES_DIR"] = str(ROOT / "model_bundles")
    from grader_app.ui.app import make_application

    app = make_application([])   # as the app sets itself up: its collector on the GUI thread included
    rows = []
    prof = None
    if args.profile:
        import cProfile

        prof = cProfile.Profile()   # the GUI thread only: the workers are not profiled
        prof.enable()
    for size in [int(x) for x in args.sizes.split(",")]:
        for learn in (True, False):   # a fresh folder each: a sheet opened once reopens its project file
            sheet, gold = make_sheet(tmp / ("learn" if learn else "control"), size, args.seed)
            res = run_class(app, sheet, gold, tick_ms=args.tick, key_ms=args.key_ms, marks=args.marks,
                            idle_s=args.idle, timeout_s=300, learn=learn, stacks=args.stacks)
            rows.append((size, learn, res))
    if prof is not None:
        prof.disable()
        prof.dump_stats(args.profile)
    print(f"GUI-thread event-loop gaps (heartbeat every {args.tick} ms; a key press every {args.key_ms} ms; "
          f"OMP_NUM_THREADS={os.environ.get('OMP_NUM_THREADS')})")
    print("| class | phase | max ms | p99 ms | p95 ms | ticks | fits taken into use | decisions |")
    print("|---|---|---|---|---|---|---|---|")
    worst = 0.0
    for _size, learn, res in rows:
        phases = ("idle", "scoring", "grouping", "marking") if learn else ("marking",)
        for phase in phases:
            mx, p99, p95, n = figures(res["gaps"].get(phase, []))
            extra = f"{res['fits']} | {res['decisions']}" if phase == "marking" else " | "
            name = phase if learn else "marking, no model fitted (control)"
            print(f"| {res['answers']} | {name} | {mx:.1f} | {p99:.1f} | {p95:.1f} | {n} | {extra} |")
            if learn and phase in ("grouping", "marking"):
                worst = max(worst, mx)
    print(f"worst gap while grouping or learning: {worst:.1f} ms (budget 100 ms): "
          f"{'holds' if worst <= 100 else 'DOES NOT HOLD'}")
    for _size, learn, res in rows:
        c = res.get("child")
        if learn and c is not None:
            def num(v, fmt: str = ".1f") -> str:
                return "-" if v is None else format(v, fmt)
            print(f"fitting child, class of {res['answers']}: start-up {num(c['startup_s'], '.2f')} s, "
                  f"{num(c['rss_mb'])} MB resident after its last fit (peak {num(c['peak_rss_mb'])} MB), "
                  f"last fit {num(c['last_fit_s'], '.2f')} s; fits in the child {c['child_fits']}, in the app "
                  f"{c['thread_fits']}; starts {c['starts']}, failures {c['failures']}; it gave way to the window "
                  f"{c['gave_way_s']:.1f} s")
    for size, learn, res in rows:
        if res.get("stacks"):
            print(f"\nthe longest gaps, class of {size}{'' if learn else ' (control)'}:")
            print("\n".join(res["stacks"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
